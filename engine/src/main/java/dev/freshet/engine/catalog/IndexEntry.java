package dev.freshet.engine.catalog;

import java.util.List;
import java.util.Objects;

/**
 * A secondary index ({@code CREATE INDEX}) of a table or materialized view: a hash index on some
 * columns, kept by the relation's store, used by equality lookups of ad-hoc queries.
 *
 * @param relation the OID of the indexed relation
 * @param columns the indexed columns of the relation, in index order
 * @param definition the CREATE INDEX statement as written
 */
public record IndexEntry(
        int oid, String name, int relation, List<Integer> columns, String definition) {
    public IndexEntry {
        Objects.requireNonNull(name);
        columns = List.copyOf(columns);
        Objects.requireNonNull(definition);
    }
}
