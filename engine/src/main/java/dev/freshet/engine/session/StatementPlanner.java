package dev.freshet.engine.session;

import dev.freshet.engine.api.ResultColumn;
import dev.freshet.engine.catalog.ColumnDef;
import dev.freshet.engine.expr.CastFunctions;
import dev.freshet.engine.expr.FunctionLibrary;
import dev.freshet.engine.ir.ChangeMode;
import dev.freshet.engine.ir.Field;
import dev.freshet.engine.ir.PlanNode;
import dev.freshet.engine.ir.PlanProperties;
import dev.freshet.engine.ir.PlanRewriter;
import dev.freshet.engine.ir.ScanNode;
import dev.freshet.engine.ir.TopNRewrite;
import dev.freshet.engine.plan.CalciteErrors;
import dev.freshet.engine.plan.CalciteTypes;
import dev.freshet.engine.plan.FreshetTable;
import dev.freshet.engine.plan.RelToIr;
import dev.freshet.engine.plan.SqlFrontEnd;
import dev.freshet.engine.runtime.Database;
import dev.freshet.engine.runtime.OnConflict;
import dev.freshet.engine.type.DataType;
import dev.freshet.sql.ast.SqlCreateMaterializedView;
import dev.freshet.sql.ast.SqlInsertOnConflict;
import dev.freshet.sql.error.ErrorCode;
import dev.freshet.sql.error.FreshetException;
import dev.freshet.sql.parser.FreshetParser;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.apache.calcite.rel.RelRoot;
import org.apache.calcite.rel.core.TableModify;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.rel.type.RelDataTypeField;
import org.apache.calcite.sql.SqlDynamicParam;
import org.apache.calcite.sql.SqlIdentifier;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.SqlNodeList;
import org.apache.calcite.sql.SqlOrderBy;
import org.apache.calcite.sql.SqlSelect;
import org.apache.calcite.sql.fun.SqlStdOperatorTable;
import org.apache.calcite.sql.parser.SqlParserPos;
import org.apache.calcite.sql.util.SqlShuttle;
import org.jspecify.annotations.Nullable;

/**
 * Plans statements: validates queries and DML with Calcite against the catalog and lowers them to
 * our IR; plans materialized views. Runs on the session's thread while holding the database's read
 * lock, so the catalog does not move underneath it.
 */
final class StatementPlanner {
    private final Database db;
    private final FunctionLibrary functions = FunctionLibrary.standard();

    private dev.freshet.engine.expr.@Nullable SessionInfo session;

    StatementPlanner(Database db) {
        this.db = db;
    }

    /**
     * The session whose one-shot queries this plans: arguments of table functions that read it
     * ({@code generate_series(1, array_upper(current_schemas(false), 1))}) are computed at plan
     * time.
     */
    StatementPlanner session(dev.freshet.engine.expr.SessionInfo info) {
        this.session = info;
        return this;
    }

    /** A planned view, ready for {@link Database#createView}. */
    /** A plain view, planned: its columns, texts and the relations it reads. */
    record PlainViewPlan(
            List<ColumnDef> columns, String definition, String query, Set<Integer> dependsOn) {}

    record ViewPlan(
            List<ColumnDef> columns,
            PlanNode plan,
            @Nullable List<Integer> key,
            boolean appendOnly,
            Set<Integer> dependsOn,
            List<Integer> watermarkColumns,
            int emitOnWindowClose) {}

    /**
     * Analyses one statement. {@code text} is the statement alone; {@code offset} its 0-based start
     * in what the client sent (for error positions).
     */
    Analysis analyze(SqlNode node, String text, int offset, List<@Nullable DataType> declared) {
        if (isQuery(node)) {
            return query(node, text, offset, declared);
        }
        return switch (node.getKind()) {
            case INSERT, UPDATE, DELETE -> dml(node, text, offset, declared);
            default ->
                    new Analysis.Utility(
                            node,
                            text,
                            node instanceof dev.freshet.sql.ast.SqlSubscribe s
                                    ? subscribeColumns(s)
                                    : UtilityColumns.of(node));
        };
    }

    /** SUBSCRIBE's result columns: the relation's, op and epoch (null if it does not exist). */
    private @Nullable List<ResultColumn> subscribeColumns(dev.freshet.sql.ast.SqlSubscribe s) {
        if (s.relation() == null) {
            return null;
        }
        var id = s.relation();
        return db.catalog()
                .find(id.names.get(id.names.size() - 1))
                .map(e -> SubscribeCursor.columns(e.columns()))
                .orElse(null);
    }

    static boolean isQuery(SqlNode node) {
        return node.getKind().belongsTo(SqlKind.QUERY);
    }

    private Analysis query(
            SqlNode node, String text, int offset, List<@Nullable DataType> declared) {
        Validated v = validate(node, text, offset, declared);
        try {
            RelRoot root = v.frontEnd.toRel(v.node);
            RelToIr lower =
                    new RelToIr(
                                    v.frontEnd.rexBuilder(),
                                    functions,
                                    true,
                                    CastFunctions.Mode.EXPLICIT)
                            .withModels(
                                    db.services().find(dev.freshet.engine.spi.ModelCatalog.class))
                            .withSession(session);
            PlanNode plan = TopNRewrite.apply(lower.convert(root.project()));
            plan =
                    PlanRewriter.pointLookups(
                            plan,
                            ref ->
                                    db.catalog().indexesOn(ref.oid()).stream()
                                            .map(i -> new PlanRewriter.Index(i.name(), i.columns()))
                                            .toList());
            List<ResultColumn> cols = new ArrayList<>();
            List<String> names = columnNames(v.node, v.rowType);
            List<Field> fields = plan.fields();
            SqlNode body = v.node instanceof SqlOrderBy o ? o.query : v.node;
            SqlNodeList items = body instanceof SqlSelect s ? s.getSelectList() : null;
            for (int i = 0; i < fields.size(); i++) {
                DataType type = fields.get(i).type();
                int vector =
                        items != null && items.size() == fields.size()
                                ? ExpandArrayRewrite.vectorTypeOid(items.get(i))
                                : 0;
                cols.add(
                        new ResultColumn(
                                names.get(i),
                                type,
                                0,
                                (short) 0,
                                vector != 0 ? vector : type.oid()));
            }
            return new Analysis.Query(plan, cols, v.paramTypes);
        } catch (RuntimeException | AssertionError e) {
            throw CalciteErrors.translate(
                    e, (line, col) -> offset + Positions.offset(text, line, col));
        }
    }

    private Analysis dml(SqlNode node, String text, int offset, List<@Nullable DataType> declared) {
        SqlInsertOnConflict upsert = node instanceof SqlInsertOnConflict u ? u : null;
        if (upsert != null) {
            node = upsert.plainInsert();
        }
        Validated v = validate(node, text, offset, declared);
        try {
            RelRoot root = v.frontEnd.toRel(v.node);
            if (!(root.rel instanceof TableModify modify)) {
                throw new FreshetException(
                        ErrorCode.INTERNAL_ERROR, "expected a table modification");
            }
            FreshetTable table = modify.getTable().unwrap(FreshetTable.class);
            if (table != null
                    && table.ref().kind() == dev.freshet.engine.ir.RelationRef.Kind.SYSTEM_TABLE) {
                throw new FreshetException(
                        ErrorCode.INSUFFICIENT_PRIVILEGE,
                        "permission denied: \"" + table.ref().name() + "\" is a system catalog");
            }
            if (table == null
                    || table.ref().kind() != dev.freshet.engine.ir.RelationRef.Kind.TABLE) {
                throw new FreshetException(
                        ErrorCode.WRONG_OBJECT_TYPE,
                        "cannot change relation \""
                                + (table == null
                                        ? modify.getTable().getQualifiedName()
                                        : table.ref().name())
                                + "\" because it is not a table");
            }
            if (db.catalog().find(table.ref().oid()).orElse(null)
                            instanceof dev.freshet.engine.catalog.TableEntry te
                    && te.source() != null) {
                throw new FreshetException(
                                ErrorCode.WRONG_OBJECT_TYPE,
                                "cannot change source \""
                                        + table.ref().name()
                                        + "\": only its connector writes to it")
                        .withHint("Create an APPEND ONLY table to INSERT rows yourself.");
            }
            Analysis.DmlKind kind =
                    switch (modify.getOperation()) {
                        case INSERT -> Analysis.DmlKind.INSERT;
                        case UPDATE -> Analysis.DmlKind.UPDATE;
                        case DELETE -> Analysis.DmlKind.DELETE;
                        default ->
                                throw new FreshetException(
                                        ErrorCode.FEATURE_NOT_SUPPORTED,
                                        modify.getOperation() + " is not supported");
                    };
            if (kind != Analysis.DmlKind.INSERT && table.appendOnly()) {
                throw new FreshetException(
                        ErrorCode.WRONG_OBJECT_TYPE,
                        "cannot "
                                + kind.name()
                                + " append-only table \""
                                + table.ref().name()
                                + "\": its rows can only be inserted");
            }
            RelToIr lower =
                    new RelToIr(
                                    v.frontEnd.rexBuilder(),
                                    functions,
                                    true,
                                    CastFunctions.Mode.ASSIGNMENT)
                            .withModels(
                                    db.services().find(dev.freshet.engine.spi.ModelCatalog.class));
            PlanNode source = lower.convert(modify.getInput());
            int[] updated = new int[0];
            if (kind == Analysis.DmlKind.UPDATE) {
                List<String> names = modify.getUpdateColumnList();
                updated = new int[names.size()];
                for (int i = 0; i < updated.length; i++) {
                    updated[i] = indexOf(table, names.get(i));
                }
            }
            OnConflict onConflict = upsert == null ? null : onConflict(upsert, table, text, offset);
            return new Analysis.Dml(
                    kind, table.ref().oid(), source, updated, onConflict, v.paramTypes);
        } catch (RuntimeException | AssertionError e) {
            throw CalciteErrors.translate(
                    e, (line, col) -> offset + Positions.offset(text, line, col));
        }
    }

    /**
     * Plans ON CONFLICT: the conflict target must be the primary key; DO UPDATE's expressions are
     * validated as {@code SELECT <values>, <where> FROM t AS t, t AS excluded}, so they read the
     * existing row's columns then the proposed row's.
     */
    private OnConflict onConflict(
            SqlInsertOnConflict u, FreshetTable table, String text, int offset) {
        List<Integer> key = table.key() == null ? List.of() : table.key();
        List<String> target = u.conflictColumns();
        if (!target.isEmpty()) {
            Set<Integer> cols = new HashSet<>();
            for (String c : target) {
                cols.add(indexOf(table, c));
            }
            if (key.isEmpty() || !cols.equals(new HashSet<>(key))) {
                throw new FreshetException(
                        ErrorCode.INVALID_COLUMN_REFERENCE,
                        "there is no unique or exclusion constraint matching the ON CONFLICT specification");
            }
        } else if (!u.doNothing() && key.isEmpty()) {
            throw new FreshetException(
                            ErrorCode.SYNTAX_ERROR,
                            "ON CONFLICT DO UPDATE requires inference specification or constraint name")
                    .withHint("For example, ON CONFLICT (column_name).");
        }
        if (u.doNothing()) {
            return OnConflict.nothing();
        }
        SqlParserPos pos = u.getParserPosition();
        SqlNodeList items = new SqlNodeList(pos);
        for (SqlNode value : u.updateValues()) {
            items.add(value);
        }
        SqlNode where = u.updateWhere();
        items.add(
                where != null ? where : org.apache.calcite.sql.SqlLiteral.createBoolean(true, pos));
        String name = table.ref().name();
        SqlNode from =
                new org.apache.calcite.sql.SqlJoin(
                        pos,
                        SqlStdOperatorTable.AS.createCall(
                                pos, new SqlIdentifier(name, pos), new SqlIdentifier(name, pos)),
                        org.apache.calcite.sql.SqlLiteral.createBoolean(false, pos),
                        org.apache.calcite.sql.JoinType.COMMA.symbol(pos),
                        SqlStdOperatorTable.AS.createCall(
                                pos,
                                new SqlIdentifier(name, pos),
                                new SqlIdentifier("excluded", pos)),
                        org.apache.calcite.sql.JoinConditionType.NONE.symbol(pos),
                        null);
        SqlSelect select =
                new SqlSelect(
                        pos, null, items, from, null, null, null, null, null, null, null, null,
                        null);
        Validated v = validate(select, text, offset, List.of());
        RelRoot root = v.frontEnd.toRel(v.node, false);
        RelToIr lower =
                new RelToIr(v.frontEnd.rexBuilder(), functions, true, CastFunctions.Mode.ASSIGNMENT)
                        .withModels(db.services().find(dev.freshet.engine.spi.ModelCatalog.class));
        PlanNode plan = lower.convert(root.project());
        if (!(plan instanceof dev.freshet.engine.ir.ProjectNode p)
                || !(p.input() instanceof dev.freshet.engine.ir.JoinNode)) {
            throw new FreshetException(
                    ErrorCode.FEATURE_NOT_SUPPORTED, "this ON CONFLICT DO UPDATE is not supported");
        }
        List<String> targets = u.updateTargets();
        int[] columns = new int[targets.size()];
        for (int i = 0; i < columns.length; i++) {
            columns[i] = indexOf(table, targets.get(i));
        }
        List<dev.freshet.engine.expr.Expr> exprs = p.exprs();
        return new OnConflict(
                false,
                columns,
                exprs.subList(0, columns.length),
                where == null ? null : exprs.get(columns.length));
    }

    private static int indexOf(FreshetTable t, String column) {
        for (int i = 0; i < t.columns().size(); i++) {
            if (t.columns().get(i).name().equals(column)) {
                return i;
            }
        }
        throw new FreshetException(
                ErrorCode.UNDEFINED_COLUMN,
                "column \"" + column + "\" of relation \"" + t.ref().name() + "\" does not exist");
    }

    private SqlFrontEnd newFrontEnd() {
        return new SqlFrontEnd(db.catalog(), FreshetParser.config().conformance(), this::viewQuery);
    }

    /** A plain view's query text as the tree to validate where a statement reads the view. */
    private SqlNode viewQuery(String sql) {
        List<dev.freshet.sql.parser.ParsedStatement> parsed = FreshetParser.parse(sql);
        if (parsed.size() != 1 || !isQuery(parsed.getFirst().node())) {
            throw new FreshetException(
                    ErrorCode.INTERNAL_ERROR, "a view's definition is not one query: " + sql);
        }
        return rewrite(parsed.getFirst().node());
    }

    /**
     * Plans CREATE VIEW: the query must plan as a query does (so a view that could never be read is
     * refused now); its output columns and the relations it reads, views included, are kept.
     */
    PlainViewPlan planPlainView(dev.freshet.sql.ast.SqlCreateView cv, String text, int offset) {
        String query = PlainViews.queryText(text);
        Validated v = validate(cv.query(), text, offset, List.of());
        if (!v.paramTypes.isEmpty()) {
            throw new FreshetException(
                    ErrorCode.UNDEFINED_PARAMETER, "a view cannot have parameters");
        }
        try {
            RelRoot root = v.frontEnd.toRel(v.node);
            RelToIr lower =
                    new RelToIr(
                                    v.frontEnd.rexBuilder(),
                                    functions,
                                    true,
                                    CastFunctions.Mode.EXPLICIT)
                            .withModels(
                                    db.services().find(dev.freshet.engine.spi.ModelCatalog.class))
                            .withSession(session);
            PlanNode plan = lower.convert(root.project());
            List<String> names = columnNames(v.node, v.rowType);
            List<String> declaredNames = cv.columnNames();
            if (declaredNames != null) {
                if (declaredNames.size() > names.size()) {
                    throw new FreshetException(
                            ErrorCode.SYNTAX_ERROR,
                            "CREATE VIEW specifies more column names than columns");
                }
                // PostgreSQL: fewer names rename the first columns only
                for (int i = 0; i < declaredNames.size(); i++) {
                    names.set(i, declaredNames.get(i));
                }
            }
            List<ColumnDef> columns = columnDefs(names, plan);
            Set<Integer> deps = new LinkedHashSet<>();
            collectScans(plan, deps, false);
            deps.addAll(v.frontEnd.expandedViews());
            return new PlainViewPlan(columns, text.strip(), query, deps);
        } catch (RuntimeException | AssertionError e) {
            throw CalciteErrors.translate(
                    e, (line, col) -> offset + Positions.offset(text, line, col));
        }
    }

    /** A view's columns: {@code names} (none twice) with the types of {@code plan}'s fields. */
    private static List<ColumnDef> columnDefs(List<String> names, PlanNode plan) {
        Set<String> seen = new HashSet<>();
        List<ColumnDef> columns = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            if (!seen.add(names.get(i))) {
                throw new FreshetException(
                        ErrorCode.DUPLICATE_COLUMN,
                        "column \"" + names.get(i) + "\" specified more than once");
            }
            Field f = plan.fields().get(i);
            columns.add(new ColumnDef(names.get(i), f.type(), f.nullable(), null));
        }
        return columns;
    }

    /** Plans CREATE MATERIALIZED VIEW's query as a streaming dataflow. */
    ViewPlan planView(SqlCreateMaterializedView mv, String text, int offset) {
        SqlNode query = mv.query();
        Validated v = validate(query, text, offset, List.of());
        if (!v.paramTypes.isEmpty()) {
            throw new FreshetException(
                    ErrorCode.UNDEFINED_PARAMETER, "a materialized view cannot have parameters");
        }
        try {
            RelRoot root = v.frontEnd.toRel(v.node);
            RelToIr lower =
                    new RelToIr(
                                    v.frontEnd.rexBuilder(),
                                    functions,
                                    false,
                                    CastFunctions.Mode.EXPLICIT)
                            .withModels(
                                    db.services().find(dev.freshet.engine.spi.ModelCatalog.class));
            PlanNode plan = TopNRewrite.apply(lower.convert(root.project()));
            List<String> names = columnNames(v.node, v.rowType);
            List<String> declaredNames = mv.columnNames();
            if (declaredNames != null) {
                if (declaredNames.size() != names.size()) {
                    throw new FreshetException(
                            ErrorCode.SYNTAX_ERROR,
                            "CREATE MATERIALIZED VIEW names "
                                    + declaredNames.size()
                                    + " columns but the query returns "
                                    + names.size());
                }
                names = declaredNames;
            }
            List<ColumnDef> columns = columnDefs(names, plan);
            Optional<List<Integer>> key = PlanProperties.uniqueKey(plan);
            boolean appendOnly = PlanProperties.changeMode(plan) == ChangeMode.APPEND_ONLY;
            Set<Integer> deps = new LinkedHashSet<>();
            collectScans(plan, deps, true);
            deps.addAll(v.frontEnd.expandedViews());
            List<Integer> watermarks = PlanProperties.watermarkColumns(plan);
            int eowc = -1;
            if (mv.emitOnWindowClose()) {
                if (watermarks.isEmpty()) {
                    throw new FreshetException(
                                    ErrorCode.FEATURE_NOT_SUPPORTED,
                                    "EMIT ON WINDOW CLOSE needs a watermark on an output column,"
                                            + " and this query has none")
                            .withHint(
                                    "Read a table with WATERMARK FOR, and keep its time column or"
                                            + " a window bound of it (window_start, window_end)"
                                            + " in the output, as a GROUP BY key for"
                                            + " aggregates.");
                }
                eowc = watermarks.get(0);
                // the stream is held back until a window closes, then only inserts
                appendOnly = true;
            }
            return new ViewPlan(
                    columns, plan, key.orElse(null), appendOnly, deps, watermarks, eowc);
        } catch (RuntimeException | AssertionError e) {
            throw CalciteErrors.translate(
                    e, (line, col) -> offset + Positions.offset(text, line, col));
        }
    }

    /**
     * OIDs of the relations {@code plan} scans. System catalogs are never dependencies: a
     * materialized view ({@code refuseSystemTables}) may not read them; a plain view may (it is
     * expanded into a query, which computes them when it runs).
     */
    private static void collectScans(PlanNode plan, Set<Integer> out, boolean refuseSystemTables) {
        if (plan instanceof ScanNode s) {
            if (s.relation().kind() != dev.freshet.engine.ir.RelationRef.Kind.SYSTEM_TABLE) {
                out.add(s.relation().oid());
            } else if (refuseSystemTables) {
                throw new FreshetException(
                                ErrorCode.FEATURE_NOT_SUPPORTED,
                                "a materialized view cannot read system catalog \""
                                        + s.relation().name()
                                        + "\"")
                        .withHint(
                                "System catalogs are computed when a query reads them; query"
                                        + " them directly instead.");
            }
        }
        for (PlanNode in : plan.inputs()) {
            collectScans(in, out, refuseSystemTables);
        }
    }

    private record Validated(
            SqlFrontEnd frontEnd, SqlNode node, RelDataType rowType, List<DataType> paramTypes) {}

    private Validated validate(
            SqlNode node, String text, int offset, List<@Nullable DataType> declared) {
        // declared parameter types become casts before the rewriter, which resolves PostgreSQL's
        // own type names (uuid, jsonb, interval) in casts
        SqlNode typed = rewrite(declareParams(node, declared));
        SqlFrontEnd fe = newFrontEnd();
        SqlNode validated;
        try {
            validated = fe.validate(typed);
        } catch (RuntimeException | AssertionError e) {
            if (hasUntypedParams(e)) {
                // PostgreSQL types a parameter it cannot infer as text
                fe = newFrontEnd();
                List<@Nullable DataType> all = new ArrayList<>(declared);
                int n = countParams(node);
                while (all.size() < n) {
                    all.add(null);
                }
                for (int i = 0; i < all.size(); i++) {
                    if (all.get(i) == null) {
                        all.set(i, DataType.VARCHAR);
                    }
                }
                try {
                    validated = fe.validate(rewrite(declareParams(node, all)));
                } catch (RuntimeException | AssertionError e2) {
                    throw CalciteErrors.translate(
                            e2, (line, col) -> offset + Positions.offset(text, line, col));
                }
            } else {
                throw CalciteErrors.translate(
                        e, (line, col) -> offset + Positions.offset(text, line, col));
            }
        }
        RelDataType rowType = fe.validatedType(validated);
        List<DataType> paramTypes = paramTypes(fe, validated);
        return new Validated(fe, validated, rowType, paramTypes);
    }

    private SqlNode rewrite(SqlNode node) {
        SqlNode out =
                new QueryRewriter(
                                this::columnNamesOf,
                                n -> db.catalog().function(n).orElse(null),
                                db.catalog())
                        .modelNames(n -> db.catalog().model(n).isPresent())
                        .rewrite(node);
        ExpandArrayRewrite.keyVectorsAsText(out);
        return out;
    }

    /** The output column names of a query, validated on its own (the node is consumed). */
    private List<String> columnNamesOf(SqlNode query) {
        SqlFrontEnd fe = newFrontEnd();
        return fe.validatedType(fe.validate(query)).getFieldNames();
    }

    private static boolean hasUntypedParams(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String m = t.getMessage();
            if (m != null && m.contains("Illegal use of dynamic parameter")) {
                return true;
            }
        }
        return false;
    }

    private static int countParams(SqlNode node) {
        int[] max = {0};
        node.accept(
                new SqlShuttle() {
                    @Override
                    public SqlNode visit(SqlDynamicParam param) {
                        max[0] = Math.max(max[0], param.getIndex() + 1);
                        return param;
                    }
                });
        return max[0];
    }

    /** Wraps each parameter whose type the client declared in a CAST to that type. */
    private static SqlNode declareParams(SqlNode node, List<@Nullable DataType> declared) {
        if (declared.isEmpty()) {
            return node;
        }
        SqlShuttle cast =
                new SqlShuttle() {
                    @Override
                    public SqlNode visit(SqlDynamicParam param) {
                        int i = param.getIndex();
                        DataType t = i < declared.size() ? declared.get(i) : null;
                        if (t == null) {
                            return param;
                        }
                        return SqlStdOperatorTable.CAST.createCall(
                                param.getParserPosition(), param, SqlTypeSpecs.forParameter(t));
                    }
                };
        return inPlace(node, cast);
    }

    /**
     * {@code node} with its parameters replaced by {@code cast}, changing calls and lists in place:
     * a shuttle rebuilds a call through its operator, and our own nodes (DISTINCT ON, WITH TIES)
     * would come back as their plain Calcite base class. Where a call cannot take a new operand it
     * is rebuilt by the shuttle.
     */
    private static SqlNode inPlace(SqlNode node, SqlShuttle cast) {
        switch (node) {
            case SqlDynamicParam p -> {
                SqlNode out = p.accept(cast);
                return out == null ? p : out;
            }
            case org.apache.calcite.sql.SqlNodeList list -> {
                for (int i = 0; i < list.size(); i++) {
                    SqlNode item = list.get(i);
                    if (item != null) {
                        list.set(i, inPlace(item, cast));
                    }
                }
                return list;
            }
            case org.apache.calcite.sql.SqlCall call -> {
                List<SqlNode> operands = call.getOperandList();
                for (int i = 0; i < operands.size(); i++) {
                    SqlNode op = operands.get(i);
                    if (op == null) {
                        continue;
                    }
                    SqlNode replaced = inPlace(op, cast);
                    if (replaced != op) {
                        try {
                            call.setOperand(i, replaced);
                        } catch (UnsupportedOperationException e) {
                            SqlNode copy = call.accept(cast);
                            return copy == null ? call : copy;
                        }
                    }
                }
                return call;
            }
            default -> {
                return node;
            }
        }
    }

    private static List<DataType> paramTypes(SqlFrontEnd fe, SqlNode validated) {
        RelDataType params = fe.validator().getParameterRowType(validated);
        List<DataType> out = new ArrayList<>();
        for (RelDataTypeField f : params.getFieldList()) {
            out.add(CalciteTypes.toDataType(f.getType()));
        }
        return out;
    }

    /** Result column names as PostgreSQL would give them. */
    private static List<String> columnNames(SqlNode validated, RelDataType rowType) {
        List<String> names = new ArrayList<>(rowType.getFieldNames());
        SqlNode n = validated instanceof SqlOrderBy ob ? ob.query : validated;
        if (n instanceof SqlSelect select) {
            SqlNodeList items = select.getSelectList();
            if (items != null && items.size() == names.size()) {
                for (int i = 0; i < items.size(); i++) {
                    if (names.get(i).startsWith("EXPR$")) {
                        names.set(i, PgColumnNames.derive(items.get(i)));
                    }
                }
            }
        }
        for (int i = 0; i < names.size(); i++) {
            if (names.get(i).startsWith("EXPR$")) {
                names.set(i, "?column?");
            }
        }
        return names;
    }
}
