package dev.freshet.tests.bench;

import dev.freshet.tests.CommandResult;
import dev.freshet.tests.ExternalCommand;
import dev.freshet.tests.TestDatabase;
import dev.freshet.tests.freshet.FreshetTestDatabase;
import dev.freshet.tests.pg.PostgresInstance;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.SplittableRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Primary-key point reads against a materialized view, beside PostgreSQL on the same machine in the
 * same run: {@code CREATE TABLE kv (k INT PRIMARY KEY, v INT, s TEXT)} with {@link #ROWS} rows and
 * {@code CREATE MATERIALIZED VIEW mv AS SELECT k, v * 2 AS w, s FROM kv} (PostgreSQL: the same view
 * plus {@code CREATE UNIQUE INDEX ON mv (k)}, which a point read on it needs).
 *
 * <ul>
 *   <li>pgjdbc, one connection, a server-side prepared {@code SELECT w, s FROM mv WHERE k = ?}
 *       ({@code prepareThreshold=1}, binary transfer) with random keys: reads/s, median of {@link
 *       #ROUNDS} rounds of {@link #READS} reads after a warm-up round;
 *   <li>pgbench {@code -n -c 4 -j 2 -T} {@link #SECONDS} with the script {@code \set k random(1,
 *       ROWS)} / {@code SELECT w, s FROM mv WHERE k = :k;} in {@code -M prepared} and {@code -M
 *       simple}: transactions/s.
 * </ul>
 *
 * Run with {@code ./freshet bench}; results go to stdout and {@code
 * tests/target/bench/point-reads.md}.
 */
@Tag("bench")
class PointReadBench {
    private static final int ROWS = Integer.getInteger("freshet.bench.keys", 100_000);
    private static final int READS = Integer.getInteger("freshet.bench.reads", 50_000);
    private static final int ROUNDS = Integer.getInteger("freshet.bench.rounds", 5);
    private static final int SECONDS = Integer.getInteger("freshet.bench.seconds", 10);

    @Test
    void pointReads() throws Exception {
        List<String> report = new ArrayList<>();
        report.add("| measurement | Freshet | PostgreSQL | ratio (Freshet / PostgreSQL) |");
        report.add("|---|---|---|---|");
        try (PostgresInstance pg = PostgresInstance.start();
                FreshetTestDatabase freshet = FreshetTestDatabase.start()) {
            TestDatabase p = pg.devDatabase();
            setup(freshet, false);
            setup(p, true);
            double fj = jdbcReadsPerSecond(freshet);
            double pj = jdbcReadsPerSecond(p);
            report.add(
                    row(
                            "pgjdbc prepared point reads/s, 1 connection (median of "
                                    + ROUNDS
                                    + ")",
                            fj,
                            pj));
            Path script = Files.createTempFile("point-read-", ".sql");
            try {
                Files.writeString(
                        script,
                        "\\set k random(1, " + ROWS + ")\nSELECT w, s FROM mv WHERE k = :k;\n");
                for (String mode : List.of("prepared", "simple")) {
                    double ft = pgbenchTps(freshet, script, mode);
                    double pt = pgbenchTps(p, script, mode);
                    report.add(
                            row(
                                    "pgbench -M "
                                            + mode
                                            + " select-by-key tps (4 clients, "
                                            + SECONDS
                                            + " s)",
                                    ft,
                                    pt));
                }
            } finally {
                Files.deleteIfExists(script);
            }
        }
        String text = String.join("\n", report) + "\n";
        System.out.println(text);
        Path out = Path.of("target", "bench", "point-reads.md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, text);
    }

    private static void setup(TestDatabase db, boolean postgres) throws SQLException {
        try (Connection c = db.connect();
                Statement s = c.createStatement()) {
            s.execute("CREATE TABLE kv (k INT PRIMARY KEY, v INT, s TEXT)");
            s.execute(
                    "INSERT INTO kv SELECT g::int, (g * 7)::int, 'value ' || g"
                            + " FROM generate_series(1, "
                            + ROWS
                            + ") AS g");
            s.execute("CREATE MATERIALIZED VIEW mv AS SELECT k, v * 2 AS w, s FROM kv");
            if (postgres) {
                s.execute("CREATE UNIQUE INDEX ON mv (k)");
                s.execute("ANALYZE mv");
            }
        }
    }

    private static double jdbcReadsPerSecond(TestDatabase db) throws SQLException {
        Properties props = new Properties();
        props.setProperty("user", db.user());
        props.setProperty("prepareThreshold", "1");
        props.setProperty("binaryTransfer", "true");
        String url = "jdbc:postgresql://" + db.host() + ":" + db.port() + "/" + db.database();
        try (Connection c = DriverManager.getConnection(url, props);
                PreparedStatement ps = c.prepareStatement("SELECT w, s FROM mv WHERE k = ?")) {
            SplittableRandom random = new SplittableRandom(42);
            readRound(ps, random, READS / 5);
            double[] rates = new double[ROUNDS];
            for (int r = 0; r < ROUNDS; r++) {
                long start = System.nanoTime();
                readRound(ps, random, READS);
                rates[r] = READS / ((System.nanoTime() - start) / 1e9);
            }
            Arrays.sort(rates);
            return rates[ROUNDS / 2];
        }
    }

    private static void readRound(PreparedStatement ps, SplittableRandom random, int reads)
            throws SQLException {
        for (int i = 0; i < reads; i++) {
            int k = 1 + random.nextInt(ROWS);
            ps.setInt(1, k);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next() || rs.getInt(1) != k * 14) {
                    throw new IllegalStateException("wrong row for key " + k);
                }
            }
        }
    }

    private static final Pattern TPS = Pattern.compile("tps = ([0-9.]+)");

    private static double pgbenchTps(TestDatabase db, Path script, String mode) {
        CommandResult r =
                ExternalCommand.of(
                                List.of(
                                        "pgbench",
                                        "-n",
                                        "-h",
                                        db.host(),
                                        "-p",
                                        Integer.toString(db.port()),
                                        "-U",
                                        db.user(),
                                        "-M",
                                        mode,
                                        "-c",
                                        "4",
                                        "-j",
                                        "2",
                                        "-T",
                                        Integer.toString(SECONDS),
                                        "-f",
                                        script.toString(),
                                        db.database()))
                        .timeout(Duration.ofSeconds(SECONDS * 3L + 60))
                        .run();
        if (!r.succeeded() || !r.stdout().contains("number of failed transactions: 0")) {
            throw new IllegalStateException("pgbench failed:\n" + r.describe());
        }
        Matcher m = TPS.matcher(r.stdout());
        if (!m.find()) {
            throw new IllegalStateException("no tps in:\n" + r.describe());
        }
        return Double.parseDouble(m.group(1));
    }

    private static String row(String what, double freshet, double pg) {
        return String.format(
                Locale.ROOT, "| %s | %,.0f | %,.0f | %.2f |", what, freshet, pg, freshet / pg);
    }
}
