package dev.freshet.engine.ir;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Reads a table, view or system table: its contents, then (in a view) its changes.
 *
 * @param uniqueKey columns that identify a row (a primary key, a view's group key); empty means at
 *     most one row; null means no key is known
 * @param watermarkColumns columns whose watermark the relation publishes (rows below it no longer
 *     arrive); empty when none, and always empty for an ad-hoc snapshot read
 */
public record ScanNode(
        RelationRef relation,
        List<Field> fields,
        boolean appendOnly,
        @Nullable List<Integer> uniqueKey,
        List<Integer> watermarkColumns)
        implements PlanNode {
    public ScanNode {
        Objects.requireNonNull(relation);
        fields = List.copyOf(fields);
        uniqueKey = uniqueKey == null ? null : List.copyOf(uniqueKey);
        watermarkColumns = List.copyOf(watermarkColumns);
    }

    @Override
    public List<PlanNode> inputs() {
        return List.of();
    }

    @Override
    public PlanNode withInputs(List<PlanNode> newInputs) {
        return this;
    }

    @Override
    public String explain() {
        if (watermarkColumns.isEmpty()) {
            return "Scan(" + relation.name() + ")";
        }
        StringBuilder sb =
                new StringBuilder("Scan(").append(relation.name()).append(", watermark=[");
        for (int i = 0; i < watermarkColumns.size(); i++) {
            sb.append(i > 0 ? ", $" : "$").append(watermarkColumns.get(i));
        }
        return sb.append("])").toString();
    }
}
