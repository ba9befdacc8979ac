package dev.freshet.ml.bench;

import dev.freshet.ml.eval.ClassificationMetrics;
import dev.freshet.ml.model.FeatureKind;
import dev.freshet.ml.model.FeatureSchema;
import dev.freshet.ml.train.OnlineModel;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Prequential (test-then-train) evaluation on the Elec2 stream: every row is first predicted, then
 * learned, in file order, through {@link OnlineModel} exactly as {@code TRAIN} would feed it, with
 * each algorithm's shipped defaults.
 *
 * <p>Feature protocols (what a row's features are; the label of the current row is never used):
 *
 * <ul>
 *   <li>{@code raw}: the six numeric attributes as given (comparable with published numbers);
 *   <li>{@code lagged}: raw, plus the previous row's label (known once that row was tested and
 *       learned, as the no-change baseline uses it) and the changes of {@code nswprice}, {@code
 *       nswdemand} and {@code vicprice} since the previous row;
 *   <li>{@code lagged_period}: lagged, plus {@code period} as a categorical (hashed one-hot);
 *   <li>{@code history}: lagged, plus the label two rows back, the label of the same period a day
 *       (48 rows) back and the share of UP labels over the last day.
 * </ul>
 *
 * Not offered: features computed the way the label was built (Elec2's class says whether the NSW
 * price is above its moving average of the last day, so {@code nswprice} minus that average
 * reconstructs it; tried once, it gives 99.7 % for the forest): that measures the data set's
 * construction, not a learner.
 *
 * <p>Usage: {@code Elec2Bench [--data PATH] [--protocol raw|lagged|lagged_period|history|all]
 * [--algorithms a,b,...]}.
 */
public final class Elec2Bench {
    /** The default location of the data set. */
    public static final String DEFAULT_DATA = "/work/shared/data/elec2/electricity.arff";

    /** The default classifiers. */
    public static final List<String> CLASSIFIERS =
            List.of(
                    "logistic_regression",
                    "passive_aggressive_classifier",
                    "gaussian_naive_bayes",
                    "hoeffding_tree",
                    "hoeffding_adaptive_tree",
                    "adaptive_random_forest",
                    "smile_random_forest",
                    "smile_gradient_boosting");

    /** Published prequential accuracies on Elec2 (from the data README). */
    public static final Map<String, String> PUBLISHED =
            Map.of(
                    "gaussian_naive_bayes", "MOA NB 73.63",
                    "hoeffding_tree", "River 79.56, MOA 78.28",
                    "hoeffding_adaptive_tree", "River 82.13, MOA 80.94",
                    "adaptive_random_forest", "River 87.66, MOA ARF(10) 87.57, ARF(100) 88.12",
                    "logistic_regression", "ALMA (River) 90.64; no-change 85.33");

    /** Feature protocols. */
    public enum Protocol {
        RAW,
        LAGGED,
        LAGGED_PERIOD,
        HISTORY
    }

    /**
     * One result.
     *
     * @param algorithm SQL name
     * @param protocol feature protocol
     * @param accuracy prequential accuracy
     * @param kappa prequential Cohen's kappa
     * @param rows rows evaluated
     * @param seconds wall time
     */
    public record Result(
            String algorithm,
            Protocol protocol,
            double accuracy,
            double kappa,
            long rows,
            double seconds) {}

    /** Half-hour periods per day. */
    private static final int DAY = 48;

    private Elec2Bench() {}

    /** The schema of a protocol's feature rows. */
    public static FeatureSchema schema(Protocol p) {
        List<String> names =
                new ArrayList<>(
                        List.of(
                                "period",
                                "nswprice",
                                "nswdemand",
                                "vicprice",
                                "vicdemand",
                                "transfer"));
        List<FeatureKind> kinds = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            kinds.add(FeatureKind.NUMERIC);
        }
        if (p != Protocol.RAW) {
            for (String n : List.of("prev_up", "d_nswprice", "d_nswdemand", "d_vicprice")) {
                names.add(n);
                kinds.add(FeatureKind.NUMERIC);
            }
        }
        if (p == Protocol.LAGGED_PERIOD) {
            names.add("period_cat");
            kinds.add(FeatureKind.TEXT);
        }
        if (p == Protocol.HISTORY) {
            for (String n : List.of("prev2_up", "up_day_ago", "up_last_day")) {
                names.add(n);
                kinds.add(FeatureKind.NUMERIC);
            }
        }
        return FeatureSchema.of(names, kinds);
    }

    /** Runs one algorithm over the data with its defaults. */
    public static Result run(ArffReader.Data data, String algorithm, Protocol protocol) {
        return run(data, algorithm, protocol, Map.of());
    }

    /** Runs one algorithm over the data with the given options. */
    public static Result run(
            ArffReader.Data data,
            String algorithm,
            Protocol protocol,
            Map<String, String> options) {
        OnlineModel model = OnlineModel.create(algorithm, schema(protocol), options);
        FeatureSchema schema = schema(protocol);
        Object[] row = new Object[schema.size()];
        double[] raw = new double[6];
        double[] prev = new double[6];
        Object prevLabel = null;
        int[] labelHistory = new int[DAY];
        int upSum = 0;
        long start = System.nanoTime();
        long n = 0;
        for (String[] cells : data.rows()) {
            for (int j = 0; j < 6; j++) {
                raw[j] = Double.parseDouble(cells[j]);
                row[j] = raw[j];
            }
            Object label = cells[6].trim();
            if (protocol != Protocol.RAW) {
                row[6] = prevLabel == null ? null : (prevLabel.equals("1") ? 1.0 : 0.0);
                row[7] = n == 0 ? 0.0 : raw[1] - prev[1];
                row[8] = n == 0 ? 0.0 : raw[2] - prev[2];
                row[9] = n == 0 ? 0.0 : raw[3] - prev[3];
            }
            if (protocol == Protocol.LAGGED_PERIOD) {
                row[10] = raw[0];
            }
            int slot = (int) (n % DAY);
            if (protocol == Protocol.HISTORY) {
                row[10] = n < 2 ? null : (double) labelHistory[(int) ((n - 2) % DAY)];
                row[11] = n < DAY ? null : (double) labelHistory[slot];
                row[12] = n == 0 ? null : (double) upSum / Math.min(n, DAY);
            }
            model.learn(row, label, 1);
            int up = label.equals("1") ? 1 : 0;
            if (n >= DAY) {
                upSum -= labelHistory[slot];
            }
            labelHistory[slot] = up;
            upSum += up;
            System.arraycopy(raw, 0, prev, 0, 6);
            prevLabel = label;
            n++;
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        ClassificationMetrics m = model.classificationMetrics();
        return new Result(algorithm, protocol, m.accuracy(), m.kappa(), n, seconds);
    }

    /** The no-change baseline: predict the previous row's label. */
    public static double noChangeAccuracy(ArffReader.Data data) {
        String prev = null;
        long correct = 0;
        for (String[] cells : data.rows()) {
            String label = cells[6].trim();
            if (label.equals(prev)) {
                correct++;
            }
            prev = label;
        }
        return (double) correct / data.rows().size();
    }

    public static void main(String[] args) throws IOException {
        String path = DEFAULT_DATA;
        String protocols = "all";
        List<String> algorithms = CLASSIFIERS;
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--data" -> path = args[++i];
                case "--protocol" -> protocols = args[++i];
                case "--algorithms" -> algorithms = List.of(args[++i].split(","));
                default -> throw new IllegalArgumentException("unknown argument " + args[i]);
            }
        }
        ArffReader.Data data = ArffReader.read(Path.of(path));
        System.out.printf(
                Locale.ROOT,
                "Elec2: %d rows, no-change baseline %.2f %%%n",
                data.rows().size(),
                100 * noChangeAccuracy(data));
        List<Protocol> ps =
                protocols.equals("all")
                        ? List.of(Protocol.values())
                        : List.of(Protocol.valueOf(protocols.toUpperCase(Locale.ROOT)));
        System.out.printf(
                Locale.ROOT,
                "%-30s %-14s %9s %7s %9s  %s%n",
                "algorithm",
                "protocol",
                "accuracy",
                "kappa",
                "seconds",
                "published accuracy");
        for (Protocol p : ps) {
            for (String a : algorithms) {
                Result r = run(data, a, p);
                System.out.printf(
                        Locale.ROOT,
                        "%-30s %-14s %8.2f%% %7.4f %9.2f  %s%n",
                        a,
                        p.name().toLowerCase(Locale.ROOT),
                        100 * r.accuracy(),
                        r.kappa(),
                        r.seconds(),
                        PUBLISHED.getOrDefault(a, ""));
            }
        }
    }
}
