package dev.freshet.sql.ast;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apache.calcite.sql.SqlBasicCall;
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
 * {@code CREATE INDEX [IF NOT EXISTS] name ON relation (column [ASC | DESC], ...) [INCLUDE (column,
 * ...)]}: an arrangement of a table or view on the key columns, for fast point lookups.
 *
 * <p>Key columns are held as identifiers, a descending one wrapped in a {@code DESC} call as in an
 * {@code ORDER BY} list; {@link #keys()} gives them decoded.
 */
public final class SqlCreateIndex extends SqlCreate implements FreshetStatement {
    /** The operator of every CREATE INDEX. */
    public static final SqlOperator OPERATOR =
            new SqlSpecialOperator("CREATE INDEX", SqlKind.CREATE_INDEX);

    private final SqlIdentifier name;
    private final SqlIdentifier relation;
    private final List<SqlNode> keyNodes;
    private final List<SqlIdentifier> include;

    public SqlCreateIndex(
            SqlParserPos pos,
            boolean ifNotExists,
            SqlIdentifier name,
            SqlIdentifier relation,
            List<SqlNode> keyNodes,
            List<SqlIdentifier> include) {
        super(OPERATOR, pos, false, ifNotExists);
        this.name = Objects.requireNonNull(name);
        this.relation = Objects.requireNonNull(relation);
        this.keyNodes = List.copyOf(keyNodes);
        this.include = List.copyOf(include);
        for (SqlNode key : this.keyNodes) {
            column(key); // validates the shape
        }
    }

    /** The index name, possibly qualified. */
    public SqlIdentifier name() {
        return name;
    }

    /** Whether {@code IF NOT EXISTS} was given. */
    public boolean ifNotExists() {
        return ifNotExists;
    }

    /** The indexed table or materialized view. */
    public SqlIdentifier relation() {
        return relation;
    }

    /** The key columns in key order. */
    public List<IndexColumn> keys() {
        List<IndexColumn> keys = new ArrayList<>(keyNodes.size());
        for (SqlNode key : keyNodes) {
            keys.add(new IndexColumn(column(key).getSimple(), key.getKind() == SqlKind.DESCENDING));
        }
        return List.copyOf(keys);
    }

    /** The columns of {@code INCLUDE (...)}; empty if not given. */
    public List<String> include() {
        return Clauses.names(include);
    }

    private static SqlIdentifier column(SqlNode key) {
        if (key instanceof SqlIdentifier id) {
            return id;
        }
        if (key.getKind() == SqlKind.DESCENDING
                && ((SqlBasicCall) key).operand(0) instanceof SqlIdentifier id) {
            return id;
        }
        throw new IllegalArgumentException("index key must be a column: " + key);
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
                relation,
                Clauses.list(keyNodes),
                Clauses.list(include));
    }

    @Override
    public void unparse(SqlWriter writer, int leftPrec, int rightPrec) {
        writer.keyword("CREATE INDEX");
        if (ifNotExists) {
            writer.keyword("IF NOT EXISTS");
        }
        name.unparse(writer, 0, 0);
        writer.keyword("ON");
        relation.unparse(writer, 0, 0);
        Clauses.parenthesized(writer, keyNodes);
        if (!include.isEmpty()) {
            writer.keyword("INCLUDE");
            Clauses.parenthesized(writer, include);
        }
    }
}
