package dev.freshet.server.pgwire;

import dev.freshet.engine.api.RowCursor;
import dev.freshet.engine.batch.Batch;
import java.time.ZoneId;
import org.jspecify.annotations.Nullable;

/**
 * Where a result's rows stand: the engine's cursor and the position in its current batch, so that
 * an Execute with a row limit can stop mid-batch and the next Execute continue there.
 */
final class RowStream implements AutoCloseable {
    private final RowCursor cursor;
    private @Nullable Batch batch;
    private int position;
    private boolean exhausted;
    private boolean closed;

    RowStream(RowCursor cursor) {
        this.cursor = cursor;
    }

    /**
     * Writes up to {@code limit} rows ({@code limit <= 0}: all) and returns how many it wrote. When
     * it returns fewer than {@code limit}, or {@code limit <= 0}, the stream is {@link
     * #exhausted()}.
     */
    long send(DataRowWriter writer, FormatCode[] formats, ZoneId zone, long limit) {
        long sent = 0;
        while (limit <= 0 || sent < limit) {
            Batch b = batch;
            if (b == null || position >= b.size()) {
                if (sent > 0 && cursor.live()) {
                    writer.flush(); // the client sees these rows before the feed waits
                }
                b = cursor.next();
                if (b == null) {
                    batch = null;
                    exhausted = true;
                    break;
                }
                checkWeights(b);
                batch = b;
                position = 0;
                continue;
            }
            writer.write(b, position++, formats, zone);
            sent++;
        }
        return sent;
    }

    /** True once the cursor reported its end. */
    boolean exhausted() {
        return exhausted;
    }

    /** Closes the cursor (idempotent), releasing the engine's snapshot. */
    @Override
    public void close() {
        if (!closed) {
            closed = true;
            batch = null;
            cursor.close();
        }
    }

    private static void checkWeights(Batch b) {
        long[] weights = b.weights();
        for (int i = 0; i < b.size(); i++) {
            if (weights[i] != 1) {
                throw new IllegalStateException(
                        "result batch row " + i + " has weight " + weights[i] + ", expected 1");
            }
        }
    }
}
