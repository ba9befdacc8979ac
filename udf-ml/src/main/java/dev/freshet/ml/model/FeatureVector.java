package dev.freshet.ml.model;

import java.util.Arrays;

/**
 * A reusable feature vector of fixed dimension: dense values plus the list of positions that may be
 * non-zero, so sparse consumers (linear models) touch only those and dense consumers (trees) read
 * {@link #get} directly.
 *
 * <p>Ownership: a vector belongs to whoever created it (usually one {@link FeatureEncoder} call
 * site). Models read it during {@code learn}/{@code predict} and never keep a reference to it or to
 * its arrays; a model that must remember a row copies it ({@link #copy}). Not thread safe.
 */
public final class FeatureVector {
    private final double[] values;
    private final int[] indices;
    private final boolean[] listed;
    private int nnz;

    /** An all-zero vector of {@code dimension} slots. */
    public FeatureVector(int dimension) {
        values = new double[dimension];
        indices = new int[dimension];
        listed = new boolean[dimension];
    }

    /** A dense vector holding a copy of {@code xs}. */
    public static FeatureVector of(double... xs) {
        FeatureVector v = new FeatureVector(xs.length);
        v.setAll(xs);
        return v;
    }

    /** Number of slots. */
    public int dimension() {
        return values.length;
    }

    /** Value at slot {@code i}. */
    public double get(int i) {
        return values[i];
    }

    /** Sets slot {@code i}; zero values are stored but cost nothing to sparse readers. */
    public void set(int i, double v) {
        if (!listed[i]) {
            if (v == 0.0) {
                return;
            }
            listed[i] = true;
            indices[nnz++] = i;
        }
        values[i] = v;
    }

    /** Replaces all slots with {@code xs} (length must equal the dimension). */
    public void setAll(double[] xs) {
        if (xs.length != values.length) {
            throw new IllegalArgumentException(
                    "expected " + values.length + " values, got " + xs.length);
        }
        clear();
        for (int i = 0; i < xs.length; i++) {
            set(i, xs[i]);
        }
    }

    /** Sets every slot to zero in time proportional to the listed slots. */
    public void clear() {
        for (int k = 0; k < nnz; k++) {
            int i = indices[k];
            values[i] = 0.0;
            listed[i] = false;
        }
        nnz = 0;
    }

    /** Number of listed (possibly non-zero) slots. */
    public int nnz() {
        return nnz;
    }

    /** The {@code k}-th listed slot, {@code 0 <= k < nnz()}. */
    public int index(int k) {
        return indices[k];
    }

    /** The value of the {@code k}-th listed slot. */
    public double valueAt(int k) {
        return values[indices[k]];
    }

    /** {@code sum_i w[offset + i] * x_i} over the listed slots. */
    public double dot(double[] w, int offset) {
        double s = 0.0;
        for (int k = 0; k < nnz; k++) {
            int i = indices[k];
            s += w[offset + i] * values[i];
        }
        return s;
    }

    /** {@code w[offset + i] += a * x_i} over the listed slots. */
    public void addTo(double[] w, int offset, double a) {
        for (int k = 0; k < nnz; k++) {
            int i = indices[k];
            w[offset + i] += a * values[i];
        }
    }

    /** Squared Euclidean norm. */
    public double squaredNorm() {
        double s = 0.0;
        for (int k = 0; k < nnz; k++) {
            double v = values[indices[k]];
            s += v * v;
        }
        return s;
    }

    /** A dense copy of the values (allocates). */
    public double[] toArray() {
        return values.clone();
    }

    /** Copies the values into {@code out} (length at least the dimension). */
    public void copyInto(double[] out) {
        System.arraycopy(values, 0, out, 0, values.length);
    }

    /** An independent copy (allocates). */
    public FeatureVector copy() {
        FeatureVector c = new FeatureVector(values.length);
        for (int k = 0; k < nnz; k++) {
            c.set(indices[k], values[indices[k]]);
        }
        return c;
    }

    @Override
    public String toString() {
        return Arrays.toString(values);
    }
}
