package dev.freshet.sql.parser.impl;

import org.apache.calcite.sql.SqlBinaryOperator;
import org.apache.calcite.sql.SqlCall;
import org.apache.calcite.sql.SqlFunctionCategory;
import org.apache.calcite.sql.SqlIdentifier;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.SqlLiteral;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.SqlUnresolvedFunction;
import org.apache.calcite.sql.parser.SqlParserPos;
import org.jspecify.annotations.Nullable;

/**
 * PostgreSQL's JSON access operators while the parser builds the expression tree: {@code a -> b}
 * becomes the call {@code jsonb_get(a, b)} and {@code a ->> b} becomes {@code jsonb_get_text(a,
 * b)}, unresolved function calls exactly as if the user had written them, which the engine's
 * operator table resolves. Like PostgreSQL's "other" operators, they bind looser than {@code +} and
 * tighter than comparisons and LIKE, and associate to the left.
 */
final class JsonAccessOperator extends SqlBinaryOperator {
    static final JsonAccessOperator GET = new JsonAccessOperator("->", "jsonb_get");
    static final JsonAccessOperator GET_TEXT = new JsonAccessOperator("->>", "jsonb_get_text");

    private final String functionName;

    private JsonAccessOperator(String symbol, String functionName) {
        super(symbol, SqlKind.OTHER, 36, true, null, null, null);
        this.functionName = functionName;
    }

    @Override
    public SqlCall createCall(
            @Nullable SqlLiteral functionQualifier,
            SqlParserPos pos,
            @Nullable SqlNode... operands) {
        SqlUnresolvedFunction function =
                new SqlUnresolvedFunction(
                        new SqlIdentifier(functionName, pos),
                        null,
                        null,
                        null,
                        null,
                        SqlFunctionCategory.USER_DEFINED_FUNCTION);
        return function.createCall(null, pos, operands);
    }
}
