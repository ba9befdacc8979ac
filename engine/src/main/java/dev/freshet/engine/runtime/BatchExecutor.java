package dev.freshet.engine.runtime;

import dev.freshet.engine.batch.Batch;
import dev.freshet.engine.batch.BatchBuilder;
import dev.freshet.engine.batch.ColumnBuilder;
import dev.freshet.engine.expr.ConstantFolder;
import dev.freshet.engine.expr.EvalContext;
import dev.freshet.engine.expr.Expr;
import dev.freshet.engine.ir.PlanNode;
import dev.freshet.engine.operator.CollectOperator;
import dev.freshet.engine.operator.Operator;
import dev.freshet.engine.operator.ValuesOperator;
import dev.freshet.engine.state.RelationStore;
import java.util.List;

/**
 * Runs a plan once over the committed contents of the relations it reads: the same operators a view
 * uses, fed with snapshots instead of changes. Used for ad-hoc SELECTs (under the engine's read
 * lock) and for the source rows of DML (on the epoch thread).
 */
final class BatchExecutor {
    private BatchExecutor() {}

    /** The result rows, in order, each with its multiplicity as weight. */
    static List<Batch> execute(PlanNode plan, RelationResolver resolver, EvalContext ctx) {
        DataflowBuilder builder = new DataflowBuilder(ctx, false);
        Operator root = builder.build(plan);
        CollectOperator collect = new CollectOperator();
        root.connect(collect, 0);
        for (DataflowBuilder.Leaf leaf : builder.scans) {
            RelationStore store = resolver.store(leaf.scan().relation());
            store.scan(
                    b -> {
                        ctx.checkInterrupted();
                        leaf.operator().push(0, b);
                    });
        }
        for (DataflowBuilder.Lookup l : builder.lookups) {
            RelationStore store = resolver.store(l.node().relation());
            List<Expr> keys = l.node().keyValues();
            Object[] values = new Object[keys.size()];
            boolean anyNull = false;
            for (int i = 0; i < values.length; i++) {
                values[i] = ConstantFolder.evaluate(keys.get(i), ctx);
                anyNull |= values[i] == null;
            }
            // key = NULL is never true
            int[] ids;
            if (anyNull) {
                ids = new int[0];
            } else if (l.node().index() == null) {
                int id = store.findByKey(values);
                ids = id < 0 ? new int[0] : new int[] {id};
            } else {
                var index = store.index(l.node().index());
                if (index == null) {
                    throw new dev.freshet.sql.error.FreshetException(
                            dev.freshet.sql.error.ErrorCode.UNDEFINED_OBJECT,
                            "index \"" + l.node().index() + "\" does not exist");
                }
                ids = index.lookup(values);
            }
            if (ids.length > 0) {
                BatchBuilder b = new BatchBuilder(store.types(), ids.length);
                ColumnBuilder[] cols = new ColumnBuilder[store.types().size()];
                for (int c = 0; c < cols.length; c++) {
                    cols[c] = b.column(c);
                }
                for (int id : ids) {
                    store.decodeRow(id, cols, 0);
                    b.endRow(store.multiplicity(id));
                    if (b.size() >= Batch.TARGET_ROWS) {
                        l.operator().push(0, b.build());
                    }
                }
                if (b.size() > 0) {
                    l.operator().push(0, b.build());
                }
            }
        }
        for (ValuesOperator v : builder.values) {
            v.start();
        }
        for (var s : builder.series) {
            s.start(ctx::checkInterrupted);
        }
        for (Operator op : builder.operators) {
            op.endEpoch();
        }
        List<dev.freshet.engine.type.DataType> types = new java.util.ArrayList<>();
        for (var f : plan.fields()) {
            types.add(f.type());
        }
        return dev.freshet.engine.operator.Consolidator.net(collect.batches(), types);
    }
}
