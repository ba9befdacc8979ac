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
 * PostgreSQL's {@code ts AT TIME ZONE zone} while the parser builds the expression tree: it becomes
 * the call {@code timezone(zone, ts)}, the function PostgreSQL defines the operator as, unresolved
 * for the engine's operator table. It binds looser than unary minus and {@code ::}, tighter than
 * {@code *}.
 */
final class AtTimeZoneOperator extends SqlBinaryOperator {
    static final AtTimeZoneOperator INSTANCE = new AtTimeZoneOperator();

    private AtTimeZoneOperator() {
        super("AT TIME ZONE", SqlKind.OTHER, 70, true, null, null, null);
    }

    @Override
    public SqlCall createCall(
            @Nullable SqlLiteral functionQualifier,
            SqlParserPos pos,
            @Nullable SqlNode... operands) {
        SqlUnresolvedFunction timezone =
                new SqlUnresolvedFunction(
                        new SqlIdentifier("timezone", pos),
                        null,
                        null,
                        null,
                        null,
                        SqlFunctionCategory.USER_DEFINED_FUNCTION);
        return timezone.createCall(null, pos, operands[1], operands[0]);
    }
}
