package dev.freshet.engine.session;

import dev.freshet.engine.api.Engine;
import dev.freshet.engine.api.EngineConfig;
import dev.freshet.engine.api.Session;
import dev.freshet.engine.runtime.Database;
import dev.freshet.sql.error.ErrorCode;
import dev.freshet.sql.error.FreshetException;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/** The {@link Engine} the server talks to: a {@link Database} plus the sessions open on it. */
public final class FreshetEngine implements Engine {
    static {
        dev.freshet.engine.plan.CalciteCharset.install();
    }

    private final Database db;
    private final Map<Integer, FreshetSession> sessions = new ConcurrentHashMap<>();

    private FreshetEngine(Database db) {
        this.db = db;
    }

    /** Starts the engine on {@code config}'s data directory. */
    public static FreshetEngine start(EngineConfig config) {
        return new FreshetEngine(Database.start(config));
    }

    public Database database() {
        return db;
    }

    @Override
    public Session openSession(
            String user, String database, Map<String, String> startupParameters) {
        if (db.isClosed()) {
            throw new FreshetException(ErrorCode.ADMIN_SHUTDOWN, "the server is shutting down");
        }
        int pid = db.nextProcessId();
        FreshetSession s = new FreshetSession(this, pid, user, database, startupParameters);
        sessions.put(pid, s);
        return s;
    }

    @Override
    public Optional<dev.freshet.engine.api.UserCredentials> credentials(String user) {
        return db.users().credentials(user);
    }

    /** The open session with backend process id {@code pid} (for cancel requests). */
    public Optional<Session> session(int pid) {
        return Optional.ofNullable(sessions.get(pid));
    }

    void closed(int pid) {
        sessions.remove(pid);
    }

    @Override
    public void close() {
        for (FreshetSession s : sessions.values()) {
            s.close();
        }
        db.close();
    }
}
