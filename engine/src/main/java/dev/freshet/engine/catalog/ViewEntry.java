package dev.freshet.engine.catalog;

import dev.freshet.engine.ir.PlanNode;
import dev.freshet.engine.state.RelationStore;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A materialized view: definition, plan, store, and the relations it reads.
 *
 * @param key columns identifying a row of the view (null when the view is a multiset)
 * @param appendOnly the view's stream only inserts
 * @param dependsOn OIDs of the relations the view reads
 * @param watermarkColumns output columns that carry a watermark
 */
public record ViewEntry(
        int oid,
        String name,
        List<ColumnDef> columns,
        String definition,
        PlanNode plan,
        @Nullable List<Integer> key,
        boolean appendOnly,
        Set<Integer> dependsOn,
        RelationStore store,
        List<Integer> watermarkColumns)
        implements CatalogEntry {
    public ViewEntry {
        Objects.requireNonNull(name);
        columns = List.copyOf(columns);
        Objects.requireNonNull(definition);
        Objects.requireNonNull(plan);
        key = key == null ? null : List.copyOf(key);
        dependsOn = Set.copyOf(dependsOn);
        watermarkColumns = List.copyOf(watermarkColumns);
        Objects.requireNonNull(store);
    }

    @Override
    public String kindName() {
        return "materialized view";
    }
}
