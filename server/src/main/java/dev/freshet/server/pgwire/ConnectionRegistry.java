package dev.freshet.server.pgwire;

import java.security.SecureRandom;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The server's live client connections by process id: where a CancelRequest finds the session it
 * names, and what a shutting-down server tells to end. Thread safe.
 */
public final class ConnectionRegistry {
    private final ConcurrentHashMap<Integer, PgConnection> connections = new ConcurrentHashMap<>();
    private final AtomicInteger lastProcessId = new AtomicInteger();
    private final SecureRandom secrets = new SecureRandom();
    private final Object changed = new Object();

    /** A process id no live connection uses (positive, like a PostgreSQL backend's pid). */
    int nextProcessId() {
        while (true) {
            int id = lastProcessId.incrementAndGet() & Integer.MAX_VALUE;
            if (id != 0 && !connections.containsKey(id)) {
                return id;
            }
        }
    }

    /** A fresh random cancel key. */
    int nextSecretKey() {
        return secrets.nextInt();
    }

    void register(PgConnection connection) {
        connections.put(connection.processId(), connection);
    }

    void unregister(PgConnection connection) {
        connections.remove(connection.processId(), connection);
        synchronized (changed) {
            changed.notifyAll();
        }
    }

    /**
     * Cancels the running statement of the connection with this process id if the secret key
     * matches; a wrong key is ignored, as PostgreSQL ignores it.
     *
     * @return whether a statement was asked to stop
     */
    boolean cancel(int processId, int secretKey) {
        PgConnection connection = connections.get(processId);
        if (connection == null || connection.secretKey() != secretKey) {
            return false;
        }
        connection.cancelStatement();
        return true;
    }

    /** Number of live connections. */
    public int size() {
        return connections.size();
    }

    /**
     * Asks every connection to end: each finishes the messages it already received, then tells its
     * client the server is shutting down (57P01) and closes.
     */
    public void shutdownAll() {
        for (PgConnection connection : List.copyOf(connections.values())) {
            connection.requestShutdown();
        }
    }

    /** Cancels every running statement and closes every channel; for a shutdown that waited. */
    public void forceCloseAll() {
        for (PgConnection connection : List.copyOf(connections.values())) {
            connection.cancelStatement();
            connection.closeChannel();
        }
    }

    /** Waits until no connection is left or {@code timeout} passed; returns whether none is. */
    public boolean awaitEmpty(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        synchronized (changed) {
            while (!connections.isEmpty()) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return false;
                }
                changed.wait(Math.max(1, left / 1_000_000));
            }
        }
        return true;
    }
}
