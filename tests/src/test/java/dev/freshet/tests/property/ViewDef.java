package dev.freshet.tests.property;

import static java.util.Objects.requireNonNull;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * A generated view: its name, query, output columns, the relations it reads, its shape, the
 * constructs it uses, and after how many DML statements it is created (0: before any data, later:
 * it must backfill).
 */
public record ViewDef(
        String name,
        String query,
        List<Column> columns,
        List<String> reads,
        ViewShape shape,
        Set<Construct> constructs,
        int createdAfterStep) {
    public ViewDef {
        requireNonNull(name);
        requireNonNull(query);
        columns = List.copyOf(columns);
        reads = List.copyOf(reads);
        requireNonNull(shape);
        constructs = constructs.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(constructs));
        if (createdAfterStep < 0) {
            throw new IllegalArgumentException("createdAfterStep < 0");
        }
    }

    /** The view as something a later view can read. */
    public Relation asRelation() {
        return new Relation(name, columns, true, shape == ViewShape.JOIN, false);
    }

    /** The same view created at another step. */
    public ViewDef createdAfter(int step) {
        return new ViewDef(name, query, columns, reads, shape, constructs, step);
    }
}
