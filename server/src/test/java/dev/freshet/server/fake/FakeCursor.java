package dev.freshet.server.fake;

import dev.freshet.engine.api.RowCursor;
import dev.freshet.engine.batch.Batch;
import dev.freshet.engine.batch.BatchBuilder;
import dev.freshet.engine.type.DataType;
import dev.freshet.sql.error.ErrorCode;
import dev.freshet.sql.error.FreshetException;
import java.util.List;
import java.util.function.LongFunction;
import org.jspecify.annotations.Nullable;

/** Rows generated on demand, {@link #BATCH_ROWS} per batch; may fail after some rows. */
final class FakeCursor implements RowCursor {
    static final int BATCH_ROWS = 1000;

    private final FakeEngine engine;
    private final BatchBuilder builder;
    private final long rowCount;
    private final long failAfter;
    private final LongFunction<@Nullable Object[]> rowAt;
    private long next;
    private boolean closed;

    /**
     * @param failAfter throw 22012 once this many rows were produced; -1 never
     */
    FakeCursor(
            FakeEngine engine,
            List<DataType> types,
            long rowCount,
            long failAfter,
            LongFunction<@Nullable Object[]> rowAt) {
        this.engine = engine;
        this.builder = new BatchBuilder(types, BATCH_ROWS);
        this.rowCount = rowCount;
        this.failAfter = failAfter;
        this.rowAt = rowAt;
        engine.openCursors.incrementAndGet();
    }

    @Override
    public @Nullable Batch next() {
        if (closed) {
            throw new IllegalStateException("cursor closed");
        }
        if (failAfter >= 0 && next >= failAfter) {
            throw new FreshetException(ErrorCode.DIVISION_BY_ZERO, "division by zero");
        }
        if (next >= rowCount) {
            return null;
        }
        long end = Math.min(rowCount, next + BATCH_ROWS);
        if (failAfter >= 0) {
            end = Math.min(end, failAfter);
        }
        engine.rowsProduced.addAndGet(end - next);
        while (next < end) {
            builder.appendValues(rowAt.apply(next++), 1);
        }
        return builder.build();
    }

    @Override
    public void close() {
        if (!closed) {
            closed = true;
            engine.openCursors.decrementAndGet();
        }
    }
}
