package dev.freshet.ml.linear;

import dev.freshet.engine.ir.Retraction;
import dev.freshet.ml.model.FeatureVector;
import dev.freshet.ml.model.ModelInput;
import dev.freshet.ml.model.ModelOutput;
import dev.freshet.ml.model.Options;
import dev.freshet.ml.model.Regressor;
import java.util.Arrays;

/**
 * Passive-aggressive regression, PA-I with the epsilon-insensitive loss (Crammer et al., JMLR
 * 2006): when {@code |y - ŷ| > epsilon} the weights move towards {@code y} by {@code tau = min(C·w,
 * loss / ‖x‖²)}. Retraction is {@link Retraction#APPROXIMATE}.
 */
public final class PassiveAggressiveRegressor implements Regressor {
    public static final String NAME = "passive_aggressive_regressor";

    /**
     * Hyperparameters.
     *
     * @param c aggressiveness (default 1)
     * @param epsilon insensitive band (default 0.1)
     */
    public record Params(double c, double epsilon) {
        public Params {
            if (!(c > 0) || Double.isInfinite(c) || !(epsilon >= 0)) {
                throw new IllegalArgumentException("bad passive-aggressive parameters");
            }
        }

        /** Reads {@code c} and {@code epsilon}. */
        public static Params parse(Options o) {
            return new Params(o.getPositive("c", 1.0, 1e9), o.getDouble("epsilon", 0.1, 0.0, 1e12));
        }
    }

    private final Params params;
    private final int dim;
    private final double[] w; // dim weights, then the bias

    public PassiveAggressiveRegressor(int dimension, Params params) {
        this.params = params;
        this.dim = dimension;
        this.w = new double[dimension + 1];
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
    public void reset() {
        Arrays.fill(w, 0.0);
    }

    @Override
    public double predict(FeatureVector x) {
        return x.dot(w, 0) + w[dim];
    }

    @Override
    public void learn(FeatureVector x, double y, double weight) {
        if (weight == 0.0 || !Double.isFinite(y)) {
            return;
        }
        double err = y - predict(x);
        double loss = Math.abs(err) - params.epsilon;
        if (loss <= 0) {
            return;
        }
        double tau = Math.min(params.c * Math.abs(weight), loss / (x.squaredNorm() + 1.0));
        double step = tau * Math.signum(err) * Math.signum(weight);
        x.addTo(w, 0, step);
        w[dim] += step;
    }

    @Override
    public void write(ModelOutput out) {
        out.writeDouble(params.c);
        out.writeDouble(params.epsilon);
        out.writeDoubles(w);
    }

    public static PassiveAggressiveRegressor read(ModelInput in) {
        Params p;
        try {
            p = new Params(in.readDouble(), in.readDouble());
        } catch (IllegalArgumentException e) {
            throw ModelInput.corrupt(e.getMessage());
        }
        double[] w = in.readDoubles();
        if (w.length < 1) {
            throw ModelInput.corrupt("bad passive-aggressive weights");
        }
        PassiveAggressiveRegressor m = new PassiveAggressiveRegressor(w.length - 1, p);
        System.arraycopy(w, 0, m.w, 0, w.length);
        return m;
    }
}
