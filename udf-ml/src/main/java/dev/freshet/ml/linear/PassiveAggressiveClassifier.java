package dev.freshet.ml.linear;

import dev.freshet.engine.ir.Retraction;
import dev.freshet.ml.model.Classifier;
import dev.freshet.ml.model.FeatureVector;
import dev.freshet.ml.model.ModelInput;
import dev.freshet.ml.model.ModelOutput;
import dev.freshet.ml.model.Options;
import java.util.Arrays;

/**
 * Passive-aggressive classification, PA-I (Crammer et al., JMLR 2006), in its multiclass form: one
 * weight vector per class (plus a bias); on a hinge-loss violation between the true class and the
 * best wrong class, both move by {@code tau = min(C·w, loss / (2‖x‖²))}. With two classes this is
 * binary PA-I. Probabilities are a softmax of the scores (PA is not a probabilistic model).
 *
 * <p>Retraction is {@link Retraction#APPROXIMATE}: a negative weight moves the same vectors the
 * other way.
 */
public final class PassiveAggressiveClassifier implements Classifier {
    public static final String NAME = "passive_aggressive_classifier";

    /**
     * Hyperparameters.
     *
     * @param c aggressiveness: the largest step (default 1)
     */
    public record Params(double c) {
        public Params {
            if (!(c > 0) || Double.isInfinite(c)) {
                throw new IllegalArgumentException("C must be positive");
            }
        }

        /** Reads {@code c}. */
        public static Params parse(Options o) {
            return new Params(o.getPositive("c", 1.0, 1e9));
        }
    }

    private final Params params;
    private final int dim;
    private final int stride;
    private int classes;
    private double[] w = new double[0];
    private double[] scores = new double[2];

    public PassiveAggressiveClassifier(int dimension, Params params) {
        this.params = params;
        this.dim = dimension;
        this.stride = dimension + 1;
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

    @Override
    public void reset() {
        classes = 0;
        w = new double[0];
    }

    private double score(FeatureVector x, int c) {
        return x.dot(w, c * stride) + w[c * stride + dim];
    }

    @Override
    public void predictProba(FeatureVector x, double[] out) {
        if (classes == 0) {
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
    public void learn(FeatureVector x, double y, double weight) {
        if (weight == 0.0) {
            return;
        }
        int label = (int) y;
        if (label < 0 || label != y) {
            throw new IllegalArgumentException("class index expected: " + y);
        }
        if (label >= classes) {
            w = Arrays.copyOf(w, (label + 1) * stride);
            classes = label + 1;
            if (scores.length < classes) {
                scores = new double[classes];
            }
        }
        if (classes < 2) {
            return;
        }
        int rival = -1;
        double best = Double.NEGATIVE_INFINITY;
        for (int c = 0; c < classes; c++) {
            scores[c] = score(x, c);
            if (c != label && scores[c] > best) {
                best = scores[c];
                rival = c;
            }
        }
        double loss = 1.0 - (scores[label] - best);
        if (loss <= 0) {
            return;
        }
        double norm = 2.0 * (x.squaredNorm() + 1.0);
        double tau = Math.min(params.c * Math.abs(weight), loss / norm) * Math.signum(weight);
        x.addTo(w, label * stride, tau);
        w[label * stride + dim] += tau;
        x.addTo(w, rival * stride, -tau);
        w[rival * stride + dim] -= tau;
    }

    @Override
    public void write(ModelOutput out) {
        out.writeDouble(params.c);
        out.writeInt(dim);
        out.writeInt(classes);
        out.writeDoubles(w);
    }

    public static PassiveAggressiveClassifier read(ModelInput in) {
        double c = in.readDouble();
        int dim = in.readSize(Integer.MAX_VALUE - 1);
        PassiveAggressiveClassifier m;
        try {
            m = new PassiveAggressiveClassifier(dim, new Params(c));
        } catch (IllegalArgumentException e) {
            throw ModelInput.corrupt(e.getMessage());
        }
        m.classes = in.readInt();
        m.w = in.readDoubles();
        if (m.classes < 0 || m.w.length != m.classes * (dim + 1)) {
            throw ModelInput.corrupt("bad passive-aggressive weights");
        }
        m.scores = new double[Math.max(2, m.classes)];
        return m;
    }
}
