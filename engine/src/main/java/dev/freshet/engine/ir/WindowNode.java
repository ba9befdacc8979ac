package dev.freshet.engine.ir;

import java.util.List;
import java.util.Objects;

/**
 * OVER windows: for each input row, the values of window functions over its partition (rows with
 * equal {@code partitionKeys}) ordered by {@code orderKeys}. Output: the input columns, then one
 * column per call. Stateful: a change to a partition may change the output of every row in it.
 */
public record WindowNode(
        PlanNode input,
        List<Integer> partitionKeys,
        List<SortKey> orderKeys,
        List<WindowCall> calls,
        List<Field> fields)
        implements PlanNode {
    public WindowNode {
        Objects.requireNonNull(input);
        partitionKeys = List.copyOf(partitionKeys);
        orderKeys = List.copyOf(orderKeys);
        calls = List.copyOf(calls);
        fields = List.copyOf(fields);
    }

    @Override
    public List<PlanNode> inputs() {
        return List.of(input);
    }

    @Override
    public PlanNode withInputs(List<PlanNode> newInputs) {
        return new WindowNode(newInputs.get(0), partitionKeys, orderKeys, calls, fields);
    }

    @Override
    public String explain() {
        StringBuilder sb = new StringBuilder("OverWindow(partition=").append(refs(partitionKeys));
        sb.append(", order=[");
        for (int i = 0; i < orderKeys.size(); i++) {
            if (i > 0) {
                sb.append(", ");
            }
            sb.append(orderKeys.get(i).explain());
        }
        sb.append("], calls=[");
        for (int i = 0; i < calls.size(); i++) {
            if (i > 0) {
                sb.append(", ");
            }
            sb.append(calls.get(i).explain());
        }
        return sb.append("])").toString();
    }

    static String refs(List<Integer> cols) {
        StringBuilder sb = new StringBuilder("[");
        for (int i = 0; i < cols.size(); i++) {
            if (i > 0) {
                sb.append(", ");
            }
            sb.append('$').append(cols.get(i));
        }
        return sb.append(']').toString();
    }
}
