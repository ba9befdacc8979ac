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
 * {@code SET}, in PostgreSQL's forms.
 *
 * <pre>
 * SET [SESSION | LOCAL] name {TO | =} {value [, value ...] | DEFAULT}
 * SET [SESSION | LOCAL] TIME ZONE {value | LOCAL | DEFAULT}      -- name "timezone"
 * SET [SESSION | LOCAL] NAMES value                              -- name "client_encoding"
 * SET [SESSION | LOCAL] TRANSACTION mode [, ...]
 * SET SESSION CHARACTERISTICS AS TRANSACTION mode [, ...]
 * </pre>
 *
 * <p>Variable names are lower-case unless quoted, dotted names joined with dots. Values keep the
 * text they were written with: a string literal its contents ({@code 'UTC'} gives {@code UTC}), a
 * number its digits and sign, a word or identifier its spelling ({@code ISO}, {@code true}, {@code
 * on}). {@code SET TIME ZONE LOCAL} is the same as {@code DEFAULT}.
 */
public final class SqlSetVariable extends SqlCall implements FreshetStatement {
    /** The operator of every SET. */
    public static final SqlOperator OPERATOR = new SqlSpecialOperator("SET", SqlKind.SET_OPTION);

    /** Which form of SET. */
    public enum Kind {
        /** A run-time parameter, including TIME ZONE and NAMES. */
        VARIABLE,
        /** {@code SET TRANSACTION}: the current transaction's modes. */
        TRANSACTION,
        /** {@code SET SESSION CHARACTERISTICS AS TRANSACTION}: the session's default modes. */
        SESSION_CHARACTERISTICS
    }

    /** The scope of the setting. */
    public enum Scope {
        /** For the session (the default). */
        SESSION,
        /** Until the end of the current transaction ({@code SET LOCAL}). */
        LOCAL
    }

    private final Kind kind;
    private final Scope scope;
    private final @Nullable SqlIdentifier name;
    private final List<String> values;
    private final boolean toDefault;
    private final List<TransactionMode> transactionModes;

    private SqlSetVariable(
            SqlParserPos pos,
            Kind kind,
            Scope scope,
            @Nullable SqlIdentifier name,
            List<String> values,
            boolean toDefault,
            List<TransactionMode> transactionModes) {
        super(pos);
        this.kind = kind;
        this.scope = Objects.requireNonNull(scope);
        this.name = name;
        this.values = List.copyOf(values);
        this.toDefault = toDefault;
        this.transactionModes = List.copyOf(transactionModes);
    }

    /** {@code SET name TO values} (values empty and {@code toDefault} for {@code DEFAULT}). */
    public static SqlSetVariable variable(
            SqlParserPos pos,
            Scope scope,
            SqlIdentifier name,
            List<String> values,
            boolean toDefault) {
        if (values.isEmpty() != toDefault) {
            throw new IllegalArgumentException("SET needs values or DEFAULT");
        }
        return new SqlSetVariable(
                pos,
                Kind.VARIABLE,
                scope,
                Objects.requireNonNull(name),
                values,
                toDefault,
                List.of());
    }

    /** {@code SET TRANSACTION modes} or {@code SET SESSION CHARACTERISTICS AS TRANSACTION}. */
    public static SqlSetVariable transaction(
            SqlParserPos pos, Kind kind, Scope scope, List<TransactionMode> modes) {
        if (kind == Kind.VARIABLE || modes.isEmpty()) {
            throw new IllegalArgumentException("SET " + kind + " needs transaction modes");
        }
        return new SqlSetVariable(pos, kind, scope, null, List.of(), false, modes);
    }

    /** Which form of SET this is. */
    public Kind kind() {
        return kind;
    }

    /** {@code SESSION} unless {@code SET LOCAL} was written. */
    public Scope scope() {
        return scope;
    }

    /**
     * The variable name ({@code timezone} for {@code SET TIME ZONE}, {@code client_encoding} for
     * {@code SET NAMES}); null for the transaction forms.
     */
    public @Nullable String name() {
        return name == null ? null : String.join(".", name.names);
    }

    /** The values in written order; empty for {@code DEFAULT} and the transaction forms. */
    public List<String> values() {
        return values;
    }

    /** Whether the variable is reset to its default ({@code DEFAULT}, {@code TIME ZONE LOCAL}). */
    public boolean toDefault() {
        return toDefault;
    }

    /** The transaction modes of the transaction forms; empty otherwise. */
    public List<TransactionMode> transactionModes() {
        return transactionModes;
    }

    @Override
    public SqlOperator getOperator() {
        return OPERATOR;
    }

    @Override
    public List<@Nullable SqlNode> getOperandList() {
        List<SqlNode> valueNodes = new ArrayList<>();
        for (String value : values) {
            valueNodes.add(Objects.requireNonNull(Clauses.text(value)));
        }
        List<SqlNode> modeNodes = new ArrayList<>();
        for (TransactionMode mode : transactionModes) {
            modeNodes.add(SqlLiteral.createSymbol(mode, SqlParserPos.ZERO));
        }
        return ImmutableNullableList.of(
                SqlLiteral.createSymbol(kind, SqlParserPos.ZERO),
                SqlLiteral.createSymbol(scope, SqlParserPos.ZERO),
                name,
                Clauses.list(valueNodes),
                Clauses.flag(toDefault),
                Clauses.list(modeNodes));
    }

    @Override
    public void unparse(SqlWriter writer, int leftPrec, int rightPrec) {
        writer.keyword("SET");
        if (kind == Kind.SESSION_CHARACTERISTICS) {
            writer.keyword("SESSION CHARACTERISTICS AS TRANSACTION");
            unparseModes(writer, transactionModes);
            return;
        }
        if (scope == Scope.LOCAL) {
            writer.keyword("LOCAL");
        }
        if (kind == Kind.TRANSACTION) {
            writer.keyword("TRANSACTION");
            unparseModes(writer, transactionModes);
            return;
        }
        Objects.requireNonNull(name).unparse(writer, 0, 0);
        writer.keyword("TO");
        if (toDefault) {
            writer.keyword("DEFAULT");
            return;
        }
        SqlWriter.Frame frame = writer.startList("", "");
        for (String value : values) {
            writer.sep(",");
            Clauses.string(writer, value);
        }
        writer.endList(frame);
    }

    static void unparseModes(SqlWriter writer, List<TransactionMode> modes) {
        SqlWriter.Frame frame = writer.startList("", "");
        for (TransactionMode mode : modes) {
            writer.sep(",");
            writer.keyword(mode.sql());
        }
        writer.endList(frame);
    }
}
