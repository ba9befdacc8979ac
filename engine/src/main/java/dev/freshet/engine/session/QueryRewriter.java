package dev.freshet.engine.session;

import dev.freshet.sql.ast.SqlCorrespondingSetOp;
import dev.freshet.sql.error.ErrorCode;
import dev.freshet.sql.error.FreshetException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import org.apache.calcite.sql.SqlBasicCall;
import org.apache.calcite.sql.SqlCall;
import org.apache.calcite.sql.SqlIdentifier;
import org.apache.calcite.sql.SqlJoin;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.SqlNodeList;
import org.apache.calcite.sql.SqlOrderBy;
import org.apache.calcite.sql.SqlSelect;
import org.apache.calcite.sql.SqlWith;
import org.apache.calcite.sql.SqlWithItem;
import org.apache.calcite.sql.fun.SqlStdOperatorTable;
import org.apache.calcite.sql.parser.SqlParserPos;

/**
 * Rewrites the query-level syntax Calcite's validator does not know into plain SQL before
 * validation: {@code UNION/INTERSECT/EXCEPT ... CORRESPONDING [BY (...)]} becomes the plain set
 * operation over projections of both inputs onto the matching columns.
 */
final class QueryRewriter {
    private final Function<SqlNode, List<String>> columnNames;

    /**
     * @param columnNames the output column names of a query (validated on a copy)
     */
    QueryRewriter(Function<SqlNode, List<String>> columnNames) {
        this.columnNames = columnNames;
    }

    /** {@code node} with every extension rewritten (in place where possible). */
    SqlNode rewrite(SqlNode node) {
        if (node instanceof SqlCorrespondingSetOp c) {
            return corresponding(c);
        }
        switch (node) {
            case SqlSelect s -> {
                if (s.getFrom() != null) {
                    s.setFrom(rewrite(s.getFrom()));
                }
                if (s.getWhere() != null) {
                    s.setWhere(rewrite(s.getWhere()));
                }
                return s;
            }
            case SqlOrderBy o -> {
                SqlNode q = rewrite(o.query);
                return q == o.query
                        ? o
                        : new SqlOrderBy(o.getParserPosition(), q, o.orderList, o.offset, o.fetch);
            }
            case SqlWith w -> {
                for (SqlNode item : w.withList) {
                    SqlWithItem wi = (SqlWithItem) item;
                    wi.query = rewrite(wi.query);
                }
                w.setOperand(1, rewrite(w.body));
                return w;
            }
            case SqlJoin j -> {
                j.setLeft(rewrite(j.getLeft()));
                j.setRight(rewrite(j.getRight()));
                return j;
            }
            case SqlBasicCall b -> {
                List<SqlNode> ops = b.getOperandList();
                for (int i = 0; i < ops.size(); i++) {
                    SqlNode op = ops.get(i);
                    if (op != null && (op instanceof SqlCall || op instanceof SqlNodeList)) {
                        SqlNode r = rewrite(op);
                        if (r != op) {
                            b.setOperand(i, r);
                        }
                    }
                }
                return b;
            }
            default -> {
                return node;
            }
        }
    }

    private SqlNode corresponding(SqlCorrespondingSetOp c) {
        SqlNode left = rewrite(c.left());
        SqlNode right = rewrite(c.right());
        List<String> leftNames = columnNames.apply(left.clone(left.getParserPosition()));
        List<String> rightNames = columnNames.apply(right.clone(right.getParserPosition()));
        List<String> columns;
        if (c.byColumns() != null) {
            columns = c.byColumns();
            for (String col : columns) {
                if (!leftNames.contains(col) || !rightNames.contains(col)) {
                    throw new FreshetException(
                            ErrorCode.UNDEFINED_COLUMN,
                            "column \"" + col + "\" of CORRESPONDING BY is not in both inputs");
                }
            }
        } else {
            columns = new ArrayList<>();
            for (String col : leftNames) {
                if (rightNames.contains(col)) {
                    columns.add(col);
                }
            }
        }
        if (columns.isEmpty()) {
            throw new FreshetException(
                    ErrorCode.SYNTAX_ERROR, "the inputs of CORRESPONDING have no column in common");
        }
        SqlParserPos pos = c.getParserPosition();
        return c.setOperator()
                .createCall(pos, project(left, columns, pos), project(right, columns, pos));
    }

    private static SqlNode project(SqlNode input, List<String> columns, SqlParserPos pos) {
        SqlNodeList items = new SqlNodeList(pos);
        for (String col : columns) {
            items.add(new SqlIdentifier(List.of("corresponding_input", col), pos));
        }
        SqlNode from =
                SqlStdOperatorTable.AS.createCall(
                        pos, input, new SqlIdentifier("corresponding_input", pos));
        return new SqlSelect(
                pos, null, items, from, null, null, null, null, null, null, null, null, null);
    }
}
