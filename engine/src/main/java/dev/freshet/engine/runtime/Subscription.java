package dev.freshet.engine.runtime;

import dev.freshet.engine.batch.Batch;
import dev.freshet.engine.operator.ChangeTapOperator;
import java.util.List;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;

/**
 * A change feed of one relation: its contents at {@link #snapshotEpoch()}, then the net change of
 * every later epoch, in commit order, with no gap and nothing twice (the snapshot is taken and the
 * tap connected in one epoch of their own). Changes queue up without bound until read.
 */
public final class Subscription implements AutoCloseable {
    /** The net change of one committed epoch (weights: +k inserted, -k deleted). */
    public record Change(long epoch, Batch rows) {}

    private static final Change END =
            new Change(-1, Batch.empty(new dev.freshet.engine.batch.Column[0]));

    private final List<Batch> snapshot;
    private final long snapshotEpoch;
    private final LinkedBlockingQueue<Change> queue = new LinkedBlockingQueue<>();
    private @Nullable ChangeTapOperator tap;
    private volatile boolean ended;

    Subscription(List<Batch> snapshot, long snapshotEpoch) {
        this.snapshot = List.copyOf(snapshot);
        this.snapshotEpoch = snapshotEpoch;
    }

    void attach(ChangeTapOperator tap) {
        this.tap = tap;
    }

    void deliver(long epoch, Batch net) {
        queue.add(new Change(epoch, net));
    }

    /** The relation was dropped: the feed ends after what is queued. */
    void end() {
        ended = true;
        queue.add(END);
    }

    /** The relation's rows when the subscription started. */
    public List<Batch> snapshot() {
        return snapshot;
    }

    public long snapshotEpoch() {
        return snapshotEpoch;
    }

    /**
     * The next change, waiting up to {@code timeoutMillis}; null if none arrived in time. Throws
     * {@link java.util.NoSuchElementException} once the feed has ended.
     */
    public @Nullable Change poll(long timeoutMillis) throws InterruptedException {
        Change c = queue.poll(timeoutMillis, TimeUnit.MILLISECONDS);
        if (c == END) {
            queue.add(END);
            throw new java.util.NoSuchElementException("subscription ended");
        }
        return c;
    }

    public boolean ended() {
        return ended;
    }

    @Override
    public void close() {
        ChangeTapOperator t = tap;
        if (t != null) {
            t.close();
        }
        queue.clear();
    }
}
