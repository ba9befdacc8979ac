package dev.freshet.engine.ir;

import dev.freshet.engine.expr.Expr;
import java.util.List;
import java.util.Objects;

/** Computes output columns from input columns. Linear: stateless. */
public record ProjectNode(PlanNode input, List<Expr> exprs, List<Field> fields)
        implements PlanNode {
    public ProjectNode {
        Objects.requireNonNull(input);
        exprs = List.copyOf(exprs);
        fields = List.copyOf(fields);
        if (exprs.size() != fields.size()) {
            throw new IllegalArgumentException("one field per expression");
        }
    }

    @Override
    public List<PlanNode> inputs() {
        return List.of(input);
    }

    @Override
    public PlanNode withInputs(List<PlanNode> newInputs) {
        return new ProjectNode(newInputs.get(0), exprs, fields);
    }

    @Override
    public String explain() {
        StringBuilder sb = new StringBuilder("Project(");
        for (int i = 0; i < exprs.size(); i++) {
            if (i > 0) {
                sb.append(", ");
            }
            sb.append(fields.get(i).name()).append('=').append(exprs.get(i).explain());
        }
        return sb.append(')').toString();
    }
}
