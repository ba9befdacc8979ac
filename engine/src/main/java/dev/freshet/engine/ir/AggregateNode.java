package dev.freshet.engine.ir;

import java.util.List;
import java.util.Objects;

/**
 * Hash aggregation: one output row per group of {@code groupKeys} (exactly one row when there are
 * no group keys, even over no input), group columns first, then one column per call.
 */
public record AggregateNode(
        PlanNode input, List<Integer> groupKeys, List<AggCall> calls, List<Field> fields)
        implements PlanNode {
    public AggregateNode {
        Objects.requireNonNull(input);
        groupKeys = List.copyOf(groupKeys);
        calls = List.copyOf(calls);
        fields = List.copyOf(fields);
    }

    @Override
    public List<PlanNode> inputs() {
        return List.of(input);
    }

    @Override
    public PlanNode withInputs(List<PlanNode> newInputs) {
        return new AggregateNode(newInputs.get(0), groupKeys, calls, fields);
    }

    @Override
    public String explain() {
        StringBuilder sb = new StringBuilder("HashAggregate(group=[");
        for (int i = 0; i < groupKeys.size(); i++) {
            if (i > 0) {
                sb.append(", ");
            }
            sb.append('$').append(groupKeys.get(i));
        }
        sb.append("], aggs=[");
        for (int i = 0; i < calls.size(); i++) {
            if (i > 0) {
                sb.append(", ");
            }
            sb.append(calls.get(i).explain());
        }
        return sb.append("])").toString();
    }
}
