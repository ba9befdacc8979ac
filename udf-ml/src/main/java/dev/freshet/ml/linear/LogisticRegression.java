package dev.freshet.ml.linear;

import dev.freshet.engine.ir.Retraction;
import dev.freshet.ml.model.Classifier;
import dev.freshet.ml.model.FeatureVector;
import dev.freshet.ml.model.ModelInput;
import dev.freshet.ml.model.ModelOutput;
import dev.freshet.ml.model.Options;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * Logistic regression trained online: a sigmoid over one weight vector while two classes are known,
 * softmax over one weight vector per class from the third class on (the binary model is the softmax
 * model with class 0's weights fixed at zero, so the switch loses nothing).
 *
 * <p>Optimisers, per coordinate: AdaGrad ({@code w -= lr * g / sqrt(sum g^2)}: it needs no
 * learning-rate schedule, but its steps shrink for ever, so it stops following a concept that
 * drifts), FTRL-proximal (McMahan et al., KDD 2013; {@code l1} gives sparse weights), plain SGD
 * with a constant step, or (the default) a <b>mixture</b> of two experts that see the same rows:
 * the AdaGrad learner ({@code learning_rate}) and a constant-step SGD learner ({@code
 * fast_learning_rate}, its intercept stepping by {@code fast_intercept_learning_rate}, ten times
 * more: on a stream whose class comes in runs the intercept is what follows the run). Predictions
 * are the experts' probabilities weighted by fixed-share weights (Herbster and Warmuth, "Tracking
 * the best expert", 1998): after each row a weight is multiplied by the probability its expert gave
 * the true class and renormalised, then a share {@code mixture_share} is spread evenly, so an
 * expert that was worse for a long time can take over within a few dozen rows once it is better. On
 * a stationary stream the AdaGrad expert wins and the mixture predicts as it does; on a drifting
 * one the fast expert does. The bias is an extra coordinate, not regularised.
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
        SGD,
        /** A fixed-share mixture of an AdaGrad and a constant-step SGD expert (the default). */
        MIXTURE
    }

    /**
     * Hyperparameters.
     *
     * @param optimizer {@code mixture} (default), {@code adagrad}, {@code ftrl} or {@code sgd}
     * @param learningRate AdaGrad step size (also the mixture's AdaGrad expert), FTRL alpha, SGD
     *     step (default 0.1)
     * @param l2 L2 penalty per example (default 1e-5)
     * @param l1 L1 penalty, FTRL only (default 0)
     * @param ftrlBeta FTRL beta, positive (default 1)
     * @param fastLearningRate the mixture's SGD expert: its step on the weights (default 0.2)
     * @param fastInterceptRate the mixture's SGD expert: its step on the intercept (default 2)
     * @param mixtureShare the share of weight spread over the experts after each row, in [0, 1)
     *     (default 1e-4)
     */
    public record Params(
            Optimizer optimizer,
            double learningRate,
            double l2,
            double l1,
            double ftrlBeta,
            double fastLearningRate,
            double fastInterceptRate,
            double mixtureShare) {
        public Params {
            if (!(learningRate > 0)
                    || !(l2 >= 0)
                    || !(l1 >= 0)
                    || !(ftrlBeta > 0)
                    || !(fastLearningRate > 0)
                    || !(fastInterceptRate > 0)
                    || !(mixtureShare >= 0 && mixtureShare < 1)) {
                throw new IllegalArgumentException("bad logistic regression parameters");
            }
        }

        /** One optimiser with the mixture's parameters at their defaults. */
        public Params(
                Optimizer optimizer, double learningRate, double l2, double l1, double ftrlBeta) {
            this(optimizer, learningRate, l2, l1, ftrlBeta, 0.2, 2.0, 1e-4);
        }

        public static Params defaults() {
            return new Params(Optimizer.MIXTURE, 0.1, 1e-5, 0.0, 1.0, 0.2, 2.0, 1e-4);
        }

        /**
         * Reads {@code optimizer, learning_rate, l2, l1, ftrl_beta, fast_learning_rate,
         * fast_intercept_learning_rate, mixture_share}.
         */
        public static Params parse(Options o) {
            Params d = defaults();
            return new Params(
                    o.getEnum("optimizer", d.optimizer, Optimizer.values()),
                    o.getPositive("learning_rate", d.learningRate, 1e6),
                    o.getDouble("l2", d.l2, 0.0, 1e6),
                    o.getDouble("l1", d.l1, 0.0, 1e6),
                    o.getPositive("ftrl_beta", d.ftrlBeta, 1e6),
                    o.getPositive("fast_learning_rate", d.fastLearningRate, 1e6),
                    o.getPositive("fast_intercept_learning_rate", d.fastInterceptRate, 1e6),
                    o.getDouble("mixture_share", d.mixtureShare, 0.0, 0.5));
        }

        void write(ModelOutput out) {
            out.writeByte(optimizer.ordinal());
            out.writeDouble(learningRate);
            out.writeDouble(l2);
            out.writeDouble(l1);
            out.writeDouble(ftrlBeta);
            // Models of the other optimisers keep the layout they had before the mixture existed.
            if (optimizer == Optimizer.MIXTURE) {
                out.writeDouble(fastLearningRate);
                out.writeDouble(fastInterceptRate);
                out.writeDouble(mixtureShare);
            }
        }

        static Params read(ModelInput in) {
            try {
                Optimizer optimizer = in.readEnum(Optimizer.values());
                double lr = in.readDouble();
                double l2 = in.readDouble();
                double l1 = in.readDouble();
                double beta = in.readDouble();
                if (optimizer != Optimizer.MIXTURE) {
                    return new Params(optimizer, lr, l2, l1, beta);
                }
                return new Params(
                        optimizer,
                        lr,
                        l2,
                        l1,
                        beta,
                        in.readDouble(),
                        in.readDouble(),
                        in.readDouble());
            } catch (IllegalArgumentException e) {
                throw ModelInput.corrupt(e.getMessage());
            }
        }

        /** The mixture's experts: AdaGrad at {@code learningRate}, then the fast SGD one. */
        private LogisticRegression[] experts(int dimension) {
            return new LogisticRegression[] {
                new LogisticRegression(
                        dimension,
                        new Params(Optimizer.ADAGRAD, learningRate, l2, l1, ftrlBeta),
                        learningRate),
                new LogisticRegression(
                        dimension,
                        new Params(Optimizer.SGD, fastLearningRate, l2, l1, ftrlBeta),
                        fastInterceptRate)
            };
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
    // SGD's step on the intercept (the learning rate unless this is the mixture's fast expert).
    private final double interceptRate;
    // MIXTURE only: the experts, their weights (summing to 1), a buffer for their probabilities.
    private final LogisticRegression @Nullable [] experts;
    private final double[] mix;
    private double[] expertProba = new double[2];

    public LogisticRegression(int dimension, Params params) {
        this(dimension, params, params.learningRate);
    }

    private LogisticRegression(int dimension, Params params, double interceptRate) {
        this.params = params;
        this.dim = dimension;
        this.stride = dimension + 1;
        this.interceptRate = interceptRate;
        this.experts = params.optimizer == Optimizer.MIXTURE ? params.experts(dimension) : null;
        this.mix = new double[experts == null ? 0 : experts.length];
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
        LogisticRegression[] es = experts;
        if (es != null) {
            for (LogisticRegression e : es) {
                e.reset();
            }
            Arrays.fill(mix, 1.0 / es.length);
        }
    }

    /** Restarts the optimiser's step sizes (AdaGrad, FTRL) and keeps the weights. */
    @Override
    public void restart() {
        LogisticRegression[] es = experts;
        if (es != null) {
            for (LogisticRegression e : es) {
                e.restart();
            }
        } else if (params.optimizer == Optimizer.FTRL) {
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
            expertProba = new double[rows];
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
        LogisticRegression[] es = experts;
        if (es != null) {
            Arrays.fill(out, 0, classes, 0.0);
            for (int k = 0; k < es.length; k++) {
                es[k].predictProba(x, expertProba);
                for (int c = 0; c < classes; c++) {
                    out[c] += mix[k] * expertProba[c];
                }
            }
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
        LogisticRegression[] es = experts;
        if (es != null) {
            grow(label + 1);
            learnMixture(es, x, label, weight);
            return;
        }
        learnOne(x, label, weight);
    }

    /** One gradient step; returns the probability of {@code label} before it (0 if unknown). */
    private double learnOne(FeatureVector x, int label, double weight) {
        grow(label + 1);
        if (classes == 1) {
            return 1.0; // one class: nothing to separate yet
        }
        probabilities(x, scores);
        double p = scores[label];
        if (classes == 2) {
            step(x, 1, weight * (scores[1] - (label == 1 ? 1.0 : 0.0)));
        } else {
            for (int c = 0; c < classes; c++) {
                step(x, c, weight * (scores[c] - (label == c ? 1.0 : 0.0)));
            }
        }
        return p;
    }

    /**
     * Fixed share: each expert's weight times the probability it gave the true class (to the power
     * of the row's weight), renormalised, then {@code mixtureShare} spread evenly; then every
     * expert learns the row. A retraction (negative weight) leaves the mixture weights alone.
     */
    private void learnMixture(LogisticRegression[] es, FeatureVector x, int label, double weight) {
        // The experts grow together: a class new to one is new to all, and then no expert gave
        // it any probability, so the weights stay.
        boolean known = label < es[0].classes && es[0].classes >= 2;
        double total = 0;
        for (int k = 0; k < es.length; k++) {
            double p = es[k].learnOne(x, label, weight); // the probability before the step
            if (known && weight > 0) {
                double q = Math.max(p, 1e-12);
                mix[k] *= weight == 1.0 ? q : Math.pow(q, weight);
            }
            total += mix[k];
        }
        if (known && weight > 0) {
            double share = params.mixtureShare / es.length;
            for (int k = 0; k < es.length; k++) {
                mix[k] = (1.0 - params.mixtureShare) * mix[k] / total + share;
            }
        }
    }

    /** The mixture's current weight of expert {@code k} (0: AdaGrad, 1: fast SGD). */
    public double mixtureWeight(int k) {
        return mix[k];
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
            if (regularise) {
                w[i] -= params.learningRate * (grad + params.l2 * w[i]);
            } else {
                w[i] -= interceptRate * grad;
            }
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

    /**
     * The weights of class {@code c} ({@code dimension()} features, then the bias); for the mixture
     * the experts' weights averaged with the mixture weights.
     */
    public double[] coefficients(int c) {
        double[] out = new double[stride];
        LogisticRegression[] es = experts;
        if (es != null) {
            for (int k = 0; k < es.length; k++) {
                double[] ck = es[k].coefficients(c);
                for (int i = 0; i < stride; i++) {
                    out[i] += mix[k] * ck[i];
                }
            }
            return out;
        }
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
        LogisticRegression[] es = experts;
        if (es != null) {
            out.writeDoubles(mix);
            for (LogisticRegression e : es) {
                out.writeInt(e.classes);
                out.writeDoubles(e.w);
                out.writeDoubles(e.acc);
            }
            return;
        }
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
        LogisticRegression[] es = m.experts;
        if (es != null) {
            double[] mix = in.readDoubles();
            if (mix.length != es.length) {
                throw ModelInput.corrupt("bad logistic regression mixture");
            }
            System.arraycopy(mix, 0, m.mix, 0, mix.length);
            for (LogisticRegression e : es) {
                e.readWeights(in.readInt(), in);
            }
            m.classes = classes;
            m.scores = new double[Math.max(2, classes)];
            m.expertProba = new double[Math.max(2, classes)];
            return m;
        }
        m.readWeights(classes, in);
        return m;
    }

    private void readWeights(int k, ModelInput in) {
        double[] weights = in.readDoubles();
        double[] sums = in.readDoubles();
        if (k < 0 || weights.length != sums.length || weights.length % stride != 0) {
            throw ModelInput.corrupt("bad logistic regression weights");
        }
        classes = k;
        w = weights;
        acc = sums;
        scores = new double[Math.max(2, k)];
        expertProba = new double[Math.max(2, k)];
    }
}
