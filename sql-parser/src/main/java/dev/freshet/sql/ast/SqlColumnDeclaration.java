package dev.freshet.sql.ast;

import java.util.List;
import java.util.Objects;
import org.apache.calcite.sql.SqlCall;
import org.apache.calcite.sql.SqlDataTypeSpec;
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
 * A column of {@code CREATE TABLE} or {@code CREATE SOURCE}: {@code name type [NOT NULL | NULL]
 * [DEFAULT expr]}.
 *
 * <p>A {@code PRIMARY KEY} written on the column is not kept here but folded into the statement's
 * primary key ({@link SqlCreateTable#primaryKey()}).
 */
public final class SqlColumnDeclaration extends SqlCall {
    /** The operator of every column declaration. */
    public static final SqlOperator OPERATOR =
            new SqlSpecialOperator("COLUMN_DECL", SqlKind.COLUMN_DECL);

    private final SqlIdentifier name;
    private final SqlDataTypeSpec type;
    private final boolean notNull;
    private final @Nullable SqlNode defaultValue;

    public SqlColumnDeclaration(
            SqlParserPos pos,
            SqlIdentifier name,
            SqlDataTypeSpec type,
            boolean notNull,
            @Nullable SqlNode defaultValue) {
        super(pos);
        this.name = Objects.requireNonNull(name);
        this.type = Objects.requireNonNull(type);
        this.notNull = notNull;
        this.defaultValue = defaultValue;
    }

    /** The column name (lower-case unless it was quoted). */
    public String name() {
        return name.getSimple();
    }

    /** The column name with its position. */
    public SqlIdentifier nameIdentifier() {
        return name;
    }

    /** The declared type, as written (its nullability is not set; see {@link #notNull()}). */
    public SqlDataTypeSpec type() {
        return type;
    }

    /** Whether {@code NOT NULL} was declared. */
    public boolean notNull() {
        return notNull;
    }

    /** The {@code DEFAULT} expression, or null if none. */
    public @Nullable SqlNode defaultValue() {
        return defaultValue;
    }

    @Override
    public SqlOperator getOperator() {
        return OPERATOR;
    }

    @Override
    public List<@Nullable SqlNode> getOperandList() {
        return ImmutableNullableList.of(name, type, Clauses.flag(notNull), defaultValue);
    }

    @Override
    public void unparse(SqlWriter writer, int leftPrec, int rightPrec) {
        name.unparse(writer, 0, 0);
        type.unparse(writer, 0, 0);
        if (notNull) {
            writer.keyword("NOT NULL");
        }
        if (defaultValue != null) {
            writer.keyword("DEFAULT");
            defaultValue.unparse(writer, 0, 0);
        }
    }
}
