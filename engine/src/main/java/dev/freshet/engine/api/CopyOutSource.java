package dev.freshet.engine.api;

import org.jspecify.annotations.Nullable;

/**
 * The data of {@code COPY ... TO STDOUT}, in the requested format, as chunks of whole rows (each
 * chunk becomes one CopyData message). Reads one snapshot; used by one thread; must be closed.
 */
public interface CopyOutSource extends AutoCloseable {
    /** The next rows (complete lines, a header first if asked for), or null at the end. */
    byte @Nullable [] next();

    /** The command tag once {@link #next()} returned null: "COPY n". */
    String tag();

    @Override
    void close();
}
