package dev.freshet.ml.drift;

import dev.freshet.ml.model.ModelInput;
import dev.freshet.ml.model.ModelOutput;
import java.util.Arrays;

/**
 * ADWIN (Bifet and Gavaldà, "Learning from time-changing data with adaptive windowing", SDM 2007):
 * keeps a window of recent values compressed as an exponential histogram and drops its older part
 * whenever the means of two sub-windows differ by more than a bound derived from {@code delta}.
 *
 * <p>The histogram has levels; level {@code i} holds up to {@value #MAX_BUCKETS} buckets of {@code
 * 2^i} values each (a bucket keeps the sum and the variance of its values), so memory and time per
 * value are {@code O(log W)}. Cut points are checked every {@value #CLOCK} values, over bucket
 * boundaries, with sub-windows of at least {@value #MIN_SUB_WINDOW} values.
 *
 * <p>As a drift detector on an error stream it reports {@link DriftState#DRIFT} only when a cut
 * raised the window's mean (the error got worse); a cut that lowered it adapts the window silently.
 */
public final class Adwin implements DriftDetector {
    /** The confidence used unless configured: 0.002, as in the paper's experiments. */
    public static final double DEFAULT_DELTA = 0.002;

    static final int MAX_BUCKETS = 5;
    static final int CLOCK = 32;
    static final int MIN_SUB_WINDOW = 5;
    private static final int MIN_WINDOW = 10;

    private final double delta;
    // Per level, buckets oldest first: sums[level][j], vars[level][j], j < counts[level].
    private double[][] sums = new double[0][];
    private double[][] vars = new double[0][];
    private int[] counts = new int[0];
    private int levels;
    private long width;
    private double total;
    private double variance;
    private long ticks;

    public Adwin(double delta) {
        if (!(delta > 0 && delta < 1)) {
            throw new IllegalArgumentException("delta must be in (0, 1): " + delta);
        }
        this.delta = delta;
    }

    public double delta() {
        return delta;
    }

    /** Number of values in the current window. */
    public long width() {
        return width;
    }

    /** Mean of the current window. */
    public double estimation() {
        return width == 0 ? 0.0 : total / width;
    }

    @Override
    public DriftDetectorKind kind() {
        return DriftDetectorKind.ADWIN;
    }

    @Override
    public DriftDetector fresh() {
        return new Adwin(delta);
    }

    @Override
    public void reset() {
        sums = new double[0][];
        vars = new double[0][];
        counts = new int[0];
        levels = 0;
        width = 0;
        total = 0;
        variance = 0;
        ticks = 0;
    }

    @Override
    public DriftState update(double value) {
        insert(value);
        compress();
        ticks++;
        if (ticks % CLOCK == 0 && width > MIN_WINDOW) {
            double before = estimation();
            return cut() && estimation() > before ? DriftState.DRIFT : DriftState.STABLE;
        }
        return DriftState.STABLE;
    }

    private void insert(double value) {
        if (levels == 0) {
            addLevel();
        }
        pushNewest(0, value, 0.0);
        width++;
        if (width > 1) {
            double prevMean = total / (width - 1);
            variance += (width - 1) * (value - prevMean) * (value - prevMean) / width;
        }
        total += value;
    }

    private void addLevel() {
        if (levels == sums.length) {
            int cap = Math.max(4, levels * 2);
            sums = Arrays.copyOf(sums, cap);
            vars = Arrays.copyOf(vars, cap);
            counts = Arrays.copyOf(counts, cap);
        }
        sums[levels] = new double[MAX_BUCKETS + 1];
        vars[levels] = new double[MAX_BUCKETS + 1];
        counts[levels] = 0;
        levels++;
    }

    private void pushNewest(int level, double sum, double var) {
        int c = counts[level]++;
        sums[level][c] = sum;
        vars[level][c] = var;
    }

    private void dropOldest(int level, int n) {
        int c = counts[level];
        System.arraycopy(sums[level], n, sums[level], 0, c - n);
        System.arraycopy(vars[level], n, vars[level], 0, c - n);
        counts[level] = c - n;
    }

    private void compress() {
        for (int level = 0; level < levels; level++) {
            if (counts[level] <= MAX_BUCKETS) {
                break;
            }
            if (level + 1 == levels) {
                addLevel();
            }
            double size = Math.scalb(1.0, level);
            double s1 = sums[level][0];
            double s2 = sums[level][1];
            double diff = s1 / size - s2 / size;
            double var = vars[level][0] + vars[level][1] + size * size * diff * diff / (2 * size);
            dropOldest(level, 2);
            pushNewest(level + 1, s1 + s2, var);
        }
    }

    /** Checks the cut points; drops old buckets while a cut is significant. */
    private boolean cut() {
        boolean changed = false;
        boolean again = true;
        while (again) {
            again = false;
            // Terms of the bound that depend only on the whole window.
            double v = variance / width;
            double dd = Math.log(2.0 * Math.log(width) / delta);
            double n0 = 0;
            double sum0 = 0;
            outer:
            for (int level = levels - 1; level >= 0; level--) {
                double size = Math.scalb(1.0, level);
                for (int j = 0; j < counts[level]; j++) {
                    n0 += size;
                    sum0 += sums[level][j];
                    double n1 = width - n0;
                    if (n1 < MIN_SUB_WINDOW) {
                        break outer;
                    }
                    if (n0 < MIN_SUB_WINDOW) {
                        continue;
                    }
                    double sum1 = total - sum0;
                    double diff = sum0 / n0 - sum1 / n1;
                    if (significant(n0, n1, Math.abs(diff), v, dd)) {
                        dropOldestBucket();
                        changed = true;
                        again = width > MIN_WINDOW;
                        break outer;
                    }
                }
            }
        }
        return changed;
    }

    private static boolean significant(double n0, double n1, double absDiff, double v, double dd) {
        double m = 1.0 / (n0 - MIN_SUB_WINDOW + 1) + 1.0 / (n1 - MIN_SUB_WINDOW + 1);
        double epsilon = Math.sqrt(2.0 * m * v * dd) + 2.0 / 3.0 * dd * m;
        return absDiff > epsilon;
    }

    private void dropOldestBucket() {
        int level = levels - 1;
        double size = Math.scalb(1.0, level);
        double s = sums[level][0];
        double v = vars[level][0];
        dropOldest(level, 1);
        width -= (long) size;
        total -= s;
        double u = s / size;
        double mean = width > 0 ? total / width : 0.0;
        variance -= v + size * width * (u - mean) * (u - mean) / (size + width);
        if (variance < 0 || width == 0) {
            variance = Math.max(0.0, variance);
        }
        if (counts[level] == 0) {
            levels--;
        }
    }

    @Override
    public void write(ModelOutput out) {
        out.writeByte(DriftDetectorKind.ADWIN.ordinal());
        out.writeDouble(delta);
        out.writeLong(width);
        out.writeDouble(total);
        out.writeDouble(variance);
        out.writeLong(ticks);
        out.writeInt(levels);
        for (int level = 0; level < levels; level++) {
            out.writeInt(counts[level]);
            for (int j = 0; j < counts[level]; j++) {
                out.writeDouble(sums[level][j]);
                out.writeDouble(vars[level][j]);
            }
        }
    }

    static Adwin readBody(ModelInput in) {
        double delta = in.readDouble();
        if (!(delta > 0 && delta < 1)) {
            throw ModelInput.corrupt("bad ADWIN delta");
        }
        Adwin a = new Adwin(delta);
        a.width = in.readLong();
        a.total = in.readDouble();
        a.variance = in.readDouble();
        a.ticks = in.readLong();
        int levels = in.readCount();
        for (int level = 0; level < levels; level++) {
            a.addLevel();
            int c = in.readInt();
            if (c < 0 || c > MAX_BUCKETS + 1) {
                throw ModelInput.corrupt("bad ADWIN bucket count");
            }
            for (int j = 0; j < c; j++) {
                a.pushNewest(level, in.readDouble(), in.readDouble());
            }
        }
        return a;
    }
}
