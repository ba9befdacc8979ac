package dev.freshet.engine.expr;

import dev.freshet.engine.type.DataType;
import java.util.Objects;

/** Statement parameter {@code $(index+1)}; replaced by a {@link Literal} when values are bound. */
public record Param(int index, DataType type) implements Expr {
    public Param {
        Objects.requireNonNull(type);
    }

    @Override
    public String explain() {
        return "$p" + (index + 1);
    }
}
