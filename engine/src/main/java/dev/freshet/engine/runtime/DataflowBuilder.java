package dev.freshet.engine.runtime;

import dev.freshet.engine.expr.EvalContext;
import dev.freshet.engine.ir.AggregateNode;
import dev.freshet.engine.ir.ChangelogNode;
import dev.freshet.engine.ir.Field;
import dev.freshet.engine.ir.FilterNode;
import dev.freshet.engine.ir.JoinNode;
import dev.freshet.engine.ir.LookupNode;
import dev.freshet.engine.ir.PlanNode;
import dev.freshet.engine.ir.PlanProperties;
import dev.freshet.engine.ir.ProjectNode;
import dev.freshet.engine.ir.ScanNode;
import dev.freshet.engine.ir.SortNode;
import dev.freshet.engine.ir.UnionNode;
import dev.freshet.engine.ir.ValuesNode;
import dev.freshet.engine.operator.ChangelogOperator;
import dev.freshet.engine.operator.FilterOperator;
import dev.freshet.engine.operator.HashAggregateOperator;
import dev.freshet.engine.operator.HashJoinOperator;
import dev.freshet.engine.operator.Operator;
import dev.freshet.engine.operator.ProjectOperator;
import dev.freshet.engine.operator.ScanOperator;
import dev.freshet.engine.operator.SortOperator;
import dev.freshet.engine.operator.UnionOperator;
import dev.freshet.engine.operator.ValuesOperator;
import dev.freshet.engine.type.DataType;
import java.util.ArrayList;
import java.util.List;

/**
 * Instantiates operators for a plan: one operator per plan node, wired input to output. The result
 * lists operators in topological order (inputs before consumers) and the scan and values operators
 * that must be fed to start it.
 */
final class DataflowBuilder {
    /** A scan to feed: the operator and the plan node it reads for. */
    record Leaf(ScanOperator operator, ScanNode scan) {}

    /** A lookup to feed (one-shot plans only). */
    record Lookup(ScanOperator operator, LookupNode node) {}

    private final EvalContext ctx;
    private final boolean streaming;
    final List<Operator> operators = new ArrayList<>();
    final List<Leaf> scans = new ArrayList<>();
    final List<Lookup> lookups = new ArrayList<>();
    final List<ValuesOperator> values = new ArrayList<>();
    final List<dev.freshet.engine.operator.SeriesOperator> series = new ArrayList<>();

    /**
     * @param streaming true for a view's dataflow; false for a one-shot plan (TopN then means a
     *     plain sort)
     */
    DataflowBuilder(EvalContext ctx, boolean streaming) {
        this.ctx = ctx;
        this.streaming = streaming;
    }

    static List<DataType> types(List<Field> fields) {
        List<DataType> out = new ArrayList<>(fields.size());
        for (Field f : fields) {
            out.add(f.type());
        }
        return out;
    }

    /** Builds {@code node}'s operators; returns the one producing its output. */
    Operator build(PlanNode node) {
        Operator op =
                switch (node) {
                    case ScanNode s -> {
                        ScanOperator scan = new ScanOperator(s.relation().name());
                        scans.add(new Leaf(scan, s));
                        yield scan;
                    }
                    case LookupNode l -> {
                        ScanOperator scan = new ScanOperator(l.relation().name());
                        lookups.add(new Lookup(scan, l));
                        yield scan;
                    }
                    case ValuesNode v -> {
                        ValuesOperator vo = new ValuesOperator(types(v.fields()), v.rows());
                        values.add(vo);
                        yield vo;
                    }
                    case FilterNode f ->
                            connect(f.input(), new FilterOperator(f.condition(), ctx), 0);
                    case ProjectNode p ->
                            connect(
                                    p.input(),
                                    new ProjectOperator(types(p.input().fields()), p.exprs(), ctx),
                                    0);
                    case AggregateNode a -> {
                        int[] keys = a.groupKeys().stream().mapToInt(Integer::intValue).toArray();
                        yield connect(
                                a.input(),
                                new HashAggregateOperator(
                                        types(a.input().fields()),
                                        keys,
                                        a.calls(),
                                        types(a.fields()),
                                        PlanProperties.changeMode(a.input()),
                                        ctx,
                                        PlanProperties.aggregateWatermarkKey(a)),
                                0);
                    }
                    case JoinNode j -> {
                        boolean[] nullSafe = new boolean[j.nullSafe().size()];
                        for (int i = 0; i < nullSafe.length; i++) {
                            nullSafe[i] = j.nullSafe().get(i);
                        }
                        if (j.temporal() && streaming) {
                            Operator temporal =
                                    new dev.freshet.engine.operator.TemporalJoinOperator(
                                            j.kind(),
                                            types(j.left().fields()),
                                            types(j.right().fields()),
                                            j.leftKeys().stream()
                                                    .mapToInt(Integer::intValue)
                                                    .toArray(),
                                            j.rightKeys().stream()
                                                    .mapToInt(Integer::intValue)
                                                    .toArray(),
                                            nullSafe,
                                            j.residual(),
                                            ctx,
                                            dev.freshet.engine.ir.PlanProperties.changeMode(
                                                            j.left())
                                                    == dev.freshet.engine.ir.ChangeMode.RETRACTING);
                            build(j.left()).connect(temporal, 0);
                            build(j.right()).connect(temporal, 1);
                            yield temporal;
                        }
                        HashJoinOperator join =
                                new HashJoinOperator(
                                        j.kind(),
                                        types(j.left().fields()),
                                        types(j.right().fields()),
                                        j.leftKeys().stream().mapToInt(Integer::intValue).toArray(),
                                        j.rightKeys().stream()
                                                .mapToInt(Integer::intValue)
                                                .toArray(),
                                        nullSafe,
                                        j.residual(),
                                        ctx);
                        Operator left = build(j.left());
                        Operator right = build(j.right());
                        left.connect(join, 0);
                        right.connect(join, 1);
                        yield join;
                    }
                    case UnionNode u -> {
                        UnionOperator union = new UnionOperator(u.inputs().size());
                        for (int i = 0; i < u.inputs().size(); i++) {
                            build(u.inputs().get(i)).connect(union, i);
                        }
                        yield union;
                    }
                    case SortNode s -> {
                        if (streaming && s.limit() < 0 && s.offset() == 0) {
                            // ORDER BY alone does not change a view's contents
                            yield build(s.input());
                        }
                        if (streaming) {
                            yield connect(
                                    s.input(),
                                    new dev.freshet.engine.operator.TopNOperator(
                                            types(s.fields()),
                                            new int[0],
                                            s.keys(),
                                            s.offset(),
                                            s.limit(),
                                            dev.freshet.engine.ir.WindowCall.Function.ROW_NUMBER,
                                            false,
                                            false),
                                    0);
                        }
                        yield connect(
                                s.input(),
                                new SortOperator(
                                        types(s.fields()), s.keys(), s.offset(), s.limit()),
                                0);
                    }
                    case dev.freshet.engine.ir.SeriesNode s -> {
                        dev.freshet.engine.operator.SeriesOperator so =
                                new dev.freshet.engine.operator.SeriesOperator(
                                        s.start(), s.count(), s.step());
                        series.add(so);
                        yield so;
                    }
                    case dev.freshet.engine.ir.HopNode h ->
                            connect(
                                    h.input(),
                                    new dev.freshet.engine.operator.HopOperator(
                                            types(h.fields()),
                                            h.timeColumn(),
                                            h.slideMicros(),
                                            h.sizeMicros(),
                                            h.offsetMicros()),
                                    0);
                    case dev.freshet.engine.ir.WindowNode w ->
                            connect(
                                    w.input(),
                                    new dev.freshet.engine.operator.OverWindowOperator(
                                            types(w.input().fields()),
                                            w.partitionKeys().stream()
                                                    .mapToInt(Integer::intValue)
                                                    .toArray(),
                                            w.orderKeys(),
                                            w.calls()),
                                    0);
                    case dev.freshet.engine.ir.TopNNode t ->
                            connect(
                                    t.input(),
                                    new dev.freshet.engine.operator.TopNOperator(
                                            types(t.input().fields()),
                                            t.partitionKeys().stream()
                                                    .mapToInt(Integer::intValue)
                                                    .toArray(),
                                            t.orderKeys(),
                                            t.offset(),
                                            t.limit(),
                                            t.ranking(),
                                            t.withTies(),
                                            t.rankColumn()),
                                    0);
                    case ChangelogNode c ->
                            connect(c.input(), new ChangelogOperator(types(c.input().fields())), 0);
                    case dev.freshet.engine.ir.TemporalFilterNode t ->
                            connect(
                                    t.input(),
                                    new dev.freshet.engine.operator.TemporalFilterOperator(
                                            types(t.fields()),
                                            t,
                                            ctx,
                                            dev.freshet.engine.expr.EvalContext::currentMicros),
                                    0);
                    case dev.freshet.engine.ir.ReplicateNode r ->
                            connect(
                                    r.input(),
                                    new dev.freshet.engine.operator.ReplicateOperator(
                                            r.input().fields().size(), r.countColumn()),
                                    0);
                };
        operators.add(op);
        return op;
    }

    private Operator connect(PlanNode input, Operator op, int port) {
        build(input).connect(op, port);
        return op;
    }
}
