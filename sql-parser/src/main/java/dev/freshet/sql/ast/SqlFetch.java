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
 * {@code FETCH [FORWARD] [count | ALL | NEXT] [FROM | IN] cursor}: reads rows forward from a
 * cursor. Without a count, and with {@code NEXT}, one row is fetched.
 */
public final class SqlFetch extends SqlCall implements FreshetStatement {
    /** The operator of every FETCH. */
    public static final SqlOperator OPERATOR = new SqlSpecialOperator("FETCH", SqlKind.OTHER);

    private final SqlIdentifier cursor;
    private final long count;
    private final boolean all;

    /** Creates a FETCH of {@code count} rows, or of all rows if {@code all}. */
    public SqlFetch(SqlParserPos pos, SqlIdentifier cursor, long count, boolean all) {
        super(pos);
        if (count < 0) {
            throw new IllegalArgumentException("negative FETCH count " + count);
        }
        this.cursor = Objects.requireNonNull(cursor);
        this.count = all ? 0 : count;
        this.all = all;
    }

    /** The cursor name. */
    public String cursor() {
        return cursor.getSimple();
    }

    /** The number of rows to fetch (meaningless when {@link #all()}). */
    public long count() {
        return count;
    }

    /** Whether {@code ALL} remaining rows are fetched. */
    public boolean all() {
        return all;
    }

    @Override
    public SqlOperator getOperator() {
        return OPERATOR;
    }

    @Override
    public List<SqlNode> getOperandList() {
        return List.of(
                cursor,
                SqlLiteral.createExactNumeric(Long.toString(count), SqlParserPos.ZERO),
                Clauses.flag(all));
    }

    @Override
    public void unparse(SqlWriter writer, int leftPrec, int rightPrec) {
        writer.keyword("FETCH");
        if (all) {
            writer.keyword("ALL");
        } else {
            writer.literal(Long.toString(count));
        }
        writer.keyword("FROM");
        cursor.unparse(writer, 0, 0);
    }
}
