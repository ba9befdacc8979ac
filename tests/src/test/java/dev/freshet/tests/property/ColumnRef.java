package dev.freshet.tests.property;

import static java.util.Objects.requireNonNull;

/** A column as an expression refers to it: {@code r0.k} inside views, {@code k} in DML. */
record ColumnRef(String sql, Column column) {
    ColumnRef {
        requireNonNull(sql);
        requireNonNull(column);
    }

    SqlType type() {
        return column.type();
    }
}
