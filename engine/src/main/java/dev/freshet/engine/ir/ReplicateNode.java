package dev.freshet.engine.ir;

import java.util.List;
import java.util.Objects;

/**
 * Sets a row's multiplicity from one of its columns: an input row of weight w whose column {@code
 * countColumn} holds n becomes the row without that column, with weight w·n (nothing if n ≤ 0 or
 * NULL). Linear and stateless: a count that changes arrives as the old row retracted and the new
 * one inserted, so the output follows. Used for INTERSECT ALL and EXCEPT ALL.
 *
 * @param fields the output columns (the input's without {@code countColumn})
 */
public record ReplicateNode(PlanNode input, int countColumn, List<Field> fields)
        implements PlanNode {
    public ReplicateNode {
        Objects.requireNonNull(input);
        fields = List.copyOf(fields);
    }

    @Override
    public List<PlanNode> inputs() {
        return List.of(input);
    }

    @Override
    public PlanNode withInputs(List<PlanNode> newInputs) {
        return new ReplicateNode(newInputs.get(0), countColumn, fields);
    }

    @Override
    public String explain() {
        return "Replicate(times=$" + countColumn + ")";
    }
}
