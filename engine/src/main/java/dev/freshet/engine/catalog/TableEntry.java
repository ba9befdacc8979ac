package dev.freshet.engine.catalog;

import dev.freshet.engine.state.RelationStore;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A table: its definition and its store.
 *
 * @param primaryKey column indexes of the primary key (empty: none; rows form a multiset)
 * @param appendOnly rows are never updated or deleted
 * @param definition the CREATE TABLE text as the user wrote it
 * @param watermarkColumn the column of WATERMARK FOR, or -1
 * @param watermarkDelayMicros how far the watermark trails the largest value seen (µs)
 * @param source the connector feeding it when it is a source (CREATE SOURCE), else null; a source
 *     is append-only and only its connector writes to it
 */
public record TableEntry(
        int oid,
        String name,
        List<ColumnDef> columns,
        List<Integer> primaryKey,
        boolean appendOnly,
        String definition,
        RelationStore store,
        int watermarkColumn,
        long watermarkDelayMicros,
        @Nullable SourceInfo source)
        implements CatalogEntry {
    public TableEntry {
        Objects.requireNonNull(name);
        columns = List.copyOf(columns);
        primaryKey = List.copyOf(primaryKey);
        Objects.requireNonNull(definition);
        Objects.requireNonNull(store);
    }

    public boolean hasPrimaryKey() {
        return !primaryKey.isEmpty();
    }

    @Override
    public String kindName() {
        return source != null ? "source" : "table";
    }
}
