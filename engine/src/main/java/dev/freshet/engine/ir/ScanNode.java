package dev.freshet.engine.ir;

import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Reads a table, view or system table: its contents, then (in a view) its changes.
 *
 * @param uniqueKey columns that identify a row (a primary key, a view's group key); empty means at
 *     most one row; null means no key is known
 */
public record ScanNode(
        RelationRef relation,
        List<Field> fields,
        boolean appendOnly,
        @Nullable List<Integer> uniqueKey)
        implements PlanNode {
    public ScanNode {
        Objects.requireNonNull(relation);
        fields = List.copyOf(fields);
        uniqueKey = uniqueKey == null ? null : List.copyOf(uniqueKey);
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
        return "Scan(" + relation.name() + ")";
    }
}
