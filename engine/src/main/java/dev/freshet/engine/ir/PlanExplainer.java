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
        return explainView(view, plan, keyColumns, null);
    }

    /**
     * Lines for a streaming view; {@code emitOnWindowClose} names the output column whose watermark
     * releases rows under EMIT ON WINDOW CLOSE (null: results are emitted as they change).
     */
    public static List<String> explainView(
            String view, PlanNode plan, List<String> keyColumns, String emitOnWindowClose) {
        List<String> lines = new ArrayList<>();
        String key = keyColumns == null ? "" : ", key=[" + String.join(", ", keyColumns) + "]";
        String indent = "";
        lines.add(
                "StreamMaterialize("
                        + view
                        + key
                        + ")  ["
                        + (emitOnWindowClose != null
                                        ? ChangeMode.APPEND_ONLY
                                        : PlanProperties.changeMode(plan))
                                .label()
                        + "; state: view rows]");
        if (emitOnWindowClose != null) {
            lines.add(
                    "└─ EmitOnWindowClose("
                            + emitOnWindowClose
                            + ")  [append-only; state: changes of open windows]");
            indent = "   ";
        }
        lines.add(
                indent
                        + "└─ "
                        + plan.explain()
                        + "  ["
                        + PlanProperties.changeMode(plan).label()
                        + state(plan, true)
                        + "]");
        children(plan, indent + "   ", lines, true);
        return lines;
    }

    /** Lines for a one-shot query plan. */
    public static List<String> explainQuery(PlanNode plan) {
        List<String> lines = new ArrayList<>();
        lines.add(plan.explain() + state(plan, false));
        children(plan, "", lines, false);
        return lines;
    }

    private static void children(
            PlanNode node, String indent, List<String> lines, boolean streaming) {
        List<PlanNode> inputs = node.inputs();
        for (int i = 0; i < inputs.size(); i++) {
            PlanNode in = inputs.get(i);
            boolean last = i == inputs.size() - 1;
            String label = in.explain();
            if (streaming) {
                label += "  [" + PlanProperties.changeMode(in).label() + state(in, true) + "]";
            } else {
                label += state(in, false);
            }
            lines.add(indent + (last ? "└─ " : "├─ ") + label);
            children(in, indent + (last ? "   " : "│  "), lines, streaming);
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
                                            + (PlanProperties.aggregateWatermarkKey(a) >= 0
                                                    ? ", freed when the watermark on $"
                                                            + a.groupKeys()
                                                                    .get(
                                                                            PlanProperties
                                                                                    .aggregateWatermarkKey(
                                                                                            a))
                                                            + " passes"
                                                    : "")
                                    : "";
                    case JoinNode j when j.temporal() ->
                            streaming
                                    ? "right rows by join key"
                                            + (PlanProperties.changeMode(j.left())
                                                            == ChangeMode.RETRACTING
                                                    ? ", output per left row"
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
                    case HopNode h -> "";
                    case WindowNode w ->
                            streaming ? "rows by partition, last output per partition" : "";
                    case TopNNode t ->
                            streaming ? "rows by partition, last top rows per partition" : "";
                    case ReplicateNode r -> "";
                    case TemporalFilterNode t ->
                            streaming
                                    ? (t.since() != null ? "rows waiting for their time" : "")
                                            + (t.since() != null && t.until() != null ? ", " : "")
                                            + (t.until() != null ? "rows by expiry time" : "")
                                    : "";
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
