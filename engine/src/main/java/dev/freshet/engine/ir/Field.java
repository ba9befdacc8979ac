package dev.freshet.engine.ir;

import dev.freshet.engine.type.DataType;
import java.util.Objects;

/** A named, typed column of a plan node's output. */
public record Field(String name, DataType type, boolean nullable) {
    public Field {
        Objects.requireNonNull(name);
        Objects.requireNonNull(type);
    }

    public Field withName(String newName) {
        return new Field(newName, type, nullable);
    }
}
