package dev.freshet.ml.anomaly;

import dev.freshet.engine.ir.Retraction;
import dev.freshet.ml.model.AnomalyDetector;
import dev.freshet.ml.model.FeatureVector;
import dev.freshet.ml.model.ModelInput;
import dev.freshet.ml.model.ModelOutput;
import dev.freshet.ml.model.Options;
import java.util.Arrays;

/**
 * Z-score anomaly detection: a weighted Welford mean and variance per feature; a row scores the
 * largest {@code |x_j - mean_j| / sd_j} over its features (features with no variance are skipped).
 * Retraction is {@link Retraction#EXACT}: a delete removes the row from the statistics. Wants raw
 * (unstandardised) inputs.
 */
public final class ZScoreDetector implements AnomalyDetector {
    public static final String NAME = "zscore";

    private final int d;
    private double weight;
    private final double[] mean;
    private final double[] m2;

    public ZScoreDetector(int dimension) {
        this.d = dimension;
        mean = new double[dimension];
        m2 = new double[dimension];
    }

    /** Takes no options beyond the common ones. */
    public static ZScoreDetector create(int dimension, Options options) {
        return new ZScoreDetector(dimension);
    }

    @Override
    public String algorithm() {
        return NAME;
    }

    @Override
    public Retraction retraction() {
        return Retraction.EXACT;
    }

    @Override
    public int dimension() {
        return d;
    }

    @Override
    public void reset() {
        weight = 0;
        Arrays.fill(mean, 0);
        Arrays.fill(m2, 0);
    }

    /** Running mean of feature {@code j}. */
    public double mean(int j) {
        return mean[j];
    }

    /** Running population variance of feature {@code j}. */
    public double variance(int j) {
        return weight > 0 ? m2[j] / weight : 0.0;
    }

    @Override
    public void learn(FeatureVector x, double y, double w) {
        if (w == 0.0) {
            return;
        }
        double nw = weight + w;
        if (nw <= 1e-12 * Math.abs(w)) {
            reset();
            return;
        }
        for (int j = 0; j < d; j++) {
            double xj = x.get(j);
            double delta = xj - mean[j];
            double nm = mean[j] + w * delta / nw;
            m2[j] = Math.max(0.0, m2[j] + w * delta * (xj - nm));
            mean[j] = nm;
        }
        weight = nw;
    }

    @Override
    public double anomalyScore(FeatureVector x) {
        if (weight <= 0) {
            return 0.0;
        }
        double max = 0;
        for (int j = 0; j < d; j++) {
            double var = m2[j] / weight;
            if (var > 1e-300) {
                max = Math.max(max, Math.abs(x.get(j) - mean[j]) / Math.sqrt(var));
            }
        }
        return max;
    }

    @Override
    public void write(ModelOutput out) {
        out.writeInt(d);
        out.writeDouble(weight);
        out.writeDoubles(mean);
        out.writeDoubles(m2);
    }

    public static ZScoreDetector read(ModelInput in) {
        ZScoreDetector z = new ZScoreDetector(in.readSize(1 << 24));
        z.weight = in.readDouble();
        in.readDoublesInto(z.mean);
        in.readDoublesInto(z.m2);
        return z;
    }
}
