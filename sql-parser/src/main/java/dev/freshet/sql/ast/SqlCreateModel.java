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
 * {@code CREATE MODEL}: an online machine-learning model, trained from a query or imported.
 *
 * <pre>
 * CREATE MODEL [IF NOT EXISTS] name WITH (algorithm = '...', label = '...', ...) AS query
 * CREATE MODEL [IF NOT EXISTS] name FROM 'exported model text'
 * </pre>
 *
 * <p>Exactly one of {@link #query()} and {@link #exported()} is non-null.
 */
public final class SqlCreateModel extends SqlCreate implements FreshetStatement {
    /** The operator of every CREATE MODEL. */
    public static final SqlOperator OPERATOR =
            new SqlSpecialOperator("CREATE MODEL", SqlKind.OTHER_DDL);

    private final SqlIdentifier name;
    private final List<SqlOption> options;
    private final @Nullable SqlNode query;
    private final @Nullable String exported;

    public SqlCreateModel(
            SqlParserPos pos,
            boolean ifNotExists,
            SqlIdentifier name,
            List<SqlOption> options,
            @Nullable SqlNode query,
            @Nullable String exported) {
        super(OPERATOR, pos, false, ifNotExists);
        if ((query == null) == (exported == null)) {
            throw new IllegalArgumentException("a model is trained from a query or imported");
        }
        this.name = Objects.requireNonNull(name);
        this.options = List.copyOf(options);
        this.query = query;
        this.exported = exported;
    }

    /** The model name, possibly qualified. */
    public SqlIdentifier name() {
        return name;
    }

    /** Whether {@code IF NOT EXISTS} was given. */
    public boolean ifNotExists() {
        return ifNotExists;
    }

    /** The {@code WITH} options in written order (empty for an imported model). */
    public SequencedMap<String, SqlNode> options() {
        return Clauses.optionMap(options);
    }

    /** The {@code WITH} options as nodes, with positions. */
    public List<SqlOption> optionList() {
        return options;
    }

    /** The training query, or null for an imported model. */
    public @Nullable SqlNode query() {
        return query;
    }

    /** The exported model text of {@code FROM '...'}, or null for a trained model. */
    public @Nullable String exported() {
        return exported;
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
                Clauses.list(options),
                query,
                Clauses.text(exported));
    }

    @Override
    public void unparse(SqlWriter writer, int leftPrec, int rightPrec) {
        writer.keyword("CREATE MODEL");
        if (ifNotExists) {
            writer.keyword("IF NOT EXISTS");
        }
        name.unparse(writer, 0, 0);
        if (exported != null) {
            writer.keyword("FROM");
            Clauses.string(writer, exported);
            return;
        }
        Clauses.withOptions(writer, options);
        writer.keyword("AS");
        writer.newlineAndIndent();
        Objects.requireNonNull(query).unparse(writer, 0, 0);
    }
}
