package dev.freshet.engine.connector;

import java.util.concurrent.atomic.AtomicLong;
import org.jspecify.annotations.Nullable;

/**
 * A source's counters, written by its reader thread and read by SHOW SOURCES from any thread: rows
 * committed, input skipped as malformed (with the last reason), and what the reader is doing.
 */
public final class SourceStats {
    private final AtomicLong rows = new AtomicLong();
    private final AtomicLong errors = new AtomicLong();
    private volatile @Nullable String lastError;
    private volatile String status = "starting";
    private volatile String position = "";

    /** Rows committed into the source so far. */
    public long rows() {
        return rows.get();
    }

    /** Messages or values skipped as malformed so far. */
    public long errors() {
        return errors.get();
    }

    /** The reason for the last skipped message, or null. */
    public @Nullable String lastError() {
        return lastError;
    }

    /** {@code running}, {@code finished} (a bounded source read everything) or a problem. */
    public String status() {
        return status;
    }

    /** The committed position, as {@link SourcePosition#describe()}. */
    public String position() {
        return position;
    }

    /** Counts a skipped message; returns the number of errors so far. */
    public long error(String reason) {
        lastError = reason;
        return errors.incrementAndGet();
    }

    /** Records a commit of {@code n} rows that leaves the reader at {@code at}. */
    public void committed(long n, SourcePosition at) {
        rows.addAndGet(n);
        position = at.describe();
    }

    public void status(String s) {
        status = s;
    }
}
