package dev.freshet.engine.ir;

import dev.freshet.engine.expr.Expr;
import dev.freshet.engine.expr.InputRef;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Properties derived from a plan: change mode and unique key. */
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
