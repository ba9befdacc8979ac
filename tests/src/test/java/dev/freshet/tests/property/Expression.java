package dev.freshet.tests.property;

import static java.util.Objects.requireNonNull;

/** A generated scalar expression and its type. */
record Expression(String sql, SqlType type) {
    Expression {
        requireNonNull(sql);
        requireNonNull(type);
    }
}
