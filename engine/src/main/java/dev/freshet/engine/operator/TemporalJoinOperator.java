package dev.freshet.engine.operator;

import dev.freshet.engine.batch.Batch;
import dev.freshet.engine.batch.BatchBuilder;
import dev.freshet.engine.batch.BoolColumn;
import dev.freshet.engine.batch.Column;
import dev.freshet.engine.batch.ColumnBuilder;
import dev.freshet.engine.expr.EvalContext;
import dev.freshet.engine.expr.Expr;
import dev.freshet.engine.expr.ExprEvaluator;
import dev.freshet.engine.ir.JoinKind;
import dev.freshet.engine.state.ByteReader;
import dev.freshet.engine.state.ByteSink;
import dev.freshet.engine.state.BytesMap;
import dev.freshet.engine.state.JoinArrangement;
import dev.freshet.engine.state.RowCodec;
import dev.freshet.engine.type.DataType;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A process-time temporal join ({@code JOIN t FOR SYSTEM_TIME AS OF PROCTIME()}), inner or left: a
 * left row is joined with the right side as it is when the row arrives, and that result stays.
 * Right-side changes update the lookup state and emit nothing.
 *
 * <p>When the left input can retract, the operator remembers what each left row produced (its
 * output rows, per copy), so a later delete retracts exactly that, even if the right side has
 * changed since. Identical left rows share one memo entry. With an append-only left input nothing
 * is remembered.
 */
public final class TemporalJoinOperator extends Operator {
    private static final int LEFT = 0;

    private final JoinKind kind;
    private final List<DataType> leftTypes;
    private final List<DataType> rightTypes;
    private final List<DataType> outputTypes;
    private final int[] leftKeys;
    private final int[] rightKeys;
    private final boolean[] nullSafe;
    private final JoinArrangement right;
    private final JoinArrangement leftKeyEncoder;
    private final Consolidator leftConsolidator;
    private final Consolidator rightConsolidator;
    private final @Nullable ExprEvaluator residual;
    private final EvalContext ctx;
    private final ByteSink key = new ByteSink(64);
    private final @Nullable BytesMap memo;
    private final RowCodec leftCodec;
    private final RowCodec outputCodec;
    private final ByteSink buf = new ByteSink(128);

    public TemporalJoinOperator(
            JoinKind kind,
            List<DataType> leftTypes,
            List<DataType> rightTypes,
            int[] leftKeys,
            int[] rightKeys,
            boolean[] nullSafe,
            @Nullable Expr residual,
            EvalContext ctx,
            boolean remember) {
        if (kind != JoinKind.INNER && kind != JoinKind.LEFT) {
            throw new IllegalArgumentException("temporal joins are inner or left: " + kind);
        }
        this.kind = kind;
        this.leftTypes = List.copyOf(leftTypes);
        this.rightTypes = List.copyOf(rightTypes);
        List<DataType> out = new ArrayList<>(leftTypes);
        out.addAll(rightTypes);
        this.outputTypes = List.copyOf(out);
        this.leftKeys = leftKeys.clone();
        this.rightKeys = rightKeys.clone();
        this.nullSafe = nullSafe.clone();
        this.right = new JoinArrangement(rightTypes, rightKeys);
        this.leftKeyEncoder = new JoinArrangement(leftTypes, leftKeys);
        this.leftConsolidator = new Consolidator(leftTypes);
        this.rightConsolidator = new Consolidator(rightTypes);
        this.residual = residual == null ? null : new ExprEvaluator(residual);
        this.ctx = ctx;
        this.memo = remember ? new BytesMap(64) : null;
        this.leftCodec = new RowCodec(leftTypes);
        this.outputCodec = new RowCodec(outputTypes);
    }

    @Override
    public void push(int port, Batch batch) {
        if (port != LEFT) {
            batch = rightConsolidator.consolidate(batch);
            Column[] cols = batch.columns();
            for (int r = 0; r < batch.size(); r++) {
                if (!hasNullKey(cols, rightKeys, r)) {
                    right.encodeKey(cols, r, key);
                    right.add(cols, r, key, batch.weight(r), 0);
                }
            }
            return;
        }
        batch = leftConsolidator.consolidate(batch);
        if (batch.isEmpty()) {
            return;
        }
        if (memo == null) {
            emit(lookup(batch, null));
            return;
        }
        // rows seen before replay their remembered output; new rows are looked up now
        BatchBuilder out = new BatchBuilder(outputTypes);
        ColumnBuilder[] ob = builders(out);
        int n = batch.size();
        int[] fresh = new int[n];
        int freshCount = 0;
        Column[] cols = batch.columns();
        ByteReader in = new ByteReader();
        for (int r = 0; r < n; r++) {
            buf.reset();
            leftCodec.encode(cols, r, buf);
            int id = memo.find(buf.array(), 0, buf.length());
            long w = batch.weight(r);
            if (id < 0) {
                if (w > 0) {
                    fresh[freshCount++] = r;
                }
                continue; // a retraction of a row never seen cannot have produced anything
            }
            in.reset(memo.arena(), memo.valueOffset(id), memo.valueLength(id));
            int rows = in.getVarInt();
            for (int k = 0; k < rows; k++) {
                long perCopy = in.getVarLong();
                outputCodec.decode(in, ob, 0);
                out.endRow(perCopy * w);
            }
            if (memo.addAux(id, w) <= 0) {
                memo.remove(id);
            }
        }
        emit(out.build());
        if (freshCount > 0) {
            Batch news = batch.gather(fresh, freshCount);
            int[][] sourceOf = new int[1][];
            Batch produced = lookup(news, sourceOf);
            remember(news, produced, sourceOf[0]);
            emit(produced);
        }
    }

    /** Stores, per new left row, the rows it produced (weights per copy of the left row). */
    private void remember(Batch news, Batch produced, int[] sourceOf) {
        int n = news.size();
        List<List<Integer>> perRow = new ArrayList<>(n);
        for (int r = 0; r < n; r++) {
            perRow.add(new ArrayList<>(2));
        }
        for (int i = 0; i < produced.size(); i++) {
            perRow.get(sourceOf[i]).add(i);
        }
        Column[] lcols = news.columns();
        Column[] ocols = produced.columns();
        ByteSink value = new ByteSink(128);
        for (int r = 0; r < n; r++) {
            long w = news.weight(r);
            value.reset();
            value.putVarInt(perRow.get(r).size());
            for (int i : perRow.get(r)) {
                value.putVarLong(produced.weight(i) / w);
                outputCodec.encode(ocols, i, value);
            }
            buf.reset();
            leftCodec.encode(lcols, r, buf);
            int id = memo.findOrInsert(buf.array(), 0, buf.length());
            memo.setValue(id, value.array(), 0, value.length());
            memo.setAux(id, w);
        }
    }

    /**
     * Joins {@code batch} (left rows) with the right side's current state; when {@code sourceOf} is
     * given, {@code sourceOf[0][i]} is set to the input row of output row i.
     */
    private Batch lookup(Batch batch, int @Nullable [][] sourceOf) {
        int n = batch.size();
        Column[] cols = batch.columns();
        int[] pairRow = new int[Math.max(16, n)];
        int[] pairRid = new int[Math.max(16, n)];
        int pairs = 0;
        for (int r = 0; r < n; r++) {
            if (hasNullKey(cols, leftKeys, r)) {
                continue;
            }
            leftKeyEncoder.encodeKey(cols, r, key);
            for (int rid = right.first(key); rid >= 0; rid = right.next(rid)) {
                if (pairs == pairRow.length) {
                    pairRow = java.util.Arrays.copyOf(pairRow, pairs * 2);
                    pairRid = java.util.Arrays.copyOf(pairRid, pairs * 2);
                }
                pairRow[pairs] = r;
                pairRid[pairs] = rid;
                pairs++;
            }
        }
        BatchBuilder pairBuilder = new BatchBuilder(outputTypes, Math.max(1, pairs));
        ColumnBuilder[] pb = builders(pairBuilder);
        int nl = leftTypes.size();
        for (int p = 0; p < pairs; p++) {
            for (int c = 0; c < nl; c++) {
                pb[c].appendFrom(cols[c], pairRow[p]);
            }
            right.decode(pairRid[p], pb, nl);
            pairBuilder.endRow(batch.weight(pairRow[p]) * right.weight(pairRid[p]));
        }
        Batch pairBatch = pairBuilder.build();
        boolean[] pass = new boolean[pairs];
        java.util.Arrays.fill(pass, true);
        if (residual != null && pairs > 0) {
            BoolColumn c = (BoolColumn) residual.evaluate(pairBatch, ctx);
            for (int p = 0; p < pairs; p++) {
                pass[p] = c.isTrue(p);
            }
        }
        BatchBuilder out = new BatchBuilder(outputTypes, Math.max(16, pairs + n));
        ColumnBuilder[] ob = builders(out);
        boolean[] matched = new boolean[n];
        List<Integer> sources = new ArrayList<>();
        for (int p = 0; p < pairs; p++) {
            if (pass[p]) {
                out.appendRow(pairBatch, p, pairBatch.weight(p));
                matched[pairRow[p]] = true;
                sources.add(pairRow[p]);
            }
        }
        if (kind == JoinKind.LEFT) {
            for (int r = 0; r < n; r++) {
                if (!matched[r]) {
                    for (int c = 0; c < nl; c++) {
                        ob[c].appendFrom(cols[c], r);
                    }
                    for (int c = 0; c < rightTypes.size(); c++) {
                        ob[nl + c].appendNull();
                    }
                    out.endRow(batch.weight(r));
                    sources.add(r);
                }
            }
        }
        if (sourceOf != null) {
            sourceOf[0] = sources.stream().mapToInt(Integer::intValue).toArray();
        }
        return out.build();
    }

    private boolean hasNullKey(Column[] cols, int[] keyCols, int r) {
        for (int k = 0; k < keyCols.length; k++) {
            if (!nullSafe[k] && cols[keyCols[k]].isNull(r)) {
                return true;
            }
        }
        return false;
    }

    private static ColumnBuilder[] builders(BatchBuilder b) {
        ColumnBuilder[] bs = new ColumnBuilder[b.columnCount()];
        for (int c = 0; c < bs.length; c++) {
            bs[c] = b.column(c);
        }
        return bs;
    }

    @Override
    public void onWatermark(int port, int column, long value) {
        if (port == LEFT) {
            emitWatermark(column, value);
        }
    }

    @Override
    public String label() {
        return "TemporalJoin(" + kind.name().toLowerCase(java.util.Locale.ROOT) + ")";
    }

    @Override
    public long stateBytes() {
        return right.memoryBytes() + (memo == null ? 0 : memo.memoryBytes());
    }
}
