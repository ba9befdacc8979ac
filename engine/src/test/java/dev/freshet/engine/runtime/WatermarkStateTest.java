package dev.freshet.engine.runtime;

import static dev.freshet.engine.EngineSql.rows;
import static dev.freshet.engine.EngineSql.run;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.freshet.engine.api.EngineConfig;
import dev.freshet.engine.api.Session;
import dev.freshet.engine.session.FreshetEngine;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * State cleanup by watermarks: windowed aggregations over a long stream keep a bounded amount of
 * operator state when the table has a watermark, and the same views over a table without one grow
 * with the stream (so the bound is the watermark's doing). Results stay equal to the query computed
 * from scratch.
 */
class WatermarkStateTest {
    private static final int EPOCHS = 400;
    private static final int ROWS_PER_EPOCH = 250;
    private static final LocalDateTime START = LocalDateTime.of(2026, 1, 1, 0, 0);

    @Test
    void windowedAggregatesKeepBoundedStateUnderAWatermark(@TempDir Path data) {
        try (FreshetEngine engine = FreshetEngine.start(EngineConfig.of(data));
                Session s = engine.openSession("root", "dev", Map.of())) {
            run(
                    s,
                    "CREATE TABLE ev (k INT, v INT, ts TIMESTAMP,"
                            + " WATERMARK FOR ts AS ts - INTERVAL '5' SECOND) APPEND ONLY");
            run(s, "CREATE TABLE raw (k INT, v INT, ts TIMESTAMP) APPEND ONLY");
            for (String t : List.of("ev", "raw")) {
                run(
                        s,
                        "CREATE MATERIALIZED VIEW "
                                + t
                                + "_tumble AS SELECT window_start, k,"
                                + " count(*) AS n, sum(v) AS s, min(v) AS lo, max(v) AS hi"
                                + " FROM TUMBLE("
                                + t
                                + ", ts, INTERVAL '2' SECOND)"
                                + " GROUP BY window_start, k");
                run(
                        s,
                        "CREATE MATERIALIZED VIEW "
                                + t
                                + "_hop AS SELECT window_start,"
                                + " count(*) AS n FROM HOP("
                                + t
                                + ", ts, INTERVAL '1' SECOND,"
                                + " INTERVAL '4' SECOND) GROUP BY window_start");
            }
            run(
                    s,
                    "CREATE MATERIALIZED VIEW ev_eowc AS SELECT window_start, count(*) AS n"
                            + " FROM TUMBLE(ev, ts, INTERVAL '2' SECOND) GROUP BY window_start"
                            + " EMIT ON WINDOW CLOSE");
            Database db = engine.database();
            Random rnd = new Random(42);
            long[] early = new long[3];
            long[] late = new long[3];
            long[] control = new long[2];
            String[] bounded = {"ev_tumble", "ev_hop", "ev_eowc"};
            for (int e = 0; e < EPOCHS; e++) {
                StringBuilder values = new StringBuilder();
                for (int r = 0; r < ROWS_PER_EPOCH; r++) {
                    // time advances 1 s per epoch; rows arrive up to 3 s out of order
                    long micros = e * 1_000_000L - rnd.nextInt(3_000_000);
                    LocalDateTime ts = START.plusNanos(Math.max(0, micros) * 1000);
                    values.append(r == 0 ? "" : ", ")
                            .append('(')
                            .append(rnd.nextInt(10))
                            .append(", ")
                            .append(rnd.nextInt(1000))
                            .append(", '")
                            .append(ts)
                            .append("')");
                }
                run(s, "INSERT INTO ev VALUES " + values);
                run(s, "INSERT INTO raw VALUES " + values);
                for (int i = 0; i < bounded.length; i++) {
                    long bytes = db.viewStateBytes(oid(db, bounded[i]));
                    if (e >= 50 && e < 100) {
                        early[i] = Math.max(early[i], bytes);
                    } else if (e >= EPOCHS - 100) {
                        late[i] = Math.max(late[i], bytes);
                    }
                }
                if (e == 99) {
                    control[0] = db.viewStateBytes(oid(db, "raw_tumble"));
                }
            }
            control[1] = db.viewStateBytes(oid(db, "raw_tumble"));
            for (int i = 0; i < bounded.length; i++) {
                assertTrue(early[i] > 0, bounded[i] + " holds no state at all");
                assertTrue(
                        late[i] <= early[i] * 3 / 2,
                        bounded[i] + " state grew from " + early[i] + " to " + late[i] + " bytes");
            }
            // without a watermark the same aggregation keeps every window's groups
            assertTrue(
                    control[1] > control[0] * 3,
                    "unbounded control grew only from " + control[0] + " to " + control[1]);
            // cleanup freed state, not results: every window is still in the views
            assertEquals(
                    rows(s, "SELECT window_start, k, n, s, lo, hi FROM raw_tumble ORDER BY 1, 2"),
                    rows(s, "SELECT window_start, k, n, s, lo, hi FROM ev_tumble ORDER BY 1, 2"));
            assertEquals(
                    rows(s, "SELECT * FROM raw_hop ORDER BY 1"),
                    rows(s, "SELECT * FROM ev_hop ORDER BY 1"));
            // EOWC holds back only the windows the watermark has not closed yet
            String closed = " WHERE window_start < (SELECT max(ts) FROM ev) - INTERVAL '7' SECOND";
            assertEquals(
                    rows(
                            s,
                            "SELECT window_start, sum(n) FROM ev_tumble"
                                    + closed
                                    + " GROUP BY window_start ORDER BY 1"),
                    rows(s, "SELECT window_start, n FROM ev_eowc" + closed + " ORDER BY 1"));
            assertEquals(
                    List.of("0"),
                    rows(
                            s,
                            "SELECT count(*) FROM ev_eowc WHERE window_start >= (SELECT max(ts)"
                                    + " FROM ev) - INTERVAL '5' SECOND"));
        }
    }

    private static int oid(Database db, String name) {
        return db.catalog().find(name).orElseThrow().oid();
    }
}
