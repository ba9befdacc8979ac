package dev.freshet.engine.runtime;

import static dev.freshet.engine.EngineSql.rows;
import static dev.freshet.engine.EngineSql.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.freshet.engine.api.EngineConfig;
import dev.freshet.engine.api.Session;
import dev.freshet.engine.connector.SourcePosition;
import dev.freshet.engine.session.FreshetEngine;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Sources and watermarks: WATERMARK FOR on a source cleans windowed state exactly as on an APPEND
 * ONLY table (the same datagen stream without a watermark keeps every window's state), results are
 * equal, and the committed reader position is the source's explicit state.
 */
class SourceStateTest {
    private static final String STREAM =
            "WITH (connector = 'datagen', fields.k.kind = 'random', fields.k.max = '9',"
                    + " fields.id.kind = 'sequence', fields.id.start = '1', fields.id.end ="
                    + " '80000', fields.ts.kind = 'sequence', fields.ts.start = '2026-01-01"
                    + " 00:00:00', fields.ts.step = '10 milliseconds', datagen.rows.per.second ="
                    + " '10000000') FORMAT PLAIN ENCODE JSON";

    @Test
    void aWatermarkOnASourceBoundsWindowState(@TempDir Path data) {
        try (FreshetEngine engine = FreshetEngine.start(EngineConfig.of(data));
                Session s = engine.openSession("root", "dev", Map.of())) {
            run(
                    s,
                    "CREATE SOURCE ev (id BIGINT, k INT, ts TIMESTAMP, WATERMARK FOR ts AS ts -"
                            + " INTERVAL '2' SECOND) "
                            + STREAM);
            run(s, "CREATE SOURCE raw (id BIGINT, k INT, ts TIMESTAMP) " + STREAM);
            for (String t : List.of("ev", "raw")) {
                run(
                        s,
                        "CREATE MATERIALIZED VIEW "
                                + t
                                + "_tumble AS SELECT window_start, k, count(*) AS n, max(id) AS"
                                + " hi FROM TUMBLE("
                                + t
                                + ", ts, INTERVAL '2' SECOND) GROUP BY window_start, k");
            }
            run(s, "FLUSH");
            Database db = engine.database();
            assertEquals(List.of("80000"), rows(s, "SELECT count(*) FROM ev"));
            assertEquals(
                    rows(s, "SELECT * FROM raw_tumble ORDER BY 1, 2"),
                    rows(s, "SELECT * FROM ev_tumble ORDER BY 1, 2"));
            long bounded = db.viewStateBytes(oid(db, "ev_tumble"));
            long unbounded = db.viewStateBytes(oid(db, "raw_tumble"));
            // 400 windows of 10 keys without a watermark; only the last few with one
            assertTrue(
                    bounded * 5 < unbounded,
                    "state with a watermark " + bounded + " bytes, without " + unbounded);
            assertEquals(
                    new SourcePosition.Sequence(80000), db.sourcePositions().get(oid(db, "ev")));
        }
    }

    private static int oid(Database db, String name) {
        return db.catalog().find(name).orElseThrow().oid();
    }
}
