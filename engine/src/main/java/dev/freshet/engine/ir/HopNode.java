package dev.freshet.engine.ir;

import java.util.List;
import java.util.Objects;

/**
 * HOP (sliding) windows: each input row is copied once per window of {@code size} starting every
 * {@code slide} that contains its time column, with {@code window_start} and {@code window_end}
 * appended. Linear: stateless. Rows with a NULL time belong to no window.
 */
public record HopNode(
        PlanNode input,
        int timeColumn,
        long slideMicros,
        long sizeMicros,
        long offsetMicros,
        List<Field> fields)
        implements PlanNode {
    public HopNode {
        Objects.requireNonNull(input);
        fields = List.copyOf(fields);
    }

    @Override
    public List<PlanNode> inputs() {
        return List.of(input);
    }

    @Override
    public PlanNode withInputs(List<PlanNode> newInputs) {
        return new HopNode(
                newInputs.get(0), timeColumn, slideMicros, sizeMicros, offsetMicros, fields);
    }

    @Override
    public String explain() {
        return "Hop($" + timeColumn + ", slide=" + slideMicros + "us, size=" + sizeMicros + "us)";
    }
}
