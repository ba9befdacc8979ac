package dev.freshet.sql.ast;

import java.util.List;
import java.util.Objects;
import org.apache.calcite.sql.SqlCreate;
import org.apache.calcite.sql.SqlIdentifier;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.SqlOperator;
import org.apache.calcite.sql.SqlSpecialOperator;
import org.apache.calcite.sql.SqlWriter;
import org.apache.calcite.sql.parser.SqlParserPos;
import org.apache.calcite.util.ImmutableNullableList;
import org.jspecify.annotations.Nullable;

/**
 * {@code CREATE [OR REPLACE] VIEW [IF NOT EXISTS] name [(column, ...)] AS query}: a plain
 * (non-materialized) view, expanded into the queries that read it.
 */
public final class SqlCreateView extends SqlCreate implements FreshetStatement {
    /** The operator of every CREATE VIEW. */
    public static final SqlOperator OPERATOR =
            new SqlSpecialOperator("CREATE VIEW", SqlKind.CREATE_VIEW);

    private final SqlIdentifier name;
    private final @Nullable List<SqlIdentifier> columnNames;
    private final SqlNode query;

    public SqlCreateView(
            SqlParserPos pos,
            boolean replace,
            boolean ifNotExists,
            SqlIdentifier name,
            @Nullable List<SqlIdentifier> columnNames,
            SqlNode query) {
        super(OPERATOR, pos, replace, ifNotExists);
        this.name = Objects.requireNonNull(name);
        this.columnNames = columnNames == null ? null : List.copyOf(columnNames);
        this.query = Objects.requireNonNull(query);
    }

    /** The view name, possibly qualified. */
    public SqlIdentifier name() {
        return name;
    }

    /** Whether {@code OR REPLACE} was given. */
    public boolean orReplace() {
        return getReplace();
    }

    /** Whether {@code IF NOT EXISTS} was given. */
    public boolean ifNotExists() {
        return ifNotExists;
    }

    /** The column names given after the view name, or null if none were given. */
    public @Nullable List<String> columnNames() {
        return columnNames == null ? null : Clauses.names(columnNames);
    }

    /** The defining query. */
    public SqlNode query() {
        return query;
    }

    @Override
    public SqlOperator getOperator() {
        return OPERATOR;
    }

    @Override
    public List<@Nullable SqlNode> getOperandList() {
        return ImmutableNullableList.of(
                name,
                Clauses.flag(getReplace()),
                Clauses.flag(ifNotExists),
                columnNames == null ? null : Clauses.list(columnNames),
                query);
    }

    @Override
    public void unparse(SqlWriter writer, int leftPrec, int rightPrec) {
        writer.keyword(getReplace() ? "CREATE OR REPLACE VIEW" : "CREATE VIEW");
        if (ifNotExists) {
            writer.keyword("IF NOT EXISTS");
        }
        name.unparse(writer, 0, 0);
        if (columnNames != null) {
            Clauses.parenthesized(writer, columnNames);
        }
        writer.keyword("AS");
        writer.newlineAndIndent();
        query.unparse(writer, 0, 0);
    }
}
