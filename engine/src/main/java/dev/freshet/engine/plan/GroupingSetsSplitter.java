package dev.freshet.engine.plan;

import java.util.ArrayList;
import java.util.List;
import org.apache.calcite.rel.RelNode;
import org.apache.calcite.rel.core.Aggregate;
import org.apache.calcite.rel.core.AggregateCall;
import org.apache.calcite.rel.logical.LogicalAggregate;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.rex.RexBuilder;
import org.apache.calcite.rex.RexNode;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.tools.RelBuilder;
import org.apache.calcite.util.ImmutableBitSet;

/**
 * Rewrites an aggregate with GROUPING SETS / ROLLUP / CUBE that has DISTINCT calls into a UNION ALL
 * of one plain aggregate per grouping set (other group columns NULL, GROUPING(...) a constant), so
 * Calcite's expansion of DISTINCT aggregates, which handles plain groups only, applies to each.
 * Aggregates without DISTINCT calls are left to {@code RelToIr}, which splits them the same way.
 */
final class GroupingSetsSplitter extends org.apache.calcite.rel.RelShuttleImpl {
    private final RelBuilder builder;

    GroupingSetsSplitter(RelBuilder builder) {
        this.builder = builder;
    }

    /** string_agg / array_agg (DISTINCT x [, d] ORDER BY x ...): the order is on the value. */
    private static boolean orderedDistinctCollect(AggregateCall c) {
        SqlKind kind = c.getAggregation().getKind();
        return (kind == SqlKind.STRING_AGG || kind == SqlKind.LISTAGG || kind == SqlKind.ARRAY_AGG)
                && c.isDistinct()
                && !c.getArgList().isEmpty()
                && !c.collation.getFieldCollations().isEmpty()
                && c.collation.getFieldCollations().stream()
                        .allMatch(f -> c.getArgList().contains(f.getFieldIndex()));
    }

    /**
     * Calcite's expansion of DISTINCT calls loses the ORDER BY of string_agg/array_agg(DISTINCT x
     * ORDER BY x) beside other DISTINCT calls. Such calls are expanded here instead: the input
     * (filtered by the call's FILTER) is deduplicated on the group key and the call's arguments,
     * then aggregated without DISTINCT, its ORDER BY pointing at the deduplicated columns; the
     * result is LEFT JOINed (NULL-safe, on the group key) to the aggregate of the other calls.
     */
    private RelNode expandOrderedDistinct(Aggregate a) {
        List<Integer> ordered = new ArrayList<>();
        List<Integer> rest = new ArrayList<>();
        for (int i = 0; i < a.getAggCallList().size(); i++) {
            (orderedDistinctCollect(a.getAggCallList().get(i)) ? ordered : rest).add(i);
        }
        if (ordered.isEmpty() || a.getGroupType() != Aggregate.Group.SIMPLE) {
            return a;
        }
        RelBuilder b = builder;
        ImmutableBitSet keys = a.getGroupSet();
        int nKeys = keys.cardinality();
        b.push(a.getInput());
        b.aggregate(b.groupKey(keys), rest.stream().map(a.getAggCallList()::get).toList());
        int width = nKeys + rest.size();
        List<Integer> positionOf = new ArrayList<>();
        for (int i : ordered) {
            AggregateCall c = a.getAggCallList().get(i);
            b.push(a.getInput());
            if (c.filterArg >= 0) {
                b.filter(b.field(c.filterArg));
            }
            ImmutableBitSet dedupe = keys.union(ImmutableBitSet.of(c.getArgList()));
            b.aggregate(b.groupKey(dedupe));
            List<Integer> cols = dedupe.asList();
            List<Integer> args = c.getArgList().stream().map(cols::indexOf).toList();
            List<org.apache.calcite.rel.RelFieldCollation> order = new ArrayList<>();
            for (org.apache.calcite.rel.RelFieldCollation f : c.collation.getFieldCollations()) {
                order.add(f.withFieldIndex(cols.indexOf(f.getFieldIndex())));
            }
            AggregateCall plain =
                    c.withDistinct(false)
                            .withFilter(-1)
                            .withArgList(args)
                            .withCollation(org.apache.calcite.rel.RelCollations.of(order));
            List<Integer> keyPositions = keys.asList().stream().map(cols::indexOf).toList();
            b.aggregate(b.groupKey(ImmutableBitSet.of(keyPositions)), List.of(plain));
            List<RexNode> on = new ArrayList<>();
            for (int k = 0; k < nKeys; k++) {
                on.add(b.isNotDistinctFrom(b.field(2, 0, k), b.field(2, 1, k)));
            }
            b.join(org.apache.calcite.rel.core.JoinRelType.LEFT, on);
            positionOf.add(width + nKeys);
            width += nKeys + 1;
        }
        List<RexNode> exprs = new ArrayList<>();
        for (int k = 0; k < nKeys; k++) {
            exprs.add(b.field(k));
        }
        for (int i = 0; i < a.getAggCallList().size(); i++) {
            int o = ordered.indexOf(i);
            RelDataType t = a.getRowType().getFieldList().get(nKeys + i).getType();
            RexNode e = o >= 0 ? b.field(positionOf.get(o)) : b.field(nKeys + rest.indexOf(i));
            exprs.add(b.getRexBuilder().ensureType(t, e, true));
        }
        b.project(exprs, a.getRowType().getFieldNames(), true);
        return b.build();
    }

    @Override
    public RelNode visit(LogicalAggregate agg) {
        RelNode visited = super.visit(agg);
        if (visited instanceof Aggregate plain
                && plain.getGroupType() == Aggregate.Group.SIMPLE
                && plain.getAggCallList().stream()
                        .anyMatch(GroupingSetsSplitter::orderedDistinctCollect)) {
            return expandOrderedDistinct(plain);
        }
        if (!(visited instanceof Aggregate a)
                || a.getGroupType() == Aggregate.Group.SIMPLE
                || a.getAggCallList().stream().noneMatch(AggregateCall::isDistinct)
                || a.getAggCallList().stream()
                        .anyMatch(
                                c ->
                                        c.getAggregation().getKind() == SqlKind.GROUP_ID
                                                || c.getAggregation().getKind()
                                                        == SqlKind.GROUPING_ID)) {
            return visited;
        }
        RelBuilder b = builder;
        RexBuilder rex = b.getRexBuilder();
        RelNode input = a.getInput();
        List<Integer> allKeys = a.getGroupSet().asList();
        int nKeys = allKeys.size();
        RelDataType out = a.getRowType();
        for (ImmutableBitSet set : a.getGroupSets()) {
            b.push(input);
            List<AggregateCall> calls = new ArrayList<>();
            for (AggregateCall c : a.getAggCallList()) {
                if (c.getAggregation().getKind() != SqlKind.GROUPING) {
                    calls.add(c);
                }
            }
            b.aggregate(b.groupKey(set), calls);
            List<Integer> setKeys = set.asList();
            List<RexNode> exprs = new ArrayList<>();
            for (int k = 0; k < nKeys; k++) {
                RelDataType t = out.getFieldList().get(k).getType();
                int pos = setKeys.indexOf(allKeys.get(k));
                exprs.add(
                        pos >= 0 ? rex.ensureType(t, b.field(pos), true) : rex.makeNullLiteral(t));
            }
            int next = setKeys.size();
            for (int i = 0; i < a.getAggCallList().size(); i++) {
                AggregateCall c = a.getAggCallList().get(i);
                RelDataType t = out.getFieldList().get(nKeys + i).getType();
                if (c.getAggregation().getKind() == SqlKind.GROUPING) {
                    long bits = 0;
                    for (int arg : c.getArgList()) {
                        bits = (bits << 1) | (set.get(arg) ? 0 : 1);
                    }
                    exprs.add(
                            rex.ensureType(
                                    t,
                                    rex.makeExactLiteral(java.math.BigDecimal.valueOf(bits)),
                                    true));
                } else {
                    exprs.add(rex.ensureType(t, b.field(next++), true));
                }
            }
            b.project(exprs, out.getFieldNames(), true);
        }
        b.union(true, a.getGroupSets().size());
        return b.build();
    }
}
