package dev.freshet.engine.ir;

import dev.freshet.engine.expr.Expr;
import java.util.List;
import java.util.Objects;

/**
 * Reads the rows of a table or view whose key equals the given values, through the relation's key
 * index instead of a scan (ad-hoc point lookups). {@code keyValues[i]} is a constant or parameter
 * expression for key column i, in key order.
 */
public record LookupNode(RelationRef relation, List<Field> fields, List<Expr> keyValues)
        implements PlanNode {
    public LookupNode {
        Objects.requireNonNull(relation);
        fields = List.copyOf(fields);
        keyValues = List.copyOf(keyValues);
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
        StringBuilder sb = new StringBuilder("Lookup(").append(relation.name()).append(", key=[");
        for (int i = 0; i < keyValues.size(); i++) {
            if (i > 0) {
                sb.append(", ");
            }
            sb.append(keyValues.get(i).explain());
        }
        return sb.append("])").toString();
    }
}
