package dev.freshet.engine.ir;

import java.util.ArrayList;
import java.util.List;

/**
 * EXPLAIN text for a plan: one line per node, indented as a tree, each with its change mode and,
 * for stateful nodes, the state it keeps. Deterministic, for golden files.
 */
public final class PlanExplainer {
    private PlanExplainer() {}

    /**
     * Lines for a streaming plan ending in a materialized view named {@code view} with the given
     * key (null: none known).
     */
    public static List<String> explainView(String view, PlanNode plan, List<String> keyColumns) {
        List<String> lines = new ArrayList<>();
        String key = keyColumns == null ? "" : ", key=[" + String.join(", ", keyColumns) + "]";
        lines.add(
                "StreamMaterialize("
                        + view
                        + key
                        + ")  ["
                        + PlanProperties.changeMode(plan).label()
                        + "; state: view rows]");
        walk(plan, "", lines, true);
        return lines;
    }

    /** Lines for a one-shot query plan. */
    public static List<String> explainQuery(PlanNode plan) {
        List<String> lines = new ArrayList<>();
        lines.add(plan.explain() + state(plan, false));
        children(plan, "", lines, false);
        return lines;
    }

    private static void walk(PlanNode node, String indent, List<String> lines, boolean streaming) {
        lines.add(
                indent
                        + "└─ "
                        + node.explain()
                        + "  ["
                        + PlanProperties.changeMode(node).label()
                        + state(node, true)
                        + "]");
        children(node, indent + "   ", lines, streaming);
    }

    private static void children(
            PlanNode node, String indent, List<String> lines, boolean streaming) {
        for (PlanNode in : node.inputs()) {
            if (streaming) {
                walk(in, indent, lines, true);
            } else {
                lines.add(indent + "└─ " + in.explain() + state(in, false));
                children(in, indent + "   ", lines, false);
            }
        }
    }

    private static String state(PlanNode node, boolean streaming) {
        String text =
                switch (node) {
                    case AggregateNode a ->
                            streaming
                                    ? "groups, last output per group"
                                            + (hasMinMax(a)
                                                            && PlanProperties.changeMode(a.input())
                                                                    == ChangeMode.RETRACTING
                                                    ? ", sorted inputs for min/max"
                                                    : "")
                                    : "";
                    case JoinNode j -> streaming ? "left and right rows by join key" : "";
                    case SortNode sort -> "";
                    case ScanNode scan -> "";
                    case ValuesNode v -> "";
                    case FilterNode f -> "";
                    case ProjectNode p -> "";
                    case UnionNode u -> "";
                    case ChangelogNode c -> "";
                    case LookupNode l -> "";
                    case SeriesNode s -> "";
                };
        return text.isEmpty() ? "" : "; state: " + text;
    }

    private static boolean hasMinMax(AggregateNode a) {
        for (AggCall c : a.calls()) {
            if (c.kind() == AggKind.MIN || c.kind() == AggKind.MAX) {
                return true;
            }
        }
        return false;
    }
}
