package dev.freshet.engine.runtime;

import dev.freshet.engine.catalog.ColumnDef;
import dev.freshet.engine.ir.PlanNode;
import java.util.List;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What CREATE MATERIALIZED VIEW asks for, planned.
 *
 * @param watermarkColumns output columns that carry a watermark
 * @param emitOnWindowClose for EMIT ON WINDOW CLOSE, the output column whose watermark releases
 *     rows; -1 otherwise
 */
public record ViewSpec(
        String name,
        List<ColumnDef> columns,
        String definition,
        PlanNode plan,
        @Nullable List<Integer> key,
        boolean appendOnly,
        Set<Integer> dependsOn,
        boolean ifNotExists,
        List<Integer> watermarkColumns,
        int emitOnWindowClose) {
    public ViewSpec {
        columns = List.copyOf(columns);
        key = key == null ? null : List.copyOf(key);
        dependsOn = Set.copyOf(dependsOn);
        watermarkColumns = List.copyOf(watermarkColumns);
    }
}
