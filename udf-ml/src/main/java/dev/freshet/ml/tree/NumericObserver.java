package dev.freshet.ml.tree;

import dev.freshet.ml.model.ModelInput;
import dev.freshet.ml.model.ModelOutput;
import java.util.Arrays;

/**
 * What a leaf remembers about one numeric attribute: per class, the weight, a weighted Welford mean
 * and variance, and the minimum and maximum seen. Split candidates and naive Bayes densities are
 * derived from the per-class normal approximations.
 */
final class NumericObserver {
    private static final double MIN_VARIANCE = 1e-6;

    /** The log of the density 0 (a value a class has never had, where the class never varied). */
    private static final double LOG_ZERO = Math.log(1e-12);

    double[] w;
    double[] mean;
    double[] m2;
    double[] min;
    double[] max;

    NumericObserver(int classes) {
        w = new double[classes];
        mean = new double[classes];
        m2 = new double[classes];
        min = new double[classes];
        max = new double[classes];
        Arrays.fill(min, Double.POSITIVE_INFINITY);
        Arrays.fill(max, Double.NEGATIVE_INFINITY);
    }

    private void grow(int classes) {
        int old = w.length;
        w = Arrays.copyOf(w, classes);
        mean = Arrays.copyOf(mean, classes);
        m2 = Arrays.copyOf(m2, classes);
        min = Arrays.copyOf(min, classes);
        max = Arrays.copyOf(max, classes);
        Arrays.fill(min, old, classes, Double.POSITIVE_INFINITY);
        Arrays.fill(max, old, classes, Double.NEGATIVE_INFINITY);
    }

    void add(int c, double x, double weight) {
        if (c >= w.length) {
            grow(c + 1);
        }
        double nw = w[c] + weight;
        double delta = x - mean[c];
        double nm = mean[c] + weight * delta / nw;
        m2[c] += weight * delta * (x - nm);
        mean[c] = nm;
        w[c] = nw;
        min[c] = Math.min(min[c], x);
        max[c] = Math.max(max[c], x);
    }

    double variance(int c) {
        return Math.max(MIN_VARIANCE, w[c] > 0 ? m2[c] / w[c] : 0.0);
    }

    /**
     * Log of the normal density of {@code x} under class {@code c}. A class whose values never
     * varied has the density 1 at its value and 0 elsewhere, as MOA's Gaussian estimator: a floor
     * on the variance would make its density at that value huge ({@code 1/sqrt(2 pi 1e-6)} ~ 400)
     * and let one constant attribute outvote all the others (Elec2 has long constant stretches).
     */
    double logDensity(int c, double x) {
        if (c >= w.length || w[c] <= 0) {
            return LOG_ZERO;
        }
        if (!(m2[c] > 0)) {
            return x == mean[c] ? 0.0 : LOG_ZERO;
        }
        double var = variance(c);
        double diff = x - mean[c];
        return -0.5 * (Math.log(2 * Math.PI * var) + diff * diff / var);
    }

    double overallMin() {
        double m = Double.POSITIVE_INFINITY;
        for (int c = 0; c < w.length; c++) {
            if (w[c] > 0) {
                m = Math.min(m, min[c]);
            }
        }
        return m;
    }

    double overallMax() {
        double m = Double.NEGATIVE_INFINITY;
        for (int c = 0; c < w.length; c++) {
            if (w[c] > 0) {
                m = Math.max(m, max[c]);
            }
        }
        return m;
    }

    /** Estimated weight per class with value {@code <= t} (left) and {@code > t} (right). */
    void split(double t, double[] left, double[] right, int classes) {
        for (int c = 0; c < classes; c++) {
            double wc = c < w.length ? w[c] : 0.0;
            double l;
            if (wc <= 0) {
                l = 0;
            } else if (t < min[c]) {
                l = 0;
            } else if (t >= max[c]) {
                l = wc;
            } else {
                l = wc * normalCdf((t - mean[c]) / Math.sqrt(variance(c)));
            }
            left[c] = l;
            right[c] = wc - l;
        }
    }

    /** Standard normal CDF (Abramowitz and Stegun 7.1.26 for erf; error below 1.5e-7). */
    static double normalCdf(double z) {
        double x = Math.abs(z) / Math.sqrt(2);
        double t = 1.0 / (1.0 + 0.3275911 * x);
        double y =
                1.0
                        - (((((1.061405429 * t - 1.453152027) * t) + 1.421413741) * t - 0.284496736)
                                                * t
                                        + 0.254829592)
                                * t
                                * Math.exp(-x * x);
        return z >= 0 ? 0.5 * (1 + y) : 0.5 * (1 - y);
    }

    void write(ModelOutput out) {
        out.writeDoubles(w);
        out.writeDoubles(mean);
        out.writeDoubles(m2);
        out.writeDoubles(min);
        out.writeDoubles(max);
    }

    static NumericObserver read(ModelInput in) {
        NumericObserver o = new NumericObserver(0);
        o.w = in.readDoubles();
        o.mean = in.readDoubles();
        o.m2 = in.readDoubles();
        o.min = in.readDoubles();
        o.max = in.readDoubles();
        int k = o.w.length;
        if (o.mean.length != k || o.m2.length != k || o.min.length != k || o.max.length != k) {
            throw ModelInput.corrupt("bad numeric observer");
        }
        return o;
    }
}
