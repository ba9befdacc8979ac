package dev.freshet.sql.ast;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.calcite.sql.SqlDrop;
import org.apache.calcite.sql.SqlIdentifier;
import org.apache.calcite.sql.SqlLiteral;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.SqlOperator;
import org.apache.calcite.sql.SqlSpecialOperator;
import org.apache.calcite.sql.SqlWriter;
import org.apache.calcite.sql.parser.SqlParserPos;
import org.jspecify.annotations.Nullable;

/**
 * {@code DROP {TABLE | MATERIALIZED VIEW | VIEW | SOURCE | SINK | INDEX | MODEL | USER | FUNCTION}
 * [IF EXISTS] name [, name ...] [CASCADE | RESTRICT]}.
 */
public final class SqlDropObject extends SqlDrop implements FreshetStatement {
    private static final Map<ObjectType, SqlOperator> OPERATORS = operators();

    private final ObjectType objectType;
    private final List<SqlIdentifier> names;
    private final boolean cascade;

    public SqlDropObject(
            SqlParserPos pos,
            ObjectType objectType,
            boolean ifExists,
            List<SqlIdentifier> names,
            boolean cascade) {
        super(OPERATORS.get(objectType), pos, ifExists);
        this.objectType = objectType;
        this.names = List.copyOf(names);
        if (this.names.isEmpty()) {
            throw new IllegalArgumentException("DROP needs at least one name");
        }
        this.cascade = cascade;
    }

    /** The kind of object dropped. */
    public ObjectType objectType() {
        return objectType;
    }

    /** The objects to drop, in written order, each possibly qualified. */
    public List<SqlIdentifier> names() {
        return names;
    }

    /** Whether {@code IF EXISTS} was given. */
    public boolean ifExists() {
        return ifExists;
    }

    /** Whether {@code CASCADE} was given ({@code RESTRICT}, the default, is false). */
    public boolean cascade() {
        return cascade;
    }

    @Override
    public SqlOperator getOperator() {
        return Objects.requireNonNull(OPERATORS.get(objectType));
    }

    @Override
    public List<@Nullable SqlNode> getOperandList() {
        return List.of(
                SqlLiteral.createSymbol(objectType, SqlParserPos.ZERO),
                Clauses.flag(ifExists),
                Clauses.list(names),
                Clauses.flag(cascade));
    }

    @Override
    public void unparse(SqlWriter writer, int leftPrec, int rightPrec) {
        writer.keyword("DROP");
        writer.keyword(objectType.sql());
        if (ifExists) {
            writer.keyword("IF EXISTS");
        }
        SqlWriter.Frame frame = writer.startList("", "");
        for (SqlIdentifier name : names) {
            writer.sep(",");
            name.unparse(writer, 0, 0);
        }
        writer.endList(frame);
        if (cascade) {
            writer.keyword("CASCADE");
        }
    }

    private static Map<ObjectType, SqlOperator> operators() {
        Map<ObjectType, SqlOperator> operators = new EnumMap<>(ObjectType.class);
        for (ObjectType type : ObjectType.values()) {
            operators.put(type, new SqlSpecialOperator("DROP " + type.sql(), type.dropKind()));
        }
        return operators;
    }
}
