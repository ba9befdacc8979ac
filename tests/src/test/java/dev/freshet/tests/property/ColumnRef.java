package dev.freshet.tests.property;

import static java.util.Objects.requireNonNull;

import java.util.List;

/** A column as an expression refers to it: {@code r0.k} inside views, {@code k} in DML. */
record ColumnRef(String sql, Column column) {
    ColumnRef {
        requireNonNull(sql);
        requireNonNull(column);
    }

    SqlType type() {
        return column.type();
    }

    /** The columns of {@code relation} qualified by {@code alias}, opaque ones included. */
    static List<ColumnRef> all(String alias, Relation relation) {
        return relation.columns().stream()
                .map(c -> new ColumnRef(alias + "." + c.name(), c))
                .toList();
    }

    /** The columns of {@code relation} qualified by {@code alias} that views may use freely. */
    static List<ColumnRef> usable(String alias, Relation relation) {
        return all(alias, relation).stream().filter(r -> !r.column().opaque()).toList();
    }

    /** The columns of a table as DML refers to them, unqualified. */
    static List<ColumnRef> unqualified(Table table) {
        return table.columns().stream().map(c -> new ColumnRef(c.name(), c)).toList();
    }
}
