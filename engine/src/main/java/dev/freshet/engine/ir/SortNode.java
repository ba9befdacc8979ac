package dev.freshet.engine.ir;

import java.util.List;
import java.util.Objects;

/**
 * ORDER BY with optional OFFSET/LIMIT ({@code limit} &lt; 0 means none). In an ad-hoc query it
 * sorts the result; in a view it is a TopN.
 */
public record SortNode(PlanNode input, List<SortKey> keys, long offset, long limit)
        implements PlanNode {
    public SortNode {
        Objects.requireNonNull(input);
        keys = List.copyOf(keys);
    }

    @Override
    public List<Field> fields() {
        return input.fields();
    }

    @Override
    public List<PlanNode> inputs() {
        return List.of(input);
    }

    @Override
    public PlanNode withInputs(List<PlanNode> newInputs) {
        return new SortNode(newInputs.get(0), keys, offset, limit);
    }

    @Override
    public String explain() {
        StringBuilder sb = new StringBuilder(limit >= 0 ? "TopN(order=[" : "Sort(order=[");
        for (int i = 0; i < keys.size(); i++) {
            if (i > 0) {
                sb.append(", ");
            }
            sb.append(keys.get(i).explain());
        }
        sb.append(']');
        if (offset > 0) {
            sb.append(", offset=").append(offset);
        }
        if (limit >= 0) {
            sb.append(", limit=").append(limit);
        }
        return sb.append(')').toString();
    }
}
