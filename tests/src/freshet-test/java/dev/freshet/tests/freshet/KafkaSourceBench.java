package dev.freshet.tests.freshet;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Properties;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Ingest rate of a Kafka JSON source into an EMIT ON WINDOW CLOSE aggregate: {@code
 * freshet.bench.kafka.rows} messages (default 500000) are produced first, then the source is
 * created with {@code scan.startup.mode = 'earliest'} and timed until FLUSH returns (FLUSH waits
 * for the end offsets). Writes {@code tests/target/bench/sources.md}.
 */
@Tag("bench")
class KafkaSourceBench {
    @Test
    void jsonIntoAWindowedAggregate() throws Exception {
        int rows = Integer.getInteger("freshet.bench.kafka.rows", 500_000);
        try (KafkaBroker kafka = KafkaBroker.start();
                FreshetTestDatabase freshet = FreshetTestDatabase.start();
                Connection conn = freshet.connect();
                Statement st = conn.createStatement()) {
            kafka.createTopic("bench", 4);
            Properties p = new Properties();
            p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, kafka.bootstrap());
            p.put(ProducerConfig.LINGER_MS_CONFIG, "20");
            p.put(ProducerConfig.BATCH_SIZE_CONFIG, "262144");
            try (KafkaProducer<byte[], byte[]> producer =
                    new KafkaProducer<>(p, new ByteArraySerializer(), new ByteArraySerializer())) {
                for (int i = 0; i < rows; i++) {
                    String json =
                            "{\"id\": "
                                    + i
                                    + ", \"k\": "
                                    + (i % 100)
                                    + ", \"price\": "
                                    + (i % 997)
                                    + ", \"ts\": \"2026-01-01 00:00:00\"}";
                    producer.send(
                            new ProducerRecord<>(
                                    "bench", i % 4, null, json.getBytes(StandardCharsets.UTF_8)));
                }
                producer.flush();
            }
            // warm the planner so the timing is the ingest
            st.execute("CREATE TABLE warm (ts TIMESTAMP, WATERMARK FOR ts AS ts) APPEND ONLY");
            long t0 = System.nanoTime();
            st.execute(
                    "CREATE SOURCE bench (id BIGINT, k INT, price INT, ts TIMESTAMP, WATERMARK"
                            + " FOR ts AS ts - INTERVAL '1' SECOND) WITH (connector = 'kafka',"
                            + " topic = 'bench', properties.bootstrap.server = '"
                            + kafka.bootstrap()
                            + "') FORMAT PLAIN ENCODE JSON");
            st.execute(
                    "CREATE MATERIALIZED VIEW per_k AS SELECT window_start, k, count(*) AS n,"
                            + " sum(price) AS s FROM TUMBLE(bench, ts, INTERVAL '10' SECOND)"
                            + " GROUP BY window_start, k");
            st.execute("FLUSH");
            double seconds = (System.nanoTime() - t0) / 1e9;
            long n;
            try (ResultSet rs = st.executeQuery("SELECT sum(n) FROM per_k")) {
                rs.next();
                n = rs.getLong(1);
            }
            if (n != rows) {
                throw new AssertionError("read " + n + " of " + rows + " rows");
            }
            String line =
                    String.format(
                            "| Kafka JSON, 4 partitions, %d rows | %.2f s | %,.0f rows/s |%n",
                            rows, seconds, rows / seconds);
            System.out.print(line);
            Path out = Path.of("target", "bench", "sources.md");
            Files.createDirectories(out.getParent());
            Files.writeString(
                    out, "| run | CREATE SOURCE + view + FLUSH | rate |\n|---|---|---|\n" + line);
        }
    }
}
