package dev.freshet.ml.eval;

import dev.freshet.engine.ir.Retraction;
import dev.freshet.ml.model.ModelInput;
import dev.freshet.ml.model.ModelOutput;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * {@code auc(label, score)} as an aggregate: the exact area under the ROC curve of binary labels
 * against scores (ties count one half), i.e. the probability that a random positive scores above a
 * random negative. Keeps the weight of positives and negatives per distinct score in a sorted map,
 * so retraction is exact but the state grows with the number of distinct scores ({@link
 * Retraction#NEEDS_INPUT}); {@link #result} walks the map once.
 */
public final class AucMetric {
    private final TreeMap<Double, double[]> byScore = new TreeMap<>();

    public static Retraction retraction() {
        return Retraction.NEEDS_INPUT;
    }

    /** Adds or retracts one row; NULLs are ignored. */
    public void add(@Nullable Boolean positive, @Nullable Double score, double weight) {
        if (positive == null || score == null || score.isNaN()) {
            return;
        }
        double key = score == 0.0 ? 0.0 : score; // -0.0 and 0.0 are one score
        double[] w = byScore.computeIfAbsent(key, k -> new double[2]);
        w[positive ? 1 : 0] += weight;
        if (Math.abs(w[0]) < 1e-12 && Math.abs(w[1]) < 1e-12) {
            byScore.remove(key);
        }
    }

    /** The AUC, or {@code null} unless both classes are present. */
    public @Nullable Double result() {
        double negBelow = 0;
        double pos = 0;
        double neg = 0;
        double area = 0;
        for (double[] w : byScore.values()) {
            area += w[1] * (negBelow + 0.5 * w[0]);
            negBelow += w[0];
            pos += w[1];
            neg += w[0];
        }
        if (pos <= 0 || neg <= 0) {
            return null;
        }
        return area / (pos * neg);
    }

    public void write(ModelOutput out) {
        out.writeInt(byScore.size());
        for (Map.Entry<Double, double[]> e : byScore.entrySet()) {
            out.writeDouble(e.getKey());
            out.writeDouble(e.getValue()[0]);
            out.writeDouble(e.getValue()[1]);
        }
    }

    public static AucMetric read(ModelInput in) {
        AucMetric m = new AucMetric();
        int n = in.readCount();
        for (int i = 0; i < n; i++) {
            m.byScore.put(in.readDouble(), new double[] {in.readDouble(), in.readDouble()});
        }
        return m;
    }
}
