package dev.freshet.engine.ir;

import dev.freshet.engine.expr.Expr;
import java.util.List;
import java.util.Objects;

/** Keeps the rows whose condition is TRUE. Linear: stateless. */
public record FilterNode(PlanNode input, Expr condition) implements PlanNode {
    public FilterNode {
        Objects.requireNonNull(input);
        Objects.requireNonNull(condition);
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
        return new FilterNode(newInputs.get(0), condition);
    }

    @Override
    public String explain() {
        return "Filter(" + condition.explain() + ")";
    }
}
