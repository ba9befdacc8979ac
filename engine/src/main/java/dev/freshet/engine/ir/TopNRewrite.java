package dev.freshet.engine.ir;

import dev.freshet.engine.expr.Call;
import dev.freshet.engine.expr.ConstantFolder;
import dev.freshet.engine.expr.Expr;
import dev.freshet.engine.expr.InputRef;
import dev.freshet.engine.expr.LogicFunctions;
import dev.freshet.engine.type.DataType;
import java.util.ArrayList;
import java.util.List;

/**
 * Turns {@code WHERE rank <= n} over {@code ROW_NUMBER() / RANK() / DENSE_RANK() OVER (PARTITION BY
 * ... ORDER BY ...)} into a {@link TopNNode}, which keeps only the first rows of each partition
 * instead of numbering them all.
 */
public final class TopNRewrite {
    private TopNRewrite() {}

    /** {@code plan} with every such filter rewritten, bottom up. */
    public static PlanNode apply(PlanNode plan) {
        List<PlanNode> inputs = new ArrayList<>();
        boolean changed = false;
        for (PlanNode in : plan.inputs()) {
            PlanNode r = apply(in);
            changed |= r != in;
            inputs.add(r);
        }
        PlanNode p = changed ? plan.withInputs(inputs) : plan;
        if (!(p instanceof FilterNode f)) {
            return p;
        }
        ProjectNode project = null;
        PlanNode below = f.input();
        if (below instanceof ProjectNode pr
                && pr.exprs().stream().allMatch(e -> e instanceof InputRef)) {
            project = pr;
            below = pr.input();
        }
        if (!(below instanceof WindowNode w) || w.calls().size() != 1) {
            return p;
        }
        WindowCall.Function fn = w.calls().get(0).function();
        if (fn != WindowCall.Function.ROW_NUMBER
                && fn != WindowCall.Function.RANK
                && fn != WindowCall.Function.DENSE_RANK) {
            return p;
        }
        int rankInWindow = w.input().fields().size();
        int rankCol = rankInWindow;
        if (project != null) {
            rankCol = -1;
            for (int i = 0; i < project.exprs().size(); i++) {
                if (((InputRef) project.exprs().get(i)).index() == rankInWindow) {
                    rankCol = i;
                }
            }
            if (rankCol < 0) {
                return p;
            }
        }
        List<Expr> conjuncts = new ArrayList<>();
        flatten(f.condition(), conjuncts);
        long lower = 0; // ranks <= lower are skipped
        long upper = Long.MAX_VALUE; // ranks > upper are dropped
        List<Expr> rest = new ArrayList<>();
        for (Expr c : conjuncts) {
            long[] bound = bound(c, rankCol);
            if (bound == null) {
                rest.add(c);
            } else {
                lower = Math.max(lower, bound[0]);
                upper = Math.min(upper, bound[1]);
            }
        }
        if (upper == Long.MAX_VALUE) {
            return p; // no upper bound: nothing to gain
        }
        List<Field> fields = new ArrayList<>(w.input().fields());
        fields.add(w.fields().get(rankInWindow));
        PlanNode topN =
                new TopNNode(
                        w.input(),
                        w.partitionKeys(),
                        w.orderKeys(),
                        lower,
                        Math.max(0, upper - lower),
                        fn,
                        false,
                        true,
                        fields);
        PlanNode out = project == null ? topN : project.withInputs(List.of(topN));
        if (rest.isEmpty()) {
            return out;
        }
        Expr cond =
                rest.size() == 1
                        ? rest.get(0)
                        : new Call(LogicFunctions.AND, rest, DataType.BOOLEAN);
        return new FilterNode(out, cond);
    }

    /** {skipped, last kept} ranks implied by one conjunct on the rank column, or null. */
    private static long[] bound(Expr c, int rankCol) {
        if (!(c instanceof Call call) || call.args().size() != 2) {
            return null;
        }
        String op = call.function().name();
        Expr a = call.args().get(0);
        Expr b = call.args().get(1);
        boolean rankLeft =
                a instanceof InputRef r && r.index() == rankCol && ConstantFolder.isConstant(b);
        boolean rankRight =
                b instanceof InputRef r && r.index() == rankCol && ConstantFolder.isConstant(a);
        if (!rankLeft && !rankRight) {
            return null;
        }
        Object v = ConstantFolder.evaluate(rankLeft ? b : a);
        if (!(v instanceof Number num)) {
            return null;
        }
        long n = num.longValue();
        if (rankRight) {
            op =
                    switch (op) {
                        case "<" -> ">";
                        case "<=" -> ">=";
                        case ">" -> "<";
                        case ">=" -> "<=";
                        default -> op;
                    };
        }
        return switch (op) {
            case "<=" -> new long[] {0, n};
            case "<" -> new long[] {0, n - 1};
            case "=" -> new long[] {n - 1, n};
            case ">=" -> new long[] {Math.max(0, n - 1), Long.MAX_VALUE};
            case ">" -> new long[] {Math.max(0, n), Long.MAX_VALUE};
            default -> null;
        };
    }

    private static void flatten(Expr e, List<Expr> out) {
        if (e instanceof Call c && c.function() == LogicFunctions.AND) {
            for (Expr a : c.args()) {
                flatten(a, out);
            }
        } else {
            out.add(e);
        }
    }
}
