package dev.freshet.engine.connector;

/**
 * Reads a source's input into rows. Used by one thread at a time (the source's runner thread).
 *
 * <p>Contract: after {@link #poll} returns, {@link #position()} is the position just past every row
 * it handed to the batcher, so committing those rows together with that position never loses or
 * repeats a row. Malformed messages are counted and skipped inside {@code poll}; a failure of the
 * external system (a broker that is down) either makes {@code poll} return nothing or throws, and
 * the runner tries again later.
 */
public interface SourceReader extends AutoCloseable {
    /** Reads what is available into {@code out}, waiting up to {@code waitMillis} for input. */
    void poll(SourceBatcher out, long waitMillis);

    /** The position just past the last row handed out. */
    SourcePosition position();

    /** True when a bounded source has handed out all its rows. */
    boolean finished();

    /**
     * The position FLUSH waits for: just past everything available now (Kafka: the partitions' end
     * offsets; a bounded datagen: its last row; an unbounded one: where it is).
     */
    SourcePosition catchUpTarget();

    @Override
    void close();
}
