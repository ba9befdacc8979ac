package dev.freshet.tests.property;

import static java.util.Objects.requireNonNull;

/** A generated scalar or aggregate expression, its type, and whether its value is opaque. */
record Expression(String sql, SqlType type, boolean opaque) {
    Expression {
        requireNonNull(sql);
        requireNonNull(type);
    }

    /** An expression whose value later views may use freely. */
    Expression(String sql, SqlType type) {
        this(sql, type, false);
    }
}
