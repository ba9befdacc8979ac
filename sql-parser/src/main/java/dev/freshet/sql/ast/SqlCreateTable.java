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
 * {@code CREATE TABLE}, in two forms.
 *
 * <pre>
 * CREATE TABLE [IF NOT EXISTS] name (
 *     column type [NOT NULL | NULL] [PRIMARY KEY] [DEFAULT expr], ...
 *     [, PRIMARY KEY (column, ...)]
 *     [, WATERMARK FOR column AS expr])
 *   [APPEND ONLY] [WITH (key = value, ...)] [FORMAT f ENCODE e [(key = value, ...)]]
 *
 * CREATE TABLE [IF NOT EXISTS] name [(column, ...)] [WITH (key = value, ...)] AS query
 * </pre>
 *
 * <p>A primary key makes the table an upsert table; {@code APPEND ONLY} declares that rows are
 * never updated or deleted. The parser folds a column's {@code PRIMARY KEY} and the table
 * constraint into {@link #primaryKey()} and rejects a second declaration.
 */
public final class SqlCreateTable extends SqlCreate implements FreshetStatement {
    /** The operator of every CREATE TABLE. */
    public static final SqlOperator OPERATOR =
            new SqlSpecialOperator("CREATE TABLE", SqlKind.CREATE_TABLE);

    private final SqlIdentifier name;
    private final List<SqlColumnDeclaration> columns;
    private final List<SqlIdentifier> primaryKey;
    private final boolean appendOnly;
    private final @Nullable SqlWatermark watermark;
    private final List<SqlOption> options;
    private final @Nullable SqlFormatEncode formatEncode;
    private final List<SqlIdentifier> asColumnNames;
    private final @Nullable SqlNode asQuery;

    public SqlCreateTable(
            SqlParserPos pos,
            boolean ifNotExists,
            SqlIdentifier name,
            List<SqlColumnDeclaration> columns,
            List<SqlIdentifier> primaryKey,
            boolean appendOnly,
            @Nullable SqlWatermark watermark,
            List<SqlOption> options,
            @Nullable SqlFormatEncode formatEncode,
            List<SqlIdentifier> asColumnNames,
            @Nullable SqlNode asQuery) {
        super(OPERATOR, pos, false, ifNotExists);
        this.name = Objects.requireNonNull(name);
        this.columns = List.copyOf(columns);
        this.primaryKey = List.copyOf(primaryKey);
        this.appendOnly = appendOnly;
        this.watermark = watermark;
        this.options = List.copyOf(options);
        this.formatEncode = formatEncode;
        this.asColumnNames = List.copyOf(asColumnNames);
        this.asQuery = asQuery;
    }

    /** The table name, possibly qualified. */
    public SqlIdentifier name() {
        return name;
    }

    /** Whether {@code IF NOT EXISTS} was given. */
    public boolean ifNotExists() {
        return ifNotExists;
    }

    /** The declared columns; empty for {@code CREATE TABLE ... AS query}. */
    public List<SqlColumnDeclaration> columns() {
        return columns;
    }

    /** The primary key columns, in key order; empty if none was declared. */
    public List<String> primaryKey() {
        return Clauses.names(primaryKey);
    }

    /** The primary key columns with their positions. */
    public List<SqlIdentifier> primaryKeyIdentifiers() {
        return primaryKey;
    }

    /** Whether {@code APPEND ONLY} was given. */
    public boolean appendOnly() {
        return appendOnly;
    }

    /** The watermark definition, or null if none. */
    public @Nullable SqlWatermark watermark() {
        return watermark;
    }

    /** The {@code WITH} options in written order (empty if none). */
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

    /** For {@code CREATE TABLE name (a, b) AS query}, the column names; otherwise empty. */
    public List<String> asColumnNames() {
        return Clauses.names(asColumnNames);
    }

    /** The query of {@code CREATE TABLE ... AS query}, or null for a table defined by columns. */
    public @Nullable SqlNode asQuery() {
        return asQuery;
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
                Clauses.list(columns),
                Clauses.list(primaryKey),
                Clauses.flag(appendOnly),
                watermark,
                Clauses.list(options),
                formatEncode,
                Clauses.list(asColumnNames),
                asQuery);
    }

    @Override
    public void unparse(SqlWriter writer, int leftPrec, int rightPrec) {
        writer.keyword("CREATE TABLE");
        if (ifNotExists) {
            writer.keyword("IF NOT EXISTS");
        }
        name.unparse(writer, 0, 0);
        if (asQuery != null) {
            if (!asColumnNames.isEmpty()) {
                Clauses.parenthesized(writer, asColumnNames);
            }
            Clauses.withOptions(writer, options);
            writer.keyword("AS");
            writer.newlineAndIndent();
            asQuery.unparse(writer, 0, 0);
            return;
        }
        SqlWriter.Frame frame = writer.startList("(", ")");
        for (SqlColumnDeclaration column : columns) {
            writer.sep(",");
            column.unparse(writer, 0, 0);
        }
        if (!primaryKey.isEmpty()) {
            writer.sep(",");
            writer.keyword("PRIMARY KEY");
            Clauses.parenthesized(writer, primaryKey);
        }
        if (watermark != null) {
            writer.sep(",");
            watermark.unparse(writer, 0, 0);
        }
        writer.endList(frame);
        if (appendOnly) {
            writer.keyword("APPEND ONLY");
        }
        Clauses.withOptions(writer, options);
        if (formatEncode != null) {
            formatEncode.unparse(writer, 0, 0);
        }
    }
}
