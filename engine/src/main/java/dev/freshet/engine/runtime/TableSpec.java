package dev.freshet.engine.runtime;

import dev.freshet.engine.catalog.ColumnDef;
import java.util.List;

/** What CREATE TABLE asks for. */
public record TableSpec(
        String name,
        List<ColumnDef> columns,
        List<Integer> primaryKey,
        boolean appendOnly,
        String definition,
        boolean ifNotExists,
        int watermarkColumn,
        long watermarkDelayMicros) {
    public TableSpec {
        columns = List.copyOf(columns);
        primaryKey = List.copyOf(primaryKey);
    }
}
