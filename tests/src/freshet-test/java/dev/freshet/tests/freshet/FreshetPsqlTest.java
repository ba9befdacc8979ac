package dev.freshet.tests.freshet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.freshet.tests.CommandResult;
import dev.freshet.tests.psql.Psql;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The real psql against Freshet: what a user does first. */
@Tag("freshet")
class FreshetPsqlTest {
    private static FreshetTestDatabase freshet;
    private static Psql psql;

    @BeforeAll
    static void start() {
        freshet = FreshetTestDatabase.start();
        psql = Psql.connectingTo(freshet);
    }

    @AfterAll
    static void stop() {
        freshet.close();
    }

    @Test
    void createInsertSelect() {
        CommandResult created =
                psql.script(
                        "CREATE TABLE people (id INT PRIMARY KEY, name VARCHAR);\n"
                                + "INSERT INTO people VALUES (1, 'ada'), (2, NULL);\n");
        assertTrue(created.succeeded(), created::describe);

        CommandResult selected =
                psql.withArgs("-A", "-t").command("SELECT id, name FROM people ORDER BY id");
        assertTrue(selected.succeeded(), selected::describe);
        assertEquals("1|ada\n2|\n", selected.stdout());
    }

    @Test
    void scriptStopsAtFirstErrorWithExitCode3() {
        CommandResult result = psql.script("SELECT * FROM no_such_table;\nSELECT 1;\n");
        assertEquals(3, result.exitCode(), result::describe);
        assertTrue(result.stderr().contains("ERROR:"), result::describe);
        assertTrue(result.stderr().contains("no_such_table"), result::describe);
        assertEquals("", result.stdout(), "nothing after the error ran");
    }
}
