package dev.freshet.tests.property;

import static java.util.Objects.requireNonNull;

/** A column of a table or view. View columns are always taken as nullable. */
public record Column(String name, SqlType type, boolean nullable) {
    public Column {
        requireNonNull(name);
        requireNonNull(type);
    }
}
