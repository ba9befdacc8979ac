package dev.freshet.engine.expr;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.DynamicTest;

/**
 * A table of cases {@code expression => PostgreSQL's output} (one per line; {@code #} starts a
 * comment), checked by evaluating {@code SELECT expression} through a real engine. The expected
 * values were printed by PostgreSQL 15 (session time zone UTC, locale C); an error is written
 * {@code ERROR <sqlstate>: <message>}.
 */
final class PgCases {
    private PgCases() {}

    static List<DynamicTest> of(SqlRunner sql, String table) {
        List<DynamicTest> tests = new ArrayList<>();
        for (String line : table.split("\n")) {
            if (line.isBlank() || line.startsWith("#")) {
                continue;
            }
            int at = line.indexOf("  =>  ");
            String expr = line.substring(0, at).strip();
            String expected = line.substring(at + 6).strip();
            tests.add(
                    DynamicTest.dynamicTest(
                            expr, () -> assertEquals(expected, sql.value(expr), expr)));
        }
        return tests;
    }
}
