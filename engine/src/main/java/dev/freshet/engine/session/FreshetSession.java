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
import dev.freshet.engine.runtime.PendingWrite;
import dev.freshet.engine.runtime.TransactionOverlay;
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
    private java.util.function.Predicate<@Nullable String> preparedStatements = name -> false;
    private boolean closed;

    /** When the running statement times out (System.nanoTime), or 0 for never. */
    private long deadline;

    /**
     * The open transaction block's writes, applied together at COMMIT, and the block's own view of
     * the tables they wrote (empty outside a block).
     */
    private final TransactionOverlay tx = new TransactionOverlay();

    /** Plans of simple-protocol statements by their normalised text. */
    private final PlanCache plans = new PlanCache();

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
        LiteralNormalizer.Normalized n = LiteralNormalizer.normalize(sql);
        if (n != null) {
            // one query or DML statement: planned (or found in the plan cache) at execution
            return List.of(PreparedImpl.normalized(sql, n));
        }
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
        // Clients that send every parameterized query as an unnamed Parse (node-postgres,
        // pgjdbc before prepareThreshold) would plan it each time: queries and DML are kept by
        // text and declared parameter types, for the catalog version they were planned under.
        String key = "parse\u0000" + parameterTypes + "\u0000" + sql;
        long version = db.catalogVersion();
        PlanCache.Entry cached = plans.get(key, version);
        if (cached != null && cached.analysis() != null) {
            prepared.reanalysed(cached.analysis(), version);
            return prepared;
        }
        Analysis a = analyse(prepared, p);
        if (a instanceof Analysis.Query || a instanceof Analysis.Dml) {
            plans.put(key, new PlanCache.Entry(prepared.catalogVersion(), a));
        }
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
        long timeoutMillis = statementTimeoutMillis();
        deadline = timeoutMillis > 0 ? System.nanoTime() + timeoutMillis * 1_000_000L : 0;
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
            if (p.normalized() != null) {
                return runNormalized(p, p.normalized());
            }
            Analysis a = p.analysis();
            if (a == null || p.catalogVersion() != db.catalogVersion()) {
                a = analyse(p, null);
            }
            return run(p, a, conform(p, parameters));
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

    /**
     * A simple-protocol statement with its literals as parameters: runs the cached plan of its
     * normalised text if there is one for this catalog version. On a miss the original text is
     * planned and run, as without a cache, and the normalised plan is kept only if the original
     * planned too and both give the same result columns (names and types); otherwise the entry says
     * to plan the original text every time. A literal that does not convert to the type its
     * parameter got also takes the original text, so errors are the original's.
     */
    private StatementResult runNormalized(PreparedImpl p, LiteralNormalizer.Normalized n) {
        PlanCache.Entry e = plans.get(n.key(), db.catalogVersion());
        if (e != null) {
            Analysis cached = e.analysis();
            List<@Nullable Object> values =
                    cached == null ? null : literalValues(n, cached.parameterTypes());
            if (cached != null && values != null) {
                return run(p, cached, values);
            }
            return runOriginal(p.sql(), null);
        }
        long version = db.catalogVersion();
        Analysis normalized;
        try {
            normalized = analyse(p, null);
            version = p.catalogVersion();
        } catch (RuntimeException | StackOverflowError failed) {
            normalized = null;
        }
        PlanCache.Entry[] entry = {new PlanCache.Entry(version, null)};
        try {
            Analysis nz = normalized;
            long v = version;
            return runOriginal(
                    p.sql(),
                    a -> {
                        if (sameMeaning(nz, a, n.values().size())) {
                            entry[0] = new PlanCache.Entry(v, nz);
                        }
                    });
        } finally {
            plans.put(n.key(), entry[0]);
        }
    }

    /** True when {@code normalized} may stand for {@code original} (same kind and columns). */
    private static boolean sameMeaning(
            @Nullable Analysis normalized, Analysis original, int literals) {
        if (normalized == null || normalized.parameterTypes().size() != literals) {
            return false;
        }
        boolean sameKind =
                (normalized instanceof Analysis.Query && original instanceof Analysis.Query)
                        || (normalized instanceof Analysis.Dml nd
                                && original instanceof Analysis.Dml od
                                && nd.kind() == od.kind()
                                && nd.tableOid() == od.tableOid());
        return sameKind && java.util.Objects.equals(normalized.columns(), original.columns());
    }

    /** Plans and runs the original text of a simple-protocol statement (one statement). */
    private StatementResult runOriginal(
            String sql, java.util.function.@Nullable Consumer<Analysis> planned) {
        List<ParsedStatement> parsed = FreshetParser.parse(sql);
        if (parsed.isEmpty()) {
            return new StatementResult.Empty();
        }
        ParsedStatement first = parsed.getFirst();
        PreparedImpl original =
                new PreparedImpl(sql, first.text(), first.offset(), List.of(), null, -1);
        Analysis a = analyse(original, first);
        if (planned != null) {
            planned.accept(a);
        }
        return run(original, a, List.of());
    }

    /**
     * The literals of a normalised statement as values of the types its plan gives them, or null
     * when one does not convert (the original text then decides what happens). A string compared
     * with a VARCHAR(n) keeps its length: only writes check it, as for the literal.
     */
    private @Nullable List<@Nullable Object> literalValues(
            LiteralNormalizer.Normalized n, List<DataType> types) {
        List<@Nullable Object> out = new ArrayList<>(types.size());
        for (int i = 0; i < types.size(); i++) {
            DataType t = types.get(i);
            String text = n.values().get(i);
            if (t.kind() == dev.freshet.engine.type.TypeKind.VARCHAR) {
                out.add(text);
                continue;
            }
            try {
                out.add(dev.freshet.engine.type.PgText.parse(t, text, params.zone()));
            } catch (RuntimeException e) {
                return null;
            }
        }
        return out;
    }

    private StatementResult run(PreparedImpl p, Analysis a, List<@Nullable Object> parameters) {
        return switch (a) {
            case Analysis.Query q -> {
                PlanNode plan = bind(q.plan(), q.parameterTypes(), parameters);
                List<Batch> rows = query(plan, statementContext());
                yield new StatementResult.Rows(
                        q.columns(), new ListRowCursor(rows), "SELECT", true);
            }
            case Analysis.Dml d -> {
                PlanNode source = bind(d.source(), d.parameterTypes(), parameters);
                EvalContext ctx = statementContext();
                PendingWrite w =
                        switch (d.kind()) {
                            case INSERT ->
                                    new PendingWrite.Insert(d.tableOid(), source, d.onConflict());
                            case UPDATE ->
                                    new PendingWrite.Update(
                                            d.tableOid(), source, d.updatedColumns());
                            case DELETE -> new PendingWrite.Delete(d.tableOid(), source);
                        };
                long count;
                if (txStatus == 'T') {
                    // computed now over the block's own view (bad rows fail here, the tag has
                    // its count, later statements see it) and applied again at COMMIT
                    count = db.stage(tx, w, ctx);
                } else {
                    count = db.commit(List.of(w), ctx)[0];
                }
                yield new StatementResult.Command(
                        switch (d.kind()) {
                            case INSERT -> "INSERT 0 " + count;
                            case UPDATE -> "UPDATE " + count;
                            case DELETE -> "DELETE " + count;
                        });
            }
            case Analysis.Utility u -> {
                if (changesPlanning(u.text())) {
                    plans.clear();
                }
                yield utility.execute(u, p.offset());
            }
        };
    }

    /**
     * Converts parameter values given as the client's declared type into the type the plan uses,
     * where the two differ (a uuid parameter in a plan that treats uuid as text), through the
     * declared type's text form.
     */
    private List<@Nullable Object> conform(PreparedImpl p, List<@Nullable Object> parameters) {
        List<DataType> planned = p.analysis() == null ? List.of() : p.analysis().parameterTypes();
        List<@Nullable DataType> declared = p.declared();
        List<@Nullable Object> out = null;
        for (int i = 0; i < parameters.size() && i < planned.size() && i < declared.size(); i++) {
            DataType d = declared.get(i);
            Object v = parameters.get(i);
            if (d == null || v == null || d.kind() == planned.get(i).kind()) {
                continue;
            }
            if (out == null) {
                out = new ArrayList<>(parameters);
            }
            String text = dev.freshet.engine.type.PgText.format(d, v, params.zone());
            out.set(i, dev.freshet.engine.type.PgText.parse(planned.get(i), text, params.zone()));
        }
        return out == null ? parameters : out;
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

    /** SET, RESET and DISCARD may change what planning reads from the session. */
    private static boolean changesPlanning(String text) {
        String t = text.stripLeading();
        return t.regionMatches(true, 0, "SET", 0, 3)
                || t.regionMatches(true, 0, "RESET", 0, 5)
                || t.regionMatches(true, 0, "DISCARD", 0, 7);
    }

    /** Runs a one-shot plan; inside a transaction block it sees the block's own writes. */
    List<Batch> query(PlanNode plan, EvalContext ctx) {
        return db.query(plan, ctx, tx);
    }

    EvalContext statementContext() {
        EvalContext ctx = EvalContext.forStatement(params.zone()).withSession(info);
        ctx.setServices(db().services());
        ctx.setInterruptCheck(this::checkInterrupted);
        return ctx;
    }

    /** Throws 57014 if the running statement was cancelled or exceeded statement_timeout. */
    void checkInterrupted() {
        if (cancelled) {
            cancelled = false;
            throw new FreshetException(
                    ErrorCode.QUERY_CANCELED, "canceling statement due to user request");
        }
        long d = deadline;
        if (d != 0 && System.nanoTime() - d > 0) {
            throw new FreshetException(
                    ErrorCode.QUERY_CANCELED, "canceling statement due to statement timeout");
        }
    }

    /** The statement_timeout text last parsed and its value, so a statement parses it once. */
    private @Nullable String timeoutText;

    private long timeoutMillis;

    private long statementTimeoutMillis() {
        String text = params.get("statement_timeout");
        if (text != timeoutText) {
            timeoutMillis = parseTimeoutMillis(text);
            timeoutText = text;
        }
        return timeoutMillis;
    }

    private static long parseTimeoutMillis(String text) {
        String v = text.strip().toLowerCase(java.util.Locale.ROOT);
        int i = 0;
        while (i < v.length() && (Character.isDigit(v.charAt(i)) || v.charAt(i) == '.')) {
            i++;
        }
        if (i == 0) {
            return 0;
        }
        double n;
        try {
            n = Double.parseDouble(v.substring(0, i));
        } catch (NumberFormatException e) {
            return 0;
        }
        double unit =
                switch (v.substring(i).strip()) {
                    case "us" -> 0.001;
                    case "s" -> 1_000;
                    case "min" -> 60_000;
                    case "h" -> 3_600_000;
                    case "d" -> 86_400_000;
                    default -> 1;
                };
        return (long) Math.ceil(n * unit);
    }

    // ---- transaction blocks ----

    /** A statement failed outside {@link #execute} (a COPY's data): the block is now failed. */
    void statementFailed() {
        if (txStatus == 'T') {
            txStatus = 'E';
        }
    }

    /**
     * BEGIN: from now on writes are kept by the session and applied together at COMMIT. Reads and
     * writes in the block see the block's own writes; other sessions see them only after COMMIT.
     */
    StatementResult beginTransaction() {
        if (txStatus != 'I') {
            notice("there is already a transaction in progress");
        } else {
            tx.clear();
            txStatus = 'T';
        }
        return new StatementResult.Command("BEGIN");
    }

    /**
     * COMMIT: applies every write of the block atomically in one epoch; a failing write fails the
     * COMMIT and none is applied. In a failed block it rolls back, as PostgreSQL does.
     */
    StatementResult commitTransaction() {
        char before = txStatus;
        List<PendingWrite> writes = tx.writes();
        tx.clear();
        txStatus = 'I';
        if (before == 'I') {
            notice("there is no transaction in progress");
        }
        if (before == 'E') {
            return new StatementResult.Command("ROLLBACK");
        }
        db.commit(writes, statementContext());
        return new StatementResult.Command("COMMIT");
    }

    /** ROLLBACK: discards the block's writes. */
    StatementResult rollbackTransaction() {
        if (txStatus == 'I') {
            notice("there is no transaction in progress");
        }
        tx.clear();
        txStatus = 'I';
        return new StatementResult.Command("ROLLBACK");
    }

    /** Rows parsed by COPY FROM STDIN: committed now, or kept for COMMIT inside a block. */
    void writeRows(int tableOid, List<Batch> rows) {
        PendingWrite w = new PendingWrite.InsertRows(tableOid, rows);
        if (txStatus == 'T') {
            db.stage(tx, w, statementContext());
        } else if (txStatus == 'E') {
            throw new FreshetException(
                    ErrorCode.IN_FAILED_SQL_TRANSACTION,
                    "current transaction is aborted, commands ignored until end of transaction"
                            + " block");
        } else {
            db.commit(List.of(w), statementContext());
        }
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

    @Override
    public void clearCancel() {
        cancelled = false;
    }

    @Override
    public void preparedStatements(java.util.function.Predicate<@Nullable String> dropper) {
        this.preparedStatements = java.util.Objects.requireNonNull(dropper);
    }

    /** DEALLOCATE: drops the wire layer's prepared statement {@code name} (null: all of them). */
    boolean deallocate(@Nullable String name) {
        return preparedStatements.test(name);
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
        tx.clear();
        engine.closed(pid);
    }
}
