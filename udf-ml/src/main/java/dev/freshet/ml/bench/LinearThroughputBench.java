package dev.freshet.ml.bench;

import dev.freshet.ml.model.FeatureRow;
import dev.freshet.ml.model.FeatureSchema;
import dev.freshet.ml.model.FeatureVector;
import dev.freshet.ml.model.Model;
import dev.freshet.ml.model.Options;
import dev.freshet.ml.model.Rng;
import dev.freshet.ml.train.Algorithm;
import dev.freshet.ml.train.OnlineModel;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Training throughput of the linear models, timed carefully by hand (not a test; no JMH in the
 * build yet): rows are generated up front, each measurement runs {@value #WARMUPS} warm-up passes
 * then {@value #RUNS} timed passes of {@code rows} rows on a fresh model, and the median, minimum
 * and maximum rows per second are printed. Two levels are timed:
 *
 * <ul>
 *   <li>{@code model}: {@link Model#learn} on a prepared dense vector (the algorithm alone);
 *   <li>{@code online}: {@link OnlineModel#learn(FeatureRow, Object, long)} on a row of unboxed
 *       doubles, the way {@code TRAIN} calls it from a batch's columns (encoding, standardisation,
 *       the prequential prediction, metrics and the drift detector included);
 *   <li>{@code boxed}: the same through {@link OnlineModel#learn(Object[], Object, long)}, an
 *       {@code Object[]} row of boxed doubles (how scoring functions and tests call it).
 * </ul>
 *
 * Usage: {@code LinearThroughputBench [rows] [features]} (defaults 1 000 000 and 10).
 */
public final class LinearThroughputBench {
    private static final int WARMUPS = 3;
    private static final int RUNS = 5;
    private static final List<String> ALGORITHMS =
            List.of(
                    "logistic_regression",
                    "logistic_regression:ftrl",
                    "logistic_regression:sgd",
                    "passive_aggressive_classifier",
                    "linear_regression",
                    "ridge_regression",
                    "passive_aggressive_regressor");

    private LinearThroughputBench() {}

    public static void main(String[] args) throws IOException {
        int rows = args.length > 0 ? Integer.parseInt(args[0]) : 1_000_000;
        int d = args.length > 1 ? Integer.parseInt(args[1]) : 10;
        System.out.println(machine());
        System.out.printf(Locale.ROOT, "rows per pass %d, features %d%n", rows, d);
        double[][] xs = new double[rows][d];
        double[] ys = new double[rows];
        Object[][] objects = new Object[rows][d];
        Rng rng = new Rng(1);
        double[] w = new double[d];
        for (int j = 0; j < d; j++) {
            w[j] = rng.nextGaussian();
        }
        for (int i = 0; i < rows; i++) {
            double s = 0;
            for (int j = 0; j < d; j++) {
                xs[i][j] = rng.nextGaussian();
                objects[i][j] = xs[i][j];
                s += w[j] * xs[i][j];
            }
            ys[i] = s + 0.1 * rng.nextGaussian();
        }
        System.out.printf(
                Locale.ROOT,
                "%-34s %-7s %14s %14s %14s%n",
                "algorithm",
                "level",
                "median rows/s",
                "min",
                "max");
        for (String spec : ALGORITHMS) {
            String[] parts = spec.split(":");
            Algorithm a = Algorithm.of(parts[0]);
            Map<String, String> options =
                    parts.length > 1 ? Map.of("optimizer", parts[1]) : Map.of();
            boolean classify = a.task() == dev.freshet.ml.model.Task.CLASSIFICATION;
            double[] labels = new double[rows];
            Object[] objectLabels = new Object[rows];
            for (int i = 0; i < rows; i++) {
                labels[i] = classify ? (ys[i] > 0 ? 1 : 0) : ys[i];
                objectLabels[i] = classify ? (Object) (ys[i] > 0) : (Object) ys[i];
            }
            double[] model = new double[RUNS];
            double[] online = new double[RUNS];
            double[] boxed = new double[RUNS];
            FeatureVector v = new FeatureVector(d);
            for (int run = -WARMUPS; run < RUNS; run++) {
                Model m = a.create(d, new Options(a.sqlName(), options));
                long t0 = System.nanoTime();
                for (int i = 0; i < rows; i++) {
                    v.setAll(xs[i]);
                    m.learn(v, labels[i], 1);
                }
                long t1 = System.nanoTime();
                OnlineModel om = OnlineModel.create(a.sqlName(), FeatureSchema.numeric(d), options);
                FeatureRow row = om.newRow();
                long t2 = System.nanoTime();
                for (int i = 0; i < rows; i++) {
                    double[] x = xs[i];
                    for (int j = 0; j < d; j++) {
                        row.setNumber(j, x[j]);
                    }
                    om.learn(row, objectLabels[i], 1);
                }
                long t3 = System.nanoTime();
                OnlineModel ob = OnlineModel.create(a.sqlName(), FeatureSchema.numeric(d), options);
                long t4 = System.nanoTime();
                for (int i = 0; i < rows; i++) {
                    ob.learn(objects[i], objectLabels[i], 1);
                }
                long t5 = System.nanoTime();
                if (run >= 0) {
                    model[run] = rows / ((t1 - t0) / 1e9);
                    online[run] = rows / ((t3 - t2) / 1e9);
                    boxed[run] = rows / ((t5 - t4) / 1e9);
                }
            }
            print(spec, "model", model);
            print(spec, "online", online);
            print(spec, "boxed", boxed);
        }
    }

    private static void print(String name, String level, double[] rates) {
        double[] s = rates.clone();
        Arrays.sort(s);
        System.out.printf(
                Locale.ROOT,
                "%-34s %-7s %,14.0f %,14.0f %,14.0f%n",
                name,
                level,
                s[s.length / 2],
                s[0],
                s[s.length - 1]);
    }

    private static String machine() throws IOException {
        String cpu = "unknown CPU";
        Path info = Path.of("/proc/cpuinfo");
        if (Files.isReadable(info)) {
            for (String line : Files.readAllLines(info)) {
                if (line.startsWith("model name")) {
                    cpu = line.substring(line.indexOf(':') + 1).trim();
                    break;
                }
            }
        }
        return String.format(
                Locale.ROOT,
                "machine: %s, %d cores, %s %s, Java %s (%s), max heap %d MiB",
                cpu,
                Runtime.getRuntime().availableProcessors(),
                System.getProperty("os.name"),
                System.getProperty("os.arch"),
                System.getProperty("java.version"),
                System.getProperty("java.vm.name"),
                Runtime.getRuntime().maxMemory() >> 20);
    }
}
