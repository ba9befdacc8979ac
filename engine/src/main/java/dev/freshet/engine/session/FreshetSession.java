package dev.freshet.engine.session;

import dev.freshet.engine.api.Prepared;
import dev.freshet.engine.api.ResultColumn;
import dev.freshet.engine.api.Session;
import dev.freshet.engine.api.StatementResult;
import dev.freshet.engine.batch.Batch;
import dev.freshet.engine.batch.BatchBuilder;
import dev.freshet.engine.expr.EvalContext;
import dev.freshet.engine.ir.PlanNode;
import dev.freshet.engine.ir.PlanRewriter;
import dev.freshet.engine.runtime.Database;
import dev.freshet.engine.type.DataType;
import dev.freshet.sql.error.ErrorCode;
import dev.freshet.sql.error.FreshetException;
import dev.freshet.sql.parser.FreshetParser;
import dev.freshet.sql.parser.ParsedStatement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.Lock;
import org.jspecify.annotations.Nullable;

/**
 * One client's session: parses and plans statements, runs queries against the committed state and
 * hands writes to the epoch thread. Used by one connection thread at a time.
 */
final class FreshetSession implements Session {
    private final FreshetEngine engine;
    private final Database db;
    private final int pid;
    private final String user;
    private final SessionParameters params;
    private final StatementPlanner planner;
    private final UtilityExecutor utility;
    private final SessionCatalogInfo info;
    private final SessionCursors cursors;
    private final List<String> notices = new ArrayList<>();
    private volatile boolean cancelled;
    private boolean closed;

    /** 'I' idle, 'T' in a transaction block, 'E' in a failed transaction block. */
    private char txStatus = 'I';

    FreshetSession(
            FreshetEngine engine,
            int pid,
            String user,
            String database,
            Map<String, String> startup) {
        this.engine = engine;
        this.db = engine.database();
        this.pid = pid;
        this.user = user;
        this.params = new SessionParameters(db.config().serverVersion(), user);
        for (var e : startup.entrySet()) {
            params.applyStartup(e.getKey(), e.getValue());
        }
        this.planner = new StatementPlanner(db);
        this.utility = new UtilityExecutor(this);
        this.info = new SessionCatalogInfo(this, database);
        planner.session(info);
        this.cursors = new SessionCursors(this::fetchTimeoutMillis);
    }

    int pid() {
        return pid;
    }

    String user() {
        return user;
    }

    Database db() {
        return db;
    }

    SessionParameters params() {
        return params;
    }

    SessionCursors cursors() {
        return cursors;
    }

    private long fetchTimeoutMillis() {
        try {
            return Long.parseLong(params.get("subscribe_fetch_timeout").strip());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    SessionCatalogInfo info() {
        return info;
    }

    StatementPlanner planner() {
        return planner;
    }

    void notice(String message) {
        notices.add(message);
    }

    char txStatus() {
        return txStatus;
    }

    void setTxStatus(char status) {
        this.txStatus = status;
    }

    @Override
    public List<Prepared> prepareAll(String sql) {
        List<ParsedStatement> parsed = FreshetParser.parse(sql);
        List<Prepared> out = new ArrayList<>(parsed.size());
        for (ParsedStatement p : parsed) {
            // analysed at execution: an earlier statement of the same text may change the
            // catalog (CREATE TABLE t ...; INSERT INTO t ...)
            out.add(new PreparedImpl(sql, p.text(), p.offset(), List.of(), null, -1));
        }
        return out;
    }

    @Override
    public Prepared prepare(String sql, List<@Nullable DataType> parameterTypes) {
        List<ParsedStatement> parsed = FreshetParser.parse(sql);
        if (parsed.isEmpty()) {
            return new PreparedImpl(sql, "", 0, parameterTypes, null, -1);
        }
        if (parsed.size() > 1) {
            throw new FreshetException(
                    ErrorCode.SYNTAX_ERROR,
                    "cannot insert multiple commands into a prepared statement");
        }
        ParsedStatement p = parsed.getFirst();
        PreparedImpl prepared =
                new PreparedImpl(sql, p.text(), p.offset(), parameterTypes, null, -1);
        analyse(prepared, p);
        return prepared;
    }

    private Analysis analyse(PreparedImpl prepared, @Nullable ParsedStatement already) {
        Lock read = db.readLock();
        read.lock();
        try {
            long version = db.catalogVersion();
            ParsedStatement p = already;
            if (p == null) {
                List<ParsedStatement> again = FreshetParser.parse(prepared.text());
                p = again.getFirst();
            }
            Analysis a =
                    planner.analyze(
                            p.node(), prepared.text(), prepared.offset(), prepared.declared());
            if (a instanceof Analysis.Utility u
                    && u.node() instanceof dev.freshet.sql.ast.SqlFetch f
                    && cursors.columns(f.cursor()) != null) {
                a = new Analysis.Utility(u.node(), u.text(), cursors.columns(f.cursor()));
            }
            prepared.reanalysed(a, version);
            return a;
        } finally {
            read.unlock();
        }
    }

    @Override
    public StatementResult execute(Prepared statement, List<@Nullable Object> parameters) {
        PreparedImpl p = (PreparedImpl) statement;
        if (p.text().isEmpty()) {
            return new StatementResult.Empty();
        }
        cancelled = false;
        if (txStatus == 'E') {
            String upper = p.text().strip().toUpperCase(java.util.Locale.ROOT);
            if (!(upper.startsWith("ROLLBACK")
                    || upper.startsWith("ABORT")
                    || upper.startsWith("COMMIT")
                    || upper.startsWith("END"))) {
                throw new FreshetException(
                        ErrorCode.IN_FAILED_SQL_TRANSACTION,
                        "current transaction is aborted, commands ignored until end of transaction block");
            }
        }
        try {
            Analysis a = p.analysis();
            if (a == null || p.catalogVersion() != db.catalogVersion()) {
                a = analyse(p, null);
            }
            return run(p, a, parameters);
        } catch (FreshetException e) {
            if (txStatus == 'T') {
                txStatus = 'E';
            }
            throw e;
        } catch (RuntimeException e) {
            if (txStatus == 'T') {
                txStatus = 'E';
            }
            throw e;
        }
    }

    private StatementResult run(PreparedImpl p, Analysis a, List<@Nullable Object> parameters) {
        return switch (a) {
            case Analysis.Query q -> {
                PlanNode plan = bind(q.plan(), q.parameterTypes(), parameters);
                List<Batch> rows = db.query(plan, statementContext());
                yield new StatementResult.Rows(
                        q.columns(), new ListRowCursor(rows), "SELECT", true);
            }
            case Analysis.Dml d -> {
                if (txStatus != 'I') {
                    throw new FreshetException(
                            ErrorCode.FEATURE_NOT_SUPPORTED,
                            "INSERT, UPDATE and DELETE inside an explicit transaction block are not supported yet");
                }
                PlanNode source = bind(d.source(), d.parameterTypes(), parameters);
                EvalContext ctx = statementContext();
                yield switch (d.kind()) {
                    case INSERT ->
                            new StatementResult.Command(
                                    "INSERT 0 "
                                            + db.insert(d.tableOid(), source, d.onConflict(), ctx));
                    case UPDATE ->
                            new StatementResult.Command(
                                    "UPDATE "
                                            + db.update(
                                                    d.tableOid(), source, d.updatedColumns(), ctx));
                    case DELETE ->
                            new StatementResult.Command(
                                    "DELETE " + db.delete(d.tableOid(), source, ctx));
                };
            }
            case Analysis.Utility u -> utility.execute(u, p.offset());
        };
    }

    private static PlanNode bind(
            PlanNode plan, List<DataType> types, List<@Nullable Object> parameters) {
        if (types.isEmpty()) {
            return plan;
        }
        if (parameters.size() < types.size()) {
            throw new FreshetException(
                    ErrorCode.PROTOCOL_VIOLATION,
                    "bind message supplies "
                            + parameters.size()
                            + " parameters, but prepared statement requires "
                            + types.size());
        }
        return PlanRewriter.bindParams(plan, parameters);
    }

    EvalContext statementContext() {
        EvalContext ctx = EvalContext.forStatement(params.zone()).withSession(info);
        ctx.setServices(db().services());
        return ctx;
    }

    /** Builds a one-column-per-string result. */
    static StatementResult rows(List<ResultColumn> columns, List<String[]> values, String tag) {
        List<DataType> types = new ArrayList<>();
        for (ResultColumn c : columns) {
            types.add(c.type());
        }
        BatchBuilder b = new BatchBuilder(types, Math.max(1, values.size()));
        for (String[] row : values) {
            b.appendValues(row, 1);
        }
        return new StatementResult.Rows(columns, new ListRowCursor(List.of(b.build())), tag, false);
    }

    @Override
    public Map<String, String> reportedParameters() {
        return params.reported();
    }

    @Override
    public char transactionStatus() {
        return txStatus;
    }

    @Override
    public List<String> drainNotices() {
        if (notices.isEmpty()) {
            return List.of();
        }
        List<String> out = List.copyOf(notices);
        notices.clear();
        return out;
    }

    @Override
    public void cancel() {
        cancelled = true;
    }

    boolean cancelled() {
        return cancelled;
    }

    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        cursors.closeAll();
        engine.closed(pid);
    }
}
