package dev.freshet.engine.api;

import dev.freshet.engine.batch.Batch;
import org.jspecify.annotations.Nullable;

/**
 * The rows of a query result, delivered as batches in result order. Every row of a result batch has
 * weight 1 (a row appearing n times is repeated n times).
 *
 * <p>A cursor reads one consistent snapshot taken when the statement executed; it is consumed by
 * one thread and must be closed (closing early releases the snapshot).
 */
public interface RowCursor extends AutoCloseable {
    /** The next batch of rows, or null when there are no more. */
    @Nullable Batch next();

    /**
     * True if {@link #next} may wait for rows that do not exist yet (a change feed): the server
     * then sends what it has before asking for more, so the client sees each change as it commits.
     */
    default boolean live() {
        return false;
    }

    @Override
    void close();
}
