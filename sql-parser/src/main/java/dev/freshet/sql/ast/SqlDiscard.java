package dev.freshet.sql.ast;

import java.util.List;
import java.util.Objects;
import org.apache.calcite.sql.SqlCall;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.SqlLiteral;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.SqlOperator;
import org.apache.calcite.sql.SqlSpecialOperator;
import org.apache.calcite.sql.SqlWriter;
import org.apache.calcite.sql.parser.SqlParserPos;

/** {@code DISCARD {ALL | PLANS | SEQUENCES | TEMP | TEMPORARY}}: drops session state. */
public final class SqlDiscard extends SqlCall implements FreshetStatement {
    /** The operator of every DISCARD. */
    public static final SqlOperator OPERATOR = new SqlSpecialOperator("DISCARD", SqlKind.OTHER);

    /** What is discarded ({@code TEMPORARY} is written {@link #TEMP}). */
    public enum Target {
        ALL,
        PLANS,
        SEQUENCES,
        TEMP
    }

    private final Target target;

    public SqlDiscard(SqlParserPos pos, Target target) {
        super(pos);
        this.target = Objects.requireNonNull(target);
    }

    /** What is discarded. */
    public Target target() {
        return target;
    }

    @Override
    public SqlOperator getOperator() {
        return OPERATOR;
    }

    @Override
    public List<SqlNode> getOperandList() {
        return List.of(SqlLiteral.createSymbol(target, SqlParserPos.ZERO));
    }

    @Override
    public void unparse(SqlWriter writer, int leftPrec, int rightPrec) {
        writer.keyword("DISCARD");
        writer.keyword(target.name());
    }
}
