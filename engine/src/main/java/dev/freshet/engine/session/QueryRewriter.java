package dev.freshet.engine.session;

import dev.freshet.engine.catalog.UserFunction;
import dev.freshet.sql.ast.SqlCorrespondingSetOp;
import dev.freshet.sql.ast.SqlOrderByWithTies;
import dev.freshet.sql.ast.SqlSelectDistinctOn;
import dev.freshet.sql.error.ErrorCode;
import dev.freshet.sql.error.FreshetException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.apache.calcite.sql.SqlBasicCall;
import org.apache.calcite.sql.SqlCall;
import org.apache.calcite.sql.SqlIdentifier;
import org.apache.calcite.sql.SqlJoin;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.SqlLiteral;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.SqlNodeList;
import org.apache.calcite.sql.SqlNumericLiteral;
import org.apache.calcite.sql.SqlOrderBy;
import org.apache.calcite.sql.SqlSelect;
import org.apache.calcite.sql.SqlUnresolvedFunction;
import org.apache.calcite.sql.SqlWindow;
import org.apache.calcite.sql.SqlWith;
import org.apache.calcite.sql.SqlWithItem;
import org.apache.calcite.sql.fun.SqlStdOperatorTable;
import org.apache.calcite.sql.parser.SqlParserPos;

/**
 * Rewrites what Calcite's validator does not know into plain SQL before validation: {@code
 * UNION/INTERSECT/EXCEPT ... CORRESPONDING [BY (...)]} becomes the plain set operation over
 * projections of both inputs onto the matching columns; {@code FETCH FIRST n ROWS WITH TIES}
 * becomes a {@code RANK()} filter; calls of SQL functions are replaced by their bodies;
 * RisingWave's unaliased window table functions get the alias of the table they read; {@code
 * pg_catalog.}-qualified function names and casts to the {@code reg*} types become what the engine
 * knows (see {@link CatalogCasts}).
 */
final class QueryRewriter {
    private final Function<SqlNode, List<String>> columnNames;
    private final Function<String, UserFunction> functions;
    private java.util.function.Predicate<String> isModel = n -> false;

    /** Function names whose first argument may name a model (see {@link #modelNames}). */
    private static final java.util.Set<String> MODEL_FUNCTIONS =
            java.util.Set.of(
                    "predict",
                    "predict_label",
                    "predict_proba",
                    "anomaly_score",
                    "model_export",
                    "model_version");

    private final CatalogCasts catalogCasts;

    /**
     * @param columnNames the output column names of a query (validated on a copy)
     * @param functions the SQL function of a name, or null
     */
    QueryRewriter(
            Function<SqlNode, List<String>> columnNames,
            Function<String, UserFunction> functions,
            dev.freshet.engine.catalog.Catalog catalog) {
        this.columnNames = columnNames;
        this.functions = functions;
        this.catalogCasts = new CatalogCasts(catalog);
    }

    /**
     * Names models: in {@code predict(fraud, ...)} and the other scoring functions a bare
     * identifier that names a model becomes the model's name as a string constant (the scoring
     * function then uses the model's current version).
     */
    QueryRewriter modelNames(java.util.function.Predicate<String> isModel) {
        this.isModel = isModel;
        return this;
    }

    /** {@code node} with every extension rewritten (in place where possible). */
    SqlNode rewrite(SqlNode node) {
        if (node instanceof SqlBasicCall call
                && call.getOperator() instanceof SqlUnresolvedFunction fn
                && MODEL_FUNCTIONS.contains(fn.getName().toLowerCase(java.util.Locale.ROOT))
                && call.operandCount() > 0
                && call.operand(0) instanceof SqlIdentifier id
                && id.isSimple()
                && isModel.test(id.getSimple())) {
            call.setOperand(
                    0,
                    org.apache.calcite.sql.SqlLiteral.createCharString(
                            id.getSimple(), id.getParserPosition()));
        }
        if (node instanceof SqlCorrespondingSetOp c) {
            return corresponding(c);
        }
        if (node instanceof SqlOrderByWithTies t) {
            return withTies(t);
        }
        if (node instanceof SqlOrderBy o && o.query instanceof SqlSelectDistinctOn d) {
            return distinctOn(d, o);
        }
        if (node instanceof SqlSelectDistinctOn d) {
            return distinctOn(d, null);
        }
        if (node instanceof SqlBasicCall call
                && call.getOperator() instanceof SqlUnresolvedFunction fn
                && functions.apply(fn.getName()) != null) {
            return inline(call, functions.apply(fn.getName()));
        }
        if (node instanceof SqlBasicCall filter
                && filter.getKind() == org.apache.calcite.sql.SqlKind.FILTER
                && filter.operand(0) instanceof SqlBasicCall agg
                && agg.getKind() == org.apache.calcite.sql.SqlKind.STRING_AGG
                && agg.getFunctionQuantifier() == null
                && agg.operandCount() > 0) {
            // string_agg skips NULL values, so string_agg(x ...) FILTER (WHERE c) is
            // string_agg(CASE WHEN c THEN x END ...); Calcite cannot type the FILTER form over a
            // NOT NULL x when the call has an ORDER BY
            SqlParserPos pos = filter.getParserPosition();
            agg.setOperand(
                    0,
                    org.apache.calcite.sql.fun.SqlCase.createSwitched(
                            pos,
                            null,
                            SqlNodeList.of(filter.operand(1)),
                            SqlNodeList.of(agg.operand(0)),
                            SqlLiteral.createNull(pos)));
            return rewrite(agg);
        }
        switch (node) {
            case SqlNodeList list -> {
                for (int i = 0; i < list.size(); i++) {
                    SqlNode item = list.get(i);
                    if (item != null) {
                        SqlNode r = rewrite(item);
                        if (r != item) {
                            list.set(i, r);
                        }
                    }
                }
                return list;
            }
            case SqlSelect s when readsAlwaysEmptyCatalog(s.getFrom()) -> {
                // no rows: subqueries in the select list never run, so none need planning
                // (psql's \d lists a publication's columns with a correlated table function)
                SqlNodeList items = s.getSelectList();
                for (int i = 0; items != null && i < items.size(); i++) {
                    if (containsSubquery(items.get(i))) {
                        SqlParserPos pos = items.get(i).getParserPosition();
                        items.set(
                                i,
                                SqlStdOperatorTable.CAST.createCall(
                                        pos,
                                        SqlLiteral.createNull(pos),
                                        SqlTypeSpecs.of(dev.freshet.engine.type.DataType.VARCHAR)));
                    }
                }
                rewriteOperands(s);
                return s;
            }
            case SqlSelect s -> {
                ExpandArrayRewrite.rewrite(s);
                // an unaliased call of a SQL function keeps the function's name as column label
                SqlNodeList items = s.getSelectList();
                for (int i = 0; items != null && i < items.size(); i++) {
                    if (items.get(i) instanceof SqlBasicCall call
                            && call.getOperator() instanceof SqlUnresolvedFunction fn
                            && functions.apply(fn.getName()) != null) {
                        items.set(
                                i,
                                SqlStdOperatorTable.AS.createCall(
                                        call.getParserPosition(),
                                        call,
                                        new SqlIdentifier(fn.getName(), call.getParserPosition())));
                    }
                }
                if (s.getFrom() != null) {
                    s.setFrom(
                            ScalarFunctionInFrom.rewrite(
                                    aliasWindowFunction(rewrite(s.getFrom()))));
                }
                rewriteOperands(s);
                return s;
            }
            case SqlJoin j -> {
                j.setLeft(ScalarFunctionInFrom.rewrite(aliasWindowFunction(rewrite(j.getLeft()))));
                j.setRight(
                        ScalarFunctionInFrom.rewrite(aliasWindowFunction(rewrite(j.getRight()))));
                if (j.getCondition() != null) {
                    j.setOperand(5, rewrite(j.getCondition()));
                }
                return j;
            }
            case SqlOrderBy o -> {
                SqlNode q = rewrite(o.query);
                rewrite(o.orderList);
                return q == o.query
                        ? o
                        : new SqlOrderBy(o.getParserPosition(), q, o.orderList, o.offset, o.fetch);
            }
            case SqlWith w -> {
                for (SqlNode item : w.withList) {
                    SqlWithItem wi = (SqlWithItem) item;
                    wi.query = rewrite(wi.query);
                }
                w.setOperand(1, rewrite(w.body));
                return w;
            }
            case SqlCall c -> {
                if (c.getKind() == SqlKind.ARRAY_QUERY_CONSTRUCTOR) {
                    return arrayQuery(c);
                }
                if ((c.getKind() == SqlKind.SOME || c.getKind() == SqlKind.ALL)
                        && c.operandCount() == 2
                        && c.operand(0) instanceof org.apache.calcite.sql.SqlCharStringLiteral lit
                        && !(c.operand(1) instanceof SqlSelect)) {
                    // 'd' = ANY(text_array): the literal is text, as PostgreSQL's unknown resolves
                    c.setOperand(
                            0,
                            SqlStdOperatorTable.CAST.createCall(
                                    lit.getParserPosition(),
                                    lit,
                                    SqlTypeSpecs.of(dev.freshet.engine.type.DataType.VARCHAR)));
                }
                if (c.getKind() == SqlKind.CAST) {
                    return catalogCasts.rewrite(c, this::rewrite);
                }
                if (c.getKind() == SqlKind.ITEM
                        && c.operandCount() == 2
                        && ExpandArrayRewrite.isKeyVector(c.operand(0))
                        && !ExpandArrayRewrite.isPosition(c.operand(1))) {
                    // int2vector and oidvector subscripts start at 0 (psqlODBC: indkey[attnum-1])
                    SqlParserPos pos = c.getParserPosition();
                    c.setOperand(
                            1,
                            SqlStdOperatorTable.PLUS.createCall(
                                    pos,
                                    rewrite(c.operand(1)),
                                    SqlLiteral.createExactNumeric("1", pos)));
                    return c;
                }
                SqlNode expanded = ExpandArrayRewrite.fieldOfExpandedColumn(c);
                if (expanded != null) {
                    return rewrite(expanded);
                }
                SqlCall unqualified = CatalogCasts.unqualify(c);
                if (unqualified != c) {
                    return rewrite(unqualified);
                }
                rewriteOperands(c);
                return c;
            }
            default -> {
                return node;
            }
        }
    }

    /**
     * {@code ARRAY(subquery)} as {@code (SELECT COALESCE(array_agg(a.v), '{}') FROM (subquery) AS
     * a(v))}: a scalar subquery the decorrelator handles when the subquery is correlated (psql's
     * {@code \du} lists a role's memberships so).
     */
    private SqlNode arrayQuery(SqlCall c) {
        SqlParserPos pos = c.getParserPosition();
        SqlNode query = rewrite(c.operand(0));
        SqlNode from =
                SqlStdOperatorTable.AS.createCall(
                        pos,
                        query,
                        new SqlIdentifier("array$q", pos),
                        new SqlIdentifier("array$v", pos));
        SqlNode agg =
                new SqlUnresolvedFunction(
                                new SqlIdentifier("array_agg", pos),
                                null,
                                null,
                                null,
                                null,
                                org.apache.calcite.sql.SqlFunctionCategory.USER_DEFINED_FUNCTION)
                        .createCall(
                                null, pos, new SqlIdentifier(List.of("array$q", "array$v"), pos));
        SqlNode value =
                SqlStdOperatorTable.COALESCE.createCall(
                        pos, agg, SqlLiteral.createCharString("{}", pos));
        return new SqlSelect(
                pos,
                null,
                new SqlNodeList(List.of(value), pos),
                from,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null);
    }

    /**
     * Whether a FROM clause inner-joins a system catalog that never has rows (only commas and inner
     * joins: an outer join keeps the other side's rows).
     */
    private static boolean readsAlwaysEmptyCatalog(
            @org.jspecify.annotations.Nullable SqlNode from) {
        if (from == null) {
            return false;
        }
        return switch (from) {
            case SqlJoin j ->
                    (j.getJoinType() == org.apache.calcite.sql.JoinType.INNER
                                    || j.getJoinType() == org.apache.calcite.sql.JoinType.COMMA)
                            && (readsAlwaysEmptyCatalog(j.getLeft())
                                    || readsAlwaysEmptyCatalog(j.getRight()));
            case SqlCall c when c.getKind() == SqlKind.AS -> readsAlwaysEmptyCatalog(c.operand(0));
            case SqlIdentifier id ->
                    (id.names.size() == 2 && id.names.get(0).equals("pg_catalog")
                                    || id.names.size() == 1)
                            && dev.freshet.engine.syscat.SystemTables.alwaysEmpty(
                                    id.names.get(id.names.size() - 1));
            default -> false;
        };
    }

    private static boolean containsSubquery(SqlNode node) {
        if (node instanceof SqlSelect || node instanceof SqlOrderBy) {
            return true;
        }
        if (node instanceof SqlNodeList list) {
            for (SqlNode op : list) {
                if (op != null && containsSubquery(op)) {
                    return true;
                }
            }
        }
        if (node instanceof SqlCall c) {
            for (SqlNode op : c.getOperandList()) {
                if (op != null && containsSubquery(op)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Rewrites a call's operands in place (calls that cannot be changed are left alone). */
    private void rewriteOperands(SqlCall c) {
        List<SqlNode> ops = c.getOperandList();
        for (int i = 0; i < ops.size(); i++) {
            SqlNode op = ops.get(i);
            if (op == null || !(op instanceof SqlCall || op instanceof SqlNodeList)) {
                continue;
            }
            SqlNode r = rewrite(op);
            if (r != op) {
                try {
                    c.setOperand(i, r);
                } catch (UnsupportedOperationException | AssertionError e) {
                    // a node kind without setters: its children keep their in-place rewrites
                }
            }
        }
    }

    /** A call of a SQL function: its body with the arguments substituted, cast to its type. */
    private SqlNode inline(SqlBasicCall call, UserFunction f) {
        List<SqlNode> args = new ArrayList<>();
        for (SqlNode a : call.getOperandList()) {
            args.add(rewrite(a));
        }
        if (args.size() != f.parameterNames().size()) {
            throw new FreshetException(
                    ErrorCode.UNDEFINED_FUNCTION,
                    "function "
                            + f.name()
                            + " takes "
                            + f.parameterNames().size()
                            + " arguments, not "
                            + args.size());
        }
        SqlNode body = FunctionBodies.expression(f);
        SqlParserPos pos = call.getParserPosition();
        SqlNode substituted =
                body.accept(
                        new org.apache.calcite.sql.util.SqlShuttle() {
                            @Override
                            public SqlNode visit(SqlIdentifier id) {
                                if (id.isSimple()) {
                                    int i = f.parameterNames().indexOf(id.getSimple());
                                    if (i >= 0) {
                                        SqlNode arg = args.get(i);
                                        return SqlStdOperatorTable.CAST.createCall(
                                                pos,
                                                arg.clone(arg.getParserPosition()),
                                                SqlTypeSpecs.of(f.parameterTypes().get(i)));
                                    }
                                }
                                return id;
                            }
                        });
        return SqlStdOperatorTable.CAST.createCall(
                pos, substituted, SqlTypeSpecs.of(f.returnType()));
    }

    /**
     * RisingWave lets {@code FROM TUMBLE(bid, ...)} without an alias be qualified as {@code bid}:
     * give such a window table function the alias of the table it reads.
     */
    private static SqlNode aliasWindowFunction(SqlNode from) {
        if (from.getKind() != SqlKind.COLLECTION_TABLE || !(from instanceof SqlCall table)) {
            return from;
        }
        SqlNode inner = table.operand(0);
        if (!(inner instanceof SqlCall fn)
                || fn.operandCount() == 0
                || fn.operand(0).getKind() != SqlKind.EXPLICIT_TABLE) {
            return from;
        }
        String fnName = fn.getOperator().getName().toUpperCase(java.util.Locale.ROOT);
        if (!fnName.equals("TUMBLE") && !fnName.equals("HOP")) {
            return from;
        }
        SqlNode relation = ((SqlCall) fn.operand(0)).operand(0);
        if (!(relation instanceof SqlIdentifier id)) {
            return from;
        }
        String alias = id.names.get(id.names.size() - 1);
        return SqlStdOperatorTable.AS.createCall(
                from.getParserPosition(), from, new SqlIdentifier(alias, from.getParserPosition()));
    }

    private SqlNode corresponding(SqlCorrespondingSetOp c) {
        SqlNode left = rewrite(c.left());
        SqlNode right = rewrite(c.right());
        List<String> leftNames = columnNames.apply(left.clone(left.getParserPosition()));
        List<String> rightNames = columnNames.apply(right.clone(right.getParserPosition()));
        List<String> columns;
        if (c.byColumns() != null) {
            columns = c.byColumns();
            for (String col : columns) {
                if (!leftNames.contains(col) || !rightNames.contains(col)) {
                    throw new FreshetException(
                            ErrorCode.UNDEFINED_COLUMN,
                            "column \"" + col + "\" of CORRESPONDING BY is not in both inputs");
                }
            }
        } else {
            columns = new ArrayList<>();
            for (String col : leftNames) {
                if (rightNames.contains(col)) {
                    columns.add(col);
                }
            }
        }
        if (columns.isEmpty()) {
            throw new FreshetException(
                    ErrorCode.SYNTAX_ERROR, "the inputs of CORRESPONDING have no column in common");
        }
        SqlParserPos pos = c.getParserPosition();
        return c.setOperator()
                .createCall(pos, project(left, columns, pos), project(right, columns, pos));
    }

    /**
     * {@code q ORDER BY k FETCH FIRST n ROWS WITH TIES} keeps exactly the rows whose {@code RANK()}
     * over {@code k} is at most n; written that way, it becomes a TopN in a view.
     */
    private SqlNode withTies(SqlOrderByWithTies t) {
        SqlParserPos pos = t.getParserPosition();
        SqlNode query = rewrite(t.query);
        List<String> names = columnNames.apply(query.clone(query.getParserPosition()));
        SqlNodeList order = new SqlNodeList(pos);
        for (SqlNode item : t.orderList) {
            order.add(byName(item, names));
        }
        SqlNodeList innerItems = new SqlNodeList(pos);
        innerItems.add(SqlIdentifier.star(pos));
        SqlNode rank = over(SqlStdOperatorTable.RANK, new SqlNodeList(pos), order, false, pos);
        innerItems.add(SqlStdOperatorTable.AS.createCall(pos, rank, new SqlIdentifier(RANK, pos)));
        if (t.offset != null) {
            // OFFSET m FETCH FIRST n ROWS WITH TIES: the rows WITH TIES keeps for m + n, minus the
            // first m by position (which of equal rows those are is unspecified, as in PostgreSQL)
            SqlNode rowNumber =
                    over(SqlStdOperatorTable.ROW_NUMBER, new SqlNodeList(pos), order, true, pos);
            innerItems.add(
                    SqlStdOperatorTable.AS.createCall(
                            pos, rowNumber, new SqlIdentifier(ROW_NUMBER, pos)));
        }
        SqlNode inner =
                new SqlSelect(
                        pos,
                        null,
                        innerItems,
                        SqlStdOperatorTable.AS.createCall(
                                pos, query, new SqlIdentifier("ties_input", pos)),
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null);
        SqlNodeList outerItems = new SqlNodeList(pos);
        for (String n : names) {
            outerItems.add(new SqlIdentifier(n, pos));
        }
        SqlNode where =
                SqlStdOperatorTable.LESS_THAN_OR_EQUAL.createCall(
                        pos,
                        new SqlIdentifier(RANK, pos),
                        t.offset == null
                                ? t.fetchWithTies()
                                : SqlStdOperatorTable.PLUS.createCall(
                                        pos, t.offset, t.fetchWithTies()));
        if (t.offset != null) {
            where =
                    SqlStdOperatorTable.AND.createCall(
                            pos,
                            where,
                            SqlStdOperatorTable.GREATER_THAN.createCall(
                                    pos, new SqlIdentifier(ROW_NUMBER, pos), t.offset));
        }
        SqlNode outer =
                new SqlSelect(
                        pos,
                        null,
                        outerItems,
                        SqlStdOperatorTable.AS.createCall(
                                pos, inner, new SqlIdentifier("ties_ranked", pos)),
                        where,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null);
        SqlNodeList finalOrder = new SqlNodeList(pos);
        for (SqlNode item : order) {
            finalOrder.add(item);
        }
        return new SqlOrderBy(pos, outer, finalOrder, null, null);
    }

    /** {@code fn() OVER (PARTITION BY partition ORDER BY order)}, a ROWS or RANGE window. */
    private static SqlNode over(
            org.apache.calcite.sql.SqlOperator fn,
            SqlNodeList partition,
            SqlNodeList order,
            boolean rows,
            SqlParserPos pos) {
        return SqlStdOperatorTable.OVER.createCall(
                pos,
                fn.createCall(pos),
                SqlWindow.create(
                        null,
                        null,
                        partition,
                        order,
                        SqlLiteral.createBoolean(rows, pos),
                        null,
                        null,
                        null,
                        pos));
    }

    private static final String RANK = "ties_rank";
    private static final String ROW_NUMBER = "ties_row";

    /**
     * {@code SELECT DISTINCT ON (e, ...) items FROM ... ORDER BY o, ...} keeps, for each distinct
     * {@code e}, the first row in {@code o} order: {@code ROW_NUMBER() OVER (PARTITION BY e ORDER
     * BY o) = 1}, which a view maintains as a per-group top 1.
     */
    private SqlNode distinctOn(
            SqlSelectDistinctOn d, @org.jspecify.annotations.Nullable SqlOrderBy order) {
        SqlParserPos pos = d.getParserPosition();
        SqlSelect plain =
                new SqlSelect(
                        pos,
                        d.keywords(),
                        d.getSelectList(),
                        d.getFrom(),
                        d.getWhere(),
                        d.getGroup(),
                        d.getHaving(),
                        d.getWindowList(),
                        null,
                        null,
                        null,
                        null,
                        null);
        SqlNode rewritten = rewrite(plain);
        List<String> names = columnNames.apply(rewritten.clone(pos));
        SqlNodeList orderList = order == null ? new SqlNodeList(pos) : order.orderList;
        SqlNode rn = over(SqlStdOperatorTable.ROW_NUMBER, d.distinctOn(), orderList, true, pos);
        SqlSelect inner = (SqlSelect) rewritten;
        SqlNodeList items = new SqlNodeList(pos);
        for (int i = 0; i < inner.getSelectList().size(); i++) {
            SqlNode item = inner.getSelectList().get(i);
            if (item instanceof SqlIdentifier id && id.isStar()) {
                items.add(item);
            } else {
                items.add(
                        SqlStdOperatorTable.AS.createCall(
                                pos, stripAlias(item), new SqlIdentifier(names.get(i), pos)));
            }
        }
        items.add(SqlStdOperatorTable.AS.createCall(pos, rn, new SqlIdentifier(DISTINCT_RN, pos)));
        inner.setSelectList(items);
        SqlNodeList outerItems = new SqlNodeList(pos);
        for (String n : names) {
            outerItems.add(new SqlIdentifier(n, pos));
        }
        SqlNode where =
                SqlStdOperatorTable.EQUALS.createCall(
                        pos,
                        new SqlIdentifier(DISTINCT_RN, pos),
                        SqlLiteral.createExactNumeric("1", pos));
        SqlNode outer =
                new SqlSelect(
                        pos,
                        null,
                        outerItems,
                        SqlStdOperatorTable.AS.createCall(
                                pos, inner, new SqlIdentifier("distinct_on", pos)),
                        where,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
                        null);
        if (order == null || order.orderList.isEmpty()) {
            return outer;
        }
        // the result's order: each ORDER BY item as an output column (by name, ordinal, or the
        // expression an output column was computed from); items that are not output columns
        // only choose which row of each group survives
        SqlNodeList outerOrder = new SqlNodeList(pos);
        for (SqlNode item : order.orderList) {
            SqlNode mapped = outputOrderItem(byName(item, names), names, plain.getSelectList());
            if (mapped != null) {
                outerOrder.add(mapped);
            }
        }
        return outerOrder.isEmpty() && order.fetch == null && order.offset == null
                ? outer
                : new SqlOrderBy(pos, outer, outerOrder, order.offset, order.fetch);
    }

    private static final String DISTINCT_RN = "distinct_on_rn";

    private static @org.jspecify.annotations.Nullable SqlNode outputOrderItem(
            SqlNode item, List<String> names, SqlNodeList selectItems) {
        if (item instanceof SqlBasicCall c
                && (c.getKind() == SqlKind.DESCENDING
                        || c.getKind() == SqlKind.NULLS_FIRST
                        || c.getKind() == SqlKind.NULLS_LAST)) {
            SqlNode inner = outputOrderItem(c.operand(0), names, selectItems);
            return inner == null ? null : c.getOperator().createCall(c.getParserPosition(), inner);
        }
        if (item instanceof SqlIdentifier id && id.isSimple() && names.contains(id.getSimple())) {
            return item;
        }
        for (int i = 0; i < selectItems.size() && i < names.size(); i++) {
            if (stripAlias(selectItems.get(i))
                    .equalsDeep(item, org.apache.calcite.util.Litmus.IGNORE)) {
                return new SqlIdentifier(names.get(i), item.getParserPosition());
            }
        }
        return null;
    }

    private static SqlNode stripAlias(SqlNode item) {
        return item.getKind() == SqlKind.AS ? ((SqlCall) item).operand(0) : item;
    }

    /** An ORDER BY item with output ordinals turned into column names. */
    private static SqlNode byName(SqlNode item, List<String> names) {
        if (item instanceof SqlNumericLiteral n && n.isInteger()) {
            int k = n.intValue(true);
            if (k < 1 || k > names.size()) {
                throw new FreshetException(
                        ErrorCode.INVALID_COLUMN_REFERENCE,
                        "ORDER BY position " + k + " is not in select list");
            }
            return new SqlIdentifier(names.get(k - 1), item.getParserPosition());
        }
        if (item instanceof SqlBasicCall c
                && (c.getKind() == SqlKind.DESCENDING
                        || c.getKind() == SqlKind.NULLS_FIRST
                        || c.getKind() == SqlKind.NULLS_LAST)) {
            return c.getOperator().createCall(c.getParserPosition(), byName(c.operand(0), names));
        }
        return item;
    }

    private static SqlNode project(SqlNode input, List<String> columns, SqlParserPos pos) {
        SqlNodeList items = new SqlNodeList(pos);
        for (String col : columns) {
            items.add(new SqlIdentifier(List.of("corresponding_input", col), pos));
        }
        SqlNode from =
                SqlStdOperatorTable.AS.createCall(
                        pos, input, new SqlIdentifier("corresponding_input", pos));
        return new SqlSelect(
                pos, null, items, from, null, null, null, null, null, null, null, null, null);
    }
}
