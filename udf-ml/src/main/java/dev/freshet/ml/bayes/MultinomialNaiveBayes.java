package dev.freshet.ml.bayes;

import dev.freshet.engine.ir.Retraction;
import dev.freshet.ml.model.Classifier;
import dev.freshet.ml.model.FeatureVector;
import dev.freshet.ml.model.ModelInput;
import dev.freshet.ml.model.ModelOutput;
import dev.freshet.ml.model.Options;
import dev.freshet.sql.error.ErrorCode;
import dev.freshet.sql.error.FreshetException;
import java.util.Arrays;

/**
 * Multinomial naive Bayes over non-negative count features (word counts, hashed one-hot text): per
 * class the weight of its rows and the weighted sum of each feature, with additive (Laplace)
 * smoothing {@code alpha}. Counts retract exactly ({@link Retraction#EXACT}). A negative feature
 * value fails with {@link ErrorCode#INVALID_PARAMETER_VALUE}.
 */
public final class MultinomialNaiveBayes implements Classifier {
    public static final String NAME = "multinomial_naive_bayes";

    /**
     * Hyperparameters.
     *
     * @param alpha additive smoothing (default 1)
     */
    public record Params(double alpha) {
        public Params {
            if (!(alpha > 0) || Double.isInfinite(alpha)) {
                throw new IllegalArgumentException("alpha must be positive");
            }
        }

        /** Reads {@code alpha}. */
        public static Params parse(Options o) {
            return new Params(o.getPositive("alpha", 1.0, 1e9));
        }
    }

    private final Params params;
    private final int d;
    private int classes;
    private double[] classWeight = new double[0];
    private double[] featureSum = new double[0]; // [c * d + j]
    private double[] classTotal = new double[0]; // sum over j of featureSum

    public MultinomialNaiveBayes(int dimension, Params params) {
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
        featureSum = new double[0];
        classTotal = new double[0];
    }

    /** The weighted count of feature {@code j} in class {@code c}. */
    public double count(int c, int j) {
        return featureSum[c * d + j];
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
        for (int k = 0; k < x.nnz(); k++) {
            if (x.valueAt(k) < 0) {
                throw new FreshetException(
                        ErrorCode.INVALID_PARAMETER_VALUE,
                        "multinomial naive Bayes needs non-negative features, got " + x.valueAt(k));
            }
        }
        if (c >= classes) {
            classes = c + 1;
            classWeight = Arrays.copyOf(classWeight, classes);
            featureSum = Arrays.copyOf(featureSum, classes * d);
            classTotal = Arrays.copyOf(classTotal, classes);
        }
        classWeight[c] += weight;
        int off = c * d;
        for (int k = 0; k < x.nnz(); k++) {
            double v = weight * x.valueAt(k);
            featureSum[off + x.index(k)] += v;
            classTotal[c] += v;
        }
    }

    @Override
    public void predictProba(FeatureVector x, double[] out) {
        if (classes == 0) {
            return;
        }
        double total = 0;
        for (int c = 0; c < classes; c++) {
            total += Math.max(0, classWeight[c]);
        }
        if (total <= 0) {
            Arrays.fill(out, 0, classes, 1.0 / classes);
            return;
        }
        double best = Double.NEGATIVE_INFINITY;
        for (int c = 0; c < classes; c++) {
            if (classWeight[c] <= 1e-12) {
                out[c] = Double.NEGATIVE_INFINITY;
                continue;
            }
            double logp = Math.log(classWeight[c] / total);
            double denom = Math.log(classTotal[c] + params.alpha * d);
            int off = c * d;
            for (int k = 0; k < x.nnz(); k++) {
                double v = x.valueAt(k);
                if (v != 0) {
                    logp += v * (Math.log(featureSum[off + x.index(k)] + params.alpha) - denom);
                }
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
        out.writeDouble(params.alpha);
        out.writeInt(d);
        out.writeInt(classes);
        out.writeDoubles(classWeight);
        out.writeDoubles(featureSum);
        out.writeDoubles(classTotal);
    }

    public static MultinomialNaiveBayes read(ModelInput in) {
        double alpha = in.readDouble();
        int d = in.readSize(1 << 24);
        MultinomialNaiveBayes m;
        try {
            m = new MultinomialNaiveBayes(d, new Params(alpha));
        } catch (IllegalArgumentException e) {
            throw ModelInput.corrupt(e.getMessage());
        }
        m.classes = in.readSize(1 << 20);
        m.classWeight = in.readDoubles();
        m.featureSum = in.readDoubles();
        m.classTotal = in.readDoubles();
        if (m.classWeight.length != m.classes
                || m.featureSum.length != m.classes * d
                || m.classTotal.length != m.classes) {
            throw ModelInput.corrupt("bad naive Bayes counts");
        }
        return m;
    }
}
