package dev.freshet.sql.ast;

import java.util.List;
import java.util.Objects;
import java.util.SequencedMap;
import org.apache.calcite.sql.SqlCall;
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
 * {@code SUBSCRIBE [TO] relation [WITH (...)]} or {@code SUBSCRIBE (query) [WITH (...)]}: a change
 * feed of a relation or query, pushed to the client as it changes. Usually read through {@code
 * DECLARE c CURSOR FOR SUBSCRIBE ...} and {@code FETCH}.
 *
 * <p>Exactly one of {@link #relation()} and {@link #query()} is non-null.
 */
public final class SqlSubscribe extends SqlCall implements FreshetStatement {
    /** The operator of every SUBSCRIBE. */
    public static final SqlOperator OPERATOR = new SqlSpecialOperator("SUBSCRIBE", SqlKind.OTHER);

    private final @Nullable SqlIdentifier relation;
    private final @Nullable SqlNode query;
    private final List<SqlOption> options;

    public SqlSubscribe(
            SqlParserPos pos,
            @Nullable SqlIdentifier relation,
            @Nullable SqlNode query,
            List<SqlOption> options) {
        super(pos);
        if ((relation == null) == (query == null)) {
            throw new IllegalArgumentException("SUBSCRIBE reads a relation or a query");
        }
        this.relation = relation;
        this.query = query;
        this.options = List.copyOf(options);
    }

    /** The relation subscribed to, or null for a query. */
    public @Nullable SqlIdentifier relation() {
        return relation;
    }

    /** The query subscribed to, or null for a relation. */
    public @Nullable SqlNode query() {
        return query;
    }

    /** The {@code WITH} options in written order (empty if none). */
    public SequencedMap<String, SqlNode> options() {
        return Clauses.optionMap(options);
    }

    @Override
    public SqlOperator getOperator() {
        return OPERATOR;
    }

    @Override
    public List<@Nullable SqlNode> getOperandList() {
        return ImmutableNullableList.of(relation, query, Clauses.list(options));
    }

    @Override
    public void unparse(SqlWriter writer, int leftPrec, int rightPrec) {
        writer.keyword("SUBSCRIBE");
        if (relation != null) {
            writer.keyword("TO");
            relation.unparse(writer, 0, 0);
        } else {
            SqlWriter.Frame frame = writer.startList("(", ")");
            Objects.requireNonNull(query).unparse(writer, 0, 0);
            writer.endList(frame);
        }
        Clauses.withOptions(writer, options);
    }
}
