package dev.freshet.engine.type;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.freshet.engine.batch.Column;
import dev.freshet.engine.batch.ColumnBuilder;
import dev.freshet.sql.error.FreshetException;
import java.time.ZoneId;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;

/**
 * The driver of the table-driven PgText tests.
 *
 * <p>A case is {input, expected}: {@code expected} is what PostgreSQL 15 prints for {@code
 * input::type} (its output function's text), or for a rejected input {@code ERR <sqlstate>
 * <message>}, followed by {@code | D: <detail>} and {@code | H: <hint>} when PostgreSQL sends them.
 * Each case is checked four ways: parse then format the Java value; format the value stored in a
 * column (the server's path), next to a NULL row; parse the output again and get the same value
 * (round trip); and format that value again to the same text.
 */
final class PgTextCases {
    private PgTextCases() {}

    /** What {@link PgText} makes of {@code input}, in the notation of the expected strings. */
    static String outcome(DataType type, String input, ZoneId zone) {
        try {
            return PgText.format(type, PgText.parse(type, input, zone), zone);
        } catch (FreshetException e) {
            return describe(e);
        }
    }

    /** An error in the notation of the expected strings. */
    static String describe(FreshetException e) {
        return "ERR "
                + e.code().sqlState()
                + " "
                + e.getMessage()
                + (e.detail() != null ? " | D: " + e.detail() : "")
                + (e.hint() != null ? " | H: " + e.hint() : "");
    }

    /** One dynamic test per case. */
    static Stream<DynamicTest> tests(DataType type, String zone, String[][] cases) {
        ZoneId z = ZoneId.of(zone);
        return Arrays.stream(cases)
                .map(
                        c ->
                                DynamicTest.dynamicTest(
                                        type + " " + printable(c[0]), () -> check(type, z, c)));
    }

    private static String printable(String s) {
        return "'" + s.replace("\n", "\\n").replace("\t", "\\t").replace("\r", "\\r") + "'";
    }

    private static void check(DataType type, ZoneId zone, String[] c) {
        String input = c[0];
        String expected = c[1];
        assertEquals(expected, outcome(type, input, zone), "input " + printable(input));
        if (expected.startsWith("ERR ")) {
            return;
        }
        Object value = PgText.parse(type, input, zone);
        assertEquals(expected, formatInColumn(type, value, zone), "column output");
        if (c.length > 2) {
            // A third element says why the output cannot be read back.
            assertTrue(PgTextCases.outcome(type, expected, zone).startsWith("ERR "), c[2]);
            return;
        }
        Object again = PgText.parse(type, expected, zone);
        assertTrue(
                sameValue(value, again),
                () -> "round trip of " + printable(expected) + " gave a different value");
        assertEquals(expected, PgText.format(type, again, zone), "output of the round trip");
    }

    /** Formats {@code value} as stored in row 1 of a column whose row 0 is NULL. */
    static String formatInColumn(DataType type, Object value, ZoneId zone) {
        ColumnBuilder b = ColumnBuilder.forType(type, 2);
        b.appendNull();
        b.appendObject(value);
        Column column = b.build();
        assertTrue(column.isNull(0));
        StringBuilder out = new StringBuilder("prefix:");
        PgText.format(column, 1, zone, out);
        assertTrue(out.toString().startsWith("prefix:"), "format must append");
        return out.substring("prefix:".length());
    }

    /** Value equality in the mapping of {@link Values}, exact (scale, -0 and NaN included). */
    static boolean sameValue(Object a, Object b) {
        if (a instanceof byte[] x && b instanceof byte[] y) {
            return Arrays.equals(x, y);
        }
        if (a instanceof Decimal x && b instanceof Decimal y) {
            return x.equals(y) && x.toString().equals(y.toString());
        }
        if (a instanceof List<?> x && b instanceof List<?> y) {
            if (x.size() != y.size()) {
                return false;
            }
            for (int i = 0; i < x.size(); i++) {
                Object u = x.get(i);
                Object v = y.get(i);
                if (u == null || v == null ? u != v : !sameValue(u, v)) {
                    return false;
                }
            }
            return true;
        }
        return Objects.equals(a, b);
    }
}
