package dev.freshet.sql.ast;

import java.util.List;
import java.util.Objects;
import org.apache.calcite.sql.SqlCall;
import org.apache.calcite.sql.SqlIdentifier;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.SqlLiteral;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.SqlOperator;
import org.apache.calcite.sql.SqlSpecialOperator;
import org.apache.calcite.sql.SqlWriter;
import org.apache.calcite.sql.parser.SqlParserPos;

/**
 * {@code ALTER MODEL name ROLLBACK TO VERSION n}: makes a published version of a model current
 * again; the model continues learning from it.
 */
public final class SqlAlterModel extends SqlCall implements FreshetStatement {
    /** The operator of every ALTER MODEL. */
    public static final SqlOperator OPERATOR =
            new SqlSpecialOperator("ALTER MODEL", SqlKind.OTHER_DDL);

    private final SqlIdentifier name;
    private final long version;

    public SqlAlterModel(SqlParserPos pos, SqlIdentifier name, long version) {
        super(pos);
        this.name = Objects.requireNonNull(name);
        this.version = version;
    }

    /** The model, possibly qualified. */
    public SqlIdentifier name() {
        return name;
    }

    /** The version to roll back to. */
    public long version() {
        return version;
    }

    @Override
    public SqlOperator getOperator() {
        return OPERATOR;
    }

    @Override
    public List<SqlNode> getOperandList() {
        return List.of(
                name, SqlLiteral.createExactNumeric(Long.toString(version), SqlParserPos.ZERO));
    }

    @Override
    public void unparse(SqlWriter writer, int leftPrec, int rightPrec) {
        writer.keyword("ALTER MODEL");
        name.unparse(writer, 0, 0);
        writer.keyword("ROLLBACK TO VERSION");
        writer.print(Long.toString(version));
    }
}
