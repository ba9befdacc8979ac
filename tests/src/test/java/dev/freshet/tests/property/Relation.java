package dev.freshet.tests.property;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * Something a view can read: a table or an earlier view, by name, with its columns; {@code isJoin}
 * marks a join view, which later joins do not read (joins of joins over tiny key domains grow
 * cubically and would make long runs slow without testing anything new); {@code uniqueRows} says
 * that no two rows are equal (a table with a primary key).
 */
public record Relation(
        String name, List<Column> columns, boolean isView, boolean isJoin, boolean uniqueRows) {
    public Relation {
        requireNonNull(name);
        columns = List.copyOf(columns);
        if (columns.isEmpty()) {
            throw new IllegalArgumentException(name + " has no column");
        }
    }

    /** Whether some column is not opaque, so that predicates and keys can be drawn from it. */
    public boolean hasUsableColumn() {
        return columns.stream().anyMatch(c -> !c.opaque());
    }
}
