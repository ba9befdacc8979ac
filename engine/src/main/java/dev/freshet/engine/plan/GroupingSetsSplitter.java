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

    @Override
    public RelNode visit(LogicalAggregate agg) {
        RelNode visited = super.visit(agg);
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
