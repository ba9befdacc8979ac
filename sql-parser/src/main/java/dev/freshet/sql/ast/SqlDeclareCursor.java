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
 * {@code DECLARE name [BINARY] [NO SCROLL | SCROLL] CURSOR [WITH HOLD | WITHOUT HOLD] FOR {query |
 * SUBSCRIBE ...}}. The query is a Calcite query node or a {@link SqlSubscribe}.
 */
public final class SqlDeclareCursor extends SqlCall implements FreshetStatement {
    /** The operator of every DECLARE. */
    public static final SqlOperator OPERATOR =
            new SqlSpecialOperator("DECLARE CURSOR", SqlKind.OTHER);

    private final SqlIdentifier name;
    private final boolean binary;
    private final boolean scroll;
    private final boolean withHold;
    private final SqlNode query;

    public SqlDeclareCursor(
            SqlParserPos pos,
            SqlIdentifier name,
            boolean binary,
            boolean scroll,
            boolean withHold,
            SqlNode query) {
        super(pos);
        this.name = Objects.requireNonNull(name);
        this.binary = binary;
        this.scroll = scroll;
        this.withHold = withHold;
        this.query = Objects.requireNonNull(query);
    }

    /** The cursor name. */
    public String name() {
        return name.getSimple();
    }

    /** Whether {@code BINARY} was given. */
    public boolean binary() {
        return binary;
    }

    /** Whether {@code SCROLL} was given ({@code NO SCROLL} and the default are false). */
    public boolean scroll() {
        return scroll;
    }

    /** Whether {@code WITH HOLD} was given (the cursor outlives its transaction). */
    public boolean withHold() {
        return withHold;
    }

    /** The cursor's query: a query node or a {@link SqlSubscribe}. */
    public SqlNode query() {
        return query;
    }

    @Override
    public SqlOperator getOperator() {
        return OPERATOR;
    }

    @Override
    public List<SqlNode> getOperandList() {
        return List.of(
                name, Clauses.flag(binary), Clauses.flag(scroll), Clauses.flag(withHold), query);
    }

    @Override
    public void unparse(SqlWriter writer, int leftPrec, int rightPrec) {
        writer.keyword("DECLARE");
        name.unparse(writer, 0, 0);
        if (binary) {
            writer.keyword("BINARY");
        }
        writer.keyword(scroll ? "SCROLL" : "NO SCROLL");
        writer.keyword("CURSOR");
        if (withHold) {
            writer.keyword("WITH HOLD");
        }
        writer.keyword("FOR");
        query.unparse(writer, 0, 0);
    }
}
