package dev.freshet.engine.runtime;

import dev.freshet.engine.batch.Batch;
import dev.freshet.engine.catalog.CatalogEntry;
import dev.freshet.engine.catalog.TableEntry;
import dev.freshet.engine.catalog.ViewEntry;
import dev.freshet.engine.expr.EvalContext;
import dev.freshet.engine.ir.AggCall;
import dev.freshet.engine.ir.AggKind;
import dev.freshet.engine.ir.AggregateNode;
import dev.freshet.engine.ir.PlanNode;
import dev.freshet.engine.ir.RelationRef;
import dev.freshet.engine.state.RelationStore;
import dev.freshet.sql.error.ErrorCode;
import dev.freshet.sql.error.FreshetException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What one statement inside a transaction block reads: the block's private copy of a table it
 * wrote, a materialized view over such a table recomputed from its defining plan over the block's
 * tables (a view's value is its query over the current data), and the committed store of anything
 * else (the fast path). Views are computed at most once per statement. The caller holds the read
 * lock.
 */
final class OverlayResolver implements RelationResolver {
    private final Database db;
    private final TransactionOverlay tx;
    private final EvalContext ctx;
    private final Map<Integer, RelationStore> views = new HashMap<>();
    private final Map<Integer, Boolean> affected = new HashMap<>();

    OverlayResolver(Database db, TransactionOverlay tx, EvalContext ctx) {
        this.db = db;
        this.tx = tx;
        this.ctx = ctx;
    }

    @Override
    public RelationStore store(RelationRef ref) {
        return switch (ref.kind()) {
            case TABLE -> {
                RelationStore own = tx.tables.get(ref.oid());
                yield own != null ? own : db.store(ref, ctx);
            }
            case MATERIALIZED_VIEW -> affected(ref.oid()) ? view(ref) : db.store(ref, ctx);
            case SYSTEM_TABLE -> db.store(ref, ctx);
        };
    }

    /** True when the relation reads, directly or through other views, a table the block wrote. */
    private boolean affected(int oid) {
        Boolean known = affected.get(oid);
        if (known != null) {
            return known;
        }
        boolean result = tx.tables.containsKey(oid);
        if (!result && db.catalog().find(oid).orElse(null) instanceof ViewEntry v) {
            for (int dep : v.dependsOn()) {
                if (affected(dep)) {
                    result = true;
                    break;
                }
            }
        }
        affected.put(oid, result);
        return result;
    }

    private RelationStore view(RelationRef ref) {
        RelationStore done = views.get(ref.oid());
        if (done != null) {
            return done;
        }
        CatalogEntry e = db.catalog().find(ref.oid()).orElse(null);
        if (!(e instanceof ViewEntry v)) {
            return db.store(ref, ctx);
        }
        if (db.dataflow().emitsOnWindowClose(v.oid()) || trains(v.plan())) {
            throw new FreshetException(
                            ErrorCode.FEATURE_NOT_SUPPORTED,
                            "materialized view \""
                                    + v.name()
                                    + "\" cannot be read inside a transaction that wrote to the tables it"
                                    + " reads ("
                                    + (trains(v.plan())
                                            ? "it trains a model"
                                            : "EMIT ON WINDOW CLOSE")
                                    + ")")
                    .withHint("COMMIT first, or read it before writing in the transaction.");
        }
        // the view's own rules for bad values: a failing row becomes NULL, as in the dataflow
        EvalContext viewCtx =
                new EvalContext(
                        EvalContext.ErrorPolicy.NULL_ON_ERROR,
                        ctx.timeZone(),
                        EvalContext.currentMicros(),
                        v.name().hashCode());
        viewCtx.setOwner(v.name());
        viewCtx.setServices(db.services());
        viewCtx.setInterruptCheck(ctx::checkInterrupted);
        List<Batch> rows = BatchExecutor.execute(v.plan(), this, viewCtx);
        RelationStore out = v.store().emptyCopy();
        for (Batch b : rows) {
            out.apply(b);
        }
        views.put(v.oid(), out);
        return out;
    }

    /** True when the plan has a model-training aggregate (evaluating it again would publish). */
    private static boolean trains(PlanNode plan) {
        if (plan instanceof AggregateNode a) {
            for (AggCall c : a.calls()) {
                if (c.kind() == AggKind.EXTERNAL) {
                    return true;
                }
            }
        }
        for (PlanNode in : plan.inputs()) {
            if (trains(in)) {
                return true;
            }
        }
        return false;
    }

    /** The block's view of table {@code t}: the entry with its private store (copied if new). */
    TableEntry staged(TableEntry t) {
        RelationStore copy = tx.tables.get(t.oid());
        if (copy == null) {
            copy = t.store().copy();
            tx.tables.put(t.oid(), copy);
            affected.clear();
            views.clear();
        }
        return new TableEntry(
                t.oid(),
                t.name(),
                t.columns(),
                t.primaryKey(),
                t.appendOnly(),
                t.definition(),
                copy,
                t.watermarkColumn(),
                t.watermarkDelayMicros(),
                t.source());
    }
}
