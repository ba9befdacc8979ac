package dev.freshet.ml.linear;

import dev.freshet.engine.ir.Retraction;
import dev.freshet.ml.model.FeatureVector;
import dev.freshet.ml.model.ModelInput;
import dev.freshet.ml.model.ModelOutput;
import dev.freshet.ml.model.Options;
import dev.freshet.ml.model.Regressor;
import dev.freshet.sql.error.ErrorCode;
import dev.freshet.sql.error.FreshetException;
import java.util.Arrays;

/**
 * Linear and ridge regression from sufficient statistics: the weighted sums {@code Σw}, {@code
 * Σw·x}, {@code Σw·x·xᵀ}, {@code Σw·y}, {@code Σw·x·y} are updated per row (over the row's listed
 * slots only) and the least-squares problem is solved when a prediction needs it (cached until the
 * next update). Sums retract exactly, so after deletes the model equals one trained on the
 * remaining rows ({@link Retraction#EXACT}).
 *
 * <p>The solve centres the statistics (the intercept is not penalised) and, for ridge, penalises
 * {@code l2 · Σw · Σ_j var_j · β_j²}: ridge on standardised features with a per-row strength, so
 * the same {@code l2} means the same thing at any scale and any row count. Features with no
 * variance get coefficient 0; a tiny relative jitter keeps the Cholesky factorisation defined when
 * features are collinear.
 *
 * <p>Cost: {@code O(nnz²)} per update, {@code O(d³)} per solve.
 */
public final class LeastSquaresRegression implements Regressor {
    /** Registry name of plain least squares. */
    public static final String LINEAR = "linear_regression";

    /** Registry name of ridge regression. */
    public static final String RIDGE = "ridge_regression";

    /**
     * Hyperparameters.
     *
     * @param l2 ridge strength on standardised features per row (0 for plain least squares)
     */
    public record Params(double l2) {
        public Params {
            if (!(l2 >= 0) || Double.isInfinite(l2)) {
                throw new IllegalArgumentException("l2 must be finite and >= 0");
            }
        }

        /** Reads {@code l2}; defaults to 0 for linear regression and 0.01 for ridge. */
        public static Params parse(Options o, boolean ridge) {
            return new Params(o.getDouble("l2", ridge ? 0.01 : 0.0, 0.0, 1e9));
        }
    }

    private static final double JITTER = 1e-12;

    /** Most feature slots supported: the statistics take {@code 8·d²} bytes (128 MiB here). */
    public static final int MAX_DIMENSION = 4096;

    private final String name;
    private final Params params;
    private final int d;
    private double sw;
    private final double[] sx;
    private final double[] sxx; // d*d, full symmetric
    private double sy;
    private final double[] sxy;
    private double syy;
    // Cached solution.
    private boolean solved;
    private final double[] beta;
    private double intercept;
    private final double[] a; // scratch d*d
    private final double[] rhs;

    public LeastSquaresRegression(String name, int dimension, Params params) {
        if (!name.equals(LINEAR) && !name.equals(RIDGE)) {
            throw new IllegalArgumentException(name);
        }
        if (dimension > MAX_DIMENSION) {
            throw new FreshetException(
                    ErrorCode.PROGRAM_LIMIT_EXCEEDED,
                    name
                            + " keeps d² statistics and supports at most "
                            + MAX_DIMENSION
                            + " feature slots, got "
                            + dimension
                            + " (lower hash_buckets)");
        }
        this.name = name;
        this.params = params;
        this.d = dimension;
        sx = new double[d];
        sxx = new double[d * d];
        sxy = new double[d];
        beta = new double[d];
        a = new double[d * d];
        rhs = new double[d];
    }

    @Override
    public String algorithm() {
        return name;
    }

    @Override
    public Retraction retraction() {
        return Retraction.EXACT;
    }

    @Override
    public int dimension() {
        return d;
    }

    public Params params() {
        return params;
    }

    /** Total weight of the rows learned. */
    public double weight() {
        return sw;
    }

    @Override
    public void reset() {
        sw = 0;
        sy = 0;
        syy = 0;
        Arrays.fill(sx, 0);
        Arrays.fill(sxx, 0);
        Arrays.fill(sxy, 0);
        solved = false;
    }

    @Override
    public void learn(FeatureVector x, double y, double weight) {
        if (weight == 0.0) {
            return;
        }
        if (!Double.isFinite(y)) {
            return;
        }
        sw += weight;
        sy += weight * y;
        syy += weight * y * y;
        int nnz = x.nnz();
        for (int p = 0; p < nnz; p++) {
            int i = x.index(p);
            double wxi = weight * x.valueAt(p);
            sx[i] += wxi;
            sxy[i] += wxi * y;
            int row = i * d;
            for (int q = 0; q < nnz; q++) {
                sxx[row + x.index(q)] += wxi * x.valueAt(q);
            }
        }
        solved = false;
    }

    private void solve() {
        solved = true;
        Arrays.fill(beta, 0.0);
        if (sw <= 0) {
            intercept = 0;
            return;
        }
        double ybar = sy / sw;
        intercept = ybar;
        if (d == 0) {
            return;
        }
        // Centred Gram matrix and right-hand side.
        double maxDiag = 0;
        for (int i = 0; i < d; i++) {
            double mi = sx[i] / sw;
            for (int j = 0; j <= i; j++) {
                double c = sxx[i * d + j] - sx[i] * sx[j] / sw;
                a[i * d + j] = c;
                a[j * d + i] = c;
            }
            rhs[i] = sxy[i] - mi * sy;
            maxDiag = Math.max(maxDiag, a[i * d + i]);
        }
        if (maxDiag <= 0) {
            return;
        }
        double floor = maxDiag * 1e-12;
        for (int i = 0; i < d; i++) {
            double cii = a[i * d + i];
            if (cii <= floor) {
                // No variance: drop the feature (coefficient 0).
                for (int j = 0; j < d; j++) {
                    a[i * d + j] = 0;
                    a[j * d + i] = 0;
                }
                a[i * d + i] = 1;
                rhs[i] = 0;
            } else {
                a[i * d + i] = cii * (1 + params.l2 + JITTER);
            }
        }
        if (!cholesky(a, d)) {
            return; // not positive definite even with jitter: keep the mean
        }
        // Forward and back substitution: L z = rhs, Lᵀ beta = z.
        for (int i = 0; i < d; i++) {
            double s = rhs[i];
            for (int k = 0; k < i; k++) {
                s -= a[i * d + k] * beta[k];
            }
            beta[i] = s / a[i * d + i];
        }
        for (int i = d - 1; i >= 0; i--) {
            double s = beta[i];
            for (int k = i + 1; k < d; k++) {
                s -= a[k * d + i] * beta[k];
            }
            beta[i] = s / a[i * d + i];
        }
        double b0 = ybar;
        for (int i = 0; i < d; i++) {
            b0 -= beta[i] * sx[i] / sw;
        }
        intercept = b0;
    }

    /** In-place lower Cholesky factor of the symmetric matrix {@code m}; false if not SPD. */
    private static boolean cholesky(double[] m, int n) {
        for (int j = 0; j < n; j++) {
            double s = m[j * n + j];
            for (int k = 0; k < j; k++) {
                s -= m[j * n + k] * m[j * n + k];
            }
            if (!(s > 0)) {
                return false;
            }
            double l = Math.sqrt(s);
            m[j * n + j] = l;
            for (int i = j + 1; i < n; i++) {
                double t = m[i * n + j];
                for (int k = 0; k < j; k++) {
                    t -= m[i * n + k] * m[j * n + k];
                }
                m[i * n + j] = t / l;
            }
        }
        return true;
    }

    @Override
    public double predict(FeatureVector x) {
        if (!solved) {
            solve();
        }
        return intercept + x.dot(beta, 0);
    }

    /** The coefficients (a copy), solving first if needed. */
    public double[] coefficients() {
        if (!solved) {
            solve();
        }
        return beta.clone();
    }

    /** The intercept, solving first if needed. */
    public double intercept() {
        if (!solved) {
            solve();
        }
        return intercept;
    }

    @Override
    public void write(ModelOutput out) {
        out.writeString(name);
        out.writeDouble(params.l2);
        out.writeInt(d);
        out.writeDouble(sw);
        out.writeDouble(sy);
        out.writeDouble(syy);
        out.writeDoubles(sx);
        out.writeDoubles(sxx);
        out.writeDoubles(sxy);
    }

    /** Reads a model written by {@link #write}. */
    public static LeastSquaresRegression read(ModelInput in) {
        String name = in.readString();
        double l2 = in.readDouble();
        int d = in.readSize(MAX_DIMENSION);
        LeastSquaresRegression m;
        try {
            m = new LeastSquaresRegression(name, d, new Params(l2));
        } catch (IllegalArgumentException e) {
            throw ModelInput.corrupt(e.getMessage());
        }
        m.sw = in.readDouble();
        m.sy = in.readDouble();
        m.syy = in.readDouble();
        in.readDoublesInto(m.sx);
        in.readDoublesInto(m.sxx);
        in.readDoublesInto(m.sxy);
        return m;
    }
}
