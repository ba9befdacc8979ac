package dev.freshet.tests.slt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.freshet.tests.TestDatabase;
import dev.freshet.tests.pg.SharedPostgres;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The runner reports mismatches precisely: a runner that always passes would prove nothing. */
@Tag("postgres")
class SltRunnerTest {
    private static final Path ROOT = Path.of("/virtual");
    private static TestDatabase database;
    private static Connection connection;

    @BeforeAll
    static void open() throws SQLException {
        database = SharedPostgres.freshDatabase("runner");
        connection = database.connect();
    }

    @AfterAll
    static void close() throws SQLException {
        connection.close();
        database.close();
    }

    private static SltReport run(String text, boolean stopAtFirstFailure, SkipList skips) {
        List<SltRecord> records = SltParser.parseText(ROOT.resolve("case.slt"), text);
        return new SltRunner(
                        connection,
                        new SltRunner.Options(Set.of("postgres"), skips, stopAtFirstFailure))
                .run("case.slt", records);
    }

    @Test
    void wrongRowsAreReportedWithLocationSqlExpectedAndActual() {
        SltReport report =
                run(
                        """
                        query I
                        SELECT 1
                        ----
                        2
                        """,
                        true,
                        SkipList.empty(ROOT));
        assertFalse(report.passed());
        SltFailure failure = report.failures().getFirst();
        assertEquals(1, failure.location().line());
        assertEquals("SELECT 1", failure.sql());
        assertEquals("2", failure.expected());
        assertEquals("1", failure.actual());
        String text = report.describe();
        assertTrue(text.contains("/virtual/case.slt:1"), text);
        assertTrue(text.contains("query result mismatch"), text);
    }

    @Test
    void everyKindOfMismatchIsCaught() {
        SltReport report =
                run(
                        """
                        statement ok
                        SELECT 1/0

                        statement error
                        SELECT 1

                        statement error syntax
                        SELECT 1/0

                        statement count 3
                        SELECT * FROM (VALUES (1), (2)) v(x)

                        query error
                        SELECT 1

                        query I
                        SELECT 1/0
                        ----
                        1

                        query I
                        SELECT * FROM (VALUES (2), (1)) v(x)
                        ----
                        1
                        2
                        """,
                        false,
                        SkipList.empty(ROOT));
        assertEquals(7, report.executed());
        assertEquals(
                List.of(1, 4, 7, 10, 13, 16, 21),
                report.failures().stream().map(f -> f.location().line()).toList(),
                report::describe);
    }

    @Test
    void stopsAtTheFirstFailureByDefault() {
        SltReport report =
                run(
                        """
                        statement ok
                        SELECT 1/0

                        statement ok
                        SELECT 1/0
                        """,
                        true,
                        SkipList.empty(ROOT));
        assertEquals(1, report.failures().size());
        assertEquals(1, report.executed());
    }

    @Test
    void skipListEntriesSkipTheirRecordAndSayWhy() {
        SkipList skips =
                SkipList.parse("inline", List.of("case.slt:4  # not our error text"), ROOT);
        SltReport report =
                run(
                        """
                        statement ok
                        SELECT 1

                        statement ok
                        SELECT 1/0
                        """,
                        true,
                        skips);
        assertTrue(report.passed(), report::describe);
        assertEquals(List.of("case.slt:4  # not our error text"), report.skippedByList());
    }

    @Test
    void skipListLinesNeedAReason() {
        var e =
                org.junit.jupiter.api.Assertions.assertThrows(
                        IllegalArgumentException.class,
                        () -> SkipList.parse("skip.txt", List.of("a/b.slt:3"), ROOT));
        assertTrue(e.getMessage().contains("reason is mandatory"), e.getMessage());
    }
}
