package dev.freshet.engine.runtime;

import dev.freshet.engine.batch.Batch;
import dev.freshet.engine.catalog.SourceInfo;
import dev.freshet.engine.catalog.TableEntry;
import dev.freshet.engine.connector.Connectors;
import dev.freshet.engine.connector.SourceBatcher;
import dev.freshet.engine.connector.SourcePosition;
import dev.freshet.engine.connector.SourceReader;
import dev.freshet.engine.connector.SourceStats;
import dev.freshet.sql.error.ErrorCode;
import dev.freshet.sql.error.FreshetException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Drives one source: a platform thread that polls the source's {@link SourceReader} and commits
 * what it read through the engine's ingest path (the batches of an INSERT or COPY) in an epoch,
 * recording in that same epoch the reader position just past those rows. The thread outlives
 * failures of the external system (it logs them and tries again) and stops when the source is
 * dropped or the database closes.
 *
 * <p>FLUSH asks every runner to catch up ({@link #catchUp}): the runner asks its reader what is
 * available now (Kafka end offsets) and completes the request once its committed position covers
 * that.
 */
final class SourceRunner {
    private static final Logger LOG = LoggerFactory.getLogger(SourceRunner.class);
    private static final long POLL_MILLIS = 100;
    private static final long RETRY_MILLIS = 1000;

    private final Database db;
    private final int oid;
    private final String name;
    private final SourceInfo info;
    private final TableEntry table;
    private final SourcePosition start;
    private final SourceStats stats = new SourceStats();
    private final Thread thread;
    private final ConcurrentLinkedQueue<CompletableFuture<Void>> requests =
            new ConcurrentLinkedQueue<>();
    private final List<Waiting> waiting = new ArrayList<>();
    private volatile SourcePosition committed;
    private volatile boolean stopped;

    private record Waiting(SourcePosition target, CompletableFuture<Void> done) {}

    SourceRunner(Database db, TableEntry table, SourcePosition start) {
        this.db = db;
        this.oid = table.oid();
        this.name = table.name();
        this.info = Objects.requireNonNull(table.source());
        this.table = table;
        this.start = start;
        this.committed = start;
        this.thread =
                Thread.ofPlatform()
                        .name("freshet-source-" + name)
                        .daemon(true)
                        .unstarted(this::run);
    }

    void start() {
        thread.start();
    }

    /** Asks the thread to stop; does not wait (the caller may be the epoch thread it waits on). */
    void stop() {
        stopped = true;
    }

    /** Waits up to {@code millis} for the thread to end (never call on the epoch thread). */
    void join(long millis) {
        try {
            thread.join(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    SourceStats stats() {
        return stats;
    }

    /** Where reading started (the source's startup position). */
    SourcePosition startPosition() {
        return start;
    }

    /** The position just past the rows of the last committed epoch. */
    SourcePosition committed() {
        return committed;
    }

    /** Completes once everything available at the time of the call is committed. */
    CompletableFuture<Void> catchUp() {
        CompletableFuture<Void> f = new CompletableFuture<>();
        requests.add(f);
        if (stopped) {
            f.complete(null);
        }
        return f;
    }

    private void run() {
        SourceReader reader;
        try {
            reader = Connectors.open(info, table.columns(), start);
        } catch (RuntimeException e) {
            LOG.error("source {}: cannot open its reader", name, e);
            stats.status("failed: " + e.getMessage());
            stopped = true;
            releaseAll();
            return;
        }
        SourceBatcher batcher =
                new SourceBatcher(
                        name, table.columns().stream().map(c -> c.type()).toList(), stats);
        try {
            while (!stopped && !db.isClosed()) {
                try {
                    step(reader, batcher);
                } catch (FreshetException e) {
                    if (e.code() == ErrorCode.UNDEFINED_TABLE) {
                        break; // dropped while we were reading
                    }
                    failure(e);
                } catch (RuntimeException e) {
                    failure(e);
                }
            }
        } finally {
            stopped = true;
            try {
                reader.close();
            } catch (RuntimeException e) {
                LOG.warn("source {}: closing its reader failed", name, e);
            }
            releaseAll();
        }
    }

    private void step(SourceReader reader, SourceBatcher batcher) {
        for (CompletableFuture<Void> r; (r = requests.poll()) != null; ) {
            try {
                waiting.add(new Waiting(reader.catchUpTarget(), r));
            } catch (RuntimeException e) {
                LOG.warn("source {}: cannot tell what FLUSH should wait for", name, e);
                r.complete(null); // FLUSH goes on with what is committed
            }
        }
        reader.poll(batcher, POLL_MILLIS);
        SourcePosition at = reader.position();
        int n = batcher.pendingRows();
        if (n > 0) {
            List<Batch> rows = batcher.drain();
            try {
                db.ingest(oid, rows, () -> committed = at);
            } catch (RuntimeException e) {
                if (!(e instanceof FreshetException fe && fe.code() == ErrorCode.UNDEFINED_TABLE)) {
                    batcher.reject(
                            "the " + n + " rows before " + at.describe(),
                            "could not be committed: " + e.getMessage());
                }
                throw e;
            }
        } else {
            committed = at; // skipped input only: nothing to commit but the position
        }
        stats.committed(n, at);
        stats.status(reader.finished() ? "finished" : "running");
        waiting.removeIf(
                w -> {
                    if (committed.covers(w.target())) {
                        w.done().complete(null);
                        return true;
                    }
                    return false;
                });
    }

    private void failure(RuntimeException e) {
        LOG.warn("source {}: reading failed, retrying in {} ms", name, RETRY_MILLIS, e);
        stats.status("retrying: " + e.getMessage());
        try {
            Thread.sleep(RETRY_MILLIS);
        } catch (InterruptedException ie) {
            stopped = true;
        }
    }

    private void releaseAll() {
        for (Waiting w : waiting) {
            w.done().complete(null);
        }
        waiting.clear();
        for (CompletableFuture<Void> r; (r = requests.poll()) != null; ) {
            r.complete(null);
        }
    }
}
