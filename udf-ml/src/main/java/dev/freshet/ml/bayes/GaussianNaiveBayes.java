package dev.freshet.ml.bayes;

import dev.freshet.engine.ir.Retraction;
import dev.freshet.ml.model.Classifier;
import dev.freshet.ml.model.FeatureVector;
import dev.freshet.ml.model.ModelInput;
import dev.freshet.ml.model.ModelOutput;
import dev.freshet.ml.model.Options;
import java.util.Arrays;

/**
 * Gaussian naive Bayes: per class, the weight of its rows and a weighted Welford mean and variance
 * per feature; a prediction multiplies the class prior by one normal density per feature. A
 * negative weight removes a row from the same statistics, so the model after deletes equals one
 * trained on the remaining rows ({@link Retraction#EXACT}, up to rounding).
 *
 * <p>Variances get {@code var_smoothing ×} the largest feature variance added (as scikit-learn
 * does), so a feature that is constant within a class does not make a zero density.
 */
public final class GaussianNaiveBayes implements Classifier {
    public static final String NAME = "gaussian_naive_bayes";

    /**
     * Hyperparameters.
     *
     * @param varSmoothing fraction of the largest variance added to every variance (1e-9)
     */
    public record Params(double varSmoothing) {
        public Params {
            if (!(varSmoothing >= 0) || Double.isInfinite(varSmoothing)) {
                throw new IllegalArgumentException("var_smoothing must be >= 0");
            }
        }

        /** Reads {@code var_smoothing}. */
        public static Params parse(Options o) {
            return new Params(o.getDouble("var_smoothing", 1e-9, 0.0, 1.0));
        }
    }

    private final Params params;
    private final int d;
    private int classes;
    private double[] classWeight = new double[0];
    private double[] mean = new double[0]; // [c * d + j]
    private double[] m2 = new double[0];

    public GaussianNaiveBayes(int dimension, Params params) {
        this.params = params;
        this.d = dimension;
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
    public int classCount() {
        return classes;
    }

    @Override
    public void reset() {
        classes = 0;
        classWeight = new double[0];
        mean = new double[0];
        m2 = new double[0];
    }

    /** Weight of class {@code c}'s rows. */
    public double classWeight(int c) {
        return classWeight[c];
    }

    /** Mean of feature {@code j} in class {@code c}. */
    public double mean(int c, int j) {
        return mean[c * d + j];
    }

    /** Population variance of feature {@code j} in class {@code c}. */
    public double variance(int c, int j) {
        return classWeight[c] > 0 ? m2[c * d + j] / classWeight[c] : 0.0;
    }

    @Override
    public void learn(FeatureVector x, double y, double weight) {
        if (weight == 0.0) {
            return;
        }
        int c = (int) y;
        if (c < 0 || c != y) {
            throw new IllegalArgumentException("class index expected: " + y);
        }
        if (c >= classes) {
            classes = c + 1;
            classWeight = Arrays.copyOf(classWeight, classes);
            mean = Arrays.copyOf(mean, classes * d);
            m2 = Arrays.copyOf(m2, classes * d);
        }
        double w = classWeight[c] + weight;
        int off = c * d;
        if (w <= 1e-12 * Math.abs(weight)) {
            classWeight[c] = 0;
            Arrays.fill(mean, off, off + d, 0.0);
            Arrays.fill(m2, off, off + d, 0.0);
            return;
        }
        for (int j = 0; j < d; j++) {
            double xj = x.get(j);
            double delta = xj - mean[off + j];
            double newMean = mean[off + j] + weight * delta / w;
            m2[off + j] = Math.max(0.0, m2[off + j] + weight * delta * (xj - newMean));
            mean[off + j] = newMean;
        }
        classWeight[c] = w;
    }

    @Override
    public void predictProba(FeatureVector x, double[] out) {
        if (classes == 0) {
            return;
        }
        double total = 0;
        double maxVar = 0;
        for (int c = 0; c < classes; c++) {
            total += classWeight[c];
            for (int j = 0; j < d; j++) {
                maxVar = Math.max(maxVar, variance(c, j));
            }
        }
        if (total <= 0) {
            Arrays.fill(out, 0, classes, 1.0 / classes);
            return;
        }
        double eps = params.varSmoothing * maxVar + 1e-300;
        double best = Double.NEGATIVE_INFINITY;
        for (int c = 0; c < classes; c++) {
            if (classWeight[c] <= 0) {
                out[c] = Double.NEGATIVE_INFINITY;
                continue;
            }
            double logp = Math.log(classWeight[c] / total);
            int off = c * d;
            for (int j = 0; j < d; j++) {
                double var = m2[off + j] / classWeight[c] + eps;
                double diff = x.get(j) - mean[off + j];
                logp -= 0.5 * (Math.log(2 * Math.PI * var) + diff * diff / var);
            }
            out[c] = logp;
            best = Math.max(best, logp);
        }
        double sum = 0;
        for (int c = 0; c < classes; c++) {
            out[c] = Math.exp(out[c] - best);
            sum += out[c];
        }
        for (int c = 0; c < classes; c++) {
            out[c] /= sum;
        }
    }

    @Override
    public void write(ModelOutput out) {
        out.writeDouble(params.varSmoothing);
        out.writeInt(d);
        out.writeInt(classes);
        out.writeDoubles(classWeight);
        out.writeDoubles(mean);
        out.writeDoubles(m2);
    }

    public static GaussianNaiveBayes read(ModelInput in) {
        double smoothing = in.readDouble();
        int d = in.readSize(1 << 24);
        GaussianNaiveBayes m;
        try {
            m = new GaussianNaiveBayes(d, new Params(smoothing));
        } catch (IllegalArgumentException e) {
            throw ModelInput.corrupt(e.getMessage());
        }
        m.classes = in.readSize(1 << 20);
        m.classWeight = in.readDoubles();
        m.mean = in.readDoubles();
        m.m2 = in.readDoubles();
        if (m.classWeight.length != m.classes
                || m.mean.length != m.classes * d
                || m.m2.length != m.classes * d) {
            throw ModelInput.corrupt("bad naive Bayes statistics");
        }
        return m;
    }
}
