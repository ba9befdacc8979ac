package dev.freshet.engine.operator;

import dev.freshet.engine.batch.Batch;
import dev.freshet.engine.expr.EvalContext;
import dev.freshet.engine.expr.Expr;
import dev.freshet.engine.expr.ExprEvaluator;
import java.util.List;

/** Computes output columns from input columns, keeping weights. Linear, stateless. */
public final class ProjectOperator extends Operator {
    private final ExprEvaluator[] exprs;
    private final EvalContext ctx;

    public ProjectOperator(List<Expr> exprs, EvalContext ctx) {
        this.exprs = new ExprEvaluator[exprs.size()];
        for (int i = 0; i < this.exprs.length; i++) {
            this.exprs[i] = new ExprEvaluator(exprs.get(i));
        }
        this.ctx = ctx;
    }

    @Override
    public void push(int port, Batch batch) {
        emit(apply(batch));
    }

    public Batch apply(Batch batch) {
        return batch.withColumns(ExprEvaluator.evaluateAll(exprs, batch, ctx));
    }

    @Override
    public String label() {
        return "Project";
    }
}
