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
import dev.freshet.engine.state.ByteSink;
import dev.freshet.engine.state.JoinArrangement;
import dev.freshet.engine.type.DataType;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Incremental join of two streams on equal keys with an optional residual condition; inner, left,
 * right, full outer, semi and anti.
 *
 * <p>Bilinear: a change on one side is joined with the other side's current state, then applied to
 * its own side's state, so Δ(L ⋈ R) = ΔL ⋈ R + L' ⋈ ΔR. Outer, semi and anti joins track, per
 * stored row, how many rows of the other side it matches; when that count moves between zero and
 * non-zero the row's NULL-padded (or semi/anti) output is retracted or restored. Rows with a NULL
 * in a (non-null-safe) key can never match and are not stored.
 */
public final class HashJoinOperator extends Operator {
    private static final int LEFT = 0;
    private static final int RIGHT = 1;

    private final JoinKind kind;
    private final List<DataType> leftTypes;
    private final List<DataType> rightTypes;
    private final List<DataType> outputTypes;
    private final int[][] keys;
    private final boolean[] nullSafe;
    private final JoinArrangement[] sides = new JoinArrangement[2];
    private final Consolidator[] consolidators = new Consolidator[2];
    private final @Nullable ExprEvaluator residual;
    private final List<DataType> pairTypes;
    private final EvalContext ctx;
    private final ByteSink key = new ByteSink(64);

    public HashJoinOperator(
            JoinKind kind,
            List<DataType> leftTypes,
            List<DataType> rightTypes,
            int[] leftKeys,
            int[] rightKeys,
            boolean[] nullSafe,
            @Nullable Expr residual,
            EvalContext ctx) {
        this.kind = kind;
        this.leftTypes = List.copyOf(leftTypes);
        this.rightTypes = List.copyOf(rightTypes);
        this.keys = new int[][] {leftKeys.clone(), rightKeys.clone()};
        this.nullSafe = nullSafe.clone();
        this.sides[LEFT] = new JoinArrangement(leftTypes, leftKeys);
        this.sides[RIGHT] = new JoinArrangement(rightTypes, rightKeys);
        this.consolidators[LEFT] = new Consolidator(leftTypes);
        this.consolidators[RIGHT] = new Consolidator(rightTypes);
        this.residual = residual == null ? null : new ExprEvaluator(residual);
        List<DataType> pair = new ArrayList<>(leftTypes);
        pair.addAll(rightTypes);
        this.pairTypes = List.copyOf(pair);
        this.outputTypes = kind.projectsRight() ? pairTypes : this.leftTypes;
        this.ctx = ctx;
    }

    @Override
    public void push(int port, Batch batch) {
        batch = consolidators[port].consolidate(batch);
        if (batch.isEmpty()) {
            return;
        }
        int other = 1 - port;
        JoinArrangement mine = sides[port];
        JoinArrangement theirs = sides[other];
        Column[] cols = batch.columns();
        int n = batch.size();

        // 1. candidate pairs: (input row, stored row of the other side with the same key)
        int[] pairRow = new int[Math.max(16, n)];
        int[] pairRid = new int[Math.max(16, n)];
        int pairs = 0;
        boolean[] neverMatches = new boolean[n];
        for (int r = 0; r < n; r++) {
            if (hasNullKey(cols, keys[port], r)) {
                neverMatches[r] = true;
                continue;
            }
            mine.encodeKey(cols, r, key);
            for (int rid = theirs.first(key); rid >= 0; rid = theirs.next(rid)) {
                if (pairs == pairRow.length) {
                    pairRow = java.util.Arrays.copyOf(pairRow, pairs * 2);
                    pairRid = java.util.Arrays.copyOf(pairRid, pairs * 2);
                }
                pairRow[pairs] = r;
                pairRid[pairs] = rid;
                pairs++;
            }
        }

        // 2. residual condition over (left columns, right columns)
        Batch pairBatch = null;
        boolean[] pass = null;
        if (pairs > 0 && (residual != null || kind.projectsRight())) {
            pairBatch = buildPairs(port, batch, pairRow, pairRid, pairs);
            if (residual != null) {
                BoolColumn c = (BoolColumn) residual.evaluate(pairBatch, ctx);
                pass = new boolean[pairs];
                for (int p = 0; p < pairs; p++) {
                    pass[p] = c.isTrue(p);
                }
            }
        }

        BatchBuilder out = new BatchBuilder(outputTypes, Math.max(16, pairs + n));
        ColumnBuilder[] ob = builders(out);
        long[] matchWeight = new long[n];
        boolean trackOther = port == LEFT ? tracksRight() : tracksLeft();
        for (int p = 0; p < pairs; p++) {
            if (pass != null && !pass[p]) {
                continue;
            }
            int r = pairRow[p];
            int rid = pairRid[p];
            long w = batch.weight(r);
            long theirWeight = theirs.weight(rid);
            matchWeight[r] += theirWeight;
            if (kind.projectsRight()) {
                out.appendRow(pairBatch, p, w * theirWeight);
            }
            if (trackOther) {
                long before = theirs.matches(rid);
                long after = theirs.addMatches(rid, w);
                if ((before == 0) != (after == 0)) {
                    // the stored row's unmatched output appears or disappears
                    long sign = after == 0 ? 1 : -1;
                    emitUnmatched(other, rid, sign * theirWeight, ob, out);
                }
            }
        }

        // 3. the input rows' own unmatched / semi / anti output, then apply to this side
        for (int r = 0; r < n; r++) {
            long w = batch.weight(r);
            boolean matched = matchWeight[r] != 0;
            if (port == LEFT) {
                switch (kind) {
                    case LEFT, FULL -> {
                        if (!matched) {
                            appendPadded(LEFT, batch, r, w, out, ob);
                        }
                    }
                    case SEMI -> {
                        if (matched) {
                            out.appendRow(batch, r, w);
                        }
                    }
                    case ANTI -> {
                        if (!matched) {
                            out.appendRow(batch, r, w);
                        }
                    }
                    case INNER, RIGHT -> {}
                }
            } else if ((kind == JoinKind.RIGHT || kind == JoinKind.FULL) && !matched) {
                appendPadded(RIGHT, batch, r, w, out, ob);
            }
            if (!neverMatches[r]) {
                mine.encodeKey(cols, r, key);
                mine.add(cols, r, key, w, matchWeight[r]);
            }
        }
        emit(out.build());
    }

    private boolean tracksLeft() {
        return kind == JoinKind.LEFT
                || kind == JoinKind.FULL
                || kind == JoinKind.SEMI
                || kind == JoinKind.ANTI;
    }

    private boolean tracksRight() {
        return kind == JoinKind.RIGHT || kind == JoinKind.FULL;
    }

    private boolean hasNullKey(Column[] cols, int[] keyCols, int r) {
        for (int k = 0; k < keyCols.length; k++) {
            if (!nullSafe[k] && cols[keyCols[k]].isNull(r)) {
                return true;
            }
        }
        return false;
    }

    private Batch buildPairs(int port, Batch batch, int[] pairRow, int[] pairRid, int pairs) {
        int nl = leftTypes.size();
        BatchBuilder b = new BatchBuilder(pairTypes, pairs);
        ColumnBuilder[] bs = builders(b);
        JoinArrangement theirs = sides[1 - port];
        for (int p = 0; p < pairs; p++) {
            if (port == LEFT) {
                for (int c = 0; c < nl; c++) {
                    bs[c].appendFrom(batch.column(c), pairRow[p]);
                }
                theirs.decode(pairRid[p], bs, nl);
            } else {
                theirs.decode(pairRid[p], bs, 0);
                for (int c = 0; c < rightTypes.size(); c++) {
                    bs[nl + c].appendFrom(batch.column(c), pairRow[p]);
                }
            }
            b.endRow(1);
        }
        return b.build();
    }

    /** Emits the unmatched form of stored row {@code rid} of {@code side} with {@code weight}. */
    private void emitUnmatched(
            int side, int rid, long weight, ColumnBuilder[] ob, BatchBuilder out) {
        int nl = leftTypes.size();
        switch (kind) {
            case LEFT, FULL, RIGHT -> {
                if (side == LEFT) {
                    sides[LEFT].decode(rid, ob, 0);
                    for (int c = 0; c < rightTypes.size(); c++) {
                        ob[nl + c].appendNull();
                    }
                } else {
                    for (int c = 0; c < nl; c++) {
                        ob[c].appendNull();
                    }
                    sides[RIGHT].decode(rid, ob, nl);
                }
                out.endRow(weight);
            }
            case SEMI -> {
                // matched now ⇔ present in the output: the sign is the opposite of padding's
                sides[LEFT].decode(rid, ob, 0);
                out.endRow(-weight);
            }
            case ANTI -> {
                sides[LEFT].decode(rid, ob, 0);
                out.endRow(weight);
            }
            case INNER -> {}
        }
    }

    private void appendPadded(
            int side, Batch batch, int r, long w, BatchBuilder out, ColumnBuilder[] ob) {
        int nl = leftTypes.size();
        if (side == LEFT) {
            for (int c = 0; c < nl; c++) {
                ob[c].appendFrom(batch.column(c), r);
            }
            for (int c = 0; c < rightTypes.size(); c++) {
                ob[nl + c].appendNull();
            }
        } else {
            for (int c = 0; c < nl; c++) {
                ob[c].appendNull();
            }
            for (int c = 0; c < rightTypes.size(); c++) {
                ob[nl + c].appendFrom(batch.column(c), r);
            }
        }
        out.endRow(w);
    }

    private static ColumnBuilder[] builders(BatchBuilder b) {
        ColumnBuilder[] bs = new ColumnBuilder[b.columnCount()];
        for (int c = 0; c < bs.length; c++) {
            bs[c] = b.column(c);
        }
        return bs;
    }

    @Override
    public String label() {
        return "HashJoin(" + kind.name().toLowerCase(java.util.Locale.ROOT) + ")";
    }

    @Override
    public long stateBytes() {
        return sides[LEFT].memoryBytes() + sides[RIGHT].memoryBytes();
    }
}
