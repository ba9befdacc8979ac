package dev.freshet.server.fake;

import dev.freshet.engine.api.Engine;
import dev.freshet.engine.api.Session;
import dev.freshet.sql.error.ErrorCode;
import dev.freshet.sql.error.FreshetException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A stand-in engine for protocol tests: sessions that understand a tiny statement language (see
 * {@link FakeStatement}) and count what they open and close, so tests can check the server releases
 * cursors and sessions.
 */
public final class FakeEngine implements Engine {
    /** The database name {@link #openSession} refuses, to test startup failures. */
    public static final String MISSING_DATABASE = "nope";

    final AtomicInteger openCursors = new AtomicInteger();
    final AtomicLong rowsProduced = new AtomicLong();
    private final AtomicInteger openSessions = new AtomicInteger();
    private final List<FakeSession> sessions = new CopyOnWriteArrayList<>();
    private volatile boolean closed;

    @Override
    public Session openSession(String user, String database, Map<String, String> parameters) {
        if (closed) {
            throw new IllegalStateException("engine closed");
        }
        if (database.equals(MISSING_DATABASE)) {
            throw new FreshetException(
                    ErrorCode.INVALID_CATALOG_NAME, "database \"" + database + "\" does not exist");
        }
        FakeSession session = new FakeSession(this, user, database, parameters);
        sessions.add(session);
        openSessions.incrementAndGet();
        return session;
    }

    void sessionClosed() {
        openSessions.decrementAndGet();
    }

    /** Sessions opened and not yet closed. */
    public int openSessions() {
        return openSessions.get();
    }

    /** Result cursors opened and not yet closed. */
    public int openCursors() {
        return openCursors.get();
    }

    /** Rows all cursors have produced so far. */
    public long rowsProduced() {
        return rowsProduced.get();
    }

    /** Every session ever opened, in order. */
    public List<FakeSession> sessions() {
        return List.copyOf(sessions);
    }

    public boolean isClosed() {
        return closed;
    }

    @Override
    public void close() {
        closed = true;
    }
}
