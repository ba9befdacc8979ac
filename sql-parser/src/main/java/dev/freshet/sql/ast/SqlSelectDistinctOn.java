package dev.freshet.sql.ast;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apache.calcite.sql.SqlCall;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.SqlNodeList;
import org.apache.calcite.sql.SqlOperator;
import org.apache.calcite.sql.SqlSelect;
import org.apache.calcite.sql.SqlSpecialOperator;
import org.apache.calcite.sql.SqlWriter;
import org.apache.calcite.sql.parser.SqlParserPos;
import org.apache.calcite.util.Litmus;
import org.jspecify.annotations.Nullable;

/**
 * PostgreSQL's {@code SELECT DISTINCT ON (e1, e2, ...) ...}: keeps the first row of each group of
 * rows equal on the {@code DISTINCT ON} expressions, in {@code ORDER BY} order.
 *
 * <p>Calcite does not know this form: to Calcite's validator this is a plain {@link SqlSelect}
 * (without {@code DISTINCT}), and Calcite's shuttles, which copy nodes through their operator, drop
 * the {@link #distinctOn()} list. The engine must rewrite it (for example into a {@code
 * ROW_NUMBER()} filter) before validation. {@link #clone}, {@link #equalsDeep} and {@link #unparse}
 * do keep it.
 */
public final class SqlSelectDistinctOn extends SqlSelect {
    private final SqlNodeList distinctOn;

    public SqlSelectDistinctOn(
            SqlParserPos pos,
            SqlNodeList distinctOn,
            @Nullable SqlNodeList keywordList,
            SqlNodeList selectList,
            @Nullable SqlNode from,
            @Nullable SqlNode where,
            @Nullable SqlNodeList groupBy,
            @Nullable SqlNode having,
            @Nullable SqlNodeList windowDecls,
            @Nullable SqlNode qualify,
            @Nullable SqlNodeList orderBy,
            @Nullable SqlNode offset,
            @Nullable SqlNode fetch,
            @Nullable SqlNodeList hints) {
        super(
                pos,
                keywordList,
                selectList,
                from,
                where,
                groupBy,
                having,
                windowDecls,
                qualify,
                orderBy,
                offset,
                fetch,
                hints);
        this.distinctOn = Objects.requireNonNull(distinctOn);
        if (distinctOn.isEmpty()) {
            throw new IllegalArgumentException("DISTINCT ON needs at least one expression");
        }
    }

    /** The expressions of {@code DISTINCT ON (...)}, in written order. */
    public SqlNodeList distinctOn() {
        return distinctOn;
    }

    /** The keywords after SELECT other than DISTINCT ON (e.g. STREAM); usually empty. */
    public SqlNodeList keywords() {
        return (SqlNodeList) Objects.requireNonNull(getOperandList().get(0));
    }

    @Override
    public SqlNode clone(SqlParserPos pos) {
        return new SqlSelectDistinctOn(
                pos,
                distinctOn,
                keywords(),
                getSelectList(),
                getFrom(),
                getWhere(),
                getGroup(),
                getHaving(),
                getWindowList(),
                getQualify(),
                getOrderList(),
                getOffset(),
                getFetch(),
                getHints());
    }

    @Override
    public boolean equalsDeep(@Nullable SqlNode node, Litmus litmus) {
        if (!(node instanceof SqlSelectDistinctOn that)) {
            return litmus.fail("{} is not SELECT DISTINCT ON: {}", this, node);
        }
        return distinctOn.equalsDeep(that.distinctOn, litmus) && super.equalsDeep(node, litmus);
    }

    @Override
    public void unparse(SqlWriter writer, int leftPrec, int rightPrec) {
        List<SqlNode> keywords = new ArrayList<>();
        keywords.add(new DistinctOnClause(distinctOn));
        keywords.addAll(keywords());
        SqlSelect plain =
                new SqlSelect(
                        getParserPosition(),
                        new SqlNodeList(keywords, SqlParserPos.ZERO),
                        getSelectList(),
                        getFrom(),
                        getWhere(),
                        getGroup(),
                        getHaving(),
                        getWindowList(),
                        getQualify(),
                        getOrderList(),
                        getOffset(),
                        getFetch(),
                        getHints());
        plain.unparse(writer, leftPrec, rightPrec);
    }

    /** Writes {@code DISTINCT ON (...)} where SELECT writes its keywords. */
    private static final class DistinctOnClause extends SqlCall {
        private static final SqlOperator OPERATOR =
                new SqlSpecialOperator("DISTINCT ON", SqlKind.OTHER);

        private final SqlNodeList expressions;

        DistinctOnClause(SqlNodeList expressions) {
            super(expressions.getParserPosition());
            this.expressions = expressions;
        }

        @Override
        public SqlOperator getOperator() {
            return OPERATOR;
        }

        @Override
        public List<SqlNode> getOperandList() {
            return List.of(expressions);
        }

        @Override
        public void unparse(SqlWriter writer, int leftPrec, int rightPrec) {
            writer.keyword("DISTINCT ON");
            Clauses.parenthesized(writer, expressions);
        }
    }
}
