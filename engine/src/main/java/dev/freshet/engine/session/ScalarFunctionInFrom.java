package dev.freshet.engine.session;

import dev.freshet.engine.expr.FunctionLibrary;
import java.util.List;
import java.util.Locale;
import org.apache.calcite.sql.SqlBasicCall;
import org.apache.calcite.sql.SqlCall;
import org.apache.calcite.sql.SqlIdentifier;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.SqlNodeList;
import org.apache.calcite.sql.SqlSelect;
import org.apache.calcite.sql.SqlUnresolvedFunction;
import org.apache.calcite.sql.fun.SqlStdOperatorTable;
import org.apache.calcite.sql.parser.SqlParserPos;

/**
 * A scalar function in FROM, as PostgreSQL allows: {@code FROM string_to_array(x, ',') AS s} is one
 * row whose one column is named after the alias ({@code s}, or the function without one). Grafana
 * splits the search path so. Becomes {@code (SELECT f(...) AS s) AS s}.
 */
final class ScalarFunctionInFrom {
    private ScalarFunctionInFrom() {}

    /** Table functions, which keep their meaning whatever scalar functions share the name. */
    private static final java.util.Set<String> TABLE_FUNCTIONS =
            java.util.Set.of(
                    "generate_series",
                    "pg_get_keywords",
                    "tumble",
                    "hop",
                    "session",
                    "changelog",
                    "model_history");

    /** {@code from} with a scalar function call replaced by a one-row subquery. */
    static SqlNode rewrite(SqlNode from) {
        SqlNode item = from;
        String alias = null;
        List<SqlNode> aliasOperands = null;
        if (from.getKind() == SqlKind.AS && from instanceof SqlCall as) {
            item = as.operand(0);
            alias = ((SqlIdentifier) as.operand(1)).getSimple();
            aliasOperands = as.getOperandList();
        }
        if (item.getKind() != SqlKind.COLLECTION_TABLE || !(item instanceof SqlCall table)) {
            return from;
        }
        if (!(table.operand(0) instanceof SqlBasicCall call)
                || !(call.getOperator() instanceof SqlUnresolvedFunction fn)) {
            return from;
        }
        String name = fn.getName().toLowerCase(Locale.ROOT);
        if (TABLE_FUNCTIONS.contains(name) || !FunctionLibrary.standard().names().contains(name)) {
            return from;
        }
        if (aliasOperands != null && aliasOperands.size() > 2) {
            alias = ((SqlIdentifier) aliasOperands.get(2)).getSimple();
        }
        String column = alias != null ? alias : name;
        String tableAlias =
                aliasOperands != null ? ((SqlIdentifier) aliasOperands.get(1)).getSimple() : name;
        SqlParserPos pos = from.getParserPosition();
        SqlNode scalar =
                new SqlUnresolvedFunction(
                                new SqlIdentifier(fn.getName(), pos),
                                null,
                                null,
                                null,
                                null,
                                org.apache.calcite.sql.SqlFunctionCategory.USER_DEFINED_FUNCTION)
                        .createCall(null, pos, call.getOperandList().toArray(new SqlNode[0]));
        SqlSelect one =
                new SqlSelect(
                        pos,
                        null,
                        new SqlNodeList(
                                List.of(
                                        SqlStdOperatorTable.AS.createCall(
                                                pos, scalar, new SqlIdentifier(column, pos))),
                                pos),
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
        return SqlStdOperatorTable.AS.createCall(pos, one, new SqlIdentifier(tableAlias, pos));
    }
}
