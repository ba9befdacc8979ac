package dev.freshet.ml.eval;

import dev.freshet.engine.ir.Retraction;
import dev.freshet.ml.model.ModelInput;
import dev.freshet.ml.model.ModelOutput;
import org.jspecify.annotations.Nullable;

/**
 * {@code rmse(label, prediction)} as an aggregate: root mean squared error, exact under retraction
 * (weighted sums). Rows where either value is NULL are ignored.
 */
public final class RmseMetric {
    private final RegressionMetrics sums;

    public RmseMetric() {
        this(new RegressionMetrics());
    }

    private RmseMetric(RegressionMetrics sums) {
        this.sums = sums;
    }

    public static Retraction retraction() {
        return Retraction.EXACT;
    }

    /** Adds or retracts one row. */
    public void add(@Nullable Double label, @Nullable Double prediction, double weight) {
        if (label == null || prediction == null) {
            return;
        }
        sums.add(label, prediction, weight);
    }

    /** The RMSE, or {@code null} when no rows remain. */
    public @Nullable Double result() {
        return sums.count() <= 0 ? null : sums.rmse();
    }

    public void write(ModelOutput out) {
        sums.write(out);
    }

    public static RmseMetric read(ModelInput in) {
        return new RmseMetric(RegressionMetrics.read(in));
    }
}
