package dev.freshet.tests.freshet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Temporal filters: a view whose WHERE compares a column with now() changes as time passes, with no
 * write. Checks that cannot depend on timing are exact (a row an hour away never moves); appearing
 * and expiring rows are awaited with a generous deadline, since the clock is real.
 */
@Tag("freshet")
class TemporalFilterTest {
    private static final long DEADLINE_MILLIS = 60_000;
    private static FreshetTestDatabase freshet;
    private static Connection conn;

    @BeforeAll
    static void start() throws SQLException {
        freshet = FreshetTestDatabase.start();
        conn = freshet.connect();
    }

    @AfterAll
    static void stop() throws SQLException {
        conn.close();
        freshet.close();
    }

    @Test
    void rowsAppearAndExpireAsTimePasses() throws Exception {
        exec("CREATE TABLE ev (id INT, ts TIMESTAMPTZ)");
        exec(
                "CREATE MATERIALIZED VIEW recent AS SELECT id FROM ev WHERE ts > now() - INTERVAL"
                        + " '3 seconds'");
        exec("CREATE MATERIALIZED VIEW due AS SELECT id FROM ev WHERE ts <= now()");
        exec(
                "CREATE MATERIALIZED VIEW last5 AS SELECT count(*) AS n FROM ev WHERE ts BETWEEN"
                        + " now() - INTERVAL '5 seconds' AND now()");
        exec(
                "INSERT INTO ev VALUES (1, now() - INTERVAL '1 hour'), (2, now() + INTERVAL '1"
                        + " hour'), (3, now()), (4, now() + INTERVAL '2 seconds'), (5, NULL)");

        // far from any boundary: exact right away
        List<String> recent = column("SELECT id FROM recent ORDER BY id");
        assertTrue(
                recent.contains("2") && !recent.contains("1") && !recent.contains("5"),
                "" + recent);
        List<String> due = column("SELECT id FROM due ORDER BY id");
        assertTrue(due.contains("1") && !due.contains("2") && !due.contains("5"), "" + due);

        // time passes: 3 and 4 leave `recent`, 4 arrives in `due`, `last5` empties
        await("SELECT id FROM recent ORDER BY id", List.of("2"));
        await("SELECT id FROM due ORDER BY id", List.of("1", "3", "4"));
        await("SELECT n FROM last5", List.of("0"));

        // deletes retract exactly what is in the view, whatever the time
        exec("DELETE FROM ev WHERE id IN (2, 4)");
        assertEquals(List.of(), column("SELECT id FROM recent"));
        assertEquals(List.of("1", "3"), column("SELECT id FROM due ORDER BY id"));

        // a row arriving later joins and leaves the same way; views over it follow
        exec("CREATE MATERIALIZED VIEW recent_count AS SELECT count(*) AS n FROM recent");
        exec("INSERT INTO ev VALUES (6, now())");
        List<String> n = column("SELECT n FROM recent_count");
        assertTrue(n.equals(List.of("1")) || n.equals(List.of("0")), "" + n);
        await("SELECT n FROM recent_count", List.of("0"));

        // a view created over existing rows starts from what is valid now
        exec("CREATE MATERIALIZED VIEW due_later AS SELECT id FROM ev WHERE ts <= now()");
        assertEquals(List.of("1", "3", "6"), column("SELECT id FROM due_later ORDER BY id"));
    }

    @Test
    void clockOutsideTemporalFiltersIsRefused() throws Exception {
        exec("CREATE TABLE clk (id INT, ts TIMESTAMP)");
        String select = refused("CREATE MATERIALIZED VIEW v1 AS SELECT id, now() AS t FROM clk");
        assertTrue(select.startsWith("0A000") && select.contains("SELECT list"), select);
        String equality =
                refused("CREATE MATERIALIZED VIEW v2 AS SELECT id FROM clk WHERE ts = now()");
        assertTrue(equality.startsWith("0A000"), equality);
        String twoUpper =
                refused(
                        "CREATE MATERIALIZED VIEW v3 AS SELECT id FROM clk WHERE ts > now() AND"
                                + " ts > now() - INTERVAL '1 day'");
        assertTrue(twoUpper.startsWith("0A000"), twoUpper);
        // ad-hoc queries read the clock once, as PostgreSQL does
        exec("INSERT INTO clk VALUES (1, now()::timestamp - INTERVAL '1 minute')");
        assertEquals(List.of("1"), column("SELECT id FROM clk WHERE ts < now()"));
    }

    private static void exec(String sql) throws SQLException {
        try (Statement s = conn.createStatement()) {
            s.execute(sql);
        }
    }

    private static String refused(String sql) {
        try (Statement s = conn.createStatement()) {
            s.execute(sql);
            return "no error";
        } catch (SQLException e) {
            return e.getSQLState() + " " + e.getMessage();
        }
    }

    private static List<String> column(String sql) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Statement s = conn.createStatement();
                ResultSet rs = s.executeQuery(sql)) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }

    /** Polls until {@code sql} returns {@code expected}; fails with the last answer otherwise. */
    private static void await(String sql, List<String> expected) throws Exception {
        long deadline = System.nanoTime() + DEADLINE_MILLIS * 1_000_000;
        List<String> last = column(sql);
        while (!last.equals(expected) && System.nanoTime() < deadline) {
            Thread.sleep(100);
            last = column(sql);
        }
        assertEquals(expected, last, sql);
    }
}
