package dev.freshet.tests.bench;

import dev.freshet.tests.freshet.FreshetTestDatabase;
import dev.freshet.tests.pg.PostgresInstance;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The foundation benchmarks, each run beside PostgreSQL on the same machine in the same run:
 *
 * <ul>
 *   <li>cold start to ready: a new JVM running {@code FreshetMain} until it prints its ready line,
 *       against {@code pg_ctl start --wait} on an existing cluster;
 *   <li>throughput into a GROUP BY view: {@code INSERT INTO t SELECT ... FROM generate_series(...)}
 *       with a materialized view {@code SELECT k, count(*), sum(v) FROM t GROUP BY k} kept up to
 *       date, against PostgreSQL doing the same INSERT and then {@code REFRESH MATERIALIZED VIEW}
 *       (its only way to bring the view up to date), and against the bare INSERT.
 * </ul>
 *
 * Run with {@code ./freshet bench}. Results go to stdout and {@code
 * tests/target/bench/foundation.md}. Not part of the default suite (tag {@code bench}).
 */
@Tag("bench")
class FoundationBench {
    private static final int STARTS = Integer.getInteger("freshet.bench.starts", 5);
    private static final int ROWS = Integer.getInteger("freshet.bench.rows", 1_000_000);
    private static final int ROUNDS = Integer.getInteger("freshet.bench.rounds", 5);
    private static final int GROUPS = 1000;

    @Test
    void foundation() throws Exception {
        List<String> report = new ArrayList<>();
        report.add("| measurement | Freshet | PostgreSQL | ratio (Freshet / PostgreSQL) |");
        report.add("|---|---|---|---|");
        try (PostgresInstance pg = PostgresInstance.start()) {
            long[] freshetStart = new long[STARTS];
            long[] pgStart = new long[STARTS];
            for (int i = 0; i < STARTS; i++) {
                freshetStart[i] = freshetColdStartMillis();
                pgStart[i] = pg.restartMillis();
            }
            long fs = median(freshetStart);
            long ps = median(pgStart);
            report.add(
                    row(
                            "cold start to ready, median of " + STARTS + " (ms)",
                            fs,
                            ps,
                            (double) fs / ps));

            double[] freshetRate = new double[ROUNDS];
            double[] pgRefreshRate = new double[ROUNDS];
            double[] pgInsertRate = new double[ROUNDS];
            try (FreshetTestDatabase freshet = FreshetTestDatabase.start();
                    Connection f = freshet.connect();
                    Connection p = pg.devDatabase().connect()) {
                setup(f);
                setup(p);
                // warm up both once
                insert(f, 1, ROWS / 10, false);
                insert(p, 1, ROWS / 10, true);
                long next = ROWS / 10 + 1;
                for (int r = 0; r < ROUNDS; r++) {
                    freshetRate[r] = ROWS / seconds(insert(f, next, ROWS, false));
                    pgRefreshRate[r] = ROWS / seconds(insert(p, next, ROWS, true));
                    next += ROWS;
                }
                // the bare INSERT into PostgreSQL, without bringing the view up to date
                try (Statement s = p.createStatement()) {
                    s.execute("TRUNCATE t");
                }
                long n2 = 1;
                for (int r = 0; r < ROUNDS; r++) {
                    pgInsertRate[r] = ROWS / seconds(insert(p, n2, ROWS, false));
                    n2 += ROWS;
                }
                checkSameView(f, p);
            }
            double fr = median(freshetRate);
            double pr = median(pgRefreshRate);
            double pi = median(pgInsertRate);
            report.add(
                    row(
                            "rows/s into a GROUP BY view ("
                                    + ROWS
                                    + " rows per INSERT ... SELECT, "
                                    + GROUPS
                                    + " groups, median of "
                                    + ROUNDS
                                    + "); PostgreSQL: INSERT then REFRESH",
                            fr,
                            pr,
                            fr / pr));
            report.add(row("same, PostgreSQL INSERT alone (view left stale)", fr, pi, fr / pi));
        }
        String text =
                String.join("\n", report)
                        + "\n\nmachine: "
                        + Runtime.getRuntime().availableProcessors()
                        + " cores, "
                        + System.getProperty("os.name")
                        + " "
                        + System.getProperty("os.arch")
                        + ", Java "
                        + System.getProperty("java.version")
                        + "\n";
        System.out.println(text);
        Path out = Path.of("target/bench/foundation.md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, text, StandardCharsets.UTF_8);
    }

    private static void setup(Connection c) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute("CREATE TABLE t (k INT, v BIGINT)");
            s.execute(
                    "CREATE MATERIALIZED VIEW mv AS SELECT k, count(*) AS n, sum(v) AS total FROM t GROUP BY k");
        }
    }

    /**
     * Inserts rows {@code from .. from+count-1}; returns nanoseconds (including REFRESH if asked).
     */
    private static long insert(Connection c, long from, long count, boolean refresh)
            throws SQLException {
        try (Statement s = c.createStatement()) {
            long t0 = System.nanoTime();
            s.execute(
                    "INSERT INTO t SELECT (g % "
                            + GROUPS
                            + ")::int, g FROM generate_series("
                            + from
                            + ", "
                            + (from + count - 1)
                            + ") AS g");
            if (refresh) {
                s.execute("REFRESH MATERIALIZED VIEW mv");
            }
            return System.nanoTime() - t0;
        }
    }

    /** Both views must agree after the runs (the benchmark measures correct work). */
    private static void checkSameView(Connection f, Connection p) throws SQLException {
        try (Statement s = p.createStatement()) {
            s.execute("REFRESH MATERIALIZED VIEW mv");
        }
        String q = "SELECT sum(n), sum(total) FROM mv";
        String fa;
        String pa;
        try (Statement s = f.createStatement();
                var rs = s.executeQuery(q)) {
            rs.next();
            fa = rs.getString(1) + "/" + rs.getString(2);
        }
        try (Statement s = p.createStatement();
                var rs = s.executeQuery(q)) {
            rs.next();
            pa = rs.getString(1) + "/" + rs.getString(2);
        }
        System.out.println("check: freshet mv totals " + fa + ", postgres mv totals " + pa);
    }

    /** Starts a new JVM running the server and waits for its ready line. */
    private static long freshetColdStartMillis() throws IOException, InterruptedException {
        Path data = Files.createTempDirectory("freshet-bench-");
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        ProcessBuilder pb =
                new ProcessBuilder(
                        java,
                        "-XX:+UseParallelGC",
                        "--enable-native-access=ALL-UNNAMED",
                        "--sun-misc-unsafe-memory-access=allow",
                        "-cp",
                        System.getProperty("java.class.path"),
                        "dev.freshet.server.FreshetMain",
                        "--port",
                        "0",
                        "--data-dir",
                        data.toString());
        pb.redirectErrorStream(true);
        long t0 = System.nanoTime();
        Process p = pb.start();
        try (BufferedReader in =
                new BufferedReader(
                        new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            String line;
            while ((line = in.readLine()) != null) {
                if (line.contains(" ready on ")) {
                    return (System.nanoTime() - t0) / 1_000_000;
                }
            }
            throw new IllegalStateException("the server exited without a ready line");
        } finally {
            p.destroy();
            p.waitFor();
        }
    }

    private static double seconds(long nanos) {
        return nanos / 1e9;
    }

    private static long median(long[] xs) {
        long[] s = xs.clone();
        Arrays.sort(s);
        return s[s.length / 2];
    }

    private static double median(double[] xs) {
        double[] s = xs.clone();
        Arrays.sort(s);
        return s[s.length / 2];
    }

    private static String row(String what, double freshet, double pg, double ratio) {
        return String.format(
                Locale.ROOT, "| %s | %,.0f | %,.0f | %.2f |", what, freshet, pg, ratio);
    }
}
