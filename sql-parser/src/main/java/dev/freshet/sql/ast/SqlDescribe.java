package dev.freshet.sql.ast;

import java.util.List;
import java.util.Objects;
import org.apache.calcite.sql.SqlCall;
import org.apache.calcite.sql.SqlIdentifier;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.SqlOperator;
import org.apache.calcite.sql.SqlSpecialOperator;
import org.apache.calcite.sql.SqlWriter;
import org.apache.calcite.sql.parser.SqlParserPos;

/**
 * {@code DESCRIBE name}, {@code DESC name}: the columns of a relation; {@code DESCRIBE MODEL name}:
 * a model's algorithm, version and metrics.
 */
public final class SqlDescribe extends SqlCall implements FreshetStatement {
    /** The operator of every DESCRIBE. */
    public static final SqlOperator OPERATOR = new SqlSpecialOperator("DESCRIBE", SqlKind.OTHER);

    private final SqlIdentifier name;
    private final boolean model;

    public SqlDescribe(SqlParserPos pos, SqlIdentifier name, boolean model) {
        super(pos);
        this.name = Objects.requireNonNull(name);
        this.model = model;
    }

    /** The described object, possibly qualified. */
    public SqlIdentifier name() {
        return name;
    }

    /** Whether {@code DESCRIBE MODEL} was written. */
    public boolean model() {
        return model;
    }

    @Override
    public SqlOperator getOperator() {
        return OPERATOR;
    }

    @Override
    public List<SqlNode> getOperandList() {
        return List.of(name, Clauses.flag(model));
    }

    @Override
    public void unparse(SqlWriter writer, int leftPrec, int rightPrec) {
        writer.keyword(model ? "DESCRIBE MODEL" : "DESCRIBE");
        name.unparse(writer, 0, 0);
    }
}
