package dev.freshet.engine.plan;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;
import org.apache.calcite.rel.RelHomogeneousShuttle;
import org.apache.calcite.rel.RelNode;
import org.apache.calcite.rel.core.Intersect;
import org.apache.calcite.rel.core.Minus;
import org.apache.calcite.rel.core.SetOp;
import org.apache.calcite.rex.RexNode;
import org.apache.calcite.sql.fun.SqlStdOperatorTable;
import org.apache.calcite.tools.RelBuilder;

/**
 * Rewrites {@code INTERSECT ALL} and {@code EXCEPT ALL} into their distinct forms over numbered
 * rows, which the planner lowers further (to a union of tagged inputs and a counting aggregate):
 *
 * <pre>
 *   A INTERSECT ALL B  =  SELECT cols FROM (numbered(A) INTERSECT numbered(B))
 *   numbered(X)        =  SELECT cols, row_number() OVER (PARTITION BY cols) FROM X
 * </pre>
 *
 * <p>A row that A holds m times and B n times is numbered 1..m in A and 1..n in B, so the pairs
 * (row, i) both hold are i = 1..min(m, n) and those only A holds are i = n+1..m: the multiplicities
 * PostgreSQL gives {@code INTERSECT ALL} and {@code EXCEPT ALL}. The copies of a row in a partition
 * are equal, so which copy gets which number does not matter, and no order is needed. NULLs are
 * equal in partitions as in set operations. With more inputs the same holds pairwise.
 */
final class SetOpAllRewrite extends RelHomogeneousShuttle {
    private final RelBuilder builder;

    private SetOpAllRewrite(RelBuilder builder) {
        this.builder = requireNonNull(builder);
    }

    /** The plan with every INTERSECT ALL and EXCEPT ALL rewritten. */
    static RelNode rewrite(RelNode rel, RelBuilder builder) {
        return rel.accept(new SetOpAllRewrite(builder));
    }

    @Override
    public RelNode visit(RelNode other) {
        RelNode node = super.visit(other);
        if (node instanceof SetOp op
                && op.all
                && (op instanceof Intersect || op instanceof Minus)) {
            return numbered(op);
        }
        return node;
    }

    private RelNode numbered(SetOp op) {
        int width = op.getRowType().getFieldCount();
        for (RelNode input : op.getInputs()) {
            builder.push(input);
            List<RexNode> columns = new ArrayList<>(builder.fields());
            builder.projectPlus(
                    builder.aggregateCall(SqlStdOperatorTable.ROW_NUMBER)
                            .over()
                            .partitionBy(columns)
                            .rowsTo(org.apache.calcite.rex.RexWindowBounds.CURRENT_ROW)
                            .as("$copy"));
        }
        int inputs = op.getInputs().size();
        if (op instanceof Intersect) {
            builder.intersect(false, inputs);
        } else {
            builder.minus(false, inputs);
        }
        builder.project(builder.fields().subList(0, width), op.getRowType().getFieldNames(), true);
        return builder.build();
    }
}
