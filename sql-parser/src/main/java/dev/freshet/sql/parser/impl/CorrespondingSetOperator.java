package dev.freshet.sql.parser.impl;

import dev.freshet.sql.ast.SqlCorrespondingSetOp;
import java.util.Objects;
import org.apache.calcite.sql.SqlCall;
import org.apache.calcite.sql.SqlLiteral;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.SqlNodeList;
import org.apache.calcite.sql.SqlSetOperator;
import org.apache.calcite.sql.parser.SqlParserPos;
import org.jspecify.annotations.Nullable;

/**
 * {@code UNION [ALL] CORRESPONDING [BY (...)]} (and INTERSECT, EXCEPT) while the parser builds the
 * query tree: it has the precedence of the plain set operation and produces a {@link
 * SqlCorrespondingSetOp}. One instance per occurrence, since it carries the BY list.
 */
final class CorrespondingSetOperator extends SqlSetOperator {
    private final SqlSetOperator base;
    private final @Nullable SqlNodeList by;

    CorrespondingSetOperator(SqlSetOperator base, @Nullable SqlNodeList by) {
        super(base.getName(), base.getKind(), base.getLeftPrec(), base.isAll());
        this.base = Objects.requireNonNull(base);
        this.by = by;
    }

    @Override
    public SqlCall createCall(
            @Nullable SqlLiteral functionQualifier,
            SqlParserPos pos,
            @Nullable SqlNode... operands) {
        return new SqlCorrespondingSetOp(
                pos,
                base,
                Objects.requireNonNull(operands[0]),
                Objects.requireNonNull(operands[1]),
                by);
    }
}
