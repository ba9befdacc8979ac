package dev.freshet.engine.operator;

import dev.freshet.engine.batch.Batch;
import dev.freshet.engine.batch.BoolColumn;
import dev.freshet.engine.expr.EvalContext;
import dev.freshet.engine.expr.Expr;
import dev.freshet.engine.expr.ExprEvaluator;

/** Forwards the rows whose condition is TRUE. Linear, stateless. */
public final class FilterOperator extends Operator {
    private final ExprEvaluator condition;
    private final EvalContext ctx;
    private final String label;
    private int[] positions = new int[Batch.TARGET_ROWS];

    public FilterOperator(Expr condition, EvalContext ctx) {
        this.condition = new ExprEvaluator(condition);
        this.ctx = ctx;
        this.label = "Filter(" + condition.explain() + ")";
    }

    @Override
    public void push(int port, Batch batch) {
        emit(apply(batch));
    }

    /** The rows of {@code batch} that pass (the same batch if all do). */
    public Batch apply(Batch batch) {
        BoolColumn pass = (BoolColumn) condition.evaluate(batch, ctx);
        int n = batch.size();
        if (positions.length < n) {
            positions = new int[n];
        }
        int count = 0;
        for (int i = 0; i < n; i++) {
            if (pass.isTrue(i)) {
                positions[count++] = i;
            }
        }
        return count == n ? batch : batch.gather(positions, count);
    }

    @Override
    public void onWatermark(int port, int column, long value) {
        emitWatermark(column, value);
    }

    @Override
    public String label() {
        return label;
    }
}
