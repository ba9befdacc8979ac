package dev.freshet.ml;

import dev.freshet.ml.model.FeatureVector;
import dev.freshet.ml.model.Rng;
import java.util.ArrayList;
import java.util.List;

/** Seeded synthetic data sets for model tests. */
public final class Synthetic {
    private Synthetic() {}

    /** A labelled example. */
    public record Example(double[] x, double y) {
        public FeatureVector vector() {
            return FeatureVector.of(x);
        }

        public Object[] row() {
            Object[] r = new Object[x.length];
            for (int i = 0; i < x.length; i++) {
                r[i] = x[i];
            }
            return r;
        }
    }

    /** Two linearly separable classes: label 1 iff {@code 2 x0 - x1 + 0.5 > 0}, with a margin. */
    public static List<Example> separable(int n, long seed) {
        Rng rng = new Rng(seed);
        List<Example> out = new ArrayList<>(n);
        while (out.size() < n) {
            double x0 = rng.nextGaussian();
            double x1 = rng.nextGaussian();
            double s = 2 * x0 - x1 + 0.5;
            if (Math.abs(s) < 0.2) {
                continue;
            }
            out.add(new Example(new double[] {x0, x1}, s > 0 ? 1 : 0));
        }
        return out;
    }

    /** {@code y = 3 x + 2 + N(0, noise²)}, x uniform in [-5, 5]. */
    public static List<Example> line(int n, double noise, long seed) {
        Rng rng = new Rng(seed);
        List<Example> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            double x = -5 + 10 * rng.nextDouble();
            out.add(new Example(new double[] {x}, 3 * x + 2 + noise * rng.nextGaussian()));
        }
        return out;
    }

    /** {@code y = 1.5 x0 - 2 x1 + 0.5 x2 + 4 + noise}: three features. */
    public static List<Example> plane(int n, double noise, long seed) {
        Rng rng = new Rng(seed);
        List<Example> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            double[] x = {rng.nextGaussian(), 3 * rng.nextGaussian() + 1, rng.nextDouble() * 10};
            out.add(
                    new Example(
                            x,
                            1.5 * x[0] - 2 * x[1] + 0.5 * x[2] + 4 + noise * rng.nextGaussian()));
        }
        return out;
    }

    /** Centres of the three Gaussian blobs of {@link #blobs}. */
    public static final double[][] BLOB_CENTERS = {{0, 0}, {6, 6}, {-6, 6}};

    /** Three isotropic Gaussian blobs (sd 1) in 2-d, labelled 0, 1, 2, in random order. */
    public static List<Example> blobs(int n, long seed) {
        Rng rng = new Rng(seed);
        List<Example> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            int c = rng.nextInt(3);
            out.add(
                    new Example(
                            new double[] {
                                BLOB_CENTERS[c][0] + rng.nextGaussian(),
                                BLOB_CENTERS[c][1] + rng.nextGaussian()
                            },
                            c));
        }
        return out;
    }

    /**
     * An axis-aligned concept for trees: label 1 iff {@code x0 > 0.5 XOR x1 > 0.3}, features
     * uniform in [0, 1] (three features, the third is noise). With {@code flip} the label is
     * inverted (an abrupt concept change).
     */
    public static List<Example> boxes(int n, long seed, boolean flip) {
        Rng rng = new Rng(seed);
        List<Example> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            double[] x = {rng.nextDouble(), rng.nextDouble(), rng.nextDouble()};
            boolean up = (x[0] > 0.5) ^ (x[1] > 0.3);
            out.add(new Example(x, (up ^ flip) ? 1 : 0));
        }
        return out;
    }

    /** Non-negative count vectors: class c has high counts on features {@code 3c..3c+2}. */
    public static List<Example> counts(int n, long seed) {
        Rng rng = new Rng(seed);
        List<Example> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            int c = rng.nextInt(2);
            double[] x = new double[6];
            for (int j = 0; j < 6; j++) {
                boolean hot = j / 3 == c;
                x[j] = rng.nextPoisson(hot ? 4.0 : 0.5);
            }
            out.add(new Example(x, c));
        }
        return out;
    }
}
