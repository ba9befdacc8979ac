package dev.freshet.sql.ast;

import java.util.Objects;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.SqlNodeList;
import org.apache.calcite.sql.SqlOrderBy;
import org.apache.calcite.sql.SqlWriter;
import org.apache.calcite.sql.parser.SqlParserPos;
import org.apache.calcite.util.Litmus;
import org.jspecify.annotations.Nullable;

/**
 * A query with {@code ORDER BY ... [OFFSET n] FETCH FIRST n ROWS WITH TIES}: like {@code FETCH
 * FIRST n ROWS ONLY}, plus every further row that ties with the last one on the sort key.
 *
 * <p>Calcite has no such clause. To Calcite's validator this is a plain {@link SqlOrderBy}, whose
 * rewrite into the SELECT would silently drop the ties; the engine must rewrite it (for example
 * into a {@code RANK()} filter) before validation. {@link #clone}, {@link #equalsDeep} and {@link
 * #unparse} keep it.
 */
public final class SqlOrderByWithTies extends SqlOrderBy {
    public SqlOrderByWithTies(
            SqlParserPos pos,
            SqlNode query,
            SqlNodeList orderList,
            @Nullable SqlNode offset,
            SqlNode fetch) {
        super(pos, query, orderList, offset, Objects.requireNonNull(fetch));
    }

    /** The row count of {@code FETCH FIRST n ROWS WITH TIES}. */
    public SqlNode fetchWithTies() {
        return Objects.requireNonNull(fetch);
    }

    @Override
    public SqlNode clone(SqlParserPos pos) {
        return new SqlOrderByWithTies(pos, query, orderList, offset, fetchWithTies());
    }

    @Override
    public boolean equalsDeep(@Nullable SqlNode node, Litmus litmus) {
        if (!(node instanceof SqlOrderByWithTies)) {
            return litmus.fail("{} is not FETCH ... WITH TIES: {}", this, node);
        }
        return super.equalsDeep(node, litmus);
    }

    @Override
    public void unparse(SqlWriter writer, int leftPrec, int rightPrec) {
        SqlWriter.Frame frame = writer.startList(SqlWriter.FrameTypeEnum.ORDER_BY);
        query.unparse(writer, OPERATOR.getLeftPrec(), OPERATOR.getRightPrec());
        if (!orderList.isEmpty()) {
            writer.sep("ORDER BY");
            writer.list(SqlWriter.FrameTypeEnum.ORDER_BY_LIST, SqlWriter.COMMA, orderList);
        }
        if (offset != null) {
            writer.keyword("OFFSET");
            offset.unparse(writer, -1, -1);
            writer.keyword("ROWS");
        }
        writer.keyword("FETCH FIRST");
        fetchWithTies().unparse(writer, -1, -1);
        writer.keyword("ROWS WITH TIES");
        writer.endList(frame);
    }
}
