package dev.freshet.tests.slt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.freshet.tests.slt.SltRecord.Condition;
import dev.freshet.tests.slt.SltRecord.QueryExpectation;
import dev.freshet.tests.slt.SltRecord.StatementExpectation;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SltParserTest {
    private static final Path NAME = Path.of("/virtual/test.slt");

    @Test
    void statementsQueriesAndConditions() {
        List<SltRecord> records =
                SltParser.parseText(
                        NAME,
                        """
                        # a comment
                        statement ok
                        CREATE TABLE t (a INT)

                        skipif postgres
                        onlyif freshet
                        statement count 2
                        INSERT INTO t
                        VALUES (1), (2)

                        query IT rowsort my-label
                        SELECT a, 'x'
                        FROM t
                        ----
                        1 x
                        2   x

                        query I
                        SELECT 1 WHERE false
                        ----
                        """);
        assertEquals(4, records.size());
        var create = assertInstanceOf(SltRecord.Statement.class, records.get(0));
        assertEquals(2, create.location().line());
        assertEquals("CREATE TABLE t (a INT)", create.sql());
        assertInstanceOf(StatementExpectation.Ok.class, create.expected());

        var insert = assertInstanceOf(SltRecord.Statement.class, records.get(1));
        assertEquals(
                List.of(new Condition(false, "postgres"), new Condition(true, "freshet")),
                insert.conditions());
        assertEquals("INSERT INTO t\nVALUES (1), (2)", insert.sql());
        assertEquals(new StatementExpectation.Count(2), insert.expected());

        var query = assertInstanceOf(SltRecord.Query.class, records.get(2));
        assertEquals(List.of(), query.conditions(), "conditions apply to one record only");
        assertEquals(
                new QueryExpectation.Rows(
                        "IT",
                        Optional.of(SortMode.ROWSORT),
                        Optional.of("my-label"),
                        List.of("1 x", "2   x")),
                query.expected());

        var empty = assertInstanceOf(SltRecord.Query.class, records.get(3));
        assertEquals(
                List.of(), assertInstanceOf(QueryExpectation.Rows.class, empty.expected()).lines());
    }

    @Test
    void errorForms() {
        List<SltRecord> records =
                SltParser.parseText(
                        NAME,
                        """
                        statement error
                        SELECT 1/0

                        statement error division   by zero
                        SELECT 1/0

                        query error relation .* does not exist
                        SELECT * FROM nope

                        statement error
                        SELECT 1/0
                        ----
                        db error: ERROR: Failed to run the query

                        Caused by:
                          division by zero


                        statement ok
                        SELECT 2
                        """);
        assertEquals(5, records.size());
        assertEquals(
                new StatementExpectation.Fails(new ExpectedError.Any()),
                ((SltRecord.Statement) records.get(0)).expected());
        var regex =
                (ExpectedError.Regex)
                        ((StatementExpectation.Fails)
                                        ((SltRecord.Statement) records.get(1)).expected())
                                .error();
        assertEquals("division by zero", regex.pattern().pattern(), "words joined by one space");
        assertTrue(regex.matches("db error: ERROR: division by zero"));
        var queryError =
                assertInstanceOf(
                        QueryExpectation.Fails.class,
                        ((SltRecord.Query) records.get(2)).expected());
        assertTrue(queryError.error().matches("ERROR: relation \"nope\" does not exist"));
        var multiline =
                (ExpectedError.Exact)
                        ((StatementExpectation.Fails)
                                        ((SltRecord.Statement) records.get(3)).expected())
                                .error();
        assertEquals(
                "db error: ERROR: Failed to run the query\n\nCaused by:\n  division by zero",
                multiline.text());
        assertEquals(19, records.get(4).location().line());
    }

    @Test
    void otherDirectives() {
        List<SltRecord> records =
                SltParser.parseText(
                        NAME,
                        """
                        control sortmode valuesort

                        hash-threshold 8

                        sleep 250ms

                        halt
                        """);
        assertEquals(SortMode.VALUESORT, ((SltRecord.SetSortMode) records.get(0)).mode());
        assertEquals(8, ((SltRecord.SetHashThreshold) records.get(1)).threshold());
        assertEquals(250, ((SltRecord.Sleep) records.get(2)).duration().toMillis());
        assertInstanceOf(SltRecord.Halt.class, records.get(3));
    }

    @Test
    void unknownDirectivesAreReportedWithTheirLine() {
        var e =
                assertThrows(
                        SltParseException.class,
                        () ->
                                SltParser.parseText(
                                        NAME,
                                        """
                                        statement ok
                                        SELECT 1

                                        system ok
                                        echo hi
                                        """));
        assertTrue(e.getMessage().startsWith("/virtual/test.slt:4: "), e.getMessage());
        assertTrue(e.getMessage().contains("'system'"), e.getMessage());
    }

    @Test
    void malformedRecordsAreReported() {
        assertThrows(
                SltParseException.class,
                () -> SltParser.parseText(NAME, "statement ok\nSELECT 1\n----\n1\n"));
        assertThrows(
                SltParseException.class,
                () -> SltParser.parseText(NAME, "query I sideways\nSELECT 1\n"));
        assertThrows(
                SltParseException.class,
                () -> SltParser.parseText(NAME, "statement error x\nSELECT 1\n----\nmsg\n"));
        assertThrows(SltParseException.class, () -> SltParser.parseText(NAME, "statement ok\n"));
        assertThrows(
                SltParseException.class,
                () -> SltParser.parseText(NAME, "statement error (unclosed\nSELECT 1\n"));
    }

    @Test
    void includesResolveRelativeToTheIncludingFileAndExpandGlobs(@TempDir Path dir)
            throws IOException {
        Files.createDirectories(dir.resolve("sub/parts"));
        Files.writeString(
                dir.resolve("main.slt"),
                "include sub/outer.slt.part\n\nstatement ok\nSELECT 'main'\n");
        Files.writeString(
                dir.resolve("sub/outer.slt.part"),
                "include ./parts/*.slt.part\n\nstatement ok\nSELECT 'outer'\n");
        Files.writeString(dir.resolve("sub/parts/b.slt.part"), "statement ok\nSELECT 'b'\n");
        Files.writeString(dir.resolve("sub/parts/a.slt.part"), "statement ok\nSELECT 'a'\n");

        List<SltRecord> records = SltParser.parseFile(dir.resolve("main.slt"));
        assertEquals(
                List.of("SELECT 'a'", "SELECT 'b'", "SELECT 'outer'", "SELECT 'main'"),
                records.stream().map(SltRecord::sqlOf).toList());
        SltLocation a = records.get(0).location();
        assertTrue(a.file().endsWith("sub/parts/a.slt.part"));
        assertEquals(1, a.line());
        assertTrue(a.includedFrom().file().endsWith("sub/outer.slt.part"));
        assertTrue(a.includedFrom().includedFrom().file().endsWith("main.slt"));
        assertTrue(a.toString().contains("included from"), a.toString());

        Files.writeString(dir.resolve("missing.slt"), "include nowhere.slt.part\n");
        var e =
                assertThrows(
                        SltParseException.class,
                        () -> SltParser.parseFile(dir.resolve("missing.slt")));
        assertTrue(e.getMessage().contains("not found"), e.getMessage());
    }
}
