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
 * {@code CREATE SOURCE}: a stream of rows from a connector that is read by views but not stored as
 * a table.
 *
 * <pre>
 * CREATE SOURCE [IF NOT EXISTS] name
 *     [(column type ..., [PRIMARY KEY (column, ...)], [WATERMARK FOR column AS expr])]
 *   [APPEND ONLY]
 *   WITH (connector = '...', key = value, ...)
 *   [FORMAT f ENCODE e [(key = value, ...)]]
 * </pre>
 */
public final class SqlCreateSource extends SqlCreate implements FreshetStatement {
    /** The operator of every CREATE SOURCE. */
    public static final SqlOperator OPERATOR =
            new SqlSpecialOperator("CREATE SOURCE", SqlKind.OTHER_DDL);

    private final SqlIdentifier name;
    private final List<SqlColumnDeclaration> columns;
    private final List<SqlIdentifier> primaryKey;
    private final @Nullable SqlWatermark watermark;
    private final boolean appendOnly;
    private final List<SqlOption> options;
    private final @Nullable SqlFormatEncode formatEncode;

    public SqlCreateSource(
            SqlParserPos pos,
            boolean ifNotExists,
            SqlIdentifier name,
            List<SqlColumnDeclaration> columns,
            List<SqlIdentifier> primaryKey,
            @Nullable SqlWatermark watermark,
            boolean appendOnly,
            List<SqlOption> options,
            @Nullable SqlFormatEncode formatEncode) {
        super(OPERATOR, pos, false, ifNotExists);
        this.name = Objects.requireNonNull(name);
        this.columns = List.copyOf(columns);
        this.primaryKey = List.copyOf(primaryKey);
        this.watermark = watermark;
        this.appendOnly = appendOnly;
        this.options = List.copyOf(options);
        this.formatEncode = formatEncode;
    }

    /** The source name, possibly qualified. */
    public SqlIdentifier name() {
        return name;
    }

    /** Whether {@code IF NOT EXISTS} was given. */
    public boolean ifNotExists() {
        return ifNotExists;
    }

    /** The declared columns (empty if the schema comes from the connector or format). */
    public List<SqlColumnDeclaration> columns() {
        return columns;
    }

    /** The primary key columns; empty if none was declared. */
    public List<String> primaryKey() {
        return Clauses.names(primaryKey);
    }

    /** The watermark definition, or null if none. */
    public @Nullable SqlWatermark watermark() {
        return watermark;
    }

    /** Whether {@code APPEND ONLY} was given. */
    public boolean appendOnly() {
        return appendOnly;
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
                name,
                Clauses.flag(ifNotExists),
                Clauses.list(columns),
                Clauses.list(primaryKey),
                watermark,
                Clauses.flag(appendOnly),
                Clauses.list(options),
                formatEncode);
    }

    @Override
    public void unparse(SqlWriter writer, int leftPrec, int rightPrec) {
        writer.keyword("CREATE SOURCE");
        if (ifNotExists) {
            writer.keyword("IF NOT EXISTS");
        }
        name.unparse(writer, 0, 0);
        if (!columns.isEmpty() || !primaryKey.isEmpty() || watermark != null) {
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
        }
        if (appendOnly) {
            writer.keyword("APPEND ONLY");
        }
        Clauses.withOptions(writer, options);
        if (formatEncode != null) {
            formatEncode.unparse(writer, 0, 0);
        }
    }
}
