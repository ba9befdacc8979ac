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
 * {@code CREATE SINK [IF NOT EXISTS] name {FROM relation | AS query} WITH (key = value, ...)
 * [FORMAT f ENCODE e [(key = value, ...)]]}: sends the changes of a relation or query to a
 * connector.
 *
 * <p>Exactly one of {@link #from()} and {@link #query()} is non-null.
 */
public final class SqlCreateSink extends SqlCreate implements FreshetStatement {
    /** The operator of every CREATE SINK. */
    public static final SqlOperator OPERATOR =
            new SqlSpecialOperator("CREATE SINK", SqlKind.OTHER_DDL);

    private final SqlIdentifier name;
    private final @Nullable SqlIdentifier from;
    private final @Nullable SqlNode query;
    private final List<SqlOption> options;
    private final @Nullable SqlFormatEncode formatEncode;

    public SqlCreateSink(
            SqlParserPos pos,
            boolean ifNotExists,
            SqlIdentifier name,
            @Nullable SqlIdentifier from,
            @Nullable SqlNode query,
            List<SqlOption> options,
            @Nullable SqlFormatEncode formatEncode) {
        super(OPERATOR, pos, false, ifNotExists);
        if ((from == null) == (query == null)) {
            throw new IllegalArgumentException("a sink reads either a relation or a query");
        }
        this.name = Objects.requireNonNull(name);
        this.from = from;
        this.query = query;
        this.options = List.copyOf(options);
        this.formatEncode = formatEncode;
    }

    /** The sink name, possibly qualified. */
    public SqlIdentifier name() {
        return name;
    }

    /** Whether {@code IF NOT EXISTS} was given. */
    public boolean ifNotExists() {
        return ifNotExists;
    }

    /** The relation of {@code FROM relation}, or null for {@code AS query}. */
    public @Nullable SqlIdentifier from() {
        return from;
    }

    /** The query of {@code AS query}, or null for {@code FROM relation}. */
    public @Nullable SqlNode query() {
        return query;
    }

    /** The {@code WITH} options in written order. */
    public SequencedMap<String, SqlNode> options() {
        return Clauses.optionMap(options);
    }

    /** The {@code WITH} options as nodes, with positions. */
    public List<SqlOption> optionList() {
        return options;
    }

    /** The {@code FORMAT ... ENCODE ...} clause, or null if none. */
    public @Nullable SqlFormatEncode formatEncode() {
        return formatEncode;
    }

    @Override
    public SqlOperator getOperator() {
        return OPERATOR;
    }

    @Override
    public List<@Nullable SqlNode> getOperandList() {
        return ImmutableNullableList.of(
                name, Clauses.flag(ifNotExists), from, query, Clauses.list(options), formatEncode);
    }

    @Override
    public void unparse(SqlWriter writer, int leftPrec, int rightPrec) {
        writer.keyword("CREATE SINK");
        if (ifNotExists) {
            writer.keyword("IF NOT EXISTS");
        }
        name.unparse(writer, 0, 0);
        if (from != null) {
            writer.keyword("FROM");
            from.unparse(writer, 0, 0);
        } else {
            writer.keyword("AS");
            writer.newlineAndIndent();
            Objects.requireNonNull(query).unparse(writer, 0, 0);
        }
        Clauses.withOptions(writer, options);
        if (formatEncode != null) {
            formatEncode.unparse(writer, 0, 0);
        }
    }
}
