package dev.freshet.sql.ast;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.apache.calcite.sql.SqlCall;
import org.apache.calcite.sql.SqlIdentifier;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.SqlNodeList;
import org.apache.calcite.sql.SqlOperator;
import org.apache.calcite.sql.SqlSetOperator;
import org.apache.calcite.sql.SqlSpecialOperator;
import org.apache.calcite.sql.SqlWriter;
import org.apache.calcite.sql.fun.SqlStdOperatorTable;
import org.apache.calcite.sql.parser.SqlParserPos;
import org.apache.calcite.util.ImmutableNullableList;
import org.jspecify.annotations.Nullable;

/**
 * A set operation with {@code CORRESPONDING}: {@code left UNION [ALL] CORRESPONDING [BY (c, ...)]
 * right} (likewise INTERSECT, EXCEPT). The inputs are matched by column name, not position: on the
 * listed columns, or without {@code BY} on the columns both sides have, in the left side's order.
 *
 * <p>Its kind is the set operation's ({@link SqlKind#UNION}, ...), so it counts as a query, but it
 * is not a Calcite set operation: the engine rewrites it into projections of both inputs and a
 * plain set operation before validation.
 */
public final class SqlCorrespondingSetOp extends SqlCall {
    private static final SqlOperator UNION = operator(SqlStdOperatorTable.UNION);
    private static final SqlOperator INTERSECT = operator(SqlStdOperatorTable.INTERSECT);
    private static final SqlOperator EXCEPT = operator(SqlStdOperatorTable.EXCEPT);

    private final SqlSetOperator setOperator;
    private final SqlNode left;
    private final SqlNode right;
    private final @Nullable SqlNodeList by;

    /**
     * Creates {@code left setOperator CORRESPONDING [BY by] right}, where {@code setOperator} is
     * one of Calcite's UNION, UNION ALL, INTERSECT, INTERSECT ALL, EXCEPT, EXCEPT ALL.
     */
    public SqlCorrespondingSetOp(
            SqlParserPos pos,
            SqlSetOperator setOperator,
            SqlNode left,
            SqlNode right,
            @Nullable SqlNodeList by) {
        super(pos);
        this.setOperator = Objects.requireNonNull(setOperator);
        this.left = Objects.requireNonNull(left);
        this.right = Objects.requireNonNull(right);
        this.by = by;
        operatorOf(setOperator.getKind()); // validates the kind
    }

    /** The plain set operation (UNION ALL, INTERSECT, ...) applied after matching columns. */
    public SqlSetOperator setOperator() {
        return setOperator;
    }

    /** Whether {@code ALL} was given (duplicates kept). */
    public boolean all() {
        return setOperator.isAll();
    }

    /** The left input. */
    public SqlNode left() {
        return left;
    }

    /** The right input. */
    public SqlNode right() {
        return right;
    }

    /** The columns of {@code BY (...)}, or null if BY was not given. */
    public @Nullable List<String> byColumns() {
        if (by == null) {
            return null;
        }
        List<String> names = new ArrayList<>(by.size());
        for (SqlNode node : by) {
            names.add(((SqlIdentifier) node).getSimple());
        }
        return List.copyOf(names);
    }

    @Override
    public SqlOperator getOperator() {
        return operatorOf(setOperator.getKind());
    }

    @Override
    public List<@Nullable SqlNode> getOperandList() {
        return ImmutableNullableList.of(left, right, Clauses.flag(all()), by);
    }

    @Override
    public void unparse(SqlWriter writer, int leftPrec, int rightPrec) {
        SqlWriter.Frame frame = writer.startList(SqlWriter.FrameTypeEnum.SETOP);
        left.unparse(writer, leftPrec, setOperator.getLeftPrec());
        writer.setNeedWhitespace(true);
        writer.sep(setOperator.getName() + " CORRESPONDING");
        if (by != null) {
            writer.keyword("BY");
            Clauses.parenthesized(writer, by);
        }
        writer.setNeedWhitespace(true);
        right.unparse(writer, setOperator.getRightPrec(), rightPrec);
        writer.endList(frame);
    }

    private static SqlOperator operatorOf(SqlKind kind) {
        return switch (kind) {
            case UNION -> UNION;
            case INTERSECT -> INTERSECT;
            case EXCEPT -> EXCEPT;
            default -> throw new IllegalArgumentException("not a set operation: " + kind);
        };
    }

    private static SqlOperator operator(SqlSetOperator base) {
        return new SqlSpecialOperator(
                base.getName() + " CORRESPONDING", base.getKind(), base.getLeftPrec());
    }
}
