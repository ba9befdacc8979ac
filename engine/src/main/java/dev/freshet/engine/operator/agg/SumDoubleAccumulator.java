package dev.freshet.engine.operator.agg;

import dev.freshet.engine.batch.Batch;
import dev.freshet.engine.batch.BoolColumn;
import dev.freshet.engine.batch.ColumnBuilder;
import dev.freshet.engine.batch.DoubleColumn;
import dev.freshet.engine.batch.DoubleColumnBuilder;
import dev.freshet.engine.expr.EvalContext;
import java.util.Arrays;

/**
 * sum / avg of REAL and DOUBLE. Retraction subtracts, so results carry floating-point rounding from
 * the order of updates (as in every incremental system); NaN and infinities are counted apart so
 * that deleting them restores the finite sum exactly.
 */
final class SumDoubleAccumulator implements Accumulator {
    private final int arg;
    private final int filterArg;
    private final boolean avg;
    private double[] sums = new double[16];
    private long[] counts = new long[16];
    private long[] nans = new long[16];
    private long[] posInf = new long[16];
    private long[] negInf = new long[16];

    SumDoubleAccumulator(int arg, int filterArg, boolean avg) {
        this.arg = arg;
        this.filterArg = filterArg;
        this.avg = avg;
    }

    @Override
    public void ensureCapacity(int groups) {
        if (groups > sums.length) {
            int n = Math.max(groups, sums.length * 2);
            sums = Arrays.copyOf(sums, n);
            counts = Arrays.copyOf(counts, n);
            nans = Arrays.copyOf(nans, n);
            posInf = Arrays.copyOf(posInf, n);
            negInf = Arrays.copyOf(negInf, n);
        }
    }

    @Override
    public void add(int[] groupIds, Batch input, int rows, EvalContext ctx) {
        DoubleColumn c = (DoubleColumn) input.column(arg);
        BoolColumn filter = FilterMask.of(input, filterArg);
        double[] v = c.values();
        long[] w = input.weights();
        for (int r = 0; r < rows; r++) {
            if (c.isNull(r) || !FilterMask.passes(filter, r)) {
                continue;
            }
            int g = groupIds[r];
            counts[g] += w[r];
            double x = v[r];
            if (Double.isNaN(x)) {
                nans[g] += w[r];
            } else if (x == Double.POSITIVE_INFINITY) {
                posInf[g] += w[r];
            } else if (x == Double.NEGATIVE_INFINITY) {
                negInf[g] += w[r];
            } else {
                sums[g] += x * w[r];
            }
        }
    }

    @Override
    public void appendResult(int gid, ColumnBuilder out, EvalContext ctx) {
        if (counts[gid] == 0) {
            out.appendNull();
            return;
        }
        double s;
        if (nans[gid] > 0 || (posInf[gid] > 0 && negInf[gid] > 0)) {
            s = Double.NaN;
        } else if (posInf[gid] > 0) {
            s = Double.POSITIVE_INFINITY;
        } else if (negInf[gid] > 0) {
            s = Double.NEGATIVE_INFINITY;
        } else {
            s = sums[gid];
        }
        ((DoubleColumnBuilder) out).appendDouble(avg ? s / counts[gid] : s);
    }

    @Override
    public void reset(int gid) {
        sums[gid] = 0;
        counts[gid] = 0;
        nans[gid] = 0;
        posInf[gid] = 0;
        negInf[gid] = 0;
    }

    @Override
    public long memoryBytes() {
        return sums.length * 40L;
    }
}
