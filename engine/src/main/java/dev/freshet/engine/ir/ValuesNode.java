package dev.freshet.engine.ir;

import java.util.List;

/** Constant rows (VALUES, or SELECT without FROM), inserted once. */
public record ValuesNode(List<Field> fields, List<List<Object>> rows) implements PlanNode {
    public ValuesNode {
        fields = List.copyOf(fields);
        rows = List.copyOf(rows);
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
        return "Values(rows=" + rows.size() + ")";
    }
}
