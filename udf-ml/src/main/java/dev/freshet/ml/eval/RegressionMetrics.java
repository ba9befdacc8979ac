package dev.freshet.ml.eval;

import dev.freshet.engine.ir.Retraction;
import dev.freshet.ml.model.ModelInput;
import dev.freshet.ml.model.ModelOutput;

/** Weighted RMSE and MAE of a regressor's predictions; exact under retraction. */
public final class RegressionMetrics {
    private double weight;
    private double squaredErrorSum;
    private double absoluteErrorSum;

    public Retraction retraction() {
        return Retraction.EXACT;
    }

    /** Records one prediction; a negative weight retracts. */
    public void add(double truth, double predicted, double w) {
        double e = truth - predicted;
        weight += w;
        squaredErrorSum += w * e * e;
        absoluteErrorSum += w * Math.abs(e);
    }

    public double count() {
        return weight;
    }

    /** Root mean squared error (0 when empty). */
    public double rmse() {
        return weight <= 0 ? 0.0 : Math.sqrt(Math.max(0.0, squaredErrorSum / weight));
    }

    /** Mean absolute error (0 when empty). */
    public double mae() {
        return weight <= 0 ? 0.0 : absoluteErrorSum / weight;
    }

    public void reset() {
        weight = 0;
        squaredErrorSum = 0;
        absoluteErrorSum = 0;
    }

    public void write(ModelOutput out) {
        out.writeDouble(weight);
        out.writeDouble(squaredErrorSum);
        out.writeDouble(absoluteErrorSum);
    }

    public static RegressionMetrics read(ModelInput in) {
        RegressionMetrics m = new RegressionMetrics();
        m.weight = in.readDouble();
        m.squaredErrorSum = in.readDouble();
        m.absoluteErrorSum = in.readDouble();
        return m;
    }
}
