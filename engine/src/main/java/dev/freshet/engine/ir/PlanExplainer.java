package dev.freshet.engine.ir;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

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
                        + label(plan, true)
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
            String label = label(in, streaming);
            if (streaming) {
                label += "  [" + PlanProperties.changeMode(in).label() + state(in, true) + "]";
            } else {
                label += state(in, false);
            }
            lines.add(indent + (last ? "└─ " : "├─ ") + label);
            children(in, indent + (last ? "   " : "│  "), lines, streaming);
        }
    }

    /** A node's EXPLAIN label; a streaming projection of volatile values is memoized. */
    private static String label(PlanNode node, boolean streaming) {
        String text = node.explain();
        if (streaming && node instanceof ProjectNode p && PlanProperties.memoized(p)) {
            return "Memoized" + text;
        }
        return text;
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
                                            + externalState(a)
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
                    case ProjectNode p ->
                            streaming && PlanProperties.memoized(p)
                                    ? "output emitted per input row"
                                    : "";
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

    /** The state and retraction class of SPI aggregate calls (train: one model per group). */
    private static String externalState(AggregateNode a) {
        StringBuilder sb = new StringBuilder();
        for (AggCall c : a.calls()) {
            if (c.kind() != AggKind.EXTERNAL || c.external() == null) {
                continue;
            }
            var f = dev.freshet.engine.spi.Extensions.aggregate(c.external());
            if (f.isEmpty()) {
                continue;
            }
            var types = PlanProperties.argTypes(a.input(), c);
            var constants = PlanProperties.constantArgs(a.input(), c);
            String retraction;
            try {
                retraction = f.get().retraction(types, constants).name().toLowerCase(Locale.ROOT);
            } catch (RuntimeException e) {
                retraction = "unknown";
            }
            sb.append(", ")
                    .append(f.get().stateDescription(types, constants))
                    .append(" (")
                    .append(c.name())
                    .append(", retraction ")
                    .append(retraction)
                    .append(')');
        }
        return sb.toString();
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
