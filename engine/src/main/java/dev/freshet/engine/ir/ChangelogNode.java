package dev.freshet.engine.ir;

import java.util.List;
import java.util.Objects;

/**
 * Turns a stream of changes into an append-only stream of change records: every input row of weight
 * w becomes |w| rows carrying an extra {@code changelog_op} column (1 insert, 2 delete).
 */
public record ChangelogNode(PlanNode input, List<Field> fields) implements PlanNode {
    public ChangelogNode {
        Objects.requireNonNull(input);
        fields = List.copyOf(fields);
    }

    @Override
    public List<PlanNode> inputs() {
        return List.of(input);
    }

    @Override
    public PlanNode withInputs(List<PlanNode> newInputs) {
        return new ChangelogNode(newInputs.get(0), fields);
    }

    @Override
    public String explain() {
        return "Changelog";
    }
}
