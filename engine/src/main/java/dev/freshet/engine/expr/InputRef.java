package dev.freshet.engine.expr;

import dev.freshet.engine.type.DataType;
import java.util.Objects;

/** The value of input column {@code index}. */
public record InputRef(int index, DataType type) implements Expr {
    public InputRef {
        Objects.requireNonNull(type);
    }

    @Override
    public String explain() {
        return "$" + index;
    }
}
