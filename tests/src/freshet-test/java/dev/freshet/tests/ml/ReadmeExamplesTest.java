package dev.freshet.tests.ml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import dev.freshet.tests.freshet.FreshetTestDatabase;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Keeps the online-ML examples in {@code README.md} true: each {@code <!-- example: name -->}
 * followed by a {@code ```sql} block runs, statement by statement, against a fresh server over
 * pgjdbc, and a statement followed by a comment line {@code -- expect: ...} must return exactly
 * that (columns joined by {@code " | "}, rows by {@code "; "}, as the server's text output).
 */
class ReadmeExamplesTest {
    private static final Pattern EXAMPLE =
            Pattern.compile("<!-- example: ([a-z_]+) -->\\s*```sql\\n(.*?)```", Pattern.DOTALL);
    private static final String EXPECT = "-- expect:";

    /** One statement of an example and the output it must return, if the README says. */
    private record Step(String sql, @Nullable String expected) {}

    private static Map<String, String> examples() throws IOException {
        Path readme =
                Path.of(System.getProperty("freshet.project.dir", ".."), "README.md")
                        .toAbsolutePath()
                        .normalize();
        String text = Files.readString(readme, StandardCharsets.UTF_8);
        Map<String, String> out = new LinkedHashMap<>();
        Matcher m = EXAMPLE.matcher(text);
        while (m.find()) {
            out.put(m.group(1), m.group(2));
        }
        return out;
    }

    @Test
    void readmeHasTheFourExamples() throws IOException {
        assertEquals(
                List.of("recommendations", "fraud", "anomalies", "pricing"),
                List.copyOf(examples().keySet()));
    }

    @TestFactory
    Stream<DynamicTest> readmeExamplesRunAsWritten() throws IOException {
        return examples().entrySet().stream()
                .map(e -> DynamicTest.dynamicTest(e.getKey(), () -> run(e.getKey(), e.getValue())));
    }

    private static void run(String name, String block) throws SQLException {
        List<Step> steps = steps(block);
        List<String> outputs = new ArrayList<>();
        try (FreshetTestDatabase db = FreshetTestDatabase.start();
                Connection c = db.connect();
                Statement s = c.createStatement()) {
            for (Step step : steps) {
                String got = execute(s, step.sql());
                if (step.expected() != null) {
                    assertEquals(step.expected(), got, name + ": " + step.sql());
                    outputs.add(got);
                }
            }
        }
        assertFalse(outputs.isEmpty(), name + " states no expected output");
        if (name.equals("recommendations")) {
            // the point of the example: the top picks follow the user's change of taste
            assertNotEquals(outputs.get(0), outputs.get(outputs.size() - 1));
        }
    }

    /** Runs one statement; returns its rows as text, or "" if it returns none. */
    private static String execute(Statement s, String sql) throws SQLException {
        if (!s.execute(sql)) {
            return "";
        }
        List<String> rows = new ArrayList<>();
        try (ResultSet rs = s.getResultSet()) {
            int n = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                StringBuilder row = new StringBuilder();
                for (int i = 1; i <= n; i++) {
                    row.append(i > 1 ? " | " : "").append(rs.getString(i));
                }
                rows.add(row.toString());
            }
        }
        return String.join("; ", rows);
    }

    /** Splits a block at lines ending in ';'; an {@code -- expect:} line belongs to the last. */
    private static List<Step> steps(String block) {
        List<Step> steps = new ArrayList<>();
        StringBuilder sql = new StringBuilder();
        for (String line : block.split("\n")) {
            String t = line.strip();
            if (t.startsWith(EXPECT)) {
                Step last = steps.removeLast();
                steps.add(new Step(last.sql(), t.substring(EXPECT.length()).strip()));
            } else if (!t.isEmpty() && !t.startsWith("--")) {
                sql.append(line).append('\n');
                if (t.endsWith(";")) {
                    steps.add(new Step(sql.toString().strip(), null));
                    sql.setLength(0);
                }
            }
        }
        assertEquals("", sql.toString().strip(), "a statement without its ';'");
        return steps;
    }
}
