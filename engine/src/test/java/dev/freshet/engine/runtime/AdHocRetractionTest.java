package dev.freshet.engine.runtime;

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
 * One-shot plans (ad-hoc queries, the source rows of DML) feed their inputs one after the other, so
 * an outer join pads a preserved row before it meets the row's match and then takes the padded row
 * back; an anti join keeps a row, then drops it. The result is the net: ad-hoc LEFT/FULL JOIN and
 * NOT EXISTS used to return the taken-back rows as well (the incremental-view property test's
 * KNOWN_BUGS.md FB-1). Expected rows as PostgreSQL 15 answers.
 */
class AdHocRetractionTest {

    @Test
    void outerAndAntiJoinsAnswerTheirNetResult(@TempDir Path data) {
        try (FreshetEngine engine = FreshetEngine.start(EngineConfig.of(data));
                Session s = engine.openSession("root", "dev", Map.of())) {
            run(s, "CREATE TABLE p (k INT, x INT)");
            run(s, "CREATE TABLE q (k INT, y INT)");
            run(s, "INSERT INTO p VALUES (1, 10), (2, 20), (3, 30), (3, 30)");
            run(s, "INSERT INTO q VALUES (1, 5), (2, 9), (2, 9)");
            assertEquals(
                    List.of("1 | 5", "2 | 9", "2 | 9", "3 | null", "3 | null"),
                    rows(s, "SELECT p.k, q.y FROM p LEFT JOIN q ON p.k = q.k ORDER BY p.k"));
            assertEquals(
                    List.of("1 | 10", "2 | 20", "2 | 20", "null | 30", "null | 30"),
                    rows(s, "SELECT q.k, p.x FROM p FULL JOIN q ON p.k = q.k ORDER BY p.x"));
            assertEquals(
                    List.of("null | 1", "null | 2", "null | 2"),
                    rows(
                            s,
                            "SELECT p.x, q.k FROM q LEFT JOIN p ON p.k = q.k AND p.x > 25"
                                    + " ORDER BY q.k"));
            assertEquals(
                    List.of("1", "3", "3"),
                    rows(
                            s,
                            "SELECT p.k FROM p WHERE NOT EXISTS"
                                    + " (SELECT 1 FROM q WHERE q.k = p.k AND q.y > 6) ORDER BY p.k"));
            assertEquals(
                    List.of("1 | 5", "2 | 9"),
                    rows(
                            s,
                            "SELECT p.k, q.y FROM p LEFT JOIN q ON p.k = q.k ORDER BY p.k LIMIT 2"));
            // without ORDER BY the result is not sorted; the multiset is what counts
            assertEquals(
                    List.of("1 | 5", "2 | 9", "2 | 9", "3 | null", "3 | null"),
                    rows(s, "SELECT p.k, q.y FROM p LEFT JOIN q ON p.k = q.k").stream()
                            .sorted()
                            .toList());
            run(s, "CREATE TABLE r (k INT, y INT)");
            run(s, "INSERT INTO r SELECT p.k, q.y FROM p LEFT JOIN q ON p.k = q.k");
            assertEquals(List.of("5"), rows(s, "SELECT count(*) FROM r"));
            assertEquals(List.of("2"), rows(s, "SELECT count(*) FROM r WHERE y IS NULL"));
        }
    }
}
