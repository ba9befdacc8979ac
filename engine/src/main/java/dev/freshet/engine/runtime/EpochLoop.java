package dev.freshet.engine.runtime;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.locks.Lock;
import java.util.function.LongConsumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The single writer: the thread that applies every change to tables and the dataflow, in epochs.
 *
 * <p>An epoch starts as soon as work is waiting and the previous epoch is done. It takes every
 * waiting write task (DML from all sessions), runs them in order under the engine's write lock,
 * lets the dataflow finish the epoch (aggregates emit, views apply their changes), commits, and
 * only then completes the tasks' futures, so a statement returns after its changes are visible in
 * every view. Latency is one epoch under light load; batching grows with load. A DDL task (creating
 * or dropping a view) runs alone in its own epoch, so a new view backfills from a quiescent,
 * consistent state.
 */
final class EpochLoop implements Runnable {
    private static final Logger LOG = LoggerFactory.getLogger(EpochLoop.class);
    private static final int MAX_TASKS_PER_EPOCH = 4096;

    /** A unit of work run on the epoch thread. */
    interface Task<T> {
        T run() throws Exception;
    }

    private record Pending<T>(Task<T> task, CompletableFuture<T> result, boolean ddl) {
        void run(List<Runnable> completions) {
            try {
                T value = task.run();
                completions.add(() -> result.complete(value));
            } catch (Throwable e) {
                completions.add(() -> result.completeExceptionally(e));
            }
        }
    }

    private final BlockingQueue<Pending<?>> queue = new LinkedBlockingQueue<>();
    private final Lock writeLock;
    private final Runnable endEpoch;
    private final LongConsumer commit;
    private volatile boolean running = true;
    private final Thread thread;
    private long epoch;

    /**
     * @param writeLock held while an epoch runs
     * @param endEpoch finishes the epoch in the dataflow
     * @param commit publishes the epoch number once it is complete
     */
    EpochLoop(Lock writeLock, Runnable endEpoch, LongConsumer commit) {
        this.writeLock = writeLock;
        this.endEpoch = endEpoch;
        this.commit = commit;
        this.thread = Thread.ofPlatform().name("freshet-epoch").daemon(true).unstarted(this);
    }

    void start() {
        thread.start();
    }

    /** True if called from the epoch thread. */
    boolean onEpochThread() {
        return Thread.currentThread() == thread;
    }

    /** Queues a write (DML) to run in the next epoch. */
    <T> CompletableFuture<T> submit(Task<T> task) {
        return enqueue(task, false);
    }

    /** Queues a DDL task to run alone in its own epoch. */
    <T> CompletableFuture<T> submitDdl(Task<T> task) {
        return enqueue(task, true);
    }

    private <T> CompletableFuture<T> enqueue(Task<T> task, boolean ddl) {
        CompletableFuture<T> f = new CompletableFuture<>();
        if (!running) {
            f.completeExceptionally(new IllegalStateException("engine is shut down"));
            return f;
        }
        queue.add(new Pending<>(task, f, ddl));
        return f;
    }

    void stop() {
        running = false;
        thread.interrupt();
        try {
            thread.join(5000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void run() {
        List<Pending<?>> batch = new ArrayList<>();
        while (running) {
            try {
                batch.add(queue.take());
            } catch (InterruptedException e) {
                break;
            }
            if (!batch.getFirst().ddl()) {
                while (batch.size() < MAX_TASKS_PER_EPOCH) {
                    Pending<?> next = queue.peek();
                    if (next == null || next.ddl()) {
                        break;
                    }
                    batch.add(queue.poll());
                }
            }
            runEpoch(batch);
            batch.clear();
        }
        Pending<?> left;
        while ((left = queue.poll()) != null) {
            left.result().completeExceptionally(new IllegalStateException("engine is shut down"));
        }
    }

    private void runEpoch(List<Pending<?>> tasks) {
        List<Runnable> completions = new ArrayList<>(tasks.size());
        writeLock.lock();
        try {
            for (Pending<?> p : tasks) {
                p.run(completions);
            }
            endEpoch.run();
            epoch++;
            commit.accept(epoch);
        } catch (Throwable e) {
            // the dataflow itself failed: this is a bug; keep serving, report to every task
            LOG.error("epoch {} failed in the dataflow", epoch + 1, e);
            completions.clear();
            for (Pending<?> p : tasks) {
                completions.add(() -> p.result().completeExceptionally(e));
            }
        } finally {
            writeLock.unlock();
        }
        for (Runnable r : completions) {
            r.run();
        }
    }
}
