package dev.freshet.sql.ast;

import java.util.List;
import org.apache.calcite.sql.SqlCall;
import org.apache.calcite.sql.SqlIdentifier;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.SqlOperator;
import org.apache.calcite.sql.SqlSpecialOperator;
import org.apache.calcite.sql.SqlWriter;
import org.apache.calcite.sql.parser.SqlParserPos;
import org.apache.calcite.util.ImmutableNullableList;
import org.jspecify.annotations.Nullable;

/** {@code CLOSE cursor} or {@code CLOSE ALL}. */
public final class SqlCloseCursor extends SqlCall implements FreshetStatement {
    /** The operator of every CLOSE. */
    public static final SqlOperator OPERATOR = new SqlSpecialOperator("CLOSE", SqlKind.OTHER);

    private final @Nullable SqlIdentifier cursor;

    /** Creates {@code CLOSE cursor}, or {@code CLOSE ALL} if {@code cursor} is null. */
    public SqlCloseCursor(SqlParserPos pos, @Nullable SqlIdentifier cursor) {
        super(pos);
        this.cursor = cursor;
    }

    /** The cursor name, or null for {@code CLOSE ALL}. */
    public @Nullable String cursor() {
        return cursor == null ? null : cursor.getSimple();
    }

    /** Whether this is {@code CLOSE ALL}. */
    public boolean all() {
        return cursor == null;
    }

    @Override
    public SqlOperator getOperator() {
        return OPERATOR;
    }

    @Override
    public List<@Nullable SqlNode> getOperandList() {
        return ImmutableNullableList.of(cursor);
    }

    @Override
    public void unparse(SqlWriter writer, int leftPrec, int rightPrec) {
        writer.keyword("CLOSE");
        if (cursor == null) {
            writer.keyword("ALL");
        } else {
            cursor.unparse(writer, 0, 0);
        }
    }
}
