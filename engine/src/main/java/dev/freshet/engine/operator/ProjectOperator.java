package dev.freshet.engine.operator;

import dev.freshet.engine.batch.Batch;
import dev.freshet.engine.batch.Column;
import dev.freshet.engine.batch.LongColumn;
import dev.freshet.engine.expr.Constants;
import dev.freshet.engine.expr.EvalContext;
import dev.freshet.engine.expr.Expr;
import dev.freshet.engine.expr.ExprEvaluator;
import dev.freshet.engine.expr.InputRef;
import dev.freshet.engine.ir.PlanProperties;
import dev.freshet.engine.type.DataType;
import dev.freshet.engine.type.PhysicalType;
import java.util.List;

/**
 * Computes output columns from input columns, keeping weights. Linear, stateless. A watermark on an
 * input column passes to every output that is that column, or a monotone function of it (a window
 * bound).
 */
public final class ProjectOperator extends Operator {
    private final ExprEvaluator[] exprs;
    private final List<Expr> exprList;
    private final List<DataType> inputTypes;
    private final EvalContext ctx;

    public ProjectOperator(List<DataType> inputTypes, List<Expr> exprs, EvalContext ctx) {
        this.inputTypes = List.copyOf(inputTypes);
        this.exprList = List.copyOf(exprs);
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
    public void onWatermark(int port, int column, long value) {
        for (int i = 0; i < exprList.size(); i++) {
            Expr e = exprList.get(i);
            if (!PlanProperties.monotoneIn(e, column) || e.type().physical() != PhysicalType.LONG) {
                continue;
            }
            if (e instanceof InputRef) {
                emitWatermark(i, value);
                continue;
            }
            Column[] cols = new Column[inputTypes.size()];
            for (int c = 0; c < cols.length; c++) {
                cols[c] =
                        c == column
                                ? new LongColumn(inputTypes.get(c), new long[] {value}, null, 1)
                                : Constants.column(inputTypes.get(c), null, 1);
            }
            Column out = exprs[i].evaluate(Batch.uniform(cols, 1, 1), ctx);
            if (!out.isNull(0)) {
                emitWatermark(i, ((LongColumn) out).get(0));
            }
        }
    }

    @Override
    public String label() {
        return "Project";
    }
}
