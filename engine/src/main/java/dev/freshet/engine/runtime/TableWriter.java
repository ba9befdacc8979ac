package dev.freshet.engine.runtime;

import dev.freshet.engine.batch.Batch;
import dev.freshet.engine.batch.BatchBuilder;
import dev.freshet.engine.batch.BoolColumn;
import dev.freshet.engine.batch.Column;
import dev.freshet.engine.batch.ColumnBuilder;
import dev.freshet.engine.batch.LongColumn;
import dev.freshet.engine.catalog.ColumnDef;
import dev.freshet.engine.catalog.TableEntry;
import dev.freshet.engine.expr.CastFunctions;
import dev.freshet.engine.expr.EvalContext;
import dev.freshet.engine.expr.ExprEvaluator;
import dev.freshet.engine.state.ByteSink;
import dev.freshet.engine.state.BytesMap;
import dev.freshet.engine.state.KeyCodec;
import dev.freshet.engine.state.RelationStore;
import dev.freshet.engine.type.DataType;
import dev.freshet.sql.error.ErrorCode;
import dev.freshet.sql.error.FreshetException;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Applies INSERT, UPDATE and DELETE to a table and returns the change (a weighted batch) to send
 * through the dataflow.
 *
 * <p>Each statement is computed in full before anything is written, so a failing row (NOT NULL,
 * VARCHAR length, a duplicate key) leaves the table untouched. Tables with a primary key have
 * upsert semantics: inserting an existing key replaces the row (-old, +new), and replacing a row by
 * an identical one changes nothing.
 */
final class TableWriter {
    private final TableEntry table;
    private final List<DataType> types;
    private final RelationStore store;
    private final int[] pk;
    private final KeyCodec keyCodec;
    private long rowsAffected;
    private long watermark = Long.MIN_VALUE;
    private long maxEventTime = Long.MIN_VALUE;

    TableWriter(TableEntry table) {
        this.table = table;
        this.store = table.store();
        this.types = store.types();
        this.pk = table.primaryKey().stream().mapToInt(Integer::intValue).toArray();
        DataType[] kt = new DataType[pk.length];
        for (int i = 0; i < pk.length; i++) {
            kt[i] = types.get(pk[i]);
        }
        this.keyCodec = new KeyCodec(List.of(kt));
    }

    /**
     * Sets the table's current watermark: inserted rows whose watermark column is below it are late
     * and dropped (they would land in windows already closed).
     */
    TableWriter watermark(long value) {
        this.watermark = value;
        return this;
    }

    /** The largest watermark-column value among the rows the last insert accepted. */
    long maxEventTime() {
        return maxEventTime;
    }

    /** Rows inserted, updated or deleted by the last statement (the command tag's count). */
    long rowsAffected() {
        return rowsAffected;
    }

    /**
     * Inserts {@code rows} (table layout); returns the change. With a primary key and no ON
     * CONFLICT clause a row replaces the one with its key (upsert; within one statement the last
     * row per key wins); DO NOTHING keeps the existing row; DO UPDATE computes the new row from
     * both.
     */
    Batch insert(List<Batch> rows, @Nullable OnConflict onConflict, EvalContext ctx) {
        List<Batch> input = new ArrayList<>();
        for (Batch b : rows) {
            Batch c = conform(b, ctx);
            input.add(table.watermarkColumn() < 0 ? c : dropLate(c));
        }
        BatchBuilder delta = new BatchBuilder(types);
        if (pk.length == 0) {
            for (Batch b : input) {
                for (int r = 0; r < b.size(); r++) {
                    delta.appendRow(b, r, b.weight(r));
                    rowsAffected += b.weight(r);
                }
            }
            Batch d = delta.build();
            store.apply(d);
            return d;
        }
        // one proposed row per key: the last (upsert), the first (DO NOTHING), or an error
        BytesMap latest = new BytesMap(64);
        List<int[]> where = new ArrayList<>();
        ByteSink key = new ByteSink(64);
        for (int bi = 0; bi < input.size(); bi++) {
            Batch b = input.get(bi);
            Column[] cols = b.columns();
            for (int r = 0; r < b.size(); r++) {
                key.reset();
                keyCodec.encode(cols, pk, r, key);
                int before = latest.size();
                int id = latest.findOrInsert(key.array(), 0, key.length());
                if (latest.size() > before) {
                    latest.setAux(id, where.size());
                    where.add(new int[] {bi, r});
                } else if (onConflict == null) {
                    where.set((int) latest.aux(id), new int[] {bi, r});
                } else if (!onConflict.doNothing()) {
                    throw new FreshetException(
                                    ErrorCode.CARDINALITY_VIOLATION,
                                    "ON CONFLICT DO UPDATE command cannot affect row a second time")
                            .withHint(
                                    "Ensure that no rows proposed for insertion within the same"
                                            + " command have duplicate constrained values.");
                }
            }
        }
        ColumnBuilder[] deltaCols = builders(delta);
        List<int[]> conflicts = new ArrayList<>();
        List<Integer> conflictIds = new ArrayList<>();
        for (int[] pos : where) {
            Batch b = input.get(pos[0]);
            Column[] cols = b.columns();
            int id = store.find(cols, pos[1]);
            if (id >= 0) {
                if (onConflict != null) {
                    if (!onConflict.doNothing()) {
                        conflicts.add(pos);
                        conflictIds.add(id);
                    }
                    continue;
                }
                rowsAffected++;
                if (store.holdsRow(id, cols, pos[1])) {
                    continue;
                }
                store.decodeRow(id, deltaCols, 0);
                delta.endRow(-1);
            } else {
                rowsAffected++;
            }
            delta.appendRow(b, pos[1], 1);
        }
        if (!conflicts.isEmpty()) {
            updateConflicts(input, conflicts, conflictIds, onConflict, delta, ctx);
        }
        Batch d = delta.build();
        store.apply(d);
        return d;
    }

    /** Drops rows below the watermark and notes the largest event time kept. */
    private Batch dropLate(Batch b) {
        LongColumn ts = (LongColumn) b.column(table.watermarkColumn());
        int[] keep = new int[b.size()];
        int n = 0;
        for (int r = 0; r < b.size(); r++) {
            if (ts.isNull(r)) {
                keep[n++] = r;
                continue;
            }
            long v = ts.get(r);
            if (v >= watermark) {
                keep[n++] = r;
                maxEventTime = Math.max(maxEventTime, v);
            }
        }
        return n == b.size() ? b : b.gather(keep, n);
    }

    /** DO UPDATE: new rows from (existing row, proposed row) pairs. */
    private void updateConflicts(
            List<Batch> input,
            List<int[]> conflicts,
            List<Integer> ids,
            OnConflict onConflict,
            BatchBuilder delta,
            EvalContext ctx) {
        int n = types.size();
        List<DataType> pairTypes = new ArrayList<>(types);
        pairTypes.addAll(types);
        BatchBuilder pairs = new BatchBuilder(pairTypes, conflicts.size());
        ColumnBuilder[] pb = builders(pairs);
        for (int i = 0; i < conflicts.size(); i++) {
            store.decodeRow(ids.get(i), pb, 0);
            Batch b = input.get(conflicts.get(i)[0]);
            for (int c = 0; c < n; c++) {
                pb[n + c].appendFrom(b.column(c), conflicts.get(i)[1]);
            }
            pairs.endRow(1);
        }
        Batch pairBatch = pairs.build();
        boolean[] pass = new boolean[pairBatch.size()];
        java.util.Arrays.fill(pass, true);
        if (onConflict.where() != null) {
            BoolColumn w =
                    (BoolColumn) new ExprEvaluator(onConflict.where()).evaluate(pairBatch, ctx);
            for (int r = 0; r < pass.length; r++) {
                pass[r] = w.isTrue(r);
            }
        }
        Column[] newValues = new Column[onConflict.updateColumns().length];
        for (int u = 0; u < newValues.length; u++) {
            Column v = new ExprEvaluator(onConflict.updateValues().get(u)).evaluate(pairBatch, ctx);
            newValues[u] = castIfNeeded(v, types.get(onConflict.updateColumns()[u]), ctx);
        }
        BatchBuilder updated = new BatchBuilder(types, pairBatch.size());
        for (int r = 0; r < pairBatch.size(); r++) {
            for (int c = 0; c < n; c++) {
                Column src = pairBatch.column(c);
                int row = r;
                for (int u = 0; u < newValues.length; u++) {
                    if (onConflict.updateColumns()[u] == c) {
                        src = newValues[u];
                    }
                }
                updated.column(c).appendFrom(src, row);
            }
            updated.endRow(1);
        }
        Batch newRows = conform(updated.build(), ctx);
        RowEquality eq = new RowEquality(types);
        Column[] oldCols = pairBatch.columns();
        Column[] newCols = newRows.columns();
        for (int r = 0; r < pass.length; r++) {
            if (!pass[r]) {
                continue;
            }
            rowsAffected++;
            if (eq.same(oldCols, r, newCols, r)) {
                continue;
            }
            for (int c = 0; c < n; c++) {
                delta.column(c).appendFrom(oldCols[c], r);
            }
            delta.endRow(-1);
            delta.appendRow(newRows, r, 1);
        }
        if (pk.length > 0) {
            // an update must not move a row onto another row's key
            Batch olds = pairBatch.project(java.util.stream.IntStream.range(0, n).toArray());
            checkKeysAfterUpdate(olds, newRows);
        }
    }

    /** Deletes the given rows (as read from the table, weights = multiplicities). */
    Batch delete(List<Batch> rows) {
        BatchBuilder delta = new BatchBuilder(types);
        for (Batch b : rows) {
            for (int r = 0; r < b.size(); r++) {
                delta.appendRow(b, r, -b.weight(r));
            }
        }
        Batch d = delta.build();
        store.apply(d);
        return d;
    }

    /**
     * Updates rows: each input row holds the old row (table layout) followed by the new values of
     * {@code updated} columns.
     */
    Batch update(List<Batch> rows, int[] updated, EvalContext ctx) {
        int n = types.size();
        BatchBuilder olds = new BatchBuilder(types);
        BatchBuilder news = new BatchBuilder(types);
        for (Batch b : rows) {
            for (int r = 0; r < b.size(); r++) {
                long w = b.weight(r);
                for (int c = 0; c < n; c++) {
                    olds.column(c).appendFrom(b.column(c), r);
                }
                olds.endRow(w);
                for (int c = 0; c < n; c++) {
                    int src = c;
                    for (int u = 0; u < updated.length; u++) {
                        if (updated[u] == c) {
                            src = n + u;
                        }
                    }
                    news.column(c).appendFrom(castIfNeeded(b.column(src), types.get(c), ctx), r);
                }
                news.endRow(w);
            }
        }
        Batch oldRows = olds.build();
        Batch newRows = conform(news.build(), ctx);
        if (pk.length > 0) {
            checkKeysAfterUpdate(oldRows, newRows);
        }
        BatchBuilder delta = new BatchBuilder(types);
        Column[] oc = oldRows.columns();
        Column[] nc = newRows.columns();
        RowEquality eq = new RowEquality(types);
        for (int r = 0; r < oldRows.size(); r++) {
            if (eq.same(oc, r, nc, r)) {
                continue;
            }
            delta.appendRow(oldRows, r, -oldRows.weight(r));
            delta.appendRow(newRows, r, newRows.weight(r));
        }
        Batch d = delta.build();
        store.apply(d);
        return d;
    }

    private void checkKeysAfterUpdate(Batch oldRows, Batch newRows) {
        ByteSink key = new ByteSink(64);
        BytesMap freed = new BytesMap(64);
        BytesMap taken = new BytesMap(64);
        Column[] oc = oldRows.columns();
        Column[] nc = newRows.columns();
        for (int r = 0; r < oldRows.size(); r++) {
            key.reset();
            keyCodec.encode(oc, pk, r, key);
            freed.findOrInsert(key.array(), 0, key.length());
        }
        for (int r = 0; r < newRows.size(); r++) {
            key.reset();
            keyCodec.encode(nc, pk, r, key);
            int before = taken.size();
            taken.findOrInsert(key.array(), 0, key.length());
            boolean duplicateInStatement = taken.size() == before;
            boolean existsElsewhere =
                    store.find(nc, r) >= 0 && freed.find(key.array(), 0, key.length()) < 0;
            if (duplicateInStatement || existsElsewhere) {
                throw new FreshetException(
                        ErrorCode.UNIQUE_VIOLATION,
                        "duplicate key value violates unique constraint \""
                                + table.name()
                                + "_pkey\"");
            }
        }
    }

    /** Casts columns to the declared types (VARCHAR(n), NUMERIC(p,s)) and checks NOT NULL. */
    private Batch conform(Batch b, EvalContext ctx) {
        Column[] cols = b.columns();
        boolean changed = false;
        for (int c = 0; c < cols.length; c++) {
            ColumnDef def = table.columns().get(c);
            Column cast = castIfNeeded(cols[c], def.type(), ctx);
            if (cast != cols[c]) {
                cols[c] = cast;
                changed = true;
            }
            if (!def.nullable() && cast.mayHaveNulls()) {
                for (int r = 0; r < b.size(); r++) {
                    if (cast.isNull(r)) {
                        throw new FreshetException(
                                ErrorCode.NOT_NULL_VIOLATION,
                                "null value in column \""
                                        + def.name()
                                        + "\" of relation \""
                                        + table.name()
                                        + "\" violates not-null constraint");
                    }
                }
            }
        }
        return changed ? b.withColumns(cols) : b;
    }

    private static Column castIfNeeded(Column c, DataType declared, EvalContext ctx) {
        if (c.type().equals(declared)) {
            return c;
        }
        boolean constrained = declared.precision() >= 0 || declared.scale() >= 0;
        if (c.type().kind() == declared.kind() && !constrained) {
            return c;
        }
        return CastFunctions.cast(c.type(), declared, CastFunctions.Mode.ASSIGNMENT)
                .apply(new Column[] {c}, c.nulls(), c.size(), ctx);
    }

    private static ColumnBuilder[] builders(BatchBuilder b) {
        ColumnBuilder[] out = new ColumnBuilder[b.columnCount()];
        for (int i = 0; i < out.length; i++) {
            out[i] = b.column(i);
        }
        return out;
    }
}
