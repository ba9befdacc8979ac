package dev.freshet.tests.property;

import static java.util.Objects.requireNonNull;

import java.util.List;

/** Something a view can read: a table or an earlier view, by name, with its columns. */
public record Relation(String name, List<Column> columns, boolean isView) {
    public Relation {
        requireNonNull(name);
        columns = List.copyOf(columns);
        if (columns.isEmpty()) {
            throw new IllegalArgumentException(name + " has no column");
        }
    }
}
