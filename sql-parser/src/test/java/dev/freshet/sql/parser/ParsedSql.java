package dev.freshet.sql.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.freshet.sql.error.ErrorCode;
import dev.freshet.sql.error.FreshetException;
import java.util.List;
import org.apache.calcite.sql.SqlCall;
import org.apache.calcite.sql.SqlFunction;
import org.apache.calcite.sql.SqlLiteral;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.SqlNodeList;
import org.apache.calcite.sql.util.SqlBasicVisitor;
import org.apache.calcite.util.Litmus;

/** Parsing helpers for the parser's tests: parse one statement, check it round-trips. */
final class ParsedSql {
    private ParsedSql() {}

    /**
     * Parses one statement, checks that its unparsed text parses back to an equal tree, and returns
     * it as the expected type.
     */
    static <T extends SqlNode> T parse(String sql, Class<T> type) {
        SqlNode node = parseOne(sql);
        assertRoundTrips(node);
        return assertInstanceOf(type, node, () -> sql + " parsed to " + node.getClass());
    }

    /** Parses exactly one statement. */
    static SqlNode parseOne(String sql) {
        List<ParsedStatement> statements = FreshetParser.parse(sql);
        assertEquals(1, statements.size(), () -> "statements in: " + sql);
        return statements.get(0).node();
    }

    /** Unparses a node and checks the text parses back to an equal tree. */
    static void assertRoundTrips(SqlNode node) {
        String text = FreshetParser.unparse(node);
        SqlNode reparsed;
        try {
            reparsed = parseOne(text);
        } catch (FreshetException e) {
            throw new AssertionError("unparsed text does not parse: " + text, e);
        }
        assertTrue(
                node.equalsDeep(reparsed, Litmus.IGNORE),
                () ->
                        "round trip changed the tree:\n  "
                                + text
                                + "\n  "
                                + FreshetParser.unparse(reparsed));
    }

    /**
     * Checks that two texts parse to the same tree: equal by {@code equalsDeep}, and with the same
     * node classes, operator classes and function categories, which {@code equalsDeep} ignores.
     */
    static void assertSameTree(String expected, String actual) {
        SqlNode e = parseOne(expected);
        SqlNode a = parseOne(actual);
        assertTrue(
                e.equalsDeep(a, Litmus.IGNORE),
                () ->
                        "different trees:\n  "
                                + FreshetParser.unparse(e)
                                + "\n  "
                                + FreshetParser.unparse(a));
        assertEquals(structure(e), structure(a));
    }

    /** The classes of a tree's nodes and operators, one line per node. */
    static String structure(SqlNode node) {
        StringBuilder out = new StringBuilder();
        node.accept(
                new SqlBasicVisitor<Void>() {
                    private int depth;

                    @Override
                    public Void visit(SqlCall call) {
                        out.append("  ".repeat(depth))
                                .append(call.getClass().getSimpleName())
                                .append(' ')
                                .append(call.getKind())
                                .append(' ')
                                .append(call.getOperator().getClass().getSimpleName());
                        if (call.getOperator() instanceof SqlFunction function) {
                            out.append(' ').append(function.getFunctionType());
                        }
                        out.append('\n');
                        depth++;
                        for (SqlNode operand : call.getOperandList()) {
                            if (operand != null) {
                                operand.accept(this);
                            }
                        }
                        depth--;
                        return null;
                    }

                    @Override
                    public Void visit(SqlNodeList list) {
                        for (SqlNode item : list) {
                            if (item != null) {
                                item.accept(this);
                            }
                        }
                        return null;
                    }

                    @Override
                    public Void visit(SqlLiteral literal) {
                        out.append("  ".repeat(depth))
                                .append(literal.getClass().getSimpleName())
                                .append(' ')
                                .append(literal.getTypeName())
                                .append('\n');
                        return null;
                    }
                });
        return out.toString();
    }

    /** Checks that parsing fails with a syntax error; returns the error. */
    static FreshetException syntaxError(String sql) {
        return error(sql, ErrorCode.SYNTAX_ERROR);
    }

    /** Checks that parsing fails with the given code; returns the error. */
    static FreshetException error(String sql, ErrorCode code) {
        FreshetException e = assertThrows(FreshetException.class, () -> FreshetParser.parse(sql));
        assertEquals(code, e.code(), () -> "error for " + sql + ": " + e.getMessage());
        return e;
    }
}
