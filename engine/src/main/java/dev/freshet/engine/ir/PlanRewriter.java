package dev.freshet.engine.ir;

import dev.freshet.engine.expr.Call;
import dev.freshet.engine.expr.CaseWhen;
import dev.freshet.engine.expr.Expr;
import dev.freshet.engine.expr.InputRef;
import dev.freshet.engine.expr.Literal;
import dev.freshet.engine.expr.LogicFunctions;
import dev.freshet.engine.expr.Param;
import dev.freshet.engine.expr.TypeCoercion;
import dev.freshet.engine.type.DataType;
import dev.freshet.sql.error.ErrorCode;
import dev.freshet.sql.error.FreshetException;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Rewrites of finished plans: binding parameter values, and turning key filters into lookups. */
public final class PlanRewriter {
    private PlanRewriter() {}

    /** {@code plan} with every {@code $n} replaced by its value (Java value, cast to its type). */
    public static PlanNode bindParams(PlanNode plan, List<@Nullable Object> values) {
        List<PlanNode> inputs = new ArrayList<>();
        for (PlanNode in : plan.inputs()) {
            inputs.add(bindParams(in, values));
        }
        PlanNode p = inputs.isEmpty() ? plan : plan.withInputs(inputs);
        return switch (p) {
            case FilterNode f -> new FilterNode(f.input(), bind(f.condition(), values));
            case ProjectNode pr ->
                    new ProjectNode(pr.input(), bindAll(pr.exprs(), values), pr.fields());
            case JoinNode j ->
                    j.residual() == null
                            ? j
                            : new JoinNode(
                                    j.left(),
                                    j.right(),
                                    j.kind(),
                                    j.leftKeys(),
                                    j.rightKeys(),
                                    j.nullSafe(),
                                    bind(j.residual(), values),
                                    j.fields());
            case LookupNode l ->
                    new LookupNode(
                            l.relation(), l.fields(), bindAll(l.keyValues(), values), l.index());
            case ScanNode s -> s;
            case ValuesNode v -> v;
            case AggregateNode a -> a;
            case UnionNode u -> u;
            case SortNode s -> s;
            case ChangelogNode c -> c;
            case SeriesNode s -> s;
            case HopNode h -> h;
            case WindowNode w -> w;
            case TopNNode t -> t;
            case ReplicateNode r -> r;
            case TemporalFilterNode t -> t;
        };
    }

    private static List<Expr> bindAll(List<Expr> exprs, List<@Nullable Object> values) {
        List<Expr> out = new ArrayList<>(exprs.size());
        for (Expr e : exprs) {
            out.add(bind(e, values));
        }
        return out;
    }

    /** {@code e} with parameters replaced by literals. */
    public static Expr bind(Expr e, List<@Nullable Object> values) {
        return switch (e) {
            case Param p -> {
                if (p.index() >= values.size()) {
                    throw new FreshetException(
                            ErrorCode.PROTOCOL_VIOLATION,
                            "no value bound for parameter $" + (p.index() + 1));
                }
                yield new Literal(p.type(), values.get(p.index()));
            }
            case Call c -> new Call(c.function(), bindAll(c.args(), values), c.type());
            case CaseWhen w ->
                    new CaseWhen(
                            bindAll(w.conditions(), values),
                            bindAll(w.results(), values),
                            bind(w.otherwise(), values),
                            w.type());
            case InputRef r -> r;
            case Literal l -> l;
        };
    }

    /**
     * Replaces {@code Filter(Scan(r))} whose condition fixes every key column of {@code r} to a
     * constant or parameter with a {@link LookupNode} (plus a filter for the other conjuncts),
     * recursively. Only for one-shot plans: a lookup reads the committed store directly.
     */
    public static PlanNode pointLookups(PlanNode plan) {
        return pointLookups(plan, r -> List.of());
    }

    /** A secondary index of a relation: its name and columns (see {@link LookupNode}). */
    public record Index(String name, List<Integer> columns) {}

    /**
     * As {@link #pointLookups(PlanNode)}, also through secondary indexes: a filter that fixes every
     * column of one of {@code indexes}' indexes of the relation becomes a lookup in that index (the
     * relation's key is preferred).
     */
    public static PlanNode pointLookups(
            PlanNode plan, java.util.function.Function<RelationRef, List<Index>> indexes) {
        List<PlanNode> inputs = new ArrayList<>();
        for (PlanNode in : plan.inputs()) {
            inputs.add(pointLookups(in, indexes));
        }
        PlanNode p = inputs.isEmpty() ? plan : plan.withInputs(inputs);
        if (!(p instanceof FilterNode f) || !(f.input() instanceof ScanNode s)) {
            return p;
        }
        if (s.relation().kind() == RelationRef.Kind.SYSTEM_TABLE) {
            return p;
        }
        List<Integer> key = s.uniqueKey();
        if (key != null && !key.isEmpty()) {
            PlanNode byKey = lookup(f, s, key, null);
            if (byKey != null) {
                return byKey;
            }
        }
        // the index that fixes the most columns first
        List<Index> candidates = new ArrayList<>(indexes.apply(s.relation()));
        candidates.sort((a, b) -> Integer.compare(b.columns().size(), a.columns().size()));
        for (Index index : candidates) {
            PlanNode byIndex = lookup(f, s, index.columns(), index.name());
            if (byIndex != null) {
                return byIndex;
            }
        }
        return p;
    }

    /** {@code f} over {@code s} as a lookup on {@code key}, or null if it does not fix it. */
    private static @Nullable PlanNode lookup(
            FilterNode f, ScanNode s, List<Integer> key, @Nullable String index) {
        List<Expr> conjuncts = new ArrayList<>();
        flattenAnd(f.condition(), conjuncts);
        Expr[] keyValues = new Expr[key.size()];
        List<Expr> rest = new ArrayList<>();
        for (Expr c : conjuncts) {
            int slot = -1;
            Expr value = null;
            if (c instanceof Call call
                    && call.function().name().equals("=")
                    && call.args().size() == 2) {
                Expr a = call.args().get(0);
                Expr b = call.args().get(1);
                if (a instanceof InputRef r && isConstant(b)) {
                    slot = key.indexOf(r.index());
                    value = b;
                } else if (b instanceof InputRef r && isConstant(a)) {
                    slot = key.indexOf(r.index());
                    value = a;
                }
                // only when the comparison is in the key column's own type
                if (slot >= 0
                        && !call.args()
                                .get(0)
                                .type()
                                .kind()
                                .equals(s.fields().get(key.get(slot)).type().kind())) {
                    slot = -1;
                }
            }
            if (slot >= 0 && keyValues[slot] == null) {
                DataType kt = s.fields().get(key.get(slot)).type();
                keyValues[slot] = TypeCoercion.castTo(value, kt.unconstrained());
            } else {
                rest.add(c);
            }
        }
        for (Expr v : keyValues) {
            if (v == null) {
                return null;
            }
        }
        PlanNode lookup = new LookupNode(s.relation(), s.fields(), List.of(keyValues), index);
        if (rest.isEmpty()) {
            return lookup;
        }
        Expr cond =
                rest.size() == 1
                        ? rest.get(0)
                        : new Call(LogicFunctions.AND, rest, DataType.BOOLEAN);
        return new FilterNode(lookup, cond);
    }

    private static boolean isConstant(Expr e) {
        return e instanceof Literal || e instanceof Param;
    }

    private static void flattenAnd(Expr e, List<Expr> out) {
        if (e instanceof Call c && c.function() == LogicFunctions.AND) {
            for (Expr a : c.args()) {
                flattenAnd(a, out);
            }
        } else {
            out.add(e);
        }
    }
}
