package dev.freshet.engine.ir;

import dev.freshet.engine.expr.Expr;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Reads the rows of a table or view whose key equals the given values, through the relation's key
 * index, or its secondary index {@code index} (CREATE INDEX), instead of a scan (ad-hoc point
 * lookups). {@code keyValues[i]} is a constant or parameter expression for the i-th column of the
 * key or index, in its order.
 */
public record LookupNode(
        RelationRef relation, List<Field> fields, List<Expr> keyValues, @Nullable String index)
        implements PlanNode {
    public LookupNode {
        Objects.requireNonNull(relation);
        fields = List.copyOf(fields);
        keyValues = List.copyOf(keyValues);
    }

    /** A lookup by the relation's key. */
    public LookupNode(RelationRef relation, List<Field> fields, List<Expr> keyValues) {
        this(relation, fields, keyValues, null);
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
        StringBuilder sb = new StringBuilder("Lookup(").append(relation.name());
        if (index != null) {
            sb.append(", index=").append(index);
        }
        sb.append(", key=[");
        for (int i = 0; i < keyValues.size(); i++) {
            if (i > 0) {
                sb.append(", ");
            }
            sb.append(keyValues.get(i).explain());
        }
        return sb.append("])").toString();
    }
}
