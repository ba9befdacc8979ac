package dev.freshet.sql.ast;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apache.calcite.sql.SqlCreate;
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
 * {@code CREATE [OR REPLACE] FUNCTION name ([param] type, ...) RETURNS type [LANGUAGE lang] AS
 * 'body'} (RisingWave's and PostgreSQL's syntax; the body is usually dollar-quoted, {@code
 * $$...$$}). The language defaults to {@code sql}.
 */
public final class SqlCreateFunction extends SqlCreate implements FreshetStatement {
    /** The operator of every CREATE FUNCTION. */
    public static final SqlOperator OPERATOR =
            new SqlSpecialOperator("CREATE FUNCTION", SqlKind.CREATE_FUNCTION);

    private final SqlIdentifier name;
    private final List<@Nullable SqlIdentifier> parameterNames;
    private final List<SqlDataTypeSpec> parameterTypes;
    private final SqlDataTypeSpec returnType;
    private final SqlIdentifier language;
    private final String body;

    public SqlCreateFunction(
            SqlParserPos pos,
            boolean replace,
            SqlIdentifier name,
            List<@Nullable SqlIdentifier> parameterNames,
            List<SqlDataTypeSpec> parameterTypes,
            SqlDataTypeSpec returnType,
            SqlIdentifier language,
            String body) {
        super(OPERATOR, pos, replace, false);
        if (parameterNames.size() != parameterTypes.size()) {
            throw new IllegalArgumentException("one name (or null) per parameter type");
        }
        this.name = Objects.requireNonNull(name);
        this.parameterNames = ImmutableNullableList.copyOf(parameterNames);
        this.parameterTypes = List.copyOf(parameterTypes);
        this.returnType = Objects.requireNonNull(returnType);
        this.language = Objects.requireNonNull(language);
        this.body = Objects.requireNonNull(body);
    }

    /** The function name, possibly qualified. */
    public SqlIdentifier name() {
        return name;
    }

    /** Whether {@code OR REPLACE} was given. */
    public boolean orReplace() {
        return getReplace();
    }

    /** The parameter names, null where a parameter is unnamed. */
    public List<@Nullable String> parameterNames() {
        List<@Nullable String> names = new ArrayList<>(parameterNames.size());
        for (SqlIdentifier name : parameterNames) {
            names.add(name == null ? null : name.getSimple());
        }
        return ImmutableNullableList.copyOf(names);
    }

    /** The parameter types, in order. */
    public List<SqlDataTypeSpec> parameterTypes() {
        return parameterTypes;
    }

    /** The declared return type. */
    public SqlDataTypeSpec returnType() {
        return returnType;
    }

    /** The language, lower-case ({@code sql} unless another was given). */
    public String language() {
        return language.getSimple();
    }

    /** The function body, the text of the {@code AS} string. */
    public String body() {
        return body;
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
                Clauses.list(ImmutableNullableList.copyOf(parameterNames)),
                Clauses.list(parameterTypes),
                returnType,
                language,
                Clauses.text(body));
    }

    @Override
    public void unparse(SqlWriter writer, int leftPrec, int rightPrec) {
        writer.keyword(getReplace() ? "CREATE OR REPLACE FUNCTION" : "CREATE FUNCTION");
        name.unparse(writer, 0, 0);
        SqlWriter.Frame frame = writer.startList("(", ")");
        for (int i = 0; i < parameterTypes.size(); i++) {
            writer.sep(",");
            SqlIdentifier parameterName = parameterNames.get(i);
            if (parameterName != null) {
                parameterName.unparse(writer, 0, 0);
            }
            parameterTypes.get(i).unparse(writer, 0, 0);
        }
        writer.endList(frame);
        writer.keyword("RETURNS");
        returnType.unparse(writer, 0, 0);
        writer.keyword("LANGUAGE");
        language.unparse(writer, 0, 0);
        writer.keyword("AS");
        Clauses.string(writer, body);
    }
}
