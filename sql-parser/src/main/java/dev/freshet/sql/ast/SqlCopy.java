package dev.freshet.sql.ast;

import java.util.ArrayList;
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
import org.apache.calcite.util.ImmutableNullableList;
import org.jspecify.annotations.Nullable;

/**
 * {@code COPY} over the client connection (PostgreSQL's copy sub-protocol).
 *
 * <pre>
 * COPY table [(column, ...)] FROM STDIN [[WITH] (option, ...) | [WITH] legacy options]
 * COPY table [(column, ...)] TO STDOUT  [...]
 * COPY (query) TO STDOUT [...]
 * </pre>
 *
 * <p>Exactly one of {@link #table()} and {@link #query()} is non-null; a query is only copied
 * {@code TO STDOUT}.
 */
public final class SqlCopy extends SqlCall implements FreshetStatement {
    /** The operator of every COPY. */
    public static final SqlOperator OPERATOR = new SqlSpecialOperator("COPY", SqlKind.OTHER);

    /** The direction of the copy. */
    public enum Direction {
        /** {@code FROM STDIN}: the client sends rows to insert. */
        FROM_STDIN,
        /** {@code TO STDOUT}: the server sends rows to the client. */
        TO_STDOUT
    }

    private final @Nullable SqlIdentifier table;
    private final List<SqlIdentifier> columns;
    private final @Nullable SqlNode query;
    private final Direction direction;
    private final CopyOptions options;

    public SqlCopy(
            SqlParserPos pos,
            @Nullable SqlIdentifier table,
            List<SqlIdentifier> columns,
            @Nullable SqlNode query,
            Direction direction,
            CopyOptions options) {
        super(pos);
        if ((table == null) == (query == null)) {
            throw new IllegalArgumentException("COPY copies a table or a query");
        }
        if (query != null && (direction != Direction.TO_STDOUT || !columns.isEmpty())) {
            throw new IllegalArgumentException("COPY (query) only copies TO STDOUT");
        }
        this.table = table;
        this.columns = List.copyOf(columns);
        this.query = query;
        this.direction = Objects.requireNonNull(direction);
        this.options = Objects.requireNonNull(options);
    }

    /** The copied table, or null for {@code COPY (query)}. */
    public @Nullable SqlIdentifier table() {
        return table;
    }

    /** The column list after the table name; empty means all columns. */
    public List<String> columns() {
        return Clauses.names(columns);
    }

    /** The query of {@code COPY (query) TO STDOUT}, or null. */
    public @Nullable SqlNode query() {
        return query;
    }

    /** {@code FROM STDIN} or {@code TO STDOUT}. */
    public Direction direction() {
        return direction;
    }

    /** The format options. */
    public CopyOptions options() {
        return options;
    }

    @Override
    public SqlOperator getOperator() {
        return OPERATOR;
    }

    @Override
    public List<@Nullable SqlNode> getOperandList() {
        List<@Nullable SqlNode> operands = new ArrayList<>();
        operands.add(table);
        operands.add(Clauses.list(columns));
        operands.add(query);
        operands.add(SqlLiteral.createSymbol(direction, SqlParserPos.ZERO));
        operands.addAll(options.operands());
        return ImmutableNullableList.copyOf(operands);
    }

    @Override
    public void unparse(SqlWriter writer, int leftPrec, int rightPrec) {
        writer.keyword("COPY");
        if (table != null) {
            table.unparse(writer, 0, 0);
            if (!columns.isEmpty()) {
                Clauses.parenthesized(writer, columns);
            }
        } else {
            SqlWriter.Frame frame = writer.startList("(", ")");
            Objects.requireNonNull(query).unparse(writer, 0, 0);
            writer.endList(frame);
        }
        writer.keyword(direction == Direction.FROM_STDIN ? "FROM STDIN" : "TO STDOUT");
        options.unparse(writer);
    }
}
