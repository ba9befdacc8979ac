package dev.freshet.engine.session;

import dev.freshet.engine.api.StatementResult;
import dev.freshet.engine.batch.LongColumn;
import dev.freshet.engine.catalog.CatalogEntry;
import dev.freshet.engine.catalog.ColumnDef;
import dev.freshet.engine.catalog.PlainViewEntry;
import dev.freshet.engine.catalog.TableEntry;
import dev.freshet.engine.catalog.ViewEntry;
import dev.freshet.engine.expr.EvalContext;
import dev.freshet.engine.ir.PlanExplainer;
import dev.freshet.engine.runtime.DropSpec;
import dev.freshet.engine.runtime.TableSpec;
import dev.freshet.engine.runtime.ViewSpec;
import dev.freshet.engine.type.DataType;
import dev.freshet.engine.type.TypeKind;
import dev.freshet.sql.ast.ObjectType;
import dev.freshet.sql.ast.SqlCloseCursor;
import dev.freshet.sql.ast.SqlColumnDeclaration;
import dev.freshet.sql.ast.SqlCreateMaterializedView;
import dev.freshet.sql.ast.SqlCreateTable;
import dev.freshet.sql.ast.SqlDeclareCursor;
import dev.freshet.sql.ast.SqlDescribe;
import dev.freshet.sql.ast.SqlDropObject;
import dev.freshet.sql.ast.SqlExplainStatement;
import dev.freshet.sql.ast.SqlFetch;
import dev.freshet.sql.ast.SqlFlush;
import dev.freshet.sql.ast.SqlResetVariable;
import dev.freshet.sql.ast.SqlSetVariable;
import dev.freshet.sql.ast.SqlShow;
import dev.freshet.sql.ast.SqlSubscribe;
import dev.freshet.sql.ast.SqlTransactionStatement;
import dev.freshet.sql.ast.SqlWatermark;
import dev.freshet.sql.error.ErrorCode;
import dev.freshet.sql.error.FreshetException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.locks.Lock;
import org.apache.calcite.sql.SqlIdentifier;
import org.apache.calcite.sql.SqlLiteral;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.SqlNodeList;
import org.apache.calcite.sql.SqlSelect;
import org.apache.calcite.sql.parser.SqlParserPos;
import org.apache.calcite.sql.type.SqlTypeName;
import org.apache.calcite.sql.util.SqlShuttle;
import org.apache.calcite.util.TimestampString;

/** Runs the statements that are not queries or DML: DDL, SET/SHOW, EXPLAIN, transactions. */
final class UtilityExecutor {
    private final FreshetSession session;

    UtilityExecutor(FreshetSession session) {
        this.session = session;
    }

    /** The relation a SUBSCRIBE reads (42P01 if none; 0A000 for a query). */
    CatalogEntry subscribedRelation(SqlSubscribe sub) {
        SqlIdentifier id = sub.relation();
        if (id == null) {
            throw new FreshetException(
                            ErrorCode.FEATURE_NOT_SUPPORTED,
                            "SUBSCRIBE to a query is not supported yet")
                    .withHint("Create a materialized view of the query and subscribe to the view.");
        }
        String name = id.names.get(id.names.size() - 1);
        if (id.names.size() == 2 && !id.names.get(0).equals("public")) {
            throw new FreshetException(
                    ErrorCode.FEATURE_NOT_SUPPORTED,
                    "only tables and materialized views can be subscribed to");
        }
        Lock read = session.db().readLock();
        read.lock();
        try {
            return session.db().catalog().get(name);
        } finally {
            read.unlock();
        }
    }

    private SubscribeCursor subscribe(SqlSubscribe sub) {
        CatalogEntry e = subscribedRelation(sub);
        boolean snapshot = true;
        for (var o : sub.options().entrySet()) {
            if (!o.getKey().equalsIgnoreCase("snapshot")) {
                throw new FreshetException(
                        ErrorCode.INVALID_PARAMETER_VALUE,
                        "unrecognized SUBSCRIBE option \"" + o.getKey() + "\"");
            }
            String v = o.getValue().toString().replace("'", "").toLowerCase(Locale.ROOT);
            snapshot = !(v.equals("false") || v.equals("off") || v.equals("0"));
        }
        List<Integer> key =
                switch (e) {
                    case TableEntry t -> t.primaryKey();
                    case ViewEntry v -> v.key();
                    case PlainViewEntry v ->
                            throw new FreshetException(
                                            ErrorCode.WRONG_OBJECT_TYPE,
                                            "cannot subscribe to view \""
                                                    + v.name()
                                                    + "\": it holds no rows of its own")
                                    .withHint("Subscribe to a materialized view of its query.");
                };
        return new SubscribeCursor(
                session.db().subscribe(e.oid()), e.columns(), key, snapshot, session::cancelled);
    }

    /** DECLARE name CURSOR FOR (query | SUBSCRIBE ...). */
    private StatementResult declare(SqlDeclareCursor d, String text, int offset) {
        if (d.query() instanceof SqlSubscribe sub) {
            CatalogEntry e = subscribedRelation(sub);
            session.cursors()
                    .declare(d.name(), SubscribeCursor.columns(e.columns()), subscribe(sub));
        } else {
            String sql = d.query().toString();
            var prepared = session.prepare(queryText(d, text), List.of());
            StatementResult r = session.execute(prepared, List.of());
            if (!(r instanceof StatementResult.Rows rows)) {
                throw new FreshetException(
                        ErrorCode.INVALID_CURSOR_DEFINITION,
                        "cursor can only scan a query: " + sql);
            }
            session.cursors().declare(d.name(), rows.columns(), rows.cursor());
        }
        return new StatementResult.Command("DECLARE CURSOR");
    }

    /** The text after FOR in a DECLARE. */
    private static String queryText(SqlDeclareCursor d, String text) {
        java.util.regex.Matcher m =
                java.util.regex.Pattern.compile("(?is)\\bCURSOR\\b.*?\\bFOR\\b(.*)$").matcher(text);
        return m.find() ? m.group(1) : text;
    }

    StatementResult execute(Analysis.Utility u, int offset) {
        SqlNode node = u.node();
        return switch (node) {
            case SqlCreateTable ct -> createTable(ct, u.text(), offset);
            case SqlCreateMaterializedView mv -> createView(mv, u.text(), offset);
            case dev.freshet.sql.ast.SqlCreateView v -> createPlainView(v, u.text(), offset);
            case dev.freshet.sql.ast.SqlCreateIndex ci -> createIndex(ci, u.text());
            case SqlDropObject d -> drop(d);
            case SqlFlush f -> {
                for (String late : session.db().catchUpSources(SOURCE_FLUSH_TIMEOUT_MILLIS)) {
                    session.notice(
                            "source \""
                                    + late
                                    + "\" did not catch up within "
                                    + SOURCE_FLUSH_TIMEOUT_MILLIS / 1000
                                    + " s; FLUSH shows what it committed so far");
                }
                session.db().flush();
                yield new StatementResult.Command("FLUSH");
            }
            case SqlShow s -> show(s);
            case SqlDescribe d -> describe(d);
            case SqlExplainStatement e -> explain(e, u.text(), offset);
            case SqlSetVariable s -> set(s);
            case SqlResetVariable r -> {
                if (r.all()) {
                    session.params().resetAll();
                } else {
                    session.params().reset(SessionParameters.canonical(r.name()));
                }
                yield new StatementResult.Command("RESET");
            }
            case SqlTransactionStatement t -> transaction(t);
            case dev.freshet.sql.ast.SqlCreateUser cu -> {
                session.db().users().create(cu.name(), cu.password().orElse(null));
                yield new StatementResult.Command("CREATE ROLE");
            }
            case dev.freshet.sql.ast.SqlAlterUser au -> {
                dev.freshet.sql.ast.UserOptions o = au.options();
                if (o.password() != null || o.passwordNull()) {
                    session.db().users().setPassword(au.name(), o.password());
                } else if (!session.db().users().exists(au.name())) {
                    throw new FreshetException(
                            ErrorCode.UNDEFINED_OBJECT,
                            "role \"" + au.name() + "\" does not exist");
                }
                yield new StatementResult.Command("ALTER ROLE");
            }
            case dev.freshet.sql.ast.SqlCopy c -> copy(c, u.text(), offset);
            case dev.freshet.sql.ast.SqlCreateFunction f -> createFunction(f);
            case dev.freshet.sql.ast.SqlCreateModel m -> createModel(m, u.text());
            case dev.freshet.sql.ast.SqlAlterModel a -> {
                String name = simpleName(a.name());
                modelEntry(name);
                long v = session.db().runInEpoch(() -> modelCatalog().rollback(name, a.version()));
                session.notice(
                        "model \""
                                + name
                                + "\" rolled back to version "
                                + a.version()
                                + ", published as version "
                                + v);
                yield new StatementResult.Command("ALTER MODEL");
            }
            case SqlSubscribe sub -> {
                SubscribeCursor cursor = subscribe(sub);
                yield new StatementResult.Rows(
                        SubscribeCursor.columns(subscribedRelation(sub).columns()),
                        cursor,
                        "SUBSCRIBE",
                        false);
            }
            case dev.freshet.sql.ast.SqlDeallocate d -> {
                String name = d.name();
                if (!session.deallocate(name) && name != null) {
                    throw new FreshetException(
                            ErrorCode.INVALID_SQL_STATEMENT_NAME,
                            "prepared statement \"" + name + "\" does not exist");
                }
                yield new StatementResult.Command(name == null ? "DEALLOCATE ALL" : "DEALLOCATE");
            }
            case SqlDeclareCursor d -> declare(d, u.text(), offset);
            case SqlFetch f -> session.cursors().fetch(f);
            case SqlCloseCursor c -> {
                if (c.all()) {
                    session.cursors().closeAll();
                } else {
                    session.cursors().close(java.util.Objects.requireNonNull(c.cursor()));
                }
                yield new StatementResult.Command("CLOSE CURSOR");
            }
            case dev.freshet.sql.ast.SqlCreateSource s -> createSource(s, u.text(), offset);
            default -> {
                String kind = node.getKind().sql.replace('_', ' ');
                throw new FreshetException(
                        ErrorCode.FEATURE_NOT_SUPPORTED, kind + " is not supported yet");
            }
        };
    }

    static String simpleName(SqlIdentifier id) {
        if (id.names.size() > 2 || (id.names.size() == 2 && !id.names.get(0).equals("public"))) {
            throw new FreshetException(
                    ErrorCode.INVALID_SCHEMA_NAME,
                    "schema \"" + id.names.get(0) + "\" does not exist");
        }
        return id.names.get(id.names.size() - 1);
    }

    private StatementResult createTable(SqlCreateTable ct, String text, int offset) {
        if (ct.asQuery() != null) {
            throw new FreshetException(
                    ErrorCode.FEATURE_NOT_SUPPORTED, "CREATE TABLE ... AS is not supported yet");
        }
        if (!ct.options().isEmpty()) {
            throw new FreshetException(
                    ErrorCode.FEATURE_NOT_SUPPORTED,
                    "CREATE TABLE ... WITH ("
                            + String.join(", ", ct.options().keySet())
                            + ") is not supported yet");
        }
        String name = simpleName(ct.name());
        List<String> pkNames = ct.primaryKey();
        List<ColumnDef> columns = columnDefs(ct.columns(), pkNames);
        List<Integer> pk = new ArrayList<>();
        for (String k : pkNames) {
            int idx = -1;
            for (int i = 0; i < columns.size(); i++) {
                if (columns.get(i).name().equals(k)) {
                    idx = i;
                }
            }
            if (idx < 0) {
                throw new FreshetException(
                        ErrorCode.UNDEFINED_COLUMN,
                        "column \"" + k + "\" named in key does not exist");
            }
            if (pk.contains(idx)) {
                throw new FreshetException(
                        ErrorCode.DUPLICATE_COLUMN,
                        "column \"" + k + "\" appears twice in primary key constraint");
            }
            pk.add(idx);
        }
        int wmColumn = -1;
        long wmDelay = 0;
        if (ct.watermark() != null) {
            wmColumn = watermarkColumn(ct.watermark(), columns, ct.appendOnly());
            wmDelay = watermarkDelay(ct.watermark(), columns.get(wmColumn).type(), text, offset);
        }
        boolean created =
                session.db()
                        .createTable(
                                new TableSpec(
                                        name,
                                        columns,
                                        pk,
                                        ct.appendOnly(),
                                        text,
                                        ct.ifNotExists(),
                                        wmColumn,
                                        wmDelay,
                                        null));
        if (!created) {
            session.notice("relation \"" + name + "\" already exists, skipping");
        }
        return new StatementResult.Command("CREATE TABLE");
    }

    /** How long FLUSH waits for sources to read what is available. */
    private static final long SOURCE_FLUSH_TIMEOUT_MILLIS = 60_000;

    /**
     * CREATE SOURCE: an append-only relation fed by a connector. Options are checked (and the Kafka
     * broker asked for the topic's partitions, a bounded wait) before anything is created.
     */
    private StatementResult createSource(
            dev.freshet.sql.ast.SqlCreateSource cs, String text, int offset) {
        String name = simpleName(cs.name());
        if (!cs.primaryKey().isEmpty()) {
            throw new FreshetException(
                            ErrorCode.FEATURE_NOT_SUPPORTED,
                            "a source cannot have a primary key: sources are append-only")
                    .withHint("Create a table with a primary key and INSERT into it instead.");
        }
        if (cs.columns().isEmpty()) {
            throw new FreshetException(
                    ErrorCode.INVALID_TABLE_DEFINITION,
                    "a source needs its columns declared: CREATE SOURCE "
                            + name
                            + " (col type, ...)");
        }
        Lock read = session.db().readLock();
        read.lock();
        try {
            if (session.db().catalog().find(name).isPresent()) {
                if (cs.ifNotExists()) {
                    session.notice("relation \"" + name + "\" already exists, skipping");
                    return new StatementResult.Command("CREATE SOURCE");
                }
                throw new FreshetException(
                        ErrorCode.DUPLICATE_TABLE, "relation \"" + name + "\" already exists");
            }
        } finally {
            read.unlock();
        }
        List<ColumnDef> columns = columnDefs(cs.columns(), List.of());
        int wmColumn = -1;
        long wmDelay = 0;
        if (cs.watermark() != null) {
            wmColumn = watermarkColumn(cs.watermark(), columns, true);
            wmDelay = watermarkDelay(cs.watermark(), columns.get(wmColumn).type(), text, offset);
        }
        java.util.LinkedHashMap<String, String> options = new java.util.LinkedHashMap<>();
        for (var e : cs.options().entrySet()) {
            options.put(e.getKey().toLowerCase(Locale.ROOT), optionText(e.getValue()));
        }
        String connector = options.get("connector");
        if (connector == null) {
            throw new FreshetException(
                            ErrorCode.INVALID_PARAMETER_VALUE,
                            "CREATE SOURCE needs WITH (connector = ...)")
                    .withHint("The connectors are kafka and datagen.");
        }
        String encode = "";
        java.util.LinkedHashMap<String, String> encodeOptions = new java.util.LinkedHashMap<>();
        var fe = cs.formatEncode();
        if (fe != null) {
            if (!fe.format().equalsIgnoreCase("PLAIN")) {
                throw new FreshetException(
                        ErrorCode.FEATURE_NOT_SUPPORTED,
                        "FORMAT " + fe.format() + " is not supported; sources are FORMAT PLAIN");
            }
            encode = fe.encode().toUpperCase(Locale.ROOT);
            for (var e : fe.encodeOptions().entrySet()) {
                encodeOptions.put(e.getKey().toLowerCase(Locale.ROOT), optionText(e.getValue()));
            }
        }
        var info =
                new dev.freshet.engine.catalog.SourceInfo(
                        connector.toLowerCase(Locale.ROOT), options, encode, encodeOptions);
        var prepared = dev.freshet.engine.connector.Connectors.prepare(info, columns);
        boolean created =
                session.db()
                        .createSource(
                                new TableSpec(
                                        name,
                                        columns,
                                        List.of(),
                                        true,
                                        text,
                                        cs.ifNotExists(),
                                        wmColumn,
                                        wmDelay,
                                        prepared.info()),
                                prepared.start());
        if (!created) {
            session.notice("relation \"" + name + "\" already exists, skipping");
        }
        return new StatementResult.Command("CREATE SOURCE");
    }

    private static String optionText(SqlNode v) {
        return v instanceof SqlLiteral lit && lit.getValue() != null
                ? String.valueOf(lit.toValue())
                : v.toString();
    }

    /**
     * SHOW SOURCES: each source with its connector, rows committed, malformed input skipped (with
     * the last reason), reader status and committed position.
     */
    private StatementResult showSources() {
        List<String[]> rows = new ArrayList<>();
        Lock read = session.db().readLock();
        read.lock();
        try {
            for (CatalogEntry e : session.db().catalog().entries()) {
                if (e instanceof TableEntry t && t.source() != null) {
                    var st = session.db().sourceStats(t.oid());
                    rows.add(
                            st == null
                                    ? new String[] {
                                        t.name(),
                                        t.source().connector(),
                                        "0",
                                        "0",
                                        "stopped",
                                        "",
                                        null
                                    }
                                    : new String[] {
                                        t.name(),
                                        t.source().connector(),
                                        Long.toString(st.rows()),
                                        Long.toString(st.errors()),
                                        st.status(),
                                        st.position(),
                                        st.lastError()
                                    });
                }
            }
        } finally {
            read.unlock();
        }
        rows.sort(java.util.Comparator.comparing(r -> r[0]));
        return FreshetSession.rows(UtilityColumns.SHOW_SOURCES, rows, "SHOW");
    }

    /** The columns of CREATE TABLE / SOURCE (primary key columns are NOT NULL). */
    private static List<ColumnDef> columnDefs(
            List<SqlColumnDeclaration> decls, List<String> pkNames) {
        Set<String> seen = new HashSet<>();
        List<ColumnDef> columns = new ArrayList<>();
        for (SqlColumnDeclaration c : decls) {
            if (!seen.add(c.name())) {
                throw new FreshetException(
                        ErrorCode.DUPLICATE_COLUMN,
                        "column \"" + c.name() + "\" specified more than once");
            }
            if (c.defaultValue() != null) {
                throw new FreshetException(
                        ErrorCode.FEATURE_NOT_SUPPORTED, "DEFAULT values are not supported yet");
            }
            DataType t = TypeResolver.resolve(c.type());
            boolean nullable = !c.notNull() && !pkNames.contains(c.name());
            columns.add(new ColumnDef(c.name(), t, nullable, null));
        }
        if (columns.isEmpty()) {
            throw new FreshetException(
                    ErrorCode.INVALID_TABLE_DEFINITION, "a table must have at least one column");
        }
        return columns;
    }

    /** The column of WATERMARK FOR {@code w}, checked (a timestamp of an append-only relation). */
    private static int watermarkColumn(
            SqlWatermark w, List<ColumnDef> columns, boolean appendOnly) {
        int wmColumn = -1;
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).name().equals(w.column())) {
                wmColumn = i;
            }
        }
        if (wmColumn < 0) {
            throw new FreshetException(
                    ErrorCode.UNDEFINED_COLUMN,
                    "column \"" + w.column() + "\" named in WATERMARK FOR does not exist");
        }
        TypeKind kind = columns.get(wmColumn).type().kind();
        if (kind != TypeKind.TIMESTAMP && kind != TypeKind.TIMESTAMPTZ) {
            throw new FreshetException(
                    ErrorCode.DATATYPE_MISMATCH,
                    "WATERMARK FOR needs a timestamp or timestamptz column, but \""
                            + w.column()
                            + "\" is "
                            + columns.get(wmColumn).type().sqlName());
        }
        if (!appendOnly) {
            throw new FreshetException(
                            ErrorCode.FEATURE_NOT_SUPPORTED,
                            "WATERMARK FOR needs an APPEND ONLY table")
                    .withHint(
                            "Rows below the watermark are dropped as late, so updates and"
                                    + " deletes of old rows could not be applied.");
        }
        return wmColumn;
    }

    /**
     * How far the watermark trails the largest value of its column: the watermark expression is
     * evaluated with the column at a reference time, and must land at or before it by a fixed
     * amount ({@code ts}, {@code ts - INTERVAL '5' SECOND}).
     */
    private long watermarkDelay(SqlWatermark w, DataType type, String text, int offset) {
        long reference = 946_684_800_000_000L; // 2000-01-01 00:00:00 in µs since the Unix epoch
        SqlNode literal =
                SqlLiteral.createTimestamp(
                        type.kind() == TypeKind.TIMESTAMPTZ
                                ? SqlTypeName.TIMESTAMP_WITH_LOCAL_TIME_ZONE
                                : SqlTypeName.TIMESTAMP,
                        new TimestampString(2000, 1, 1, 0, 0, 0),
                        6,
                        w.expression().getParserPosition());
        SqlNode expr =
                w.expression()
                        .accept(
                                new SqlShuttle() {
                                    @Override
                                    public SqlNode visit(SqlIdentifier id) {
                                        if (id.isSimple() && id.getSimple().equals(w.column())) {
                                            return literal;
                                        }
                                        throw new FreshetException(
                                                        ErrorCode.FEATURE_NOT_SUPPORTED,
                                                        "a watermark expression can only use its"
                                                                + " own column")
                                                .withPosition(
                                                        offset
                                                                + Positions.offset(
                                                                        text,
                                                                        id.getParserPosition()
                                                                                .getLineNum(),
                                                                        id.getParserPosition()
                                                                                .getColumnNum()));
                                    }
                                });
        SqlNode select =
                new SqlSelect(
                        SqlParserPos.ZERO,
                        null,
                        new SqlNodeList(List.of(expr), SqlParserPos.ZERO),
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null);
        Analysis a = session.planner().analyze(select, text, offset, List.of());
        if (!(a instanceof Analysis.Query q)
                || q.columns().size() != 1
                || q.columns().get(0).type().kind() != type.kind()) {
            throw new FreshetException(
                    ErrorCode.DATATYPE_MISMATCH,
                    "a watermark expression must have the type of its column ("
                            + type.sqlName()
                            + ")");
        }
        EvalContext ctx =
                new EvalContext(
                        EvalContext.ErrorPolicy.FAIL,
                        session.params().zone(),
                        EvalContext.currentMicros(),
                        0);
        long value = Long.MAX_VALUE;
        for (var b : session.db().query(q.plan(), ctx)) {
            if (b.size() > 0 && !b.column(0).isNull(0)) {
                value = ((LongColumn) b.column(0)).get(0);
            }
        }
        long delay = reference - value;
        if (value == Long.MAX_VALUE || delay < 0) {
            throw new FreshetException(
                    ErrorCode.INVALID_PARAMETER_VALUE,
                    "a watermark must not run ahead of its column: use the column, or the column"
                            + " minus an interval");
        }
        return delay;
    }

    private StatementResult createIndex(dev.freshet.sql.ast.SqlCreateIndex ci, String text) {
        String name = simpleName(ci.name());
        String relation = simpleName(ci.relation());
        List<String> columns = new ArrayList<>();
        for (var k : ci.keys()) {
            if (columns.contains(k.name())) {
                throw new FreshetException(
                        ErrorCode.DUPLICATE_COLUMN,
                        "column \"" + k.name() + "\" appears twice in the index");
            }
            columns.add(k.name());
        }
        // INCLUDE columns: every column of the row is read from the relation's store anyway
        boolean created =
                session.db().createIndex(name, relation, columns, text.strip(), ci.ifNotExists());
        if (!created) {
            session.notice("relation \"" + name + "\" already exists, skipping");
        }
        return new StatementResult.Command("CREATE INDEX");
    }

    private StatementResult createPlainView(
            dev.freshet.sql.ast.SqlCreateView v, String text, int offset) {
        String name = simpleName(v.name());
        StatementPlanner.PlainViewPlan plan;
        Lock read = session.db().readLock();
        read.lock();
        try {
            if (v.ifNotExists() && session.db().catalog().find(name).isPresent()) {
                session.notice("relation \"" + name + "\" already exists, skipping");
                return new StatementResult.Command("CREATE VIEW");
            }
            plan = session.planner().planPlainView(v, text, offset);
        } finally {
            read.unlock();
        }
        boolean created =
                session.db()
                        .createPlainView(
                                name,
                                plan.columns(),
                                plan.definition(),
                                plan.query(),
                                plan.dependsOn(),
                                v.orReplace(),
                                v.ifNotExists());
        if (!created) {
            session.notice("relation \"" + name + "\" already exists, skipping");
        }
        return new StatementResult.Command("CREATE VIEW");
    }

    private StatementResult createView(SqlCreateMaterializedView mv, String text, int offset) {
        String name = simpleName(mv.name());
        StatementPlanner.ViewPlan plan;
        Lock read = session.db().readLock();
        read.lock();
        try {
            if (mv.ifNotExists() && session.db().catalog().find(name).isPresent()) {
                session.notice("relation \"" + name + "\" already exists, skipping");
                return new StatementResult.Command("CREATE MATERIALIZED VIEW");
            }
            plan = session.planner().planView(mv, text, offset);
        } finally {
            read.unlock();
        }
        EvalContext ctx =
                new EvalContext(
                        EvalContext.ErrorPolicy.NULL_ON_ERROR,
                        session.params().zone(),
                        EvalContext.currentMicros(),
                        name.hashCode());
        ctx.setOwner(name);
        ctx.setServices(session.db().services());
        boolean created =
                session.db()
                        .createView(
                                new ViewSpec(
                                        name,
                                        plan.columns(),
                                        text,
                                        plan.plan(),
                                        plan.key(),
                                        plan.appendOnly(),
                                        plan.dependsOn(),
                                        mv.ifNotExists(),
                                        plan.watermarkColumns(),
                                        plan.emitOnWindowClose()),
                                ctx);
        if (!created) {
            session.notice("relation \"" + name + "\" already exists, skipping");
        }
        return new StatementResult.Command("CREATE MATERIALIZED VIEW");
    }

    private StatementResult createFunction(dev.freshet.sql.ast.SqlCreateFunction f) {
        if (!f.language().equalsIgnoreCase("sql")) {
            throw new FreshetException(
                    ErrorCode.FEATURE_NOT_SUPPORTED,
                    "functions in language "
                            + f.language()
                            + " are not supported; use LANGUAGE SQL");
        }
        String name = simpleName(f.name());
        List<String> names = new ArrayList<>();
        List<DataType> types = new ArrayList<>();
        for (int i = 0; i < f.parameterTypes().size(); i++) {
            String n = f.parameterNames().get(i);
            names.add(n == null ? "$" + (i + 1) : n);
            types.add(TypeResolver.resolve(f.parameterTypes().get(i)));
        }
        // the body must at least parse as one expression now
        FunctionBodies.parse(name, f.body());
        session.db()
                .createFunction(
                        new dev.freshet.engine.catalog.UserFunction(
                                name, names, types, TypeResolver.resolve(f.returnType()), f.body()),
                        f.orReplace());
        return new StatementResult.Command("CREATE FUNCTION");
    }

    private StatementResult drop(SqlDropObject d) {
        ObjectType type = d.objectType();
        if (type == ObjectType.USER) {
            for (SqlIdentifier id : d.names()) {
                String n = id.getSimple();
                if (!session.db().users().drop(n)) {
                    if (!d.ifExists()) {
                        throw new FreshetException(
                                ErrorCode.UNDEFINED_OBJECT, "role \"" + n + "\" does not exist");
                    }
                    session.notice("role \"" + n + "\" does not exist, skipping");
                }
            }
            return new StatementResult.Command("DROP ROLE");
        }
        if (type == ObjectType.FUNCTION) {
            for (SqlIdentifier id : d.names()) {
                String n = simpleName(id);
                if (!session.db().dropFunction(n)) {
                    if (!d.ifExists()) {
                        throw new FreshetException(
                                ErrorCode.UNDEFINED_FUNCTION, "function " + n + " does not exist");
                    }
                    session.notice("function " + n + " does not exist, skipping");
                }
            }
            return new StatementResult.Command("DROP FUNCTION");
        }
        if (type == ObjectType.INDEX) {
            for (SqlIdentifier id : d.names()) {
                String n = simpleName(id);
                if (!session.db().dropIndex(n)) {
                    if (!d.ifExists()) {
                        throw new FreshetException(
                                ErrorCode.UNDEFINED_OBJECT, "index \"" + n + "\" does not exist");
                    }
                    session.notice("index \"" + n + "\" does not exist, skipping");
                }
            }
            return new StatementResult.Command("DROP INDEX");
        }
        if (type == ObjectType.MODEL) {
            for (SqlIdentifier id : d.names()) {
                String n = simpleName(id);
                if (!session.db().dropModel(n, d.cascade())) {
                    if (!d.ifExists()) {
                        throw new FreshetException(
                                ErrorCode.UNDEFINED_OBJECT, "model \"" + n + "\" does not exist");
                    }
                    session.notice("model \"" + n + "\" does not exist, skipping");
                }
            }
            return new StatementResult.Command("DROP MODEL");
        }
        String kind =
                switch (type) {
                    case TABLE -> "table";
                    case MATERIALIZED_VIEW -> "materialized view";
                    case SOURCE -> "source";
                    case VIEW -> "view";
                    default ->
                            throw new FreshetException(
                                    ErrorCode.FEATURE_NOT_SUPPORTED,
                                    "DROP " + type.sql() + " is not supported yet");
                };
        List<String> names = new ArrayList<>();
        for (SqlIdentifier id : d.names()) {
            names.add(simpleName(id));
        }
        List<String> notices =
                session.db().drop(new DropSpec(kind, names, d.ifExists(), d.cascade()));
        notices.forEach(session::notice);
        return new StatementResult.Command("DROP " + type.sql());
    }

    private StatementResult show(SqlShow s) {
        return switch (s.what()) {
            case TABLES -> names(TableEntry.class);
            case MATERIALIZED_VIEWS -> names(ViewEntry.class);
            case MODELS -> showModels();
            case SOURCES -> showSources();
            case VIEWS -> names(PlainViewEntry.class);
            case INDEXES -> {
                List<String[]> rows = new ArrayList<>();
                Lock read = session.db().readLock();
                read.lock();
                try {
                    for (var i : session.db().catalog().indexes()) {
                        rows.add(new String[] {i.name()});
                    }
                } finally {
                    read.unlock();
                }
                yield FreshetSession.rows(UtilityColumns.NAMES, rows, "SHOW");
            }
            case SINKS, FUNCTIONS -> FreshetSession.rows(UtilityColumns.NAMES, List.of(), "SHOW");
            case USERS ->
                    FreshetSession.rows(
                            UtilityColumns.NAMES,
                            List.<String[]>of(new String[] {session.user()}),
                            "SHOW");
            case ALL -> {
                List<String[]> rows = new ArrayList<>();
                for (var e : session.params().all().entrySet()) {
                    rows.add(new String[] {e.getKey(), e.getValue(), null});
                }
                yield FreshetSession.rows(UtilityColumns.SHOW_ALL, rows, "SHOW");
            }
            case PARAMETER -> {
                String name = SessionParameters.canonical(s.name());
                String value = session.params().get(name);
                yield FreshetSession.rows(
                        List.of(
                                new dev.freshet.engine.api.ResultColumn(
                                        UtilityColumns.parameterLabel(s.name()), DataType.VARCHAR)),
                        List.<String[]>of(new String[] {value}),
                        "SHOW");
            }
            case CREATE_TABLE, CREATE_MATERIALIZED_VIEW -> {
                CatalogEntry e = entry(s.name());
                String def =
                        switch (e) {
                            case TableEntry t -> t.definition();
                            case ViewEntry v -> v.definition();
                            case PlainViewEntry v -> v.definition();
                        };
                yield FreshetSession.rows(
                        UtilityColumns.of(s),
                        List.<String[]>of(new String[] {e.name(), def}),
                        "SHOW");
            }
        };
    }

    private CatalogEntry entry(String name) {
        Lock read = session.db().readLock();
        read.lock();
        try {
            return session.db().catalog().get(name);
        } finally {
            read.unlock();
        }
    }

    private dev.freshet.engine.spi.ModelCatalog modelCatalog() {
        var m = session.db().services().find(dev.freshet.engine.spi.ModelCatalog.class);
        if (m == null) {
            throw new FreshetException(
                    ErrorCode.FEATURE_NOT_SUPPORTED, "models are not available (no ML module)");
        }
        return m;
    }

    private dev.freshet.engine.catalog.ModelEntry modelEntry(String name) {
        Lock read = session.db().readLock();
        read.lock();
        try {
            return session.db()
                    .catalog()
                    .model(name)
                    .orElseThrow(
                            () ->
                                    new FreshetException(
                                            ErrorCode.UNDEFINED_OBJECT,
                                            "model \"" + name + "\" does not exist"));
        } finally {
            read.unlock();
        }
    }

    /** SHOW MODELS: name, algorithm, version, rows, the headline metric, drift count. */
    private StatementResult showModels() {
        List<String[]> rows = new ArrayList<>();
        Lock read = session.db().readLock();
        read.lock();
        try {
            for (var m : session.db().catalog().models()) {
                List<String> s = modelCatalog().summary(m.name());
                if (s == null) {
                    rows.add(new String[] {m.name(), m.algorithm(), "0", "0", "", "0"});
                } else {
                    rows.add(
                            new String[] {
                                m.name(), s.get(0), s.get(1), s.get(2), s.get(3), s.get(4)
                            });
                }
            }
        } finally {
            read.unlock();
        }
        return FreshetSession.rows(UtilityColumns.SHOW_MODELS, rows, "SHOW");
    }

    /**
     * CREATE MODEL name WITH (algorithm = ..., label = ..., options...) AS query: a view named
     * after the model, {@code SELECT train('algorithm', label, other columns..., 'options') AS
     * model FROM (query)}; every column of the query except the label is a feature, in order.
     * CREATE MODEL name FROM 'exported text' imports a model.
     */
    private StatementResult createModel(dev.freshet.sql.ast.SqlCreateModel m, String text) {
        String name = simpleName(m.name());
        EvalContext ctx =
                new EvalContext(
                        EvalContext.ErrorPolicy.NULL_ON_ERROR,
                        session.params().zone(),
                        EvalContext.currentMicros(),
                        name.hashCode());
        ctx.setOwner(name);
        ctx.setServices(session.db().services());
        if (m.exported() != null) {
            boolean created =
                    session.db()
                            .createModel(name, "", text, null, m.exported(), m.ifNotExists(), ctx);
            if (!created) {
                session.notice("model \"" + name + "\" already exists, skipping");
            }
            return new StatementResult.Command("CREATE MODEL");
        }
        java.util.LinkedHashMap<String, String> options = new java.util.LinkedHashMap<>();
        for (var e : m.options().entrySet()) {
            SqlNode v = e.getValue();
            String value =
                    v instanceof SqlLiteral lit && lit.getValue() != null
                            ? String.valueOf(lit.toValue())
                            : v.toString();
            options.put(e.getKey().toLowerCase(Locale.ROOT), value);
        }
        String algorithm = options.remove("algorithm");
        if (algorithm == null) {
            throw new FreshetException(
                            ErrorCode.INVALID_PARAMETER_VALUE,
                            "CREATE MODEL needs the option algorithm")
                    .withHint("For example WITH (algorithm = 'logistic_regression', label = 'y').");
        }
        String label = options.remove("label");
        boolean supervised = modelCatalog().supervised(algorithm);
        if (supervised && label == null) {
            throw new FreshetException(
                    ErrorCode.INVALID_PARAMETER_VALUE,
                    "algorithm " + algorithm + " learns from a label: add label = '<column>'");
        }
        if (!supervised && label != null) {
            throw new FreshetException(
                    ErrorCode.INVALID_PARAMETER_VALUE,
                    "algorithm " + algorithm + " takes no label");
        }
        String queryText = dev.freshet.sql.parser.FreshetParser.unparse(m.query());
        List<String> columns;
        Lock read = session.db().readLock();
        read.lock();
        try {
            if (session.db().catalog().model(name).isPresent()) {
                if (m.ifNotExists()) {
                    session.notice("model \"" + name + "\" already exists, skipping");
                    return new StatementResult.Command("CREATE MODEL");
                }
                throw new FreshetException(
                        ErrorCode.DUPLICATE_OBJECT, "model \"" + name + "\" already exists");
            }
            Analysis a =
                    session.planner()
                            .analyze(
                                    dev.freshet.sql.parser.FreshetParser.parse(queryText)
                                            .get(0)
                                            .node(),
                                    queryText,
                                    0,
                                    List.of());
            if (!(a instanceof Analysis.Query q)) {
                throw new FreshetException(
                        ErrorCode.SYNTAX_ERROR, "CREATE MODEL ... AS needs a query");
            }
            columns = new ArrayList<>();
            for (var c : q.columns()) {
                columns.add(c.name());
            }
        } finally {
            read.unlock();
        }
        StringBuilder call = new StringBuilder("train(").append(quoteLiteral(algorithm));
        if (label != null) {
            if (!columns.contains(label)) {
                throw new FreshetException(
                        ErrorCode.UNDEFINED_COLUMN,
                        "label column \"" + label + "\" is not an output of the model's query");
            }
            call.append(", ").append(quoteIdent(label));
        }
        int features = 0;
        for (String c : columns) {
            if (!c.equals(label)) {
                call.append(", ").append(quoteIdent(c));
                features++;
            }
        }
        if (features == 0) {
            throw new FreshetException(
                    ErrorCode.INVALID_PARAMETER_VALUE,
                    "the model's query has no feature columns besides the label");
        }
        StringBuilder opts = new StringBuilder();
        for (var e : options.entrySet()) {
            if (!opts.isEmpty()) {
                opts.append(", ");
            }
            opts.append(e.getKey()).append('=').append(e.getValue());
        }
        call.append(", ").append(quoteLiteral(opts.toString())).append(')');
        String viewText =
                "CREATE MATERIALIZED VIEW "
                        + quoteIdent(name)
                        + " AS SELECT "
                        + call
                        + " AS model FROM ("
                        + queryText
                        + ") AS training";
        var mv =
                (SqlCreateMaterializedView)
                        dev.freshet.sql.parser.FreshetParser.parse(viewText).get(0).node();
        StatementPlanner.ViewPlan plan;
        read.lock();
        try {
            plan = session.planner().planView(mv, viewText, 0);
        } finally {
            read.unlock();
        }
        boolean created =
                session.db()
                        .createModel(
                                name,
                                algorithm.trim().toLowerCase(Locale.ROOT),
                                text,
                                new ViewSpec(
                                        name,
                                        plan.columns(),
                                        viewText,
                                        plan.plan(),
                                        plan.key(),
                                        plan.appendOnly(),
                                        plan.dependsOn(),
                                        false,
                                        plan.watermarkColumns(),
                                        plan.emitOnWindowClose()),
                                null,
                                m.ifNotExists(),
                                ctx);
        if (!created) {
            session.notice("model \"" + name + "\" already exists, skipping");
        }
        return new StatementResult.Command("CREATE MODEL");
    }

    private static String quoteIdent(String s) {
        return '"' + s.replace("\"", "\"\"") + '"';
    }

    private static String quoteLiteral(String s) {
        return "'" + s.replace("'", "''") + "'";
    }

    private StatementResult names(Class<? extends CatalogEntry> kind) {
        List<String[]> rows = new ArrayList<>();
        Lock read = session.db().readLock();
        read.lock();
        try {
            for (CatalogEntry e : session.db().catalog().entries()) {
                if (kind.isInstance(e) && !(e instanceof TableEntry t && t.source() != null)) {
                    rows.add(new String[] {e.name()});
                }
            }
        } finally {
            read.unlock();
        }
        return FreshetSession.rows(UtilityColumns.NAMES, rows, "SHOW");
    }

    private StatementResult describe(SqlDescribe d) {
        if (d.model()) {
            String name = simpleName(d.name());
            dev.freshet.engine.catalog.ModelEntry m = modelEntry(name);
            List<String[]> rows = new ArrayList<>();
            rows.add(new String[] {"name", name});
            Lock read = session.db().readLock();
            read.lock();
            try {
                try {
                    rows.addAll(modelCatalog().describe(name));
                } catch (FreshetException e) {
                    if (e.code() != ErrorCode.OBJECT_NOT_IN_PREREQUISITE_STATE) {
                        throw e;
                    }
                    rows.add(new String[] {"algorithm", m.algorithm()});
                    rows.add(new String[] {"version", "0"});
                    rows.add(new String[] {"rows", "0"});
                }
            } finally {
                read.unlock();
            }
            rows.add(new String[] {"definition", m.definition()});
            return FreshetSession.rows(UtilityColumns.DESCRIBE_MODEL, rows, "DESCRIBE");
        }
        CatalogEntry e = entry(simpleName(d.name()));
        List<String[]> rows = new ArrayList<>();
        for (ColumnDef c : e.columns()) {
            rows.add(new String[] {c.name(), c.type().sqlName(), "false", null});
        }
        List<Integer> key =
                switch (e) {
                    case TableEntry t -> t.primaryKey();
                    case ViewEntry v -> v.key() == null ? List.of() : v.key();
                    case PlainViewEntry v -> List.of();
                };
        if (!key.isEmpty()) {
            List<String> names = new ArrayList<>();
            for (int k : key) {
                names.add(e.columns().get(k).name());
            }
            rows.add(new String[] {"primary key", String.join(", ", names), null, null});
        }
        return FreshetSession.rows(UtilityColumns.DESCRIBE, rows, "DESCRIBE");
    }

    private StatementResult explain(SqlExplainStatement e, String text, int offset) {
        SqlNode stmt = e.statement();
        List<String> lines;
        Lock read = session.db().readLock();
        read.lock();
        try {
            if (stmt instanceof SqlCreateMaterializedView mv) {
                StatementPlanner.ViewPlan plan = session.planner().planView(mv, text, offset);
                List<String> keyNames = null;
                if (plan.key() != null) {
                    keyNames = new ArrayList<>();
                    for (int k : plan.key()) {
                        keyNames.add(plan.columns().get(k).name());
                    }
                }
                lines =
                        PlanExplainer.explainView(
                                simpleName(mv.name()),
                                plan.plan(),
                                keyNames,
                                plan.emitOnWindowClose() < 0
                                        ? null
                                        : plan.columns().get(plan.emitOnWindowClose()).name());
            } else {
                Analysis a = session.planner().analyze(stmt, text, offset, List.of());
                lines =
                        switch (a) {
                            case Analysis.Query q -> PlanExplainer.explainQuery(q.plan());
                            case Analysis.Dml dml -> {
                                List<String> l = new ArrayList<>();
                                l.add(
                                        dml.kind().name().charAt(0)
                                                + dml.kind()
                                                        .name()
                                                        .substring(1)
                                                        .toLowerCase(Locale.ROOT)
                                                + "("
                                                + session.db()
                                                        .catalog()
                                                        .find(dml.tableOid())
                                                        .map(CatalogEntry::name)
                                                        .orElse("?")
                                                + ")");
                                for (String s : PlanExplainer.explainQuery(dml.source())) {
                                    l.add("   " + s);
                                }
                                yield l;
                            }
                            case Analysis.Utility u ->
                                    throw new FreshetException(
                                            ErrorCode.FEATURE_NOT_SUPPORTED,
                                            "EXPLAIN of this statement is not supported");
                        };
            }
        } finally {
            read.unlock();
        }
        List<String[]> rows = new ArrayList<>();
        for (String l : lines) {
            rows.add(new String[] {l});
        }
        return FreshetSession.rows(UtilityColumns.EXPLAIN, rows, "EXPLAIN");
    }

    private StatementResult set(SqlSetVariable s) {
        switch (s.kind()) {
            case VARIABLE -> {
                String name = SessionParameters.canonical(s.name());
                if (s.toDefault()) {
                    session.params().reset(name);
                } else {
                    session.params().set(name, String.join(", ", s.values()));
                }
            }
            case TRANSACTION, SESSION_CHARACTERISTICS -> {}
        }
        return new StatementResult.Command("SET");
    }

    private StatementResult transaction(SqlTransactionStatement t) {
        return switch (t.kind()) {
            case BEGIN -> session.beginTransaction();
            case COMMIT -> session.commitTransaction();
            case ROLLBACK -> session.rollbackTransaction();
        };
    }

    /** COPY FROM STDIN / TO STDOUT. */
    private StatementResult copy(dev.freshet.sql.ast.SqlCopy c, String text, int offset) {
        dev.freshet.engine.copy.CopyFormat format =
                dev.freshet.engine.copy.CopyFormat.of(c.options());
        SqlNode query = c.query();
        if (query != null) {
            Analysis a = analyseLocked(query, text, offset);
            if (!(a instanceof Analysis.Query q)) {
                throw new FreshetException(
                        ErrorCode.FEATURE_NOT_SUPPORTED, "COPY (query) needs a SELECT");
            }
            return copyOut(q, format);
        }
        SqlIdentifier tableName = java.util.Objects.requireNonNull(c.table());
        String name = simpleName(tableName);
        TableEntry table;
        Lock read = session.db().readLock();
        read.lock();
        try {
            CatalogEntry e =
                    session.db()
                            .catalog()
                            .find(name)
                            .orElseThrow(
                                    () ->
                                            new FreshetException(
                                                    ErrorCode.UNDEFINED_TABLE,
                                                    "relation \"" + name + "\" does not exist"));
            if (c.direction() == dev.freshet.sql.ast.SqlCopy.Direction.TO_STDOUT) {
                List<String> cols = c.columns();
                String select =
                        "SELECT "
                                + (cols.isEmpty() ? "*" : quoteAll(cols))
                                + " FROM "
                                + quote(name);
                SqlNode parsed =
                        dev.freshet.sql.parser.FreshetParser.parse(select).getFirst().node();
                Analysis a = session.planner().analyze(parsed, select, 0, List.of());
                return copyOut((Analysis.Query) a, format);
            }
            if (!(e instanceof TableEntry t) || t.source() != null) {
                throw new FreshetException(
                        ErrorCode.WRONG_OBJECT_TYPE,
                        "cannot copy to " + e.kindName() + " \"" + name + "\"");
            }
            table = t;
        } finally {
            read.unlock();
        }
        List<String> cols = c.columns();
        int[] targets;
        if (cols.isEmpty()) {
            targets = java.util.stream.IntStream.range(0, table.columns().size()).toArray();
        } else {
            targets = new int[cols.size()];
            Set<Integer> seen = new HashSet<>();
            for (int i = 0; i < targets.length; i++) {
                targets[i] = -1;
                for (int k = 0; k < table.columns().size(); k++) {
                    if (table.columns().get(k).name().equals(cols.get(i))) {
                        targets[i] = k;
                    }
                }
                if (targets[i] < 0) {
                    throw new FreshetException(
                            ErrorCode.UNDEFINED_COLUMN,
                            "column \""
                                    + cols.get(i)
                                    + "\" of relation \""
                                    + name
                                    + "\" does not exist");
                }
                if (!seen.add(targets[i])) {
                    throw new FreshetException(
                            ErrorCode.DUPLICATE_COLUMN,
                            "column \"" + cols.get(i) + "\" specified more than once");
                }
            }
        }
        return new StatementResult.CopyIn(
                targets.length, new CopyFromStdin(session, table, targets, format));
    }

    private Analysis analyseLocked(SqlNode node, String text, int offset) {
        Lock read = session.db().readLock();
        read.lock();
        try {
            return session.planner().analyze(node, text, offset, List.of());
        } finally {
            read.unlock();
        }
    }

    private StatementResult copyOut(Analysis.Query q, dev.freshet.engine.copy.CopyFormat format) {
        List<dev.freshet.engine.batch.Batch> rows =
                session.query(q.plan(), session.statementContext());
        List<String> header = null;
        if (format.header()) {
            header = new ArrayList<>();
            for (var col : q.columns()) {
                header.add(col.name());
            }
        }
        var encoder = new dev.freshet.engine.copy.CopyEncoder(format, session.params().zone());
        return new StatementResult.CopyOut(
                q.columns().size(), new CopyToStdout(encoder, rows, header));
    }

    private static String quote(String identifier) {
        return "\"" + identifier.replace("\"", "\"\"") + "\"";
    }

    private static String quoteAll(List<String> identifiers) {
        List<String> out = new ArrayList<>();
        for (String i : identifiers) {
            out.add(quote(i));
        }
        return String.join(", ", out);
    }
}
