package dev.freshet.tests.bench;

import dev.freshet.tests.freshet.FreshetTestDatabase;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The online-ML benchmarks, through SQL over pgjdbc against a Freshet server started in this JVM:
 *
 * <ul>
 *   <li><b>Elec2 prequential accuracy</b>: the 45,312 rows of the Elec2 stream are loaded in time
 *       order (multi-row INSERTs of {@value #BATCH} rows; the server has no COPY yet) into an
 *       APPEND ONLY table with one {@code CREATE MODEL} per classifier (shipped defaults). Each
 *       model tracks its own test-then-train accuracy and kappa; they are read from {@code
 *       model_history} and printed beside the published numbers.
 *   <li><b>linear training throughput in a view</b>: {@code INSERT INTO t SELECT ... FROM
 *       generate_series(...)} of N rows (three {@code double precision} features computed in float8
 *       arithmetic) into an APPEND ONLY table with a {@code train()} view, timed until the INSERT
 *       returns (it returns once the epoch is committed, so the view has learned the rows; the
 *       model's {@code rows_seen} is checked), against the same INSERT into a table without the
 *       view. The epoch runs on one engine thread, so rows/s are per core. The training's own rate
 *       is derived from the two: {@code 1 / (1/with − 1/without)}.
 * </ul>
 *
 * Run with {@code ./freshet bench ml}; knobs {@code -Dfreshet.bench.elec2=PATH}, {@code
 * -Dfreshet.bench.ml.rows=N}, {@code -Dfreshet.bench.ml.rounds=R}. Results go to stdout and {@code
 * tests/target/bench/ml.md}. Not part of the default suite (tag {@code bench}).
 */
@Tag("bench")
class MlBench {
    private static final Path ELEC2 =
            Path.of(
                    System.getProperty(
                            "freshet.bench.elec2", "/work/shared/data/elec2/electricity.arff"));
    private static final int ROWS = Integer.getInteger("freshet.bench.ml.rows", 500_000);
    private static final int ROUNDS = Integer.getInteger("freshet.bench.ml.rounds", 3);
    private static final int BATCH = 1000;
    private static final String[] FEATURES = {
        "\"period\"", "nswprice", "nswdemand", "vicprice", "vicdemand", "transfer"
    };

    /** A classifier and the published prequential accuracies on raw Elec2 (empty if none). */
    private record Classifier(String algorithm, String published) {}

    private static final List<Classifier> CLASSIFIERS =
            List.of(
                    new Classifier("gaussian_naive_bayes", "MOA 73.63"),
                    new Classifier("hoeffding_tree", "River 79.56, MOA 78.28"),
                    new Classifier("hoeffding_adaptive_tree", "River 82.13, MOA 80.94"),
                    new Classifier("adaptive_random_forest", "River 87.66, MOA 87.57 (10 trees)"),
                    new Classifier("logistic_regression", ""),
                    new Classifier("passive_aggressive_classifier", ""));

    /** A linear model trained in a view over the table {@code t(id, x1, x2, x3)}: its label. */
    private record LinearModel(String algorithm, String label) {}

    private static final List<LinearModel> LINEAR =
            List.of(
                    new LinearModel("logistic_regression", "x1 + x2 > 1"),
                    new LinearModel("passive_aggressive_classifier", "x1 + x2 > 1"),
                    new LinearModel("linear_regression", "3 * x1 - 2 * x2 + x3"));

    @Test
    void ml() throws Exception {
        List<String> out = new ArrayList<>();
        try (FreshetTestDatabase db = FreshetTestDatabase.start();
                Connection c = db.connect()) {
            elec2(c, out);
            out.add("");
            throughput(c, out);
        }
        out.add("");
        out.add(
                "machine: "
                        + Runtime.getRuntime().availableProcessors()
                        + " cores (nproc), "
                        + System.getProperty("os.name")
                        + " "
                        + System.getProperty("os.arch")
                        + ", Java "
                        + System.getProperty("java.version")
                        + " ("
                        + System.getProperty("java.vm.vendor")
                        + ")");
        String text = String.join("\n", out) + "\n";
        System.out.println(text);
        Path file = Path.of("target/bench/ml.md");
        Files.createDirectories(file.getParent());
        Files.writeString(file, text, StandardCharsets.UTF_8);
    }

    private static void elec2(Connection c, List<String> out) throws IOException, SQLException {
        Assumptions.assumeTrue(Files.isReadable(ELEC2), "Elec2 not found at " + ELEC2);
        List<String[]> rows = readArff(ELEC2);
        try (Statement s = c.createStatement()) {
            s.execute(
                    "CREATE TABLE elec (\"period\" double precision, nswprice double precision,"
                            + " nswdemand double precision, vicprice double precision, vicdemand"
                            + " double precision, transfer double precision, up boolean) APPEND"
                            + " ONLY");
            String select = "SELECT up, " + String.join(", ", FEATURES) + " FROM elec";
            for (Classifier m : CLASSIFIERS) {
                s.execute(
                        "CREATE MODEL "
                                + m.algorithm()
                                + " WITH (algorithm = '"
                                + m.algorithm()
                                + "', label = 'up') AS "
                                + select);
            }
            long t0 = System.nanoTime();
            StringBuilder sql = new StringBuilder();
            for (int from = 0; from < rows.size(); from += BATCH) {
                sql.setLength(0);
                sql.append("INSERT INTO elec VALUES ");
                int to = Math.min(rows.size(), from + BATCH);
                for (int i = from; i < to; i++) {
                    String[] r = rows.get(i);
                    sql.append(i == from ? "(" : ", (");
                    for (int j = 0; j < 6; j++) {
                        sql.append(r[j]).append(", ");
                    }
                    sql.append(r[6].equals("1") ? "true)" : "false)");
                }
                s.execute(sql.toString());
            }
            double seconds = (System.nanoTime() - t0) / 1e9;

            out.add(
                    "### Elec2: prequential (test-then-train) accuracy, "
                            + rows.size()
                            + " rows, shipped defaults");
            out.add("");
            out.add("| algorithm | rows seen | accuracy % | kappa | published accuracy % |");
            out.add("|---|---|---|---|---|");
            out.add(
                    String.format(
                            Locale.ROOT,
                            "| no-change baseline (computed here from the file) | %d | %.2f | | River 85.33 |",
                            rows.size(),
                            100 * noChangeAccuracy(rows)));
            for (Classifier m : CLASSIFIERS) {
                try (ResultSet rs =
                        s.executeQuery(
                                "SELECT version, rows_seen, accuracy, kappa FROM model_history('"
                                        + m.algorithm()
                                        + "')")) {
                    long bestVersion = -1;
                    long seen = 0;
                    double accuracy = Double.NaN;
                    double kappa = Double.NaN;
                    while (rs.next()) {
                        if (rs.getLong(1) > bestVersion) {
                            bestVersion = rs.getLong(1);
                            seen = rs.getLong(2);
                            accuracy = rs.getDouble(3);
                            kappa = rs.getDouble(4);
                        }
                    }
                    if (seen != rows.size()) {
                        throw new IllegalStateException(
                                m.algorithm() + " saw " + seen + " rows, not " + rows.size());
                    }
                    out.add(
                            String.format(
                                    Locale.ROOT,
                                    "| %s | %d | %.2f | %.3f | %s |",
                                    m.algorithm(),
                                    seen,
                                    100 * accuracy,
                                    kappa,
                                    m.published()));
                }
            }
            out.add("");
            out.add(
                    String.format(
                            Locale.ROOT,
                            "Load with all %d models training: %.1f s, %,.0f rows/s end to end"
                                    + " (multi-row INSERTs of %d rows over pgjdbc).",
                            CLASSIFIERS.size(),
                            seconds,
                            rows.size() / seconds,
                            BATCH));
        }
    }

    /** Prequential accuracy of predicting each row's class as the previous row's. */
    private static double noChangeAccuracy(List<String[]> rows) {
        int right = 0;
        String last = null;
        for (String[] r : rows) {
            if (r[6].equals(last)) {
                right++;
            }
            last = r[6];
        }
        return (double) right / rows.size();
    }

    private static List<String[]> readArff(Path file) throws IOException {
        List<String[]> rows = new ArrayList<>();
        boolean data = false;
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            String l = line.strip();
            if (l.isEmpty() || l.startsWith("%")) {
                continue;
            }
            if (!data) {
                data = l.equalsIgnoreCase("@data");
                continue;
            }
            String[] r = l.split(",");
            if (r.length != 7) {
                throw new IOException("unexpected ARFF row: " + l);
            }
            for (int j = 0; j < 6; j++) {
                Double.parseDouble(r[j]); // numbers only: the values go into SQL text
            }
            if (!r[6].equals("0") && !r[6].equals("1")) {
                throw new IOException("unexpected class in ARFF row: " + l);
            }
            rows.add(r);
        }
        return rows;
    }

    private static void throughput(Connection c, List<String> out) throws SQLException {
        out.add(
                "### Training throughput of linear models in a view ("
                        + ROWS
                        + " rows per INSERT ... SELECT, median of "
                        + ROUNDS
                        + " after one warm-up)");
        out.add("");
        out.add(
                "| model in the view | rows/s with the view | rows/s without a view | ratio (with /"
                        + " without) | training alone, rows/s (1 / (1/with - 1/without)) |");
        out.add("|---|---|---|---|---|");
        try (Statement s = c.createStatement()) {
            s.execute(
                    "CREATE TABLE plain (id bigint, x1 double precision, x2 double precision, x3"
                            + " double precision) APPEND ONLY");
            double[] plain = new double[ROUNDS];
            load(s, "plain", 0, ROWS / 10);
            for (int r = 0; r < ROUNDS; r++) {
                plain[r] = ROWS / load(s, "plain", (long) (r + 1) * ROWS, ROWS);
            }
            double base = median(plain);
            for (LinearModel m : LINEAR) {
                String table = "t_" + m.algorithm();
                s.execute(
                        "CREATE TABLE "
                                + table
                                + " (id bigint, x1 double precision, x2 double precision, x3"
                                + " double precision) APPEND ONLY");
                s.execute(
                        "CREATE MODEL m_"
                                + m.algorithm()
                                + " WITH (algorithm = '"
                                + m.algorithm()
                                + "', label = 'y') AS SELECT "
                                + m.label()
                                + " AS y, x1, x2, x3 FROM "
                                + table);
                long loaded = ROWS / 10;
                load(s, table, 0, ROWS / 10);
                double[] rates = new double[ROUNDS];
                for (int r = 0; r < ROUNDS; r++) {
                    rates[r] = ROWS / load(s, table, (long) (r + 1) * ROWS, ROWS);
                    loaded += ROWS;
                    long seen = rowsSeen(s, "m_" + m.algorithm());
                    if (seen != loaded) {
                        throw new IllegalStateException(
                                m.algorithm() + " learned " + seen + " rows, not " + loaded);
                    }
                }
                double rate = median(rates);
                double cost = 1 / rate - 1 / base;
                out.add(
                        String.format(
                                Locale.ROOT,
                                "| %s | %,.0f | %,.0f | %.2f | %s |",
                                m.algorithm(),
                                rate,
                                base,
                                rate / base,
                                cost > 0
                                        ? String.format(Locale.ROOT, "%,.0f", 1 / cost)
                                        : "not measurable (within noise)"));
            }
        }
    }

    /** Inserts {@code count} synthetic rows into {@code table}; returns seconds. */
    private static double load(Statement s, String table, long from, long count)
            throws SQLException {
        long t0 = System.nanoTime();
        s.execute(
                "INSERT INTO "
                        + table
                        + " SELECT g, (g % 997)::float8 / 997, ((g * 37) % 1009)::float8 / 1009,"
                        + " ((g * 11) % 101)::float8 / 101 FROM generate_series("
                        + from
                        + ", "
                        + (from + count - 1)
                        + ") AS s(g)");
        return (System.nanoTime() - t0) / 1e9;
    }

    private static long rowsSeen(Statement s, String model) throws SQLException {
        long version = -1;
        long seen = -1;
        try (ResultSet rs =
                s.executeQuery("SELECT version, rows_seen FROM model_history('" + model + "')")) {
            while (rs.next()) {
                if (rs.getLong(1) > version) {
                    version = rs.getLong(1);
                    seen = rs.getLong(2);
                }
            }
        }
        return seen;
    }

    private static double median(double[] xs) {
        double[] s = xs.clone();
        Arrays.sort(s);
        return s[s.length / 2];
    }
}
