package dev.freshet.ml.bench;

import dev.freshet.ml.eval.ClassificationMetrics;
import dev.freshet.ml.model.FeatureKind;
import dev.freshet.ml.model.FeatureSchema;
import dev.freshet.ml.train.OnlineModel;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Prequential (test-then-train) accuracy on the {@link SyntheticStream} generators through {@link
 * OnlineModel}, as {@code TRAIN} feeds rows: the check that a change of defaults made for a real
 * stream (Elec2) does not cost accuracy on streams with known concepts, stationary and drifting.
 *
 * <p>{@link #PREVIOUS_DEFAULTS} are the defaults the classifiers shipped with before the Elec2
 * work, spelled as options, so a run compares them with today's defaults on the same rows. (The
 * tree leaves' zero-variance density fix of the same change has no option: the forest's "previous"
 * runs include it; {@code docs/benchmarks.md} also lists the previous code's numbers.)
 *
 * <p>Usage: {@code StreamBench [--rows N] [--seed S] [--algorithms a,b,...]}.
 */
public final class StreamBench {
    /** The stream, as (kind, drifting). */
    public record Stream(SyntheticStream.Kind kind, boolean drift) {
        /** A short name such as {@code sea-drift}. */
        public String label() {
            return kind.name().toLowerCase(Locale.ROOT) + (drift ? "-drift" : "-static");
        }
    }

    /** Every generator, stationary and drifting. */
    public static final List<Stream> STREAMS;

    static {
        List<Stream> s = new ArrayList<>();
        for (SyntheticStream.Kind k : SyntheticStream.Kind.values()) {
            s.add(new Stream(k, false));
            s.add(new Stream(k, true));
        }
        STREAMS = List.copyOf(s);
    }

    /** Options that reproduce the defaults shipped before the Elec2 work, per algorithm. */
    public static final Map<String, Map<String, String>> PREVIOUS_DEFAULTS =
            Map.of(
                    "logistic_regression",
                    Map.of("optimizer", "adagrad"),
                    "adaptive_random_forest",
                    Map.of("max_features", "-1", "warning_delta", "0.01", "drift_delta", "0.001"));

    private StreamBench() {}

    /** Prequential accuracy and kappa of one algorithm over {@code rows} examples of a stream. */
    public static ClassificationMetrics run(
            Stream stream, long rows, long seed, String algorithm, Map<String, String> options) {
        SyntheticStream gen = new SyntheticStream(stream.kind(), stream.drift(), rows, seed);
        int d = gen.dimension();
        List<String> names = new ArrayList<>();
        List<FeatureKind> kinds = new ArrayList<>();
        for (int i = 0; i < d; i++) {
            names.add("x" + i);
            kinds.add(FeatureKind.NUMERIC);
        }
        OnlineModel model = OnlineModel.create(algorithm, FeatureSchema.of(names, kinds), options);
        double[] x = new double[d];
        Object[] row = new Object[d];
        for (long n = 0; n < rows; n++) {
            int y = gen.next(x);
            for (int i = 0; i < d; i++) {
                row[i] = x[i];
            }
            model.learn(row, y, 1);
        }
        return model.classificationMetrics();
    }

    public static void main(String[] args) {
        long rows = 100_000;
        long seed = 7;
        List<String> algorithms = List.copyOf(PREVIOUS_DEFAULTS.keySet());
        for (int i = 0; i < args.length; i++) {
            switch (args[i]) {
                case "--rows" -> rows = Long.parseLong(args[++i]);
                case "--seed" -> seed = Long.parseLong(args[++i]);
                case "--algorithms" -> algorithms = List.of(args[++i].split(","));
                default -> throw new IllegalArgumentException("unknown argument " + args[i]);
            }
        }
        System.out.printf(
                Locale.ROOT,
                "%-24s %-18s %14s %14s %8s%n",
                "algorithm",
                "stream",
                "previous acc %",
                "current acc %",
                "change");
        for (String a : algorithms.stream().sorted().toList()) {
            for (Stream s : STREAMS) {
                double before =
                        run(s, rows, seed, a, PREVIOUS_DEFAULTS.getOrDefault(a, Map.of()))
                                .accuracy();
                double after = run(s, rows, seed, a, Map.of()).accuracy();
                System.out.printf(
                        Locale.ROOT,
                        "%-24s %-18s %14.2f %14.2f %+8.2f%n",
                        a,
                        s.label(),
                        100 * before,
                        100 * after,
                        100 * (after - before));
            }
        }
    }
}
