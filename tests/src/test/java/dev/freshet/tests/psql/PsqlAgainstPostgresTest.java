package dev.freshet.tests.psql;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.freshet.tests.CommandResult;
import dev.freshet.tests.TestDatabase;
import dev.freshet.tests.pg.SharedPostgres;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The psql harness against the PostgreSQL oracle: the behaviour Freshet must reproduce. */
@Tag("postgres")
class PsqlAgainstPostgresTest {
    private static TestDatabase database;
    private static Psql psql;

    @BeforeAll
    static void start() {
        database = SharedPostgres.freshDatabase("psql");
        psql = Psql.connectingTo(database);
    }

    @AfterAll
    static void stop() {
        database.close();
    }

    @Test
    void createInsertSelect() {
        CommandResult created =
                psql.script(
                        "CREATE TABLE people (id INT PRIMARY KEY, name VARCHAR);\n"
                                + "INSERT INTO people VALUES (1, 'ada'), (2, NULL), (3, '');\n");
        assertTrue(created.succeeded(), created::describe);
        assertEquals("", created.stdout(), "-q prints no command tags");

        CommandResult selected = psql.command("SELECT id, name FROM people ORDER BY id");
        assertTrue(selected.succeeded(), selected::describe);
        assertEquals(
                " id | name \n"
                        + "----+------\n"
                        + "  1 | ada\n"
                        + "  2 | \n"
                        + "  3 | \n"
                        + "(3 rows)\n"
                        + "\n",
                selected.stdout());
        assertEquals("", selected.stderr());
    }

    @Test
    void unalignedTuplesOnlyOutput() {
        CommandResult result = psql.withArgs("-A", "-t").command("SELECT 1 AS a, 'x' AS b");
        assertTrue(result.succeeded(), result::describe);
        assertEquals("1|x\n", result.stdout());
    }

    @Test
    void scriptStopsAtFirstErrorWithExitCode3() {
        CommandResult result =
                psql.script(
                        "CREATE TABLE stop_here (a INT);\n"
                                + "SELECT * FROM no_such_table;\n"
                                + "CREATE TABLE never_created (a INT);\n");
        assertEquals(3, result.exitCode(), result::describe);
        assertTrue(
                result.stderr().contains("ERROR:  relation \"no_such_table\" does not exist"),
                result::describe);
        assertTrue(result.stderr().contains("script.sql:2:"), "names the script line");

        CommandResult check =
                psql.withArgs("-A", "-t")
                        .command(
                                "SELECT count(*) FROM pg_tables WHERE tablename IN"
                                        + " ('stop_here', 'never_created')");
        assertEquals("1\n", check.stdout(), "the statement after the error did not run");
    }

    @Test
    void failingCommandExitsWith1() {
        CommandResult result = psql.command("SELECT 1/0");
        assertEquals(1, result.exitCode(), result::describe);
        assertTrue(result.stderr().contains("ERROR:  division by zero"), result::describe);
        assertFalse(result.timedOut());
    }

    @Test
    void copyFromStdin() {
        CommandResult result =
                psql.stdin(
                        "CREATE TABLE copied (a INT, b TEXT);\n"
                                + "COPY copied FROM STDIN;\n"
                                + "1\tone\n"
                                + "2\t\\N\n"
                                + "\\.\n"
                                + "SELECT a, coalesce(b, 'null') FROM copied ORDER BY a;\n");
        assertTrue(result.succeeded(), result::describe);
        assertTrue(result.stdout().contains("2 | null"), result::describe);
    }
}
