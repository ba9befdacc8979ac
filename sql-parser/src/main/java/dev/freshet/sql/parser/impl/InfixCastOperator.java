package dev.freshet.sql.parser.impl;

import org.apache.calcite.sql.SqlBinaryOperator;
import org.apache.calcite.sql.SqlCall;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.SqlLiteral;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.fun.SqlStdOperatorTable;
import org.apache.calcite.sql.parser.SqlParserPos;
import org.jspecify.annotations.Nullable;

/**
 * PostgreSQL's {@code expr::type} while the parser builds the expression tree: it binds tighter
 * than arithmetic and unary minus, looser than {@code .} and {@code [ ]}, associates to the left
 * ({@code a::text::int}), and produces a standard {@code CAST(expr AS type)} call, so nothing
 * downstream ever sees this operator.
 */
final class InfixCastOperator extends SqlBinaryOperator {
    static final InfixCastOperator INSTANCE = new InfixCastOperator();

    private InfixCastOperator() {
        super("::", SqlKind.CAST, 94, true, null, null, null);
    }

    @Override
    public SqlCall createCall(
            @Nullable SqlLiteral functionQualifier,
            SqlParserPos pos,
            @Nullable SqlNode... operands) {
        return SqlStdOperatorTable.CAST.createCall(pos, operands);
    }
}
