package dev.freshet.sql.parser.impl;

import java.util.ArrayList;
import java.util.List;
import org.apache.calcite.sql.SqlFunctionCategory;
import org.apache.calcite.sql.SqlIdentifier;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.SqlNodeList;
import org.apache.calcite.sql.SqlSelect;
import org.apache.calcite.sql.SqlUnresolvedFunction;
import org.apache.calcite.sql.fun.SqlStdOperatorTable;
import org.apache.calcite.sql.parser.SqlParserPos;

/**
 * RisingWave's shorthand for time-window table functions, rewritten to the form Calcite's validator
 * knows.
 *
 * <p>{@code FROM TUMBLE(t, ts, INTERVAL '5' MINUTE)} and {@code FROM HOP(t, ts, slide, size)} parse
 * as Calcite's implicit table function call syntax, with a plain table name and a plain column name
 * as the first two arguments. Calcite's window functions take {@code TABLE t} and {@code
 * DESCRIPTOR(ts)} there; the arguments are given that shape, so the result is the tree of {@code
 * TABLE(TUMBLE(TABLE t, DESCRIPTOR(ts), INTERVAL '5' MINUTE))}. {@code SESSION(t, ts, gap)} and
 * {@code SESSION(t, ts, key, gap)} likewise become Calcite's {@code SESSION(TABLE t, DESCRIPTOR(ts)
 * [, DESCRIPTOR(key)], gap)}.
 */
final class WindowTableFunctions {
    private WindowTableFunctions() {}

    /** The arguments of an implicit table function call, reshaped for TUMBLE and HOP. */
    static List<SqlNode> explicitArguments(SqlIdentifier function, List<SqlNode> arguments) {
        if (!function.isSimple()
                || !(function.getSimple().equals("tumble")
                        || function.getSimple().equals("hop")
                        || function.getSimple().equals("session"))
                || arguments.size() < 3
                || !(arguments.get(0) instanceof SqlIdentifier table)
                || !(arguments.get(1) instanceof SqlIdentifier column)
                || !column.isSimple()) {
            return arguments;
        }
        List<SqlNode> explicit = new ArrayList<>(arguments);
        explicit.set(
                0, SqlStdOperatorTable.EXPLICIT_TABLE.createCall(table.getParserPosition(), table));
        SqlParserPos columnPos = column.getParserPosition();
        SqlUnresolvedFunction descriptor =
                new SqlUnresolvedFunction(
                        new SqlIdentifier("descriptor", columnPos),
                        null,
                        null,
                        null,
                        null,
                        SqlFunctionCategory.USER_DEFINED_FUNCTION);
        explicit.set(1, descriptor.createCall(null, columnPos, column));
        // SESSION(t, ts, key, gap): the partition key as a second descriptor
        if (function.getSimple().equals("session")
                && arguments.size() == 4
                && arguments.get(2) instanceof SqlIdentifier key
                && key.isSimple()) {
            explicit.set(2, descriptor.createCall(null, key.getParserPosition(), key));
        }
        return explicit;
    }

    /** {@code SELECT * FROM from}, as the parser builds it. */
    static SqlSelect selectStarFrom(SqlParserPos pos, SqlNode from) {
        return new SqlSelect(
                pos,
                SqlNodeList.EMPTY,
                new SqlNodeList(List.of(SqlIdentifier.star(pos)), pos),
                from,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                null,
                SqlNodeList.EMPTY);
    }
}
