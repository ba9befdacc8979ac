package dev.freshet.sql.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.freshet.sql.error.ErrorCode;
import dev.freshet.sql.error.FreshetException;
import java.util.List;
import org.apache.calcite.sql.SqlNode;
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

    /** Checks that two texts parse to equal trees. */
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
