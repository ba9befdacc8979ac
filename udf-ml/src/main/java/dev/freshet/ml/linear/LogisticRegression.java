package dev.freshet.ml.linear;

import dev.freshet.engine.ir.Retraction;
import dev.freshet.ml.model.Classifier;
import dev.freshet.ml.model.FeatureVector;
import dev.freshet.ml.model.ModelInput;
import dev.freshet.ml.model.ModelOutput;
import dev.freshet.ml.model.Options;
import java.util.Arrays;

/**
 * Logistic regression trained online: a sigmoid over one weight vector while two classes are known,
 * softmax over one weight vector per class from the third class on (the binary model is the softmax
 * model with class 0's weights fixed at zero, so the switch loses nothing).
 *
 * <p>Optimisers, per coordinate: AdaGrad ({@code w -= lr * g / sqrt(sum g^2)}, the default: it
 * needs no learning-rate schedule) or FTRL-proximal (McMahan et al., KDD 2013; {@code l1} gives
 * sparse weights). The bias is an extra coordinate, not regularised.
 *
 * <p>Retraction is {@link Retraction#APPROXIMATE}: a negative weight takes a gradient step in the
 * opposite direction, which does not restore the earlier weights exactly.
 */
public final class LogisticRegression implements Classifier {
    /** Registry name. */
    public static final String NAME = "logistic_regression";

    /** The optimiser. */
    public enum Optimizer {
        ADAGRAD,
        FTRL,
        /** Plain SGD with a constant step: never stops adapting, for drifting streams. */
        SGD
    }

    /**
     * Hyperparameters.
     *
     * @param optimizer {@code adagrad} (default) or {@code ftrl}
     * @param learningRate AdaGrad step size, FTRL alpha (default 0.1)
     * @param l2 L2 penalty per example (default 1e-5)
     * @param l1 L1 penalty, FTRL only (default 0)
     * @param ftrlBeta FTRL beta, positive (default 1)
     */
    public record Params(
            Optimizer optimizer, double learningRate, double l2, double l1, double ftrlBeta) {
        public Params {
            if (!(learningRate > 0) || !(l2 >= 0) || !(l1 >= 0) || !(ftrlBeta > 0)) {
                throw new IllegalArgumentException("bad logistic regression parameters");
            }
        }

        public static Params defaults() {
            return new Params(Optimizer.ADAGRAD, 0.1, 1e-5, 0.0, 1.0);
        }

        /** Reads {@code optimizer, learning_rate, l2, l1, ftrl_beta}. */
        public static Params parse(Options o) {
            Params d = defaults();
            return new Params(
                    o.getEnum("optimizer", d.optimizer, Optimizer.values()),
                    o.getPositive("learning_rate", d.learningRate, 1e6),
                    o.getDouble("l2", d.l2, 0.0, 1e6),
                    o.getDouble("l1", d.l1, 0.0, 1e6),
                    o.getPositive("ftrl_beta", d.ftrlBeta, 1e6));
        }

        void write(ModelOutput out) {
            out.writeByte(optimizer.ordinal());
            out.writeDouble(learningRate);
            out.writeDouble(l2);
            out.writeDouble(l1);
            out.writeDouble(ftrlBeta);
        }

        static Params read(ModelInput in) {
            try {
                return new Params(
                        in.readEnum(Optimizer.values()),
                        in.readDouble(),
                        in.readDouble(),
                        in.readDouble(),
                        in.readDouble());
            } catch (IllegalArgumentException e) {
                throw ModelInput.corrupt(e.getMessage());
            }
        }
    }

    private static final double ADAGRAD_EPS = 1e-8;

    private final Params params;
    private final int dim;
    private final int stride; // dim + 1 (bias last)
    private int classes;
    // Row c holds class c's weights (AdaGrad) or FTRL's z; acc holds sum of squared gradients.
    private double[] w;
    private double[] acc;
    private double[] scores;

    public LogisticRegression(int dimension, Params params) {
        this.params = params;
        this.dim = dimension;
        this.stride = dimension + 1;
        reset();
    }

    @Override
    public String algorithm() {
        return NAME;
    }

    @Override
    public Retraction retraction() {
        return Retraction.APPROXIMATE;
    }

    @Override
    public int dimension() {
        return dim;
    }

    @Override
    public int classCount() {
        return classes;
    }

    public Params params() {
        return params;
    }

    @Override
    public void reset() {
        classes = 0;
        w = new double[0];
        acc = new double[0];
        scores = new double[2];
    }

    /** Restarts the optimiser's step sizes (AdaGrad, FTRL) and keeps the weights. */
    @Override
    public void restart() {
        if (params.optimizer == Optimizer.FTRL) {
            // FTRL's weights are a function of z and n: fold the current weights into z with n = 0.
            for (int i = 0; i < w.length; i++) {
                double wi = weight(i);
                acc[i] = 0;
                w[i] =
                        wi == 0.0
                                ? 0.0
                                : -wi * (params.ftrlBeta / params.learningRate + params.l2)
                                        - Math.signum(wi) * params.l1;
            }
        } else {
            Arrays.fill(acc, 0.0);
        }
    }

    private void grow(int k) {
        if (k <= classes) {
            return;
        }
        int rows = Math.max(k, 2);
        if (rows * stride > w.length) {
            w = Arrays.copyOf(w, rows * stride);
            acc = Arrays.copyOf(acc, rows * stride);
        }
        if (scores.length < rows) {
            scores = new double[rows];
        }
        classes = k;
    }

    /** The effective weight of row coordinate {@code i} (FTRL computes it from z and n). */
    private double weight(int i) {
        if (params.optimizer != Optimizer.FTRL) {
            return w[i];
        }
        double z = w[i];
        if (Math.abs(z) <= params.l1) {
            return 0.0;
        }
        double n = acc[i];
        return -(z - Math.signum(z) * params.l1)
                / ((params.ftrlBeta + Math.sqrt(n)) / params.learningRate + params.l2);
    }

    private double score(FeatureVector x, int c) {
        int off = c * stride;
        if (params.optimizer != Optimizer.FTRL) {
            return x.dot(w, off) + w[off + dim];
        }
        double s = weight(off + dim);
        for (int k = 0; k < x.nnz(); k++) {
            s += weight(off + x.index(k)) * x.valueAt(k);
        }
        return s;
    }

    /** Fills {@code out[0..rows)} with class probabilities; returns the number of rows. */
    private void probabilities(FeatureVector x, double[] out) {
        if (classes <= 2) {
            double z = score(x, 1);
            double p1 = z >= 0 ? 1.0 / (1.0 + Math.exp(-z)) : Math.exp(z) / (1.0 + Math.exp(z));
            out[0] = 1.0 - p1;
            out[1] = p1;
            return;
        }
        double max = Double.NEGATIVE_INFINITY;
        for (int c = 0; c < classes; c++) {
            out[c] = score(x, c);
            max = Math.max(max, out[c]);
        }
        double sum = 0;
        for (int c = 0; c < classes; c++) {
            out[c] = Math.exp(out[c] - max);
            sum += out[c];
        }
        for (int c = 0; c < classes; c++) {
            out[c] /= sum;
        }
    }

    @Override
    public void predictProba(FeatureVector x, double[] out) {
        if (classes == 0) {
            return;
        }
        if (classes == 1) {
            out[0] = 1.0;
            return;
        }
        probabilities(x, out);
    }

    @Override
    public void learn(FeatureVector x, double y, double weight) {
        if (weight == 0.0) {
            return;
        }
        int label = (int) y;
        if (label < 0 || label != y) {
            throw new IllegalArgumentException("class index expected: " + y);
        }
        grow(label + 1);
        if (classes == 1) {
            return; // one class: nothing to separate yet
        }
        probabilities(x, scores);
        if (classes == 2) {
            step(x, 1, weight * (scores[1] - (label == 1 ? 1.0 : 0.0)));
        } else {
            for (int c = 0; c < classes; c++) {
                step(x, c, weight * (scores[c] - (label == c ? 1.0 : 0.0)));
            }
        }
    }

    /** One optimiser step on row {@code c} for the loss gradient {@code g * x} (plus L2). */
    private void step(FeatureVector x, int c, double g) {
        int off = c * stride;
        for (int k = 0; k < x.nnz(); k++) {
            int i = off + x.index(k);
            update(i, g * x.valueAt(k), true);
        }
        update(off + dim, g, false);
    }

    private void update(int i, double grad, boolean regularise) {
        if (params.optimizer == Optimizer.SGD) {
            double gi = regularise ? grad + params.l2 * w[i] : grad;
            w[i] -= params.learningRate * gi;
        } else if (params.optimizer == Optimizer.ADAGRAD) {
            double gi = regularise ? grad + params.l2 * w[i] : grad;
            acc[i] += gi * gi;
            w[i] -= params.learningRate * gi / (Math.sqrt(acc[i]) + ADAGRAD_EPS);
        } else {
            double wi = weight(i);
            double n = acc[i];
            double sigma = (Math.sqrt(n + grad * grad) - Math.sqrt(n)) / params.learningRate;
            w[i] += grad - sigma * wi;
            acc[i] = n + grad * grad;
        }
    }

    /** The weights of class {@code c} ({@code dimension()} features, then the bias). */
    public double[] coefficients(int c) {
        double[] out = new double[stride];
        for (int i = 0; i < stride; i++) {
            out[i] = c * stride + i < w.length ? weight(c * stride + i) : 0.0;
        }
        return out;
    }

    @Override
    public void write(ModelOutput out) {
        params.write(out);
        out.writeInt(dim);
        out.writeInt(classes);
        out.writeDoubles(w);
        out.writeDoubles(acc);
    }

    /** Reads a model written by {@link #write}. */
    public static LogisticRegression read(ModelInput in) {
        Params p = Params.read(in);
        int dim = in.readInt();
        if (dim < 0) {
            throw ModelInput.corrupt("bad dimension");
        }
        LogisticRegression m = new LogisticRegression(dim, p);
        int classes = in.readInt();
        double[] w = in.readDoubles();
        double[] acc = in.readDoubles();
        if (classes < 0 || w.length != acc.length || w.length % (dim + 1) != 0) {
            throw ModelInput.corrupt("bad logistic regression weights");
        }
        m.classes = classes;
        m.w = w;
        m.acc = acc;
        m.scores = new double[Math.max(2, classes)];
        return m;
    }
}
