package dev.freshet.ml.eval;

import dev.freshet.engine.ir.Retraction;
import dev.freshet.ml.model.ModelInput;
import dev.freshet.ml.model.ModelOutput;
import java.util.Arrays;

/**
 * Weighted confusion matrix and log-loss of a classifier: accuracy, Cohen's kappa and mean
 * log-loss. Exact under retraction (a negative weight subtracts exactly what its positive twin
 * added). Classes grow as they appear.
 */
public final class ClassificationMetrics {
    /** Probabilities are clamped to {@code [EPS, 1 - EPS]} before the logarithm. */
    public static final double EPS = 1e-15;

    private int classes;
    private double[] confusion = new double[0]; // [truth * classes + predicted]
    private double total;
    private double logLossSum;

    public Retraction retraction() {
        return Retraction.EXACT;
    }

    /**
     * Records one prediction.
     *
     * @param truth the true class
     * @param predicted the predicted class
     * @param probabilityOfTruth the predicted probability of the true class (for log-loss)
     * @param weight positive to add, negative to retract
     */
    public void add(int truth, int predicted, double probabilityOfTruth, double weight) {
        grow(Math.max(truth, predicted) + 1);
        confusion[truth * classes + predicted] += weight;
        total += weight;
        double p = Math.min(1 - EPS, Math.max(EPS, probabilityOfTruth));
        logLossSum -= weight * Math.log(p);
    }

    private void grow(int k) {
        if (k <= classes) {
            return;
        }
        double[] next = new double[k * k];
        for (int t = 0; t < classes; t++) {
            System.arraycopy(confusion, t * classes, next, t * k, classes);
        }
        confusion = next;
        classes = k;
    }

    /** Total weight recorded. */
    public double count() {
        return total;
    }

    /** Fraction correct (0 when empty). */
    public double accuracy() {
        if (total <= 0) {
            return 0.0;
        }
        double correct = 0;
        for (int c = 0; c < classes; c++) {
            correct += confusion[c * classes + c];
        }
        return correct / total;
    }

    /**
     * Cohen's kappa: {@code (p0 - pe) / (1 - pe)} with {@code pe} the agreement expected by chance
     * from the marginals (0 when {@code pe} is 1 or when empty).
     */
    public double kappa() {
        if (total <= 0) {
            return 0.0;
        }
        double p0 = accuracy();
        double pe = 0;
        for (int c = 0; c < classes; c++) {
            double row = 0;
            double col = 0;
            for (int k = 0; k < classes; k++) {
                row += confusion[c * classes + k];
                col += confusion[k * classes + c];
            }
            pe += (row / total) * (col / total);
        }
        return pe >= 1.0 ? 0.0 : (p0 - pe) / (1.0 - pe);
    }

    /** Mean log-loss (0 when empty). */
    public double logLoss() {
        return total <= 0 ? 0.0 : logLossSum / total;
    }

    /** Forgets everything. */
    public void reset() {
        classes = 0;
        confusion = new double[0];
        total = 0;
        logLossSum = 0;
    }

    public void write(ModelOutput out) {
        out.writeInt(classes);
        out.writeDoubles(confusion);
        out.writeDouble(total);
        out.writeDouble(logLossSum);
    }

    public static ClassificationMetrics read(ModelInput in) {
        ClassificationMetrics m = new ClassificationMetrics();
        m.classes = in.readInt();
        m.confusion = in.readDoubles();
        if (m.classes < 0 || m.confusion.length != m.classes * m.classes) {
            throw ModelInput.corrupt("bad confusion matrix");
        }
        m.total = in.readDouble();
        m.logLossSum = in.readDouble();
        return m;
    }

    @Override
    public String toString() {
        return "accuracy=" + accuracy() + " kappa=" + kappa() + " " + Arrays.toString(confusion);
    }
}
