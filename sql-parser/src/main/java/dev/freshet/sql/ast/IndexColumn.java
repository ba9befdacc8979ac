package dev.freshet.sql.ast;

import java.util.Objects;

/**
 * One key column of {@code CREATE INDEX}: its name and sort direction.
 *
 * @param name the column name
 * @param descending whether {@code DESC} was given
 */
public record IndexColumn(String name, boolean descending) {
    public IndexColumn {
        Objects.requireNonNull(name);
    }
}
