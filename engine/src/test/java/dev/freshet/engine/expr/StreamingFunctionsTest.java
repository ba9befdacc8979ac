package dev.freshet.engine.expr;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Functions inside materialized views: the view's rows follow INSERT, UPDATE and DELETE on its
 * table and equal what PostgreSQL computes for the same query over the table's current rows (the
 * expected rows below were printed by PostgreSQL 15 for a plain view). A row whose value cannot be
 * computed gets NULL in a view instead of stopping it.
 */
class StreamingFunctionsTest {
    private SqlRunner sql;

    @BeforeEach
    void start() {
        sql = new SqlRunner();
    }

    @AfterEach
    void stop() {
        sql.close();
    }

    @Test
    void viewFollowsChanges() {
        sql.exec(
                "CREATE TABLE t (id INT PRIMARY KEY, s VARCHAR, n NUMERIC, ts TIMESTAMP, doc JSONB)",
                "CREATE MATERIALIZED VIEW v AS SELECT id, upper(s) || '!' AS shout, s LIKE 'a%' AS"
                        + " a, round(n * 2, 1) AS dbl, date_trunc('month', ts) AS month,"
                        + " extract(dow FROM ts) AS dow, doc ->> 'k' AS k, coalesce(s, 'none') AS"
                        + " s2 FROM t");
        sql.exec(
                "INSERT INTO t VALUES (1, 'apple', 1.25, '2024-01-31 10:00:00', '{\"k\": \"x\"}'),"
                        + " (2, 'pear', 2.5, '2024-02-29 23:00:00', '{\"k\": 2}')");
        sql.exec("INSERT INTO t VALUES (3, NULL, NULL, NULL, NULL)");
        assertEquals(
                List.of(
                        "1|APPLE!|t|2.5|2024-01-01 00:00:00|3|x|apple",
                        "2|PEAR!|f|5.0|2024-02-01 00:00:00|4|2|pear",
                        "3|NULL|NULL|NULL|NULL|NULL|NULL|none"),
                sql.rows("SELECT * FROM v ORDER BY id"));
        sql.exec(
                "UPDATE t SET s = 'avocado', ts = ts + interval '1 month' WHERE id = 2",
                "DELETE FROM t WHERE id = 1");
        assertEquals(
                List.of(
                        "2|AVOCADO!|t|5.0|2024-03-01 00:00:00|5|2|avocado",
                        "3|NULL|NULL|NULL|NULL|NULL|NULL|none"),
                sql.rows("SELECT * FROM v ORDER BY id"));
        sql.exec("DELETE FROM t");
        assertEquals(List.of(), sql.rows("SELECT * FROM v ORDER BY id"));
    }

    @Test
    void failingRowBecomesNullInAView() {
        sql.exec(
                "CREATE TABLE d (id INT PRIMARY KEY, x INT)",
                "CREATE MATERIALIZED VIEW q AS SELECT id, 100 / x AS r, sqrt(x - 1) AS s FROM d");
        sql.exec("INSERT INTO d VALUES (1, 4), (2, 0), (3, 10)");
        // PostgreSQL would fail the whole query with 22012 / 2201F; a view keeps the good rows
        assertEquals(
                List.of("1|25|1.7320508075688772", "2|NULL|NULL", "3|10|3"),
                sql.rows("SELECT * FROM q ORDER BY id"));
        // a query still fails as PostgreSQL does
        assertEquals(
                List.of("ERROR 22012: division by zero"),
                sql.rows("SELECT 100 / x FROM d WHERE id = 2"));
    }

    @Test
    void constantPatternIsCompiledOnce() {
        sql.exec("CREATE TABLE w (id INT PRIMARY KEY, s VARCHAR)");
        sql.exec("INSERT INTO w VALUES (1, 'abc'), (2, 'xbz'), (3, 'ABC')");
        assertEquals(
                List.of("1|t|t|abc", "2|f|t|xbz", "3|f|t|ABC"),
                sql.rows(
                        "SELECT id, s LIKE 'a%', s ~* 'b', regexp_replace(s, 'q', 'r') FROM w"
                                + " ORDER BY id"));
    }
}
