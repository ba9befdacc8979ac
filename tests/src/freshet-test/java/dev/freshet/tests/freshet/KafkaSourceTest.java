package dev.freshet.tests.freshet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * CREATE SOURCE with the Kafka connector against a real broker (KRaft, a child JVM): JSON and CSV
 * messages over several partitions, WATERMARK FOR driving EMIT ON WINDOW CLOSE, a view created
 * after the data (backfill), malformed messages skipped and counted, startup modes, and the errors
 * of a broker that cannot be reached and a topic that does not exist. FLUSH waits until each source
 * has read up to the end offsets the broker reported when FLUSH began, so the checks after it are
 * exact; the few checks that do not follow a FLUSH poll with a generous deadline.
 */
@Tag("freshet")
class KafkaSourceTest {
    private static final long DEADLINE_MILLIS = 60_000;
    private static KafkaBroker kafka;
    private static FreshetTestDatabase freshet;
    private static Connection conn;
    private static KafkaProducer<byte[], byte[]> producer;

    @BeforeAll
    static void start() throws Exception {
        kafka = KafkaBroker.start();
        freshet = FreshetTestDatabase.start();
        conn = freshet.connect();
        Properties p = new Properties();
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrap());
        p.put(ProducerConfig.ACKS_CONFIG, "all");
        producer = new KafkaProducer<>(p, new ByteArraySerializer(), new ByteArraySerializer());
    }

    @AfterAll
    static void stop() throws Exception {
        if (producer != null) {
            producer.close();
        }
        if (conn != null) {
            conn.close();
        }
        if (freshet != null) {
            freshet.close();
        }
        if (kafka != null) {
            kafka.close();
        }
    }

    @Test
    void jsonBidsWithWatermarkWindowsBackfillAndMalformedMessages() throws Exception {
        kafka.createTopic("bids", 3);
        // 0..29 s, spread over the three partitions; malformed ones in between
        for (int i = 0; i < 30; i++) {
            send("bids", i % 3, bid(i, i % 5, 10 + i, "2026-01-01 00:00:" + two(i)));
        }
        send("bids", 0, "not json at all");
        send("bids", 1, "{\"auction\": \"abc\", \"bidder\": 1, \"price\": 1}");
        send("bids", 2, "{\"auction\": 1, \"price\": 99999999999, \"date_time\": \"2026-01-01\"}");
        send("bids", 0, "{\"auction\": 1, \"bidder\": 2");
        send("bids", 1, "[1, 2, 3]");
        producer.flush();

        exec(
                "CREATE SOURCE bids (auction BIGINT, bidder BIGINT, price INT, date_time"
                        + " TIMESTAMP, WATERMARK FOR date_time AS date_time - INTERVAL '4' SECOND)"
                        + " WITH (connector = 'kafka', topic = 'bids',"
                        + " properties.bootstrap.server = '"
                        + kafka.bootstrap()
                        + "', scan.startup.mode = 'earliest') FORMAT PLAIN ENCODE JSON");
        exec(
                "CREATE MATERIALIZED VIEW closed AS SELECT window_start, count(*) AS n,"
                        + " sum(price) AS total FROM TUMBLE(bids, date_time, INTERVAL '10' SECOND)"
                        + " GROUP BY window_start EMIT ON WINDOW CLOSE");
        exec("FLUSH");

        assertEquals(List.of("30"), column("SELECT count(*) FROM bids"));
        // the watermark is 00:00:25: [0, 10) and [10, 20) are closed
        assertEquals(
                List.of("2026-01-01 00:00:00|10|145", "2026-01-01 00:00:10|10|245"),
                rows("SELECT window_start, n, total FROM closed ORDER BY window_start"));
        List<String> show = rows("SHOW SOURCES");
        assertEquals(1, show.size(), "" + show);
        String[] s = show.get(0).split("\\|", -1);
        assertEquals("bids", s[0]);
        assertEquals("kafka", s[1]);
        assertEquals("30", s[2]);
        assertEquals("5", s[3], "malformed messages counted: " + show);
        assertEquals("running", s[4]);
        assertTrue(s[5].matches("0:\\d+,1:\\d+,2:\\d+"), s[5]);

        // a view created after the data backfills from the source, the open window included
        exec(
                "CREATE MATERIALIZED VIEW per_bidder AS SELECT bidder, count(*) AS n FROM bids"
                        + " GROUP BY bidder");
        assertEquals(
                List.of("0|6", "1|6", "2|6", "3|6", "4|6"),
                rows("SELECT bidder, n FROM per_bidder ORDER BY bidder"));

        // more data moves the watermark to 00:00:41 and closes [20, 30) and [30, 40)
        for (int i = 30; i < 46; i++) {
            send("bids", i % 3, bid(i, i % 5, 10 + i, "2026-01-01 00:00:" + two(i)));
        }
        producer.flush();
        exec("FLUSH");
        assertEquals(
                List.of(
                        "2026-01-01 00:00:00|10",
                        "2026-01-01 00:00:10|10",
                        "2026-01-01 00:00:20|10",
                        "2026-01-01 00:00:30|10"),
                rows("SELECT window_start, n FROM closed ORDER BY window_start"));
        assertEquals(List.of("46"), column("SELECT sum(n) FROM per_bidder"));

        // a late row (below the watermark) is dropped as on an APPEND ONLY table
        send("bids", 0, bid(99, 0, 1, "2026-01-01 00:00:01"));
        producer.flush();
        exec("FLUSH");
        assertEquals(List.of("46"), column("SELECT count(*) FROM bids"));

        // the source is not a table, and it cannot go while a view reads it
        SQLException insert =
                assertThrows(
                        SQLException.class,
                        () -> exec("INSERT INTO bids VALUES (1, 1, 1, '2026-01-01 00:00:00')"));
        assertEquals("42809", insert.getSQLState());
        SQLException drop = assertThrows(SQLException.class, () -> exec("DROP SOURCE bids"));
        assertEquals("2BP01", drop.getSQLState());
        exec("DROP SOURCE bids CASCADE");
        assertEquals(List.of(), rows("SHOW SOURCES"));
    }

    @Test
    void csvWithDelimiterAndLatestStartup() throws Exception {
        kafka.createTopic("readings", 2);
        send("readings", 0, "1|before|1.5");
        producer.flush();
        exec(
                "CREATE SOURCE readings (id INT, name VARCHAR, v DOUBLE PRECISION) WITH"
                        + " (connector = 'kafka', topic = 'readings', properties.bootstrap.server"
                        + " = '"
                        + kafka.bootstrap()
                        + "', scan.startup.mode = 'latest') FORMAT PLAIN ENCODE CSV (delimiter ="
                        + " '|')");
        send("readings", 0, "2|a|2.5");
        send("readings", 1, "3|\"b|c\"|3.5");
        send("readings", 1, "4||");
        send("readings", 0, "5|too|many|fields");
        send("readings", 1, "x|bad id|1");
        send("readings", 0, "6|e|not a number");
        producer.flush();
        exec("FLUSH");
        assertEquals(
                List.of("2|a|2.5", "3|b|c|3.5", "4|null|null"),
                rows("SELECT id, name, v FROM readings ORDER BY id"));
        String[] s = rows("SHOW SOURCES").get(0).split("\\|", -1);
        assertEquals("3", s[3], "malformed CSV counted");
        exec("DROP SOURCE readings");
    }

    @Test
    void unreachableBrokerAndMissingTopicFailAtCreate() throws Exception {
        int closed = KafkaBroker.freePort();
        long t0 = System.nanoTime();
        SQLException e =
                assertThrows(
                        SQLException.class,
                        () ->
                                exec(
                                        "CREATE SOURCE nowhere (id INT) WITH (connector ="
                                                + " 'kafka', topic = 't',"
                                                + " properties.bootstrap.server = '127.0.0.1:"
                                                + closed
                                                + "', properties.default.api.timeout.ms ="
                                                + " '1000') FORMAT PLAIN ENCODE JSON"));
        assertEquals("HV00N", e.getSQLState(), e.getMessage());
        assertTrue(TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - t0) < DEADLINE_MILLIS);
        SQLException missing =
                assertThrows(
                        SQLException.class,
                        () ->
                                exec(
                                        "CREATE SOURCE missing (id INT) WITH (connector ="
                                                + " 'kafka', topic = 'no_such_topic',"
                                                + " properties.bootstrap.server = '"
                                                + kafka.bootstrap()
                                                + "', properties.default.api.timeout.ms ="
                                                + " '5000') FORMAT PLAIN ENCODE JSON"));
        assertEquals("HV00R", missing.getSQLState(), missing.getMessage());
        // the server goes on
        assertEquals(List.of("1"), column("SELECT 1"));
    }

    /** scan.startup.timestamp.millis starts each partition at its first record at that time. */
    @Test
    void startupTimestampSkipsOlderRecords() throws Exception {
        kafka.createTopic("timed", 2);
        for (int i = 0; i < 10; i++) {
            long time = i < 6 ? 1_000_000 : 5_000_000;
            producer.send(
                            new ProducerRecord<>(
                                    "timed",
                                    i % 2,
                                    time,
                                    null,
                                    ("{\"id\": " + i + "}").getBytes(StandardCharsets.UTF_8)))
                    .get(30, TimeUnit.SECONDS);
        }
        exec(
                "CREATE SOURCE timed (id INT) WITH (connector = 'kafka', topic = 'timed',"
                        + " properties.bootstrap.server = '"
                        + kafka.bootstrap()
                        + "', scan.startup.timestamp.millis = '3000000') FORMAT PLAIN ENCODE JSON");
        exec("FLUSH");
        assertEquals(List.of("6", "7", "8", "9"), column("SELECT id FROM timed ORDER BY id"));
        exec("DROP SOURCE timed");
    }

    /**
     * The reader position is explicit, restorable state: a reader opened at given partition offsets
     * reads exactly the records from there on.
     */
    @Test
    void aReaderOpenedAtOffsetsReadsFromThere() throws Exception {
        kafka.createTopic("positions", 2);
        for (int i = 0; i < 20; i++) {
            send("positions", i % 2, "{\"id\": " + i + "}");
        }
        producer.flush();
        var columns =
                List.of(
                        new dev.freshet.engine.catalog.ColumnDef(
                                "id", dev.freshet.engine.type.DataType.INTEGER, true, null));
        var options = new java.util.LinkedHashMap<String, String>();
        options.put("connector", "kafka");
        options.put("topic", "positions");
        options.put("properties.bootstrap.server", kafka.bootstrap());
        var info =
                new dev.freshet.engine.catalog.SourceInfo(
                        "kafka", options, "JSON", new java.util.LinkedHashMap<>());
        var prepared = dev.freshet.engine.connector.Connectors.prepare(info, columns);
        assertEquals(
                new dev.freshet.engine.connector.SourcePosition.KafkaOffsets(
                        new java.util.TreeMap<>(java.util.Map.of(0, 0L, 1, 0L))),
                prepared.start());
        var from =
                new dev.freshet.engine.connector.SourcePosition.KafkaOffsets(
                        new java.util.TreeMap<>(java.util.Map.of(0, 7L, 1, 8L)));
        var stats = new dev.freshet.engine.connector.SourceStats();
        var out =
                new dev.freshet.engine.connector.SourceBatcher(
                        "positions", List.of(dev.freshet.engine.type.DataType.INTEGER), stats);
        List<Integer> ids = new ArrayList<>();
        try (var reader =
                dev.freshet.engine.connector.Connectors.open(prepared.info(), columns, from)) {
            var end = reader.catchUpTarget();
            long deadline = System.nanoTime() + DEADLINE_MILLIS * 1_000_000;
            while (!reader.position().covers(end) && System.nanoTime() < deadline) {
                reader.poll(out, 200);
            }
            assertEquals(end, reader.position());
        }
        for (var b : out.drain()) {
            for (int r = 0; r < b.size(); r++) {
                ids.add((int) ((dev.freshet.engine.batch.LongColumn) b.column(0)).get(r));
            }
        }
        java.util.Collections.sort(ids);
        // partition 0 holds the even ids (offset = id / 2), partition 1 the odd ones
        assertEquals(List.of(14, 16, 17, 18, 19), ids);
        assertEquals(0, stats.errors());
    }

    private static String bid(int auction, int bidder, int price, String ts) {
        return "{\"auction\": "
                + auction
                + ", \"bidder\": "
                + bidder
                + ", \"price\": "
                + price
                + ", \"date_time\": \""
                + ts
                + "\", \"extra\": {\"ignored\": true}}";
    }

    private static String two(int i) {
        return i < 10 ? "0" + i : Integer.toString(i);
    }

    private static void send(String topic, int partition, String value) throws Exception {
        producer.send(
                        new ProducerRecord<>(
                                topic, partition, null, value.getBytes(StandardCharsets.UTF_8)))
                .get(30, TimeUnit.SECONDS);
    }

    private static void exec(String sql) throws SQLException {
        try (Statement st = conn.createStatement()) {
            st.execute(sql);
        }
    }

    private static List<String> column(String sql) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Statement st = conn.createStatement();
                ResultSet rs = st.executeQuery(sql)) {
            while (rs.next()) {
                out.add(rs.getString(1));
            }
        }
        return out;
    }

    private static List<String> rows(String sql) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Statement st = conn.createStatement();
                ResultSet rs = st.executeQuery(sql)) {
            int n = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                StringBuilder b = new StringBuilder();
                for (int c = 1; c <= n; c++) {
                    if (c > 1) {
                        b.append('|');
                    }
                    b.append(rs.getString(c));
                }
                out.add(b.toString());
            }
        }
        return out;
    }
}
