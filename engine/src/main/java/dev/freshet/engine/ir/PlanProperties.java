package dev.freshet.engine.ir;

import dev.freshet.engine.expr.Call;
import dev.freshet.engine.expr.Expr;
import dev.freshet.engine.expr.InputRef;
import dev.freshet.engine.type.PhysicalType;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Properties derived from a plan: change mode, unique key, watermark columns. */
public final class PlanProperties {
    private PlanProperties() {}

    /** Whether {@code node}'s output stream only inserts. */
    public static ChangeMode changeMode(PlanNode node) {
        return switch (node) {
            case ScanNode s -> ChangeMode.of(s.appendOnly());
            case ValuesNode v -> ChangeMode.APPEND_ONLY;
            case LookupNode l -> ChangeMode.APPEND_ONLY;
            case FilterNode f -> changeMode(f.input());
            case ProjectNode p -> changeMode(p.input());
            case AggregateNode a -> ChangeMode.RETRACTING;
            case JoinNode j when j.temporal() -> changeMode(j.left());
            case JoinNode j ->
                    j.kind() == JoinKind.INNER
                                    && changeMode(j.left()) == ChangeMode.APPEND_ONLY
                                    && changeMode(j.right()) == ChangeMode.APPEND_ONLY
                            ? ChangeMode.APPEND_ONLY
                            : ChangeMode.RETRACTING;
            case UnionNode u -> {
                for (PlanNode in : u.inputs()) {
                    if (changeMode(in) == ChangeMode.RETRACTING) {
                        yield ChangeMode.RETRACTING;
                    }
                }
                yield ChangeMode.APPEND_ONLY;
            }
            case SortNode s ->
                    s.limit() >= 0 || s.offset() > 0
                            ? ChangeMode.RETRACTING
                            : changeMode(s.input());
            case ChangelogNode c -> ChangeMode.APPEND_ONLY;
            case SeriesNode s -> ChangeMode.APPEND_ONLY;
            case HopNode h -> changeMode(h.input());
            case WindowNode w -> ChangeMode.RETRACTING;
            case TopNNode t -> ChangeMode.RETRACTING;
            case ReplicateNode r -> changeMode(r.input());
            case TemporalFilterNode t ->
                    t.until() != null ? ChangeMode.RETRACTING : changeMode(t.input());
        };
    }

    /**
     * Columns that uniquely identify an output row: empty list = at most one row; empty Optional =
     * no key known (the output is a multiset).
     */
    public static Optional<List<Integer>> uniqueKey(PlanNode node) {
        return switch (node) {
            case ScanNode s -> Optional.ofNullable(s.uniqueKey());
            case ValuesNode v -> v.rows().size() <= 1 ? Optional.of(List.of()) : Optional.empty();
            case LookupNode l -> Optional.empty();
            case FilterNode f -> uniqueKey(f.input());
            case ProjectNode p -> {
                Optional<List<Integer>> in = uniqueKey(p.input());
                if (in.isEmpty()) {
                    yield Optional.empty();
                }
                List<Integer> out = new ArrayList<>();
                for (int k : in.get()) {
                    int pos = positionOf(p.exprs(), k);
                    if (pos < 0) {
                        yield Optional.empty();
                    }
                    out.add(pos);
                }
                yield Optional.of(out);
            }
            case AggregateNode a -> {
                List<Integer> out = new ArrayList<>();
                for (int i = 0; i < a.groupKeys().size(); i++) {
                    out.add(i);
                }
                yield Optional.of(out);
            }
            case JoinNode j -> {
                Optional<List<Integer>> l = uniqueKey(j.left());
                if (!j.kind().projectsRight()) {
                    yield l;
                }
                Optional<List<Integer>> r = uniqueKey(j.right());
                if (l.isEmpty() || r.isEmpty()) {
                    yield Optional.empty();
                }
                List<Integer> out = new ArrayList<>(l.get());
                int offset = j.left().fields().size();
                for (int k : r.get()) {
                    out.add(offset + k);
                }
                yield Optional.of(out);
            }
            case UnionNode u -> Optional.empty();
            case SortNode s -> uniqueKey(s.input());
            case ChangelogNode c -> Optional.empty();
            case SeriesNode s -> Optional.of(List.of(0));
            case HopNode h -> Optional.empty();
            case WindowNode w -> uniqueKey(w.input());
            case TopNNode t -> uniqueKey(t.input());
            case ReplicateNode r -> Optional.empty();
            case TemporalFilterNode t -> uniqueKey(t.input());
        };
    }

    /**
     * Output columns that carry a watermark: every row still to come has a value at or above the
     * column's latest watermark. Sources with WATERMARK FOR start them; filters keep them;
     * projections keep them through column references and monotone functions (window bounds); HOP
     * adds its window columns; an aggregate keeps them on group keys; a union keeps those all
     * inputs share. Joins, window functions and Top-N can emit old values late and drop them.
     */
    public static List<Integer> watermarkColumns(PlanNode node) {
        return switch (node) {
            case ScanNode s -> s.watermarkColumns();
            case FilterNode f -> watermarkColumns(f.input());
            case ProjectNode p -> {
                List<Integer> in = watermarkColumns(p.input());
                List<Integer> out = new ArrayList<>();
                for (int i = 0; i < p.exprs().size(); i++) {
                    Expr e = p.exprs().get(i);
                    if (e.type().physical() != PhysicalType.LONG) {
                        continue;
                    }
                    for (int c : in) {
                        if (monotoneIn(e, c)) {
                            out.add(i);
                            break;
                        }
                    }
                }
                yield out;
            }
            case HopNode h -> {
                List<Integer> out = new ArrayList<>(watermarkColumns(h.input()));
                if (out.contains(h.timeColumn())) {
                    int n = h.fields().size() - 2;
                    out.add(n);
                    out.add(n + 1);
                }
                yield out;
            }
            case AggregateNode a -> {
                List<Integer> in = watermarkColumns(a.input());
                List<Integer> out = new ArrayList<>();
                for (int i = 0; i < a.groupKeys().size(); i++) {
                    if (in.contains(a.groupKeys().get(i))) {
                        out.add(i);
                    }
                }
                yield out;
            }
            case UnionNode u -> {
                List<Integer> out = new ArrayList<>(watermarkColumns(u.inputs().get(0)));
                for (PlanNode in : u.inputs()) {
                    out.retainAll(watermarkColumns(in));
                }
                yield out;
            }
            case SortNode s ->
                    s.limit() < 0 && s.offset() == 0 ? watermarkColumns(s.input()) : List.of();
            default -> List.of();
        };
    }

    /**
     * The group key (index into the group keys) whose watermark closes groups of {@code a}, or -1.
     */
    public static int aggregateWatermarkKey(AggregateNode a) {
        List<Integer> in = watermarkColumns(a.input());
        for (int i = 0; i < a.groupKeys().size(); i++) {
            if (in.contains(a.groupKeys().get(i))) {
                return i;
            }
        }
        return -1;
    }

    /** True if {@code e} is column {@code column} or a chain of monotone calls over it alone. */
    public static boolean monotoneIn(Expr e, int column) {
        return switch (e) {
            case InputRef r -> r.index() == column;
            case Call c ->
                    c.function().monotone()
                            && c.args().size() == 1
                            && monotoneIn(c.args().get(0), column);
            default -> false;
        };
    }

    private static int positionOf(List<Expr> exprs, int inputIndex) {
        for (int i = 0; i < exprs.size(); i++) {
            if (exprs.get(i) instanceof InputRef r && r.index() == inputIndex) {
                return i;
            }
        }
        return -1;
    }
}
