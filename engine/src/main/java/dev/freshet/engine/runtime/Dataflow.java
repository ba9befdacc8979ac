package dev.freshet.engine.runtime;

import dev.freshet.engine.batch.Batch;
import dev.freshet.engine.expr.EvalContext;
import dev.freshet.engine.ir.PlanNode;
import dev.freshet.engine.ir.RelationRef;
import dev.freshet.engine.operator.ChangeTapOperator;
import dev.freshet.engine.operator.MaterializeOperator;
import dev.freshet.engine.operator.Operator;
import dev.freshet.engine.operator.TableSourceOperator;
import dev.freshet.engine.operator.ValuesOperator;
import dev.freshet.engine.state.RelationStore;
import dev.freshet.sql.error.ErrorCode;
import dev.freshet.sql.error.FreshetException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The running dataflow graph: one output operator per relation (a table's source, a view's
 * materializer), and every operator in topological order. Mutated only on the epoch thread.
 */
final class Dataflow {
    /** What a view added to the graph. */
    record ViewInstance(List<Operator> operators, List<Edge> inputs, MaterializeOperator output) {}

    /** A connection from a relation's output into a view's scan. */
    record Edge(int relationOid, Operator from, Operator to) {}

    private final List<Operator> operators = new ArrayList<>();
    private final Map<Integer, Operator> outputs = new HashMap<>();
    private final Map<Integer, ViewInstance> views = new HashMap<>();
    private final Map<Integer, List<Tap>> taps = new HashMap<>();

    /** A change feed's tap and the subscription it feeds. */
    private record Tap(ChangeTapOperator operator, Subscription subscription) {}

    /**
     * Connects a change feed to relation {@code oid}'s output; it receives every later epoch's net
     * change. {@code epoch} numbers the epoch being run when a change arrives.
     */
    void addTap(
            int oid,
            List<dev.freshet.engine.type.DataType> types,
            Subscription subscription,
            java.util.function.LongSupplier epoch) {
        Operator from = operators(oid);
        ChangeTapOperator tap =
                new ChangeTapOperator(types, net -> subscription.deliver(epoch.getAsLong(), net));
        subscription.attach(tap);
        from.connect(tap, 0);
        operators.add(tap);
        taps.computeIfAbsent(oid, k -> new ArrayList<>()).add(new Tap(tap, subscription));
    }

    /** True when view {@code oid} releases rows only as windows close (EMIT ON WINDOW CLOSE). */
    boolean emitsOnWindowClose(int oid) {
        ViewInstance v = views.get(oid);
        if (v == null) {
            return false;
        }
        for (Operator op : v.operators()) {
            if (op instanceof dev.freshet.engine.operator.EmitOnWindowCloseOperator) {
                return true;
            }
        }
        return false;
    }

    /** Unhooks closed taps; ends the feeds of a dropped relation. */
    private void removeTaps(int oid, boolean relationGone) {
        List<Tap> list = taps.get(oid);
        if (list == null) {
            return;
        }
        Operator from = outputs.get(oid);
        for (var it = list.iterator(); it.hasNext(); ) {
            Tap t = it.next();
            if (relationGone || t.operator().isClosed()) {
                if (from != null) {
                    from.disconnect(t.operator());
                }
                operators.remove(t.operator());
                if (relationGone) {
                    t.subscription().end();
                }
                it.remove();
            }
        }
        if (list.isEmpty()) {
            taps.remove(oid);
        }
    }

    /** Adds a table's source operator. */
    TableSourceOperator addTable(int oid, String name) {
        TableSourceOperator source = new TableSourceOperator(name);
        outputs.put(oid, source);
        operators.add(source);
        return source;
    }

    /** Advances a table's watermark (ignored unless it grows) and sends it downstream. */
    void pushTableWatermark(int oid, int column, long value) {
        operators(oid).onWatermark(0, column, value);
    }

    /** A table's current watermark (Long.MIN_VALUE if none). */
    long tableWatermark(int oid) {
        return ((TableSourceOperator) operators(oid)).watermark();
    }

    /** Pushes a change to a table into the graph. */
    void pushTableChange(int oid, Batch change) {
        if (change.isEmpty()) {
            return;
        }
        operators(oid).push(0, change);
    }

    private Operator operators(int oid) {
        Operator out = outputs.get(oid);
        if (out == null) {
            throw new FreshetException(
                    ErrorCode.UNDEFINED_TABLE, "relation with OID " + oid + " does not exist");
        }
        return out;
    }

    /**
     * Builds a view's operators, backfills them from the current contents of what they read, lets
     * them finish that first epoch, and connects them to live changes.
     */
    ViewInstance installView(
            int oid,
            String name,
            PlanNode plan,
            RelationStore store,
            RelationResolver resolver,
            EvalContext ctx,
            int emitOnWindowClose) {
        DataflowBuilder builder = new DataflowBuilder(ctx, true);
        Operator root = builder.build(plan);
        MaterializeOperator mat = new MaterializeOperator(name, store);
        List<Operator> ops = new ArrayList<>(builder.operators);
        if (emitOnWindowClose >= 0) {
            Operator eowc =
                    new dev.freshet.engine.operator.EmitOnWindowCloseOperator(
                            store.types(), emitOnWindowClose);
            root.connect(eowc, 0);
            eowc.connect(mat, 0);
            ops.add(eowc);
        } else {
            root.connect(mat, 0);
        }
        ops.add(mat);
        List<Edge> edges = new ArrayList<>();
        for (DataflowBuilder.Leaf leaf : builder.scans) {
            RelationRef ref = leaf.scan().relation();
            edges.add(new Edge(ref.oid(), operators(ref.oid()), leaf.operator()));
        }
        // backfill: the new operators alone see the current contents, as one epoch of inserts
        for (DataflowBuilder.Leaf leaf : builder.scans) {
            resolver.store(leaf.scan().relation()).scan(b -> leaf.operator().push(0, b));
        }
        for (ValuesOperator v : builder.values) {
            v.start();
        }
        for (var s : builder.series) {
            s.start();
        }
        // then the watermarks the sources already have, so state cleanup starts right away
        for (DataflowBuilder.Leaf leaf : builder.scans) {
            Operator source = operators(leaf.scan().relation().oid());
            if (source instanceof TableSourceOperator t && t.watermark() != Long.MIN_VALUE) {
                for (int col : leaf.scan().watermarkColumns()) {
                    leaf.operator().onWatermark(0, col, t.watermark());
                }
            } else if (source instanceof MaterializeOperator m) {
                for (var w : m.watermarks().entrySet()) {
                    leaf.operator().onWatermark(0, w.getKey(), w.getValue());
                }
            }
        }
        for (Operator op : ops) {
            op.endEpoch();
        }
        for (Edge e : edges) {
            e.from().connect(e.to(), 0);
        }
        operators.addAll(ops);
        outputs.put(oid, mat);
        ViewInstance v = new ViewInstance(ops, edges, mat);
        views.put(oid, v);
        return v;
    }

    /** Removes a view's operators. */
    void removeView(int oid) {
        ViewInstance v = views.remove(oid);
        if (v == null) {
            return;
        }
        for (Edge e : v.inputs()) {
            e.from().disconnect(e.to());
        }
        removeTaps(oid, true);
        operators.removeAll(v.operators());
        outputs.remove(oid);
    }

    /** Removes a table's source. */
    void removeTable(int oid) {
        removeTaps(oid, true);
        Operator out = outputs.remove(oid);
        if (out != null) {
            operators.remove(out);
        }
    }

    /** When a temporal operator next needs an epoch (µs of the wall clock), or Long.MAX_VALUE. */
    long nextWakeupMicros() {
        long next = Long.MAX_VALUE;
        for (int i = 0; i < operators.size(); i++) {
            if (operators.get(i) instanceof dev.freshet.engine.operator.TemporalFilterOperator t) {
                next = Math.min(next, t.nextWakeupMicros());
            }
        }
        return next;
    }

    /** Ends the epoch in every operator, in topological order. */
    void endEpoch() {
        for (int i = 0; i < operators.size(); i++) {
            operators.get(i).endEpoch();
        }
        for (Integer oid : List.copyOf(taps.keySet())) {
            removeTaps(oid, false);
        }
    }

    /** State bytes held by a view's operators, not counting the view's own rows. */
    long viewStateBytes(int oid) {
        ViewInstance v = views.get(oid);
        if (v == null) {
            return 0;
        }
        long b = 0;
        for (Operator op : v.operators()) {
            if (op != v.output()) {
                b += op.stateBytes();
            }
        }
        return b;
    }

    ViewInstance view(int oid) {
        return views.get(oid);
    }
}
