package dev.freshet.engine.expr;

import dev.freshet.engine.batch.Batch;
import dev.freshet.engine.batch.BoolColumn;
import dev.freshet.engine.batch.Column;
import dev.freshet.engine.batch.ColumnBuilder;
import dev.freshet.engine.batch.NullBits;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Evaluates an {@link Expr} over batches, column at a time. Built once per operator; keeps reusable
 * constant columns. Not thread safe.
 */
public final class ExprEvaluator {
    private final Node root;

    public ExprEvaluator(Expr expr) {
        this.root = compile(expr);
    }

    /** The expression's value for every row of {@code batch}. */
    public Column evaluate(Batch batch, EvalContext ctx) {
        ctx.checkInterrupted();
        return root.eval(batch, ctx);
    }

    /** Evaluates several expressions over one batch. */
    public static Column[] evaluateAll(ExprEvaluator[] evaluators, Batch batch, EvalContext ctx) {
        Column[] out = new Column[evaluators.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = evaluators[i].evaluate(batch, ctx);
        }
        return out;
    }

    private static Node compile(Expr expr) {
        return switch (expr) {
            case InputRef r -> new RefNode(r.index());
            case Literal l -> new ConstNode(l);
            case Param p ->
                    throw new IllegalStateException("parameter $" + (p.index() + 1) + " not bound");
            case Call c -> {
                Node[] args = new Node[c.args().size()];
                for (int i = 0; i < args.length; i++) {
                    args[i] = compile(c.args().get(i));
                }
                yield new CallNode(c.function(), args);
            }
            case CaseWhen w -> {
                List<Expr> conds = w.conditions();
                Node[] cs = new Node[conds.size()];
                Node[] rs = new Node[conds.size()];
                for (int i = 0; i < cs.length; i++) {
                    cs[i] = compile(conds.get(i));
                    rs[i] = compile(w.results().get(i));
                }
                yield new CaseNode(cs, rs, compile(w.otherwise()), w);
            }
        };
    }

    private sealed interface Node permits RefNode, ConstNode, CallNode, CaseNode {
        Column eval(Batch batch, EvalContext ctx);
    }

    private record RefNode(int index) implements Node {
        @Override
        public Column eval(Batch batch, EvalContext ctx) {
            return batch.column(index);
        }
    }

    private static final class ConstNode implements Node {
        private final Literal literal;
        private @Nullable Column cached;

        ConstNode(Literal literal) {
            this.literal = literal;
        }

        @Override
        public Column eval(Batch batch, EvalContext ctx) {
            int rows = batch.size();
            Column c = cached;
            if (c != null && c.size() == rows) {
                return c;
            }
            c = Constants.column(literal.type(), literal.value(), rows);
            cached = c;
            return c;
        }
    }

    private record CallNode(ScalarFunction function, Node[] args) implements Node {
        @Override
        public Column eval(Batch batch, EvalContext ctx) {
            Column[] values = new Column[args.length];
            long[] nulls = null;
            boolean strict = function.strict();
            for (int i = 0; i < values.length; i++) {
                values[i] = args[i].eval(batch, ctx);
                if (strict) {
                    nulls = NullBits.or(nulls, values[i].nulls(), batch.size());
                }
            }
            return function.apply(values, nulls, batch.size(), ctx);
        }
    }

    private record CaseNode(Node[] conditions, Node[] results, Node otherwise, CaseWhen expr)
            implements Node {
        @Override
        public Column eval(Batch batch, EvalContext ctx) {
            int rows = batch.size();
            // which branch each row takes; -1 = still undecided
            int[] branch = new int[rows];
            Arrays.fill(branch, -1);
            int undecided = rows;
            int[] live = new int[rows];
            for (int i = 0; i < rows; i++) {
                live[i] = i;
            }
            for (int b = 0; b < conditions.length && undecided > 0; b++) {
                Batch sub = undecided == rows ? batch : batch.gather(live, undecided);
                BoolColumn cond = (BoolColumn) conditions[b].eval(sub, ctx);
                int still = 0;
                for (int i = 0; i < undecided; i++) {
                    if (cond.isTrue(i)) {
                        branch[live[i]] = b;
                    } else {
                        live[still++] = live[i];
                    }
                }
                undecided = still;
            }
            for (int i = 0; i < undecided; i++) {
                branch[live[i]] = conditions.length;
            }
            // evaluate each branch on its rows only, then scatter
            Column[] partial = new Column[conditions.length + 1];
            int[][] rowsOf = new int[conditions.length + 1][];
            int[] counts = new int[conditions.length + 1];
            for (int i = 0; i < rows; i++) {
                counts[branch[i]]++;
            }
            for (int b = 0; b <= conditions.length; b++) {
                rowsOf[b] = new int[counts[b]];
                counts[b] = 0;
            }
            for (int i = 0; i < rows; i++) {
                int b = branch[i];
                rowsOf[b][counts[b]++] = i;
            }
            for (int b = 0; b <= conditions.length; b++) {
                if (counts[b] == 0) {
                    continue;
                }
                Node n = b < conditions.length ? results[b] : otherwise;
                Batch sub = counts[b] == rows ? batch : batch.gather(rowsOf[b], counts[b]);
                partial[b] = n.eval(sub, ctx);
                if (counts[b] == rows) {
                    return Constants.coerceLayout(partial[b], expr.type());
                }
            }
            ColumnBuilder out = ColumnBuilder.forType(expr.type(), rows);
            int[] cursor = new int[conditions.length + 1];
            for (int i = 0; i < rows; i++) {
                int b = branch[i];
                out.appendFrom(partial[b], cursor[b]++);
            }
            return out.build();
        }
    }
}
