package dev.freshet.ml.smile;

import dev.freshet.ml.model.FeatureVector;
import dev.freshet.ml.model.ModelInput;
import dev.freshet.ml.model.ModelOutput;

/**
 * A ring buffer of the most recent rows (dense features and a label), with the absolute position of
 * every row so a model can name "the rows of its last fit" as a range.
 */
final class RowWindow {
    private final int dim;
    private final int capacity;
    private final double[] xs;
    private final double[] ys;
    private long end; // absolute index one past the newest row

    RowWindow(int dim, int capacity) {
        this.dim = dim;
        this.capacity = capacity;
        this.xs = new double[capacity * dim];
        this.ys = new double[capacity];
    }

    /** Absolute index one past the newest row (rows ever added). */
    long end() {
        return end;
    }

    /** Absolute index of the oldest row held. */
    long start() {
        return Math.max(0, end - capacity);
    }

    void add(FeatureVector x, double y) {
        int slot = (int) (end % capacity);
        int off = slot * dim;
        for (int j = 0; j < dim; j++) {
            xs[off + j] = x.get(j);
        }
        ys[slot] = y;
        end++;
    }

    /** Rows {@code [from, to)} (absolute) as fresh arrays; {@code from >= start()}. */
    double[][] features(long from, long to) {
        double[][] out = new double[(int) (to - from)][];
        for (long r = from; r < to; r++) {
            int off = (int) (r % capacity) * dim;
            double[] row = new double[dim];
            System.arraycopy(xs, off, row, 0, dim);
            out[(int) (r - from)] = row;
        }
        return out;
    }

    /** Labels of rows {@code [from, to)}. */
    double[] labels(long from, long to) {
        double[] out = new double[(int) (to - from)];
        for (long r = from; r < to; r++) {
            out[(int) (r - from)] = ys[(int) (r % capacity)];
        }
        return out;
    }

    void clear() {
        end = 0;
    }

    void write(ModelOutput out) {
        out.writeLong(end);
        long from = start();
        out.writeInt((int) (end - from));
        for (long r = from; r < end; r++) {
            int slot = (int) (r % capacity);
            for (int j = 0; j < dim; j++) {
                out.writeDouble(xs[slot * dim + j]);
            }
            out.writeDouble(ys[slot]);
        }
    }

    void read(ModelInput in) {
        long e = in.readLong();
        int n = in.readInt();
        if (e < 0 || n < 0 || n > capacity || n != Math.min(e, capacity)) {
            throw ModelInput.corrupt("bad row window");
        }
        end = e;
        for (long r = e - n; r < e; r++) {
            int slot = (int) (r % capacity);
            for (int j = 0; j < dim; j++) {
                xs[slot * dim + j] = in.readDouble();
            }
            ys[slot] = in.readDouble();
        }
    }
}
