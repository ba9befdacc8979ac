package dev.freshet.sql.ast;

import java.util.List;
import java.util.Objects;
import java.util.SequencedMap;
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
 * {@code CREATE MATERIALIZED VIEW [IF NOT EXISTS] name [(column, ...)] [WITH (...)] AS query [EMIT
 * ON WINDOW CLOSE] [WITH (key = value, ...)]}.
 *
 * <p>{@code EMIT ON WINDOW CLOSE} asks for results of a window only once the watermark has closed
 * it, so the view is append-only. Options may be written before {@code AS} or after the query; both
 * end up in {@link #options()}.
 */
public final class SqlCreateMaterializedView extends SqlCreate implements FreshetStatement {
    /** The operator of every CREATE MATERIALIZED VIEW. */
    public static final SqlOperator OPERATOR =
            new SqlSpecialOperator("CREATE MATERIALIZED VIEW", SqlKind.CREATE_MATERIALIZED_VIEW);

    private final SqlIdentifier name;
    private final @Nullable List<SqlIdentifier> columnNames;
    private final SqlNode query;
    private final boolean emitOnWindowClose;
    private final List<SqlOption> options;

    public SqlCreateMaterializedView(
            SqlParserPos pos,
            boolean ifNotExists,
            SqlIdentifier name,
            @Nullable List<SqlIdentifier> columnNames,
            SqlNode query,
            boolean emitOnWindowClose,
            List<SqlOption> options) {
        super(OPERATOR, pos, false, ifNotExists);
        this.name = Objects.requireNonNull(name);
        this.columnNames = columnNames == null ? null : List.copyOf(columnNames);
        this.query = Objects.requireNonNull(query);
        this.emitOnWindowClose = emitOnWindowClose;
        this.options = List.copyOf(options);
    }

    /** The view name, possibly qualified. */
    public SqlIdentifier name() {
        return name;
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

    /** Whether {@code EMIT ON WINDOW CLOSE} was given. */
    public boolean emitOnWindowClose() {
        return emitOnWindowClose;
    }

    /** The {@code WITH} options in written order (empty if none). */
    public SequencedMap<String, SqlNode> options() {
        return Clauses.optionMap(options);
    }

    @Override
    public SqlOperator getOperator() {
        return OPERATOR;
    }

    @Override
    public List<@Nullable SqlNode> getOperandList() {
        return ImmutableNullableList.of(
                name,
                Clauses.flag(ifNotExists),
                columnNames == null ? null : Clauses.list(columnNames),
                query,
                Clauses.flag(emitOnWindowClose),
                Clauses.list(options));
    }

    @Override
    public void unparse(SqlWriter writer, int leftPrec, int rightPrec) {
        writer.keyword("CREATE MATERIALIZED VIEW");
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
        if (emitOnWindowClose) {
            writer.keyword("EMIT ON WINDOW CLOSE");
        }
        Clauses.withOptions(writer, options);
    }
}
