package dev.freshet.engine.runtime;

import dev.freshet.engine.catalog.ColumnDef;
import java.util.List;

/** What CREATE TABLE (or CREATE SOURCE, with {@code source}) asks for. */
public record TableSpec(
        String name,
        List<ColumnDef> columns,
        List<Integer> primaryKey,
        boolean appendOnly,
        String definition,
        boolean ifNotExists,
        int watermarkColumn,
        long watermarkDelayMicros,
        dev.freshet.engine.catalog.@org.jspecify.annotations.Nullable SourceInfo source) {
    public TableSpec {
        columns = List.copyOf(columns);
        primaryKey = List.copyOf(primaryKey);
    }
}
