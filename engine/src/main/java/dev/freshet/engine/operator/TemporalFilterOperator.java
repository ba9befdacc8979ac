package dev.freshet.engine.operator;

import dev.freshet.engine.batch.Batch;
import dev.freshet.engine.batch.BatchBuilder;
import dev.freshet.engine.batch.Column;
import dev.freshet.engine.batch.ColumnBuilder;
import dev.freshet.engine.batch.LongColumn;
import dev.freshet.engine.expr.EvalContext;
import dev.freshet.engine.expr.ExprEvaluator;
import dev.freshet.engine.ir.TemporalFilterNode;
import dev.freshet.engine.state.ByteReader;
import dev.freshet.engine.state.ByteSink;
import dev.freshet.engine.state.BytesMap;
import dev.freshet.engine.state.RowCodec;
import dev.freshet.engine.type.DataType;
import dev.freshet.engine.type.TypeKind;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.LongSupplier;
import org.jspecify.annotations.Nullable;

/**
 * Keeps the rows of a {@link TemporalFilterNode} that are valid at the current time, and changes
 * the output as time passes: rows waiting for their {@code since} time are held and emitted when
 * the clock reaches it; emitted rows with an {@code until} time are retracted when the clock passes
 * it.
 *
 * <p>The clock is read once per epoch, at its end, and both thresholds ({@code since.clock}, {@code
 * until.clock} evaluated at that time) hold for the whole next epoch, so a row's state (waiting,
 * valid, expired) is a function of its values and the thresholds: a retraction finds the row where
 * its insertion put it. Thresholds never decrease (the clock expressions are monotone in the
 * clock), so every row moves waiting → valid → expired at most once.
 *
 * <p>State: waiting rows by since value, valid rows by until value (encoded rows with their net
 * multiplicity). The database's clock asks {@link #nextWakeupMicros} when to run an epoch even if
 * nothing is written.
 */
public final class TemporalFilterOperator extends Operator {
    private final List<DataType> types;
    private final RowCodec codec;
    private final TemporalFilterNode.@Nullable Bound since;
    private final TemporalFilterNode.@Nullable Bound until;
    private final @Nullable ExprEvaluator sinceRow;
    private final @Nullable ExprEvaluator untilRow;
    private final @Nullable ExprEvaluator sinceClock;
    private final @Nullable ExprEvaluator untilClock;
    private final EvalContext rowCtx;
    private final EvalContext clockCtx;
    private final LongSupplier clock;
    private final TreeMap<Long, BytesMap> waiting = new TreeMap<>();
    private final TreeMap<Long, BytesMap> valid = new TreeMap<>();
    private final ByteSink buf = new ByteSink(128);
    private final String label;
    private long sinceThreshold;
    private long untilThreshold;
    private long lastTick;

    /**
     * @param clock the wall clock in µs since 1970 (the database's; tests may pass their own)
     */
    public TemporalFilterOperator(
            List<DataType> types, TemporalFilterNode node, EvalContext ctx, LongSupplier clock) {
        this.types = List.copyOf(types);
        this.codec = new RowCodec(types);
        this.since = node.since();
        this.until = node.until();
        this.sinceRow = since == null ? null : new ExprEvaluator(since.row());
        this.untilRow = until == null ? null : new ExprEvaluator(until.row());
        this.sinceClock = since == null ? null : new ExprEvaluator(since.clock());
        this.untilClock = until == null ? null : new ExprEvaluator(until.clock());
        this.rowCtx = ctx;
        this.clockCtx =
                new EvalContext(EvalContext.ErrorPolicy.FAIL, ctx.timeZone(), clock.getAsLong(), 0);
        this.clock = clock;
        this.label = node.explain();
        readClock();
    }

    private void readClock() {
        lastTick = clock.getAsLong();
        clockCtx.setNowMicros(lastTick);
        Batch one = Batch.of(new Column[0], new long[] {1}, 1);
        if (sinceClock != null) {
            sinceThreshold = Math.max(sinceThreshold, clockValue(sinceClock, one));
        }
        if (untilClock != null) {
            untilThreshold = Math.max(untilThreshold, clockValue(untilClock, one));
        }
    }

    private long clockValue(ExprEvaluator clockExpr, Batch one) {
        LongColumn c = (LongColumn) clockExpr.evaluate(one, clockCtx);
        return c.isNull(0) ? Long.MIN_VALUE : c.get(0);
    }

    private boolean sinceReached(long v) {
        return since == null || (since.inclusive() ? sinceThreshold >= v : sinceThreshold > v);
    }

    private boolean untilHolds(long v) {
        return until == null || (until.inclusive() ? v >= untilThreshold : v > untilThreshold);
    }

    @Override
    public void push(int port, Batch batch) {
        admit(batch);
    }

    /** Emits the rows of {@code batch} valid now, holds those not yet valid, drops expired ones. */
    private void admit(Batch batch) {
        int n = batch.size();
        LongColumn s = sinceRow == null ? null : (LongColumn) sinceRow.evaluate(batch, rowCtx);
        LongColumn u = untilRow == null ? null : (LongColumn) untilRow.evaluate(batch, rowCtx);
        int[] now = new int[n];
        int count = 0;
        Column[] cols = batch.columns();
        for (int r = 0; r < n; r++) {
            if ((s != null && s.isNull(r)) || (u != null && u.isNull(r))) {
                continue; // a comparison with NULL is never true
            }
            if (u != null && !untilHolds(u.get(r))) {
                continue;
            }
            if (s != null && !sinceReached(s.get(r))) {
                add(waiting, s.get(r), cols, r, batch.weight(r));
                continue;
            }
            now[count++] = r;
            if (u != null) {
                add(valid, u.get(r), cols, r, batch.weight(r));
            }
        }
        if (count > 0) {
            emit(count == n ? batch : batch.gather(now, count));
        }
    }

    private void add(TreeMap<Long, BytesMap> index, long key, Column[] cols, int row, long w) {
        buf.reset();
        codec.encode(cols, row, buf);
        BytesMap rows = index.computeIfAbsent(key, k -> new BytesMap(8));
        int id = rows.findOrInsert(buf.array(), 0, buf.length());
        if (rows.addAux(id, w) == 0) {
            rows.remove(id);
            if (rows.size() == 0) {
                index.remove(key);
            }
        }
    }

    /**
     * The clock moves: waiting rows whose time came are admitted, valid rows that expired leave.
     */
    @Override
    public void endEpoch() {
        readClock();
        if (since != null && !waiting.isEmpty()) {
            Map<Long, BytesMap> due =
                    since.inclusive()
                            ? waiting.headMap(sinceThreshold, true)
                            : waiting.headMap(sinceThreshold, false);
            if (!due.isEmpty()) {
                Batch released = decode(due, 1);
                due.clear();
                admit(released);
            }
        }
        if (until != null && !valid.isEmpty()) {
            Map<Long, BytesMap> expired =
                    until.inclusive()
                            ? valid.headMap(untilThreshold, false)
                            : valid.headMap(untilThreshold, true);
            if (!expired.isEmpty()) {
                Batch gone = decode(expired, -1);
                expired.clear();
                emit(gone);
            }
        }
    }

    private Batch decode(Map<Long, BytesMap> rowsByKey, long sign) {
        BatchBuilder out = new BatchBuilder(types);
        ColumnBuilder[] builders = new ColumnBuilder[types.size()];
        for (int c = 0; c < builders.length; c++) {
            builders[c] = out.column(c);
        }
        ByteReader in = new ByteReader();
        for (BytesMap rows : rowsByKey.values()) {
            for (int id = 0; id < rows.idLimit(); id++) {
                if (rows.isLive(id) && rows.aux(id) != 0) {
                    in.reset(rows.arena(), rows.keyOffset(id), rows.keyLength(id));
                    codec.decode(in, builders, 0);
                    out.endRow(sign * rows.aux(id));
                }
            }
        }
        return out.build();
    }

    /**
     * When the next row becomes valid or expires, in µs of the wall clock (Long.MAX_VALUE if
     * never), assuming the clock expressions move with the clock (now() ± a constant).
     */
    public long nextWakeupMicros() {
        long next = Long.MAX_VALUE;
        if (since != null && !waiting.isEmpty()) {
            next = Math.min(next, wakeup(waiting.firstKey(), sinceThreshold, since));
        }
        if (until != null && !valid.isEmpty()) {
            next = Math.min(next, wakeup(valid.firstKey(), untilThreshold, until));
        }
        return next;
    }

    private long wakeup(long key, long threshold, TemporalFilterNode.Bound b) {
        long unit = b.clock().type().kind() == TypeKind.DATE ? 86_400_000_000L : 1;
        long delta;
        try {
            delta = Math.multiplyExact(Math.subtractExact(key, threshold), unit);
            return Math.max(lastTick, Math.addExact(lastTick, delta));
        } catch (ArithmeticException e) {
            return key > threshold ? Long.MAX_VALUE : lastTick;
        }
    }

    /** Rows held: waiting for their time, and valid with an expiry. */
    public long heldRows() {
        long n = 0;
        for (BytesMap m : waiting.values()) {
            n += m.size();
        }
        for (BytesMap m : valid.values()) {
            n += m.size();
        }
        return n;
    }

    @Override
    public void onWatermark(int port, int column, long value) {
        emitWatermark(column, value);
    }

    @Override
    public String label() {
        return label;
    }

    @Override
    public long stateBytes() {
        long b = 0;
        for (Iterator<BytesMap> it = waiting.values().iterator(); it.hasNext(); ) {
            b += it.next().memoryBytes();
        }
        for (BytesMap m : valid.values()) {
            b += m.memoryBytes();
        }
        return b;
    }
}
