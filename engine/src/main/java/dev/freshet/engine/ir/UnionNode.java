package dev.freshet.engine.ir;

import java.util.List;

/** UNION ALL of inputs with identical layouts. Linear: stateless. */
public record UnionNode(List<PlanNode> inputs, List<Field> fields) implements PlanNode {
    public UnionNode {
        inputs = List.copyOf(inputs);
        fields = List.copyOf(fields);
    }

    @Override
    public PlanNode withInputs(List<PlanNode> newInputs) {
        return new UnionNode(newInputs, fields);
    }

    @Override
    public String explain() {
        return "UnionAll(inputs=" + inputs.size() + ")";
    }
}
