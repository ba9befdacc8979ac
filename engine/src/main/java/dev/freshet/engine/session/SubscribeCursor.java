package dev.freshet.engine.session;

import dev.freshet.engine.api.ResultColumn;
import dev.freshet.engine.api.RowCursor;
import dev.freshet.engine.batch.Batch;
import dev.freshet.engine.batch.BatchBuilder;
import dev.freshet.engine.catalog.ColumnDef;
import dev.freshet.engine.runtime.Subscription;
import dev.freshet.engine.type.DataType;
import dev.freshet.sql.error.ErrorCode;
import dev.freshet.sql.error.FreshetException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.jspecify.annotations.Nullable;

/**
 * The rows of {@code SUBSCRIBE}: the relation's columns, then {@code op} and {@code epoch}. First
 * the snapshot (every row an {@code Insert} at the snapshot's epoch), then each committed epoch's
 * net change: {@code Delete} and {@code Insert}, and for a relation with a key a row whose key
 * stays while other columns change as an {@code UpdateDelete} (old values) directly followed by an
 * {@code UpdateInsert} (new values). A row changed k times over is repeated k times.
 *
 * <p>{@link #next()} blocks until the next epoch with changes; it ends when the relation is dropped
 * and fails with 57014 when the session's statement is cancelled.
 */
final class SubscribeCursor implements RowCursor {
    /** How often a waiting cursor looks for cancellation. */
    private static final long POLL_MILLIS = 50;

    private final Subscription subscription;
    private final List<DataType> types;
    private final int width;
    private final @Nullable List<Integer> key;
    private final BooleanSupplier cancelled;
    private int snapshotNext;
    private final boolean withSnapshot;
    private boolean closed;

    SubscribeCursor(
            Subscription subscription,
            List<ColumnDef> columns,
            @Nullable List<Integer> key,
            boolean withSnapshot,
            BooleanSupplier cancelled) {
        this.subscription = subscription;
        this.types = outputTypes(columns);
        this.width = columns.size();
        this.key = key == null || key.isEmpty() ? null : List.copyOf(key);
        this.withSnapshot = withSnapshot;
        this.cancelled = cancelled;
    }

    @Override
    public boolean live() {
        return true;
    }

    /** The result columns of SUBSCRIBE over a relation with these columns. */
    static List<ResultColumn> columns(List<ColumnDef> columns) {
        List<ResultColumn> out = new ArrayList<>();
        for (ColumnDef c : columns) {
            out.add(new ResultColumn(c.name(), c.type()));
        }
        out.add(new ResultColumn("op", DataType.VARCHAR));
        out.add(new ResultColumn("epoch", DataType.BIGINT));
        return out;
    }

    private static List<DataType> outputTypes(List<ColumnDef> columns) {
        List<DataType> out = new ArrayList<>();
        for (ResultColumn c : columns(columns)) {
            out.add(c.type());
        }
        return out;
    }

    @Override
    public @Nullable Batch next() {
        return next(-1);
    }

    /**
     * The next batch of rows, waiting at most {@code timeoutMillis} (negative: without limit); null
     * when the feed ended, or an empty batch when the time ran out.
     */
    @Nullable Batch next(long timeoutMillis) {
        if (closed) {
            return null;
        }
        if (withSnapshot && snapshotNext < subscription.snapshot().size()) {
            Batch b = subscription.snapshot().get(snapshotNext++);
            return rows(b, subscription.snapshotEpoch(), true);
        }
        long deadline =
                timeoutMillis < 0 ? Long.MAX_VALUE : System.nanoTime() / 1_000_000 + timeoutMillis;
        while (true) {
            if (cancelled.getAsBoolean()) {
                throw new FreshetException(
                        ErrorCode.QUERY_CANCELED, "canceling statement due to user request");
            }
            long now = System.nanoTime() / 1_000_000;
            if (now >= deadline) {
                return new BatchBuilder(types, 1).build();
            }
            Subscription.Change c;
            try {
                c = subscription.poll(Math.min(POLL_MILLIS, deadline - now));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new FreshetException(
                        ErrorCode.QUERY_CANCELED, "canceling statement due to user request");
            } catch (java.util.NoSuchElementException e) {
                return null;
            }
            if (c != null) {
                Batch out = rows(c.rows(), c.epoch(), false);
                if (!out.isEmpty()) {
                    return out;
                }
            }
        }
    }

    /** One epoch's rows with their op and epoch, updates paired by key. */
    private Batch rows(Batch in, long epoch, boolean snapshot) {
        BatchBuilder b = new BatchBuilder(types, Math.max(1, in.size()));
        if (snapshot) {
            for (int r = 0; r < in.size(); r++) {
                append(b, in, r, "Insert", epoch, in.weight(r));
            }
            return b.build();
        }
        // deletions by key, so an insertion with the same key becomes an update
        Map<List<Object>, int[]> deletedByKey = new LinkedHashMap<>();
        List<Integer> deletes = new ArrayList<>();
        List<Integer> inserts = new ArrayList<>();
        for (int r = 0; r < in.size(); r++) {
            (in.weight(r) < 0 ? deletes : inserts).add(r);
        }
        boolean[] paired = new boolean[in.size()];
        if (key != null) {
            for (int r : deletes) {
                if (in.weight(r) == -1) {
                    deletedByKey.put(keyOf(in, r), new int[] {r});
                }
            }
            for (int r : inserts) {
                int[] old = in.weight(r) == 1 ? deletedByKey.remove(keyOf(in, r)) : null;
                if (old != null) {
                    append(b, in, old[0], "UpdateDelete", epoch, 1);
                    append(b, in, r, "UpdateInsert", epoch, 1);
                    paired[old[0]] = true;
                    paired[r] = true;
                }
            }
        }
        for (int r : deletes) {
            if (!paired[r]) {
                append(b, in, r, "Delete", epoch, -in.weight(r));
            }
        }
        for (int r : inserts) {
            if (!paired[r]) {
                append(b, in, r, "Insert", epoch, in.weight(r));
            }
        }
        return b.build();
    }

    private List<Object> keyOf(Batch in, int r) {
        List<Object> k = new ArrayList<>(key.size());
        for (int c : key) {
            Object v = in.column(c).getObject(r);
            k.add(v instanceof byte[] bytes ? Arrays.toString(bytes) : v);
        }
        return k;
    }

    private void append(BatchBuilder b, Batch in, int r, String op, long epoch, long copies) {
        Object[] values = new Object[width + 2];
        for (int c = 0; c < width; c++) {
            values[c] = in.column(c).getObject(r);
        }
        values[width] = op;
        values[width + 1] = epoch;
        for (long i = 0; i < copies; i++) {
            b.appendValues(values.clone(), 1);
        }
    }

    @Override
    public void close() {
        if (!closed) {
            closed = true;
            subscription.close();
        }
    }
}
