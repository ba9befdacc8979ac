package dev.freshet.engine.ir;

import java.util.Objects;

/**
 * A catalog relation a plan reads: a table, a materialized view, or a system table.
 *
 * @param oid catalog object id
 * @param name qualified display name
 * @param kind what the relation is
 */
public record RelationRef(int oid, String name, Kind kind) {
    /** The kinds of relations plans read. */
    public enum Kind {
        TABLE,
        MATERIALIZED_VIEW,
        SYSTEM_TABLE
    }

    public RelationRef {
        Objects.requireNonNull(name);
        Objects.requireNonNull(kind);
    }
}
