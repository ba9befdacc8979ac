package dev.freshet.engine.session;

import dev.freshet.sql.error.ErrorCode;
import dev.freshet.sql.error.FreshetException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.calcite.sql.JoinConditionType;
import org.apache.calcite.sql.JoinType;
import org.apache.calcite.sql.SqlBasicCall;
import org.apache.calcite.sql.SqlCall;
import org.apache.calcite.sql.SqlFunction;
import org.apache.calcite.sql.SqlFunctionCategory;
import org.apache.calcite.sql.SqlIdentifier;
import org.apache.calcite.sql.SqlJoin;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.SqlLiteral;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.SqlNodeList;
import org.apache.calcite.sql.SqlOrderBy;
import org.apache.calcite.sql.SqlSelect;
import org.apache.calcite.sql.SqlUnresolvedFunction;
import org.apache.calcite.sql.fun.SqlStdOperatorTable;
import org.apache.calcite.sql.parser.SqlParserPos;
import org.apache.calcite.sql.util.SqlShuttle;
import org.apache.calcite.util.Litmus;
import org.jspecify.annotations.Nullable;

/**
 * PostgreSQL's {@code information_schema._pg_expandarray(a)}, the set-returning function pgjdbc's
 * {@code getPrimaryKeys}, {@code getIndexInfo} and {@code getBestRowIdentifier} call in a select
 * list: one row {@code (x, n)} per element {@code x} of {@code a} at position {@code n}.
 *
 * <p>Our planner cannot decorrelate an {@code UNNEST} of a column, and arrays in the catalogs are
 * index key lists (at most {@link #MAX_ELEMENTS} long), so a SELECT whose list calls it is joined
 * with the positions {@code generate_series(1, 32)} kept where {@code n <= cardinality(a)}; then
 * {@code (f(a)).n} is the position, {@code (f(a)).x} and a bare {@code f(a)} are the element {@code
 * a[n]}. Freshet has no composite values, so the bare call carries its {@code x}, and {@code (v).x}
 * of any other value is {@code v} itself: pgjdbc reads only {@code (keys).x} of the bare call's
 * column. All calls in one select list must expand the same array (as in PostgreSQL, where calls
 * with different arrays would be zipped).
 *
 * <p>{@code unnest(k)} and {@code generate_subscripts(k, 1)} in a select list (SQLAlchemy's primary
 * key query) expand the same way when {@code k} is one of the catalogs' key-list columns ({@code
 * indkey}, {@code conkey}, ...; at most 32 entries by definition): {@code unnest} is the element,
 * {@code generate_subscripts} the position (from 0 for the int2vector and oidvector columns, whose
 * subscripts start at 0: {@code indkey[0]} is the first key, see {@link QueryRewriter}). Over any
 * other array they fail with 0A000 rather than cut the array short.
 */
final class ExpandArrayRewrite {
    private ExpandArrayRewrite() {}

    /** Index keys lists are at most this long (PostgreSQL's INDEX_MAX_KEYS). */
    static final int MAX_ELEMENTS = 32;

    private static final String ALIAS = "expandarray$";
    private static final String POSITION = "n";

    /**
     * The catalog columns of type {@code int2vector} or {@code oidvector}, one entry per index key:
     * their subscripts start at 0 and their text form is the numbers separated by spaces.
     */
    private static final java.util.Set<String> VECTORS =
            java.util.Set.of("indkey", "indoption", "indclass", "indcollation");

    /** The {@link #VECTORS} of type oidvector (the others are int2vector). */
    private static final java.util.Set<String> OIDVECTORS =
            java.util.Set.of("indclass", "indcollation");

    /**
     * The catalog columns that list index or constraint keys (so at most {@link #MAX_ELEMENTS}):
     * {@code unnest} and {@code generate_subscripts} of these in a select list are expanded here.
     */
    private static final java.util.Set<String> KEY_LISTS =
            java.util.Set.of(
                    "indkey", "indoption", "indclass", "indcollation", "conkey", "confkey");

    /** Whether {@code node} calls {@code _pg_expandarray}. */
    static boolean isExpandArray(@Nullable SqlNode node) {
        return isCall(node, "_pg_expandarray", 1);
    }

    /** Whether {@code node} is {@code unnest(a)} (its elements, in order). */
    private static boolean isUnnest(@Nullable SqlNode node) {
        return isCall(node, "unnest", 1);
    }

    /**
     * Whether {@code node} is {@code generate_subscripts(a, 1)} or {@code
     * generate_series(array_lower(a, 1), array_upper(a, 1))} (psqlODBC's foreign key query): the
     * element positions.
     */
    private static boolean isSubscripts(@Nullable SqlNode node) {
        if (isCall(node, "generate_subscripts", 2)) {
            return isFirstDimension(((SqlCall) node).operand(1));
        }
        if (isCall(node, "generate_series", 2)) {
            SqlNode lower = ((SqlCall) node).operand(0);
            SqlNode upper = ((SqlCall) node).operand(1);
            return isCall(lower, "array_lower", 2)
                    && isCall(upper, "array_upper", 2)
                    && isFirstDimension(((SqlCall) lower).operand(1))
                    && isFirstDimension(((SqlCall) upper).operand(1))
                    && ((SqlCall) lower)
                            .operand(0)
                            .equalsDeep(((SqlCall) upper).operand(0), Litmus.IGNORE);
        }
        return false;
    }

    private static boolean isFirstDimension(SqlNode dim) {
        return dim instanceof SqlLiteral literal && "1".equals(literal.toValue());
    }

    /** The array whose positions or elements {@code node} (a call this rewrite knows) lists. */
    private static SqlNode arrayOf(SqlNode node) {
        SqlNode first = ((SqlCall) node).operand(0);
        return isCall(node, "generate_series", 2) ? ((SqlCall) first).operand(0) : first;
    }

    private static boolean isCall(@Nullable SqlNode node, String name, int operands) {
        return node instanceof SqlBasicCall call
                && call.getOperator() instanceof SqlFunction fn
                && fn.getName().toLowerCase(Locale.ROOT).equals(name)
                && call.operandCount() == operands;
    }

    /** Whether {@code node} is the position this rewrite joins in ({@code a[n]} is 1-based). */
    static boolean isPosition(SqlNode node) {
        return node instanceof SqlIdentifier id && id.names.equals(List.of(ALIAS, POSITION));
    }

    /**
     * The top-level select list's bare int2vector and oidvector columns ({@code SELECT i.indkey})
     * as calls of their output functions {@code int2vectorout} and {@code oidvectorout}: text, the
     * numbers separated by spaces, reported with the vector's type OID ({@link #vectorTypeOid}).
     * psqlODBC's SQLStatistics reads {@code indkey} so. Inside the query they stay arrays.
     */
    static void keyVectorsAsText(SqlNode query) {
        SqlNode body = query instanceof SqlOrderBy o ? o.query : query;
        if (!(body instanceof SqlSelect s) || s.getSelectList() == null) {
            return;
        }
        SqlNodeList items = s.getSelectList();
        for (int i = 0; i < items.size(); i++) {
            SqlNode item = items.get(i);
            SqlNode column = item;
            SqlNode alias = null;
            if (item.getKind() == SqlKind.AS && item instanceof SqlCall as) {
                column = as.operand(0);
                alias = as.operand(1);
            }
            if (!(column instanceof SqlIdentifier id) || !isKeyVector(id)) {
                continue;
            }
            String name = id.names.get(id.names.size() - 1).toLowerCase(Locale.ROOT);
            SqlParserPos pos = id.getParserPosition();
            SqlNode out =
                    new SqlUnresolvedFunction(
                                    new SqlIdentifier(
                                            OIDVECTORS.contains(name)
                                                    ? "oidvectorout"
                                                    : "int2vectorout",
                                            pos),
                                    null,
                                    null,
                                    null,
                                    null,
                                    SqlFunctionCategory.USER_DEFINED_FUNCTION)
                            .createCall(null, pos, id);
            items.set(
                    i,
                    SqlStdOperatorTable.AS.createCall(
                            pos, out, alias != null ? alias : new SqlIdentifier(name, pos)));
        }
    }

    /**
     * The type OID a validated select item reports: int2vector (22) or oidvector (30) for the calls
     * {@link #keyVectorsAsText} wrote, else 0.
     */
    static int vectorTypeOid(SqlNode item) {
        SqlNode column = item.getKind() == SqlKind.AS ? ((SqlCall) item).operand(0) : item;
        if (isCall(column, "int2vectorout", 1)) {
            return 22;
        }
        return isCall(column, "oidvectorout", 1) ? 30 : 0;
    }

    /** Whether {@code array} names an int2vector or oidvector column ({@link #VECTORS}). */
    static boolean isKeyVector(SqlNode array) {
        return names(array, VECTORS);
    }

    /** Whether {@code array} names a key-list column of the catalogs ({@link #KEY_LISTS}). */
    private static boolean isKeyList(SqlNode array) {
        return names(array, KEY_LISTS);
    }

    private static boolean names(SqlNode node, java.util.Set<String> columns) {
        return node instanceof SqlIdentifier id
                && columns.contains(id.names.get(id.names.size() - 1).toLowerCase(Locale.ROOT));
    }

    /**
     * {@code (v).x} as {@code v} where {@code v} is not an expand-array call (the column a bare
     * call became), else null.
     */
    static @Nullable SqlNode fieldOfExpandedColumn(SqlCall dot) {
        if (dot.getKind() != SqlKind.DOT || dot.operandCount() != 2) {
            return null;
        }
        if (isExpandArray(dot.operand(0))) {
            return null;
        }
        if (dot.operand(1) instanceof SqlIdentifier field
                && field.isSimple()
                && field.getSimple().equalsIgnoreCase("x")) {
            return dot.operand(0);
        }
        return null;
    }

    /** Rewrites {@code s} in place if its select list expands an array; returns whether it did. */
    static boolean rewrite(SqlSelect s) {
        SqlNodeList items = s.getSelectList();
        if (items == null) {
            return false;
        }
        List<SqlNode> arrays = new ArrayList<>();
        for (SqlNode item : items) {
            collect(item, arrays);
        }
        if (arrays.isEmpty()) {
            return false;
        }
        SqlNode array = arrays.get(0);
        for (SqlNode other : arrays) {
            if (!other.equalsDeep(array, Litmus.IGNORE)) {
                throw new FreshetException(
                        ErrorCode.FEATURE_NOT_SUPPORTED,
                        "set-returning functions in a select list must all expand the same array");
            }
        }
        SqlParserPos pos = s.getParserPosition();
        SqlNode position = new SqlIdentifier(List.of(ALIAS, POSITION), pos);
        SqlNode element = SqlStdOperatorTable.ITEM.createCall(pos, array.clone(pos), position);
        SqlShuttle replace =
                new SqlShuttle() {
                    @Override
                    public @Nullable SqlNode visit(SqlCall call) {
                        if (call.getKind() == SqlKind.DOT
                                && isExpandArray(call.operand(0))
                                && call.operand(1) instanceof SqlIdentifier field) {
                            return field.getSimple().equalsIgnoreCase(POSITION)
                                    ? position.clone(pos)
                                    : element.clone(pos);
                        }
                        if (isExpandArray(call) || isUnnest(call)) {
                            return element.clone(pos);
                        }
                        if (isSubscripts(call)) {
                            // a vector's subscripts start at 0, an array's at 1
                            return isKeyVector(arrayOf(call))
                                    ? SqlStdOperatorTable.MINUS.createCall(
                                            pos,
                                            position.clone(pos),
                                            SqlLiteral.createExactNumeric("1", pos))
                                    : position.clone(pos);
                        }
                        return super.visit(call);
                    }
                };
        for (int i = 0; i < items.size(); i++) {
            SqlNode item = items.get(i);
            SqlNode r = item.accept(replace);
            if (item instanceof SqlCall dot
                    && dot.getKind() == SqlKind.DOT
                    && isExpandArray(dot.operand(0))
                    && r != null) {
                // labelled by the field, as PostgreSQL labels (f(a)).x
                r = SqlStdOperatorTable.AS.createCall(pos, r, dot.operand(1));
            }
            if (r != null && r != item) {
                items.set(i, r);
            }
        }
        SqlNode series =
                SqlStdOperatorTable.AS.createCall(
                        pos,
                        SqlStdOperatorTable.COLLECTION_TABLE.createCall(
                                pos,
                                new org.apache.calcite.sql.SqlUnresolvedFunction(
                                                new SqlIdentifier("generate_series", pos),
                                                null,
                                                null,
                                                null,
                                                null,
                                                org.apache.calcite.sql.SqlFunctionCategory
                                                        .USER_DEFINED_TABLE_FUNCTION)
                                        .createCall(
                                                null,
                                                pos,
                                                SqlLiteral.createExactNumeric("1", pos),
                                                SqlLiteral.createExactNumeric(
                                                        Integer.toString(MAX_ELEMENTS), pos))),
                        new SqlIdentifier(ALIAS, pos),
                        new SqlIdentifier(POSITION, pos));
        s.setFrom(
                s.getFrom() == null
                        ? series
                        : new SqlJoin(
                                pos,
                                s.getFrom(),
                                SqlLiteral.createBoolean(false, pos),
                                JoinType.COMMA.symbol(pos),
                                series,
                                JoinConditionType.NONE.symbol(pos),
                                null));
        SqlNode inRange =
                SqlStdOperatorTable.LESS_THAN_OR_EQUAL.createCall(
                        pos,
                        position.clone(pos),
                        SqlStdOperatorTable.CARDINALITY.createCall(pos, array.clone(pos)));
        s.setWhere(
                s.getWhere() == null
                        ? inRange
                        : SqlStdOperatorTable.AND.createCall(pos, s.getWhere(), inRange));
        return true;
    }

    private static void collect(@Nullable SqlNode node, List<SqlNode> arrays) {
        if (node == null) {
            return;
        }
        if (isExpandArray(node)) {
            arrays.add(((SqlCall) node).operand(0));
            return;
        }
        if (isUnnest(node) || isSubscripts(node)) {
            SqlNode array = arrayOf(node);
            if (!isKeyList(array)) {
                throw new FreshetException(
                        ErrorCode.FEATURE_NOT_SUPPORTED,
                        ((SqlBasicCall) node).getOperator().getName().toLowerCase(Locale.ROOT)
                                + "() of an array in a select list is supported only over the catalogs'"
                                + " index and constraint key lists ("
                                + String.join(", ", new java.util.TreeSet<>(KEY_LISTS))
                                + ")");
            }
            arrays.add(array);
            return;
        }

        if (node instanceof SqlCall c) {
            for (SqlNode op : c.getOperandList()) {
                collect(op, arrays);
            }
        }
    }
}
