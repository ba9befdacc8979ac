package dev.freshet.ml.cluster;

import dev.freshet.engine.ir.Retraction;
import dev.freshet.ml.model.Clusterer;
import dev.freshet.ml.model.FeatureVector;
import dev.freshet.ml.model.Model;
import dev.freshet.ml.model.ModelInput;
import dev.freshet.ml.model.ModelOutput;
import dev.freshet.ml.model.Options;
import java.util.Arrays;

/**
 * Sequential k-means (MacQueen, 1967): the first {@code k} distinct rows become the centres; each
 * later row moves its nearest centre towards it by {@code w / n_c} (the centre stays the mean of
 * its rows), or by a constant rate {@code learning_rate} when one is given, so the centres follow a
 * drifting stream. Append-only: assignments depend on the order of rows.
 */
public final class OnlineKMeans implements Clusterer {
    public static final String NAME = "kmeans";

    /**
     * Hyperparameters.
     *
     * @param k number of clusters (3)
     * @param learningRate 0 for running means (default); in (0, 1] for a constant step
     */
    public record Params(int k, double learningRate) {
        public Params {
            if (k < 1 || !(learningRate >= 0 && learningRate <= 1)) {
                throw new IllegalArgumentException("bad k-means parameters");
            }
        }

        /** Reads {@code k} and {@code learning_rate}. */
        public static Params parse(Options o) {
            return new Params(o.getInt("k", 3, 1, 100_000), o.getDouble("learning_rate", 0, 0, 1));
        }
    }

    private final Params params;
    private final int d;
    private int defined;
    private final double[] centers; // k * d
    private final double[] counts;

    public OnlineKMeans(int dimension, Params params) {
        this.params = params;
        this.d = dimension;
        this.centers = new double[params.k * dimension];
        this.counts = new double[params.k];
    }

    @Override
    public String algorithm() {
        return NAME;
    }

    @Override
    public Retraction retraction() {
        return Retraction.APPEND_ONLY;
    }

    @Override
    public int dimension() {
        return d;
    }

    @Override
    public int clusterCount() {
        return defined;
    }

    @Override
    public double[] center(int c) {
        return Arrays.copyOfRange(centers, c * d, (c + 1) * d);
    }

    /** Weight of rows assigned to cluster {@code c}. */
    public double weight(int c) {
        return counts[c];
    }

    @Override
    public void reset() {
        defined = 0;
        Arrays.fill(centers, 0);
        Arrays.fill(counts, 0);
    }

    private double distance2(FeatureVector x, int c) {
        double s = 0;
        int off = c * d;
        for (int j = 0; j < d; j++) {
            double diff = x.get(j) - centers[off + j];
            s += diff * diff;
        }
        return s;
    }

    @Override
    public int cluster(FeatureVector x) {
        int best = 0;
        double bestD = Double.POSITIVE_INFINITY;
        for (int c = 0; c < defined; c++) {
            double dist = distance2(x, c);
            if (dist < bestD) {
                bestD = dist;
                best = c;
            }
        }
        return best;
    }

    /** Euclidean distance from {@code x} to its nearest centre (infinite before any learning). */
    public double distance(FeatureVector x) {
        return defined == 0 ? Double.POSITIVE_INFINITY : Math.sqrt(distance2(x, cluster(x)));
    }

    @Override
    public void learn(FeatureVector x, double y, double weight) {
        if (!Model.requirePositive(NAME, weight)) {
            return;
        }
        if (defined < params.k) {
            boolean duplicate = false;
            for (int c = 0; c < defined && !duplicate; c++) {
                duplicate = distance2(x, c) == 0.0;
            }
            if (!duplicate) {
                int off = defined * d;
                for (int j = 0; j < d; j++) {
                    centers[off + j] = x.get(j);
                }
                counts[defined++] = weight;
                return;
            }
        }
        int c = cluster(x);
        counts[c] += weight;
        double rate =
                params.learningRate > 0
                        ? Math.min(1.0, params.learningRate * weight)
                        : weight / counts[c];
        int off = c * d;
        for (int j = 0; j < d; j++) {
            centers[off + j] += rate * (x.get(j) - centers[off + j]);
        }
    }

    @Override
    public void write(ModelOutput out) {
        out.writeInt(params.k);
        out.writeDouble(params.learningRate);
        out.writeInt(d);
        out.writeInt(defined);
        out.writeDoubles(centers);
        out.writeDoubles(counts);
    }

    public static OnlineKMeans read(ModelInput in) {
        int k = in.readInt();
        double lr = in.readDouble();
        int d = in.readSize(1 << 24);
        OnlineKMeans m;
        try {
            m = new OnlineKMeans(d, new Params(k, lr));
        } catch (IllegalArgumentException e) {
            throw ModelInput.corrupt(e.getMessage());
        }
        m.defined = in.readSize(k);
        in.readDoublesInto(m.centers);
        in.readDoublesInto(m.counts);
        return m;
    }
}
