package dev.freshet.sql.ast;

import java.util.List;
import java.util.Locale;
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
 * {@code SHOW}: lists catalog objects, shows a definition, or shows a run-time parameter.
 *
 * <pre>
 * SHOW TABLES | MATERIALIZED VIEWS | VIEWS | SOURCES | SINKS | INDEXES | MODELS | USERS
 *    | FUNCTIONS | ALL
 * SHOW CREATE TABLE name | SHOW CREATE MATERIALIZED VIEW name
 * SHOW parameter            -- also TIME ZONE, TRANSACTION ISOLATION LEVEL, SESSION AUTHORIZATION
 * </pre>
 *
 * <p>Parameter names are lower-case unless quoted; the multi-word forms are given PostgreSQL's
 * names for them ({@code timezone}, {@code transaction_isolation}, {@code session_authorization}).
 */
public final class SqlShow extends SqlCall implements FreshetStatement {
    /** The operator of every SHOW. */
    public static final SqlOperator OPERATOR = new SqlSpecialOperator("SHOW", SqlKind.OTHER);

    /** What is shown. */
    public enum Target {
        TABLES("TABLES"),
        MATERIALIZED_VIEWS("MATERIALIZED VIEWS"),
        VIEWS("VIEWS"),
        SOURCES("SOURCES"),
        SINKS("SINKS"),
        INDEXES("INDEXES"),
        MODELS("MODELS"),
        USERS("USERS"),
        FUNCTIONS("FUNCTIONS"),
        /** All run-time parameters. */
        ALL("ALL"),
        CREATE_TABLE("CREATE TABLE"),
        CREATE_MATERIALIZED_VIEW("CREATE MATERIALIZED VIEW"),
        /** One run-time parameter, named by {@link #name()}. */
        PARAMETER("");

        private final String sql;

        Target(String sql) {
            this.sql = sql;
        }

        /** The target as written after SHOW (empty for a parameter). */
        public String sql() {
            return sql;
        }

        /**
         * The listing named by a single unquoted word ({@code tables}, {@code views}, ...), or null
         * if the word is not one (it is then a parameter name).
         */
        public static @Nullable Target listingOf(String word) {
            return switch (word.toLowerCase(Locale.ROOT)) {
                case "tables" -> TABLES;
                case "views" -> VIEWS;
                case "sources" -> SOURCES;
                case "sinks" -> SINKS;
                case "indexes" -> INDEXES;
                case "models" -> MODELS;
                case "users" -> USERS;
                case "functions" -> FUNCTIONS;
                default -> null;
            };
        }
    }

    private final Target what;
    private final @Nullable SqlIdentifier name;

    /**
     * Creates a SHOW; {@code name} is the object for {@code CREATE_*}, the parameter for {@code
     * PARAMETER}, and null otherwise.
     */
    public SqlShow(SqlParserPos pos, Target what, @Nullable SqlIdentifier name) {
        super(pos);
        this.what = Objects.requireNonNull(what);
        boolean named =
                what == Target.PARAMETER
                        || what == Target.CREATE_TABLE
                        || what == Target.CREATE_MATERIALIZED_VIEW;
        if (named != (name != null)) {
            throw new IllegalArgumentException("SHOW " + what + " and name " + name);
        }
        this.name = name;
    }

    /** What is shown. */
    public Target what() {
        return what;
    }

    /**
     * The parameter name (segments joined with dots) or the object name of {@code SHOW CREATE};
     * null for listings.
     */
    public @Nullable String name() {
        return name == null ? null : String.join(".", name.names);
    }

    /** The name as parsed, with its position; null for listings. */
    public @Nullable SqlIdentifier nameIdentifier() {
        return name;
    }

    @Override
    public SqlOperator getOperator() {
        return OPERATOR;
    }

    @Override
    public List<@Nullable SqlNode> getOperandList() {
        return ImmutableNullableList.of(SqlLiteral.createSymbol(what, SqlParserPos.ZERO), name);
    }

    @Override
    public void unparse(SqlWriter writer, int leftPrec, int rightPrec) {
        writer.keyword("SHOW");
        if (what != Target.PARAMETER) {
            writer.keyword(what.sql());
        }
        if (name != null) {
            name.unparse(writer, 0, 0);
        }
    }
}
