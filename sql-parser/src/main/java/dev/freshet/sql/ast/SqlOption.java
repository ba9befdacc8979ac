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
 * One {@code key = value} entry of a {@code WITH (...)} clause or an {@code ENCODE ... (...)} list,
 * such as {@code connector = 'kafka'} or {@code properties.bootstrap.server = 'host:9092'}.
 *
 * <p>The key may be dotted; its segments are kept as written (unquoted ones lower-cased), and
 * {@link #key()} joins them with dots. The value is a literal (string, number, boolean) or an
 * identifier.
 */
public final class SqlOption extends SqlCall {
    /** The operator of every option node. */
    public static final SqlOperator OPERATOR = new SqlSpecialOperator("OPTION", SqlKind.OTHER);

    private final SqlIdentifier key;
    private final SqlNode value;

    public SqlOption(SqlParserPos pos, SqlIdentifier key, SqlNode value) {
        super(pos);
        this.key = Objects.requireNonNull(key);
        this.value = Objects.requireNonNull(value);
    }

    /** The key, its segments joined with dots. */
    public String key() {
        return String.join(".", key.names);
    }

    /** The key as parsed, with a position per segment. */
    public SqlIdentifier keyIdentifier() {
        return key;
    }

    /** The value: a {@link org.apache.calcite.sql.SqlLiteral} or a {@link SqlIdentifier}. */
    public SqlNode value() {
        return value;
    }

    @Override
    public SqlOperator getOperator() {
        return OPERATOR;
    }

    @Override
    public List<SqlNode> getOperandList() {
        return List.of(key, value);
    }

    @Override
    public void unparse(SqlWriter writer, int leftPrec, int rightPrec) {
        key.unparse(writer, 0, 0);
        writer.keyword("=");
        value.unparse(writer, 0, 0);
    }
}
