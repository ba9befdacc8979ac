package dev.freshet.engine.operator;

import dev.freshet.engine.batch.Batch;
import dev.freshet.engine.batch.BatchBuilder;
import dev.freshet.engine.batch.ColumnBuilder;
import dev.freshet.engine.batch.LongColumn;
import dev.freshet.engine.expr.EvalContext;
import dev.freshet.engine.ir.AggCall;
import dev.freshet.engine.ir.ChangeMode;
import dev.freshet.engine.operator.agg.Accumulator;
import dev.freshet.engine.operator.agg.Accumulators;
import dev.freshet.engine.state.ByteReader;
import dev.freshet.engine.state.ByteSink;
import dev.freshet.engine.state.BytesMap;
import dev.freshet.engine.state.KeyCodec;
import dev.freshet.engine.state.RowCodec;
import dev.freshet.engine.type.DataType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.TreeMap;
import org.roaringbitmap.RoaringBitmap;

/**
 * Incremental hash aggregation. Each input batch is folded into per-group accumulators; at the end
 * of the epoch every group touched is re-evaluated and, if its output row changed, the old row is
 * retracted and the new one inserted. A group whose row count drops to zero is deleted (its last
 * row retracted, its state freed); a global aggregate (no GROUP BY) always has exactly one row.
 *
 * <p>State: a {@link BytesMap} from the group key (memcomparable) to the last emitted output row
 * (or, before the first emission, the group's key columns), the row count per group, one {@link
 * Accumulator} per call, and a bitmap of groups dirtied in the epoch.
 */
public final class HashAggregateOperator extends Operator {
    private final int[] groupKeys;
    private final Accumulator[] accumulators;
    private final KeyCodec keyCodec;
    private final RowCodec groupCodec;
    private final RowCodec outputCodec;
    private final List<DataType> outputTypes;
    private final EvalContext ctx;
    private final Consolidator consolidator;
    private final boolean global;

    private final BytesMap groups = new BytesMap(64);
    private long[] rowCounts = new long[16];
    private final RoaringBitmap dirty = new RoaringBitmap();
    private final ByteSink key = new ByteSink(64);
    private final ByteSink row = new ByteSink(128);
    private int[] groupIds = new int[Batch.TARGET_ROWS];

    // state cleanup driven by a watermark on one group key (window_start, ...): groups below it
    // are final; their state is freed and later rows for them are dropped as late
    private final int watermarkKey;
    private final TreeMap<Long, RoaringBitmap> byWatermarkKey = new TreeMap<>();
    private long keyWatermark = Long.MIN_VALUE;
    private boolean cleanupPending;
    private long lateRows;

    public HashAggregateOperator(
            List<DataType> inputTypes,
            int[] groupKeys,
            List<AggCall> calls,
            List<DataType> outputTypes,
            ChangeMode inputMode,
            EvalContext ctx,
            int watermarkKey) {
        this.groupKeys = groupKeys.clone();
        this.outputTypes = List.copyOf(outputTypes);
        this.ctx = ctx;
        this.accumulators = new Accumulator[calls.size()];
        for (int i = 0; i < accumulators.length; i++) {
            accumulators[i] = Accumulators.create(calls.get(i), inputTypes, inputMode);
        }
        List<DataType> keyTypes = new ArrayList<>();
        for (int k : groupKeys) {
            keyTypes.add(inputTypes.get(k));
        }
        this.keyCodec = new KeyCodec(keyTypes);
        this.groupCodec = new RowCodec(keyTypes);
        this.outputCodec = new RowCodec(outputTypes);
        this.consolidator = new Consolidator(inputTypes);
        this.global = groupKeys.length == 0;
        this.watermarkKey = watermarkKey;
        if (global) {
            // the single group of a global aggregate exists from the start: its row is emitted
            // at the first end of epoch, even over an empty input
            int id = groups.findOrInsert(new byte[0], 0, 0);
            ensureCapacity(id + 1);
            dirty.add(id);
        }
    }

    @Override
    public void push(int port, Batch batch) {
        batch = consolidator.consolidate(batch);
        if (watermarkKey >= 0 && keyWatermark != Long.MIN_VALUE) {
            batch = dropLate(batch);
        }
        int n = batch.size();
        if (n == 0) {
            return;
        }
        if (groupIds.length < n) {
            groupIds = new int[n];
        }
        var cols = batch.columns();
        for (int r = 0; r < n; r++) {
            int gid;
            if (global) {
                gid = 0;
            } else {
                key.reset();
                keyCodec.encode(cols, groupKeys, r, key);
                int before = groups.size();
                gid = groups.findOrInsert(key.array(), 0, key.length());
                if (groups.size() > before) {
                    row.reset();
                    groupCodec.encode(cols, groupKeys, r, row);
                    groups.setValue(gid, row.array(), 0, row.length());
                    groups.setAux(gid, 0);
                    ensureCapacity(gid + 1);
                    if (watermarkKey >= 0) {
                        LongColumn k = (LongColumn) cols[groupKeys[watermarkKey]];
                        if (!k.isNull(r)) {
                            byWatermarkKey
                                    .computeIfAbsent(k.get(r), x -> new RoaringBitmap())
                                    .add(gid);
                        }
                    }
                }
            }
            groupIds[r] = gid;
            rowCounts[gid] += batch.weight(r);
            dirty.add(gid);
        }
        for (Accumulator a : accumulators) {
            a.add(groupIds, batch, n, ctx);
        }
    }

    private void ensureCapacity(int n) {
        if (n > rowCounts.length) {
            rowCounts = Arrays.copyOf(rowCounts, Math.max(n, rowCounts.length * 2));
        }
        for (Accumulator a : accumulators) {
            a.ensureCapacity(n);
        }
    }

    private Batch dropLate(Batch batch) {
        LongColumn k = (LongColumn) batch.column(groupKeys[watermarkKey]);
        int[] keep = new int[batch.size()];
        int n = 0;
        for (int r = 0; r < batch.size(); r++) {
            if (k.isNull(r) || k.get(r) >= keyWatermark) {
                keep[n++] = r;
            } else {
                lateRows++;
            }
        }
        return n == batch.size() ? batch : batch.gather(keep, n);
    }

    @Override
    public void onWatermark(int port, int column, long value) {
        if (watermarkKey >= 0 && column == groupKeys[watermarkKey] && value > keyWatermark) {
            keyWatermark = value;
            cleanupPending = true;
        }
    }

    @Override
    public void endEpoch() {
        emitChanges();
        if (cleanupPending) {
            cleanupPending = false;
            var closed = byWatermarkKey.headMap(keyWatermark);
            for (RoaringBitmap gids : closed.values()) {
                for (int gid : gids.toArray()) {
                    if (groups.isLive(gid)) {
                        groups.remove(gid);
                        rowCounts[gid] = 0;
                        for (Accumulator a : accumulators) {
                            a.reset(gid);
                        }
                    }
                }
            }
            closed.clear();
            emitWatermark(watermarkKey, keyWatermark);
        }
    }

    /** Rows dropped because their group was already closed by the watermark. */
    public long lateRows() {
        return lateRows;
    }

    private void emitChanges() {
        if (dirty.isEmpty()) {
            return;
        }
        int[] touched = dirty.toArray();
        dirty.clear();
        // new output rows of the groups that still exist
        BatchBuilder fresh = new BatchBuilder(outputTypes, touched.length);
        ColumnBuilder[] builders = new ColumnBuilder[outputTypes.size()];
        for (int c = 0; c < builders.length; c++) {
            builders[c] = fresh.column(c);
        }
        ByteReader in = new ByteReader();
        for (int gid : touched) {
            if (!global && rowCounts[gid] <= 0) {
                continue;
            }
            in.reset(groups.arena(), groups.valueOffset(gid), groups.valueLength(gid));
            groupCodec.decode(in, builders, 0);
            for (int a = 0; a < accumulators.length; a++) {
                accumulators[a].appendResult(gid, builders[groupKeys.length + a], ctx);
            }
            fresh.endRow(1);
        }
        Batch freshRows = fresh.build();
        var freshCols = freshRows.columns();

        BatchBuilder out = new BatchBuilder(outputTypes, touched.length * 2);
        ColumnBuilder[] outBuilders = new ColumnBuilder[outputTypes.size()];
        for (int c = 0; c < outBuilders.length; c++) {
            outBuilders[c] = out.column(c);
        }
        int f = 0;
        for (int gid : touched) {
            boolean alive = global || rowCounts[gid] > 0;
            boolean emitted = groups.aux(gid) != 0;
            if (alive) {
                row.reset();
                outputCodec.encode(freshCols, f, row);
                boolean same =
                        emitted
                                && groups.valueLength(gid) == row.length()
                                && Arrays.equals(
                                        groups.arena(),
                                        groups.valueOffset(gid),
                                        groups.valueOffset(gid) + groups.valueLength(gid),
                                        row.array(),
                                        0,
                                        row.length());
                if (!same) {
                    if (emitted) {
                        in.reset(groups.arena(), groups.valueOffset(gid), groups.valueLength(gid));
                        outputCodec.decode(in, outBuilders, 0);
                        out.endRow(-1);
                    }
                    out.appendRow(freshRows, f, 1);
                    groups.setValue(gid, row.array(), 0, row.length());
                    groups.setAux(gid, 1);
                }
                f++;
            } else {
                if (emitted) {
                    in.reset(groups.arena(), groups.valueOffset(gid), groups.valueLength(gid));
                    outputCodec.decode(in, outBuilders, 0);
                    out.endRow(-1);
                }
                groups.remove(gid);
                rowCounts[gid] = 0;
                for (Accumulator a : accumulators) {
                    a.reset(gid);
                }
            }
        }
        emit(out.build());
    }

    @Override
    public String label() {
        return "HashAggregate";
    }

    @Override
    public long stateBytes() {
        long b = groups.memoryBytes() + rowCounts.length * 8L;
        for (Accumulator a : accumulators) {
            b += a.memoryBytes();
        }
        return b;
    }

    /** Number of live groups (for tests of state cleanup). */
    public int groupCount() {
        return groups.size();
    }
}
