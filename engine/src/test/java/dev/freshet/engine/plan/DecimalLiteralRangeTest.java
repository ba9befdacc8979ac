package dev.freshet.engine.plan;

import static dev.freshet.engine.EngineSql.rows;
import static dev.freshet.engine.EngineSql.run;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.freshet.engine.api.EngineConfig;
import dev.freshet.engine.api.Session;
import dev.freshet.engine.session.FreshetEngine;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Comparisons with decimal literals that Calcite's simplifier merges into a range (a SEARCH over a
 * Sarg whose bounds are literals of the unconstrained {@code numeric} type), and VALUES lists whose
 * common type is unconstrained: their literals must keep their values (they failed to plan with
 * "Cannot convert 1.5000... to DECIMAL(1000, 1000) due to overflow"; found by the incremental-view
 * property test, KNOWN_BUGS.md FB-4). Answers checked against PostgreSQL 15.
 */
class DecimalLiteralRangeTest {

    @Test
    void rangesOfDecimalLiteralsPlanAndFilter(@TempDir Path data) {
        try (FreshetEngine engine = FreshetEngine.start(EngineConfig.of(data));
                Session s = engine.openSession("root", "dev", Map.of())) {
            run(s, "CREATE TABLE dd (d DECIMAL(10,2), i INT, f DOUBLE PRECISION, n NUMERIC)");
            run(s, "INSERT INTO dd VALUES (2.25, 1, 0.5, 1.5), (12.5, 2, 3.5, 10)");
            assertEquals(List.of("2.25"), rows(s, "SELECT d FROM dd WHERE d > 1.5 AND d < 10"));
            assertEquals(
                    List.of("2.25"), rows(s, "SELECT d FROM dd WHERE d BETWEEN 2.25 AND 10.00"));
            assertEquals(List.of("2.25"), rows(s, "SELECT d FROM dd WHERE d = 1.50 OR d = 2.25"));
            assertEquals(List.of(), rows(s, "SELECT d FROM dd WHERE d = 10.00 OR d < 0.00"));
            assertEquals(
                    List.of("2.25", "12.50"),
                    rows(s, "SELECT d FROM dd WHERE f > 0.25 AND f < 10 ORDER BY d"));
            assertEquals(
                    List.of("2.25", "12.50"),
                    rows(s, "SELECT d FROM dd WHERE i > 0.5 AND i < 3 ORDER BY d"));
            assertEquals(
                    List.of("1.5", "10"),
                    rows(s, "SELECT n FROM dd WHERE n > 1.25 AND n < 10.5 ORDER BY n"));
            assertEquals(
                    List.of("14.75"),
                    rows(s, "SELECT sum(d) FROM dd HAVING sum(d) > 1.50 AND sum(d) < 100.00"));
            assertEquals(
                    List.of("1", "null"),
                    rows(s, "SELECT CASE WHEN d > 1.5 AND d < 10 THEN 1 END FROM dd ORDER BY d"));
            assertEquals(
                    List.of("1.5", "10", "2.25"),
                    rows(s, "SELECT * FROM (VALUES (1.5), (10), (2.25)) AS v(x)"));
        }
    }

    @Test
    void aViewFilteringOnADecimalRangeIsMaintained(@TempDir Path data) {
        try (FreshetEngine engine = FreshetEngine.start(EngineConfig.of(data));
                Session s = engine.openSession("root", "dev", Map.of())) {
            run(s, "CREATE TABLE dd (d DECIMAL(10,2), n NUMERIC)");
            run(
                    s,
                    "CREATE MATERIALIZED VIEW mv AS SELECT d, n FROM dd"
                            + " WHERE d BETWEEN 2.25 AND 12.50 AND n <> 3.5");
            run(s, "INSERT INTO dd VALUES (2.25, 1.5), (12.5, 10), (12.51, 1), (5.75, 3.5)");
            run(s, "INSERT INTO dd VALUES (7.5, 2.5)");
            assertEquals(
                    List.of("2.25 | 1.5", "7.50 | 2.5", "12.50 | 10"),
                    rows(s, "SELECT d, n FROM mv ORDER BY d"));
            run(s, "DELETE FROM dd WHERE d = 7.5");
            assertEquals(
                    List.of("2.25 | 1.5", "12.50 | 10"), rows(s, "SELECT d, n FROM mv ORDER BY d"));
        }
    }
}
