package dev.freshet.sql.ast;

import java.util.List;
import org.apache.calcite.sql.SqlCall;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.SqlOperator;
import org.apache.calcite.sql.SqlSpecialOperator;
import org.apache.calcite.sql.SqlWriter;
import org.apache.calcite.sql.parser.SqlParserPos;

/** {@code FLUSH}: waits until everything written before it is committed and visible. */
public final class SqlFlush extends SqlCall implements FreshetStatement {
    /** The operator of every FLUSH. */
    public static final SqlOperator OPERATOR = new SqlSpecialOperator("FLUSH", SqlKind.OTHER);

    public SqlFlush(SqlParserPos pos) {
        super(pos);
    }

    @Override
    public SqlOperator getOperator() {
        return OPERATOR;
    }

    @Override
    public List<SqlNode> getOperandList() {
        return List.of();
    }

    @Override
    public void unparse(SqlWriter writer, int leftPrec, int rightPrec) {
        writer.keyword("FLUSH");
    }
}
