package dev.freshet.engine.operator.agg;

import dev.freshet.engine.batch.Batch;
import dev.freshet.engine.batch.BoolColumn;
import dev.freshet.engine.batch.ColumnBuilder;
import dev.freshet.engine.batch.DecimalColumn;
import dev.freshet.engine.batch.DecimalColumnBuilder;
import dev.freshet.engine.expr.EvalContext;
import dev.freshet.engine.type.Decimal;
import java.math.BigDecimal;
import java.util.Arrays;

/**
 * sum / avg of NUMERIC: exact, with NaN and infinities counted apart so that deleting them restores
 * the finite sum.
 */
final class SumDecimalAccumulator implements Accumulator {
    private final int arg;
    private final int filterArg;
    private final boolean avg;
    private BigDecimal[] sums = new BigDecimal[16];
    private long[] counts = new long[16];
    private long[] nans = new long[16];
    private long[] posInf = new long[16];
    private long[] negInf = new long[16];

    SumDecimalAccumulator(int arg, int filterArg, boolean avg) {
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
        DecimalColumn c = (DecimalColumn) input.column(arg);
        BoolColumn filter = FilterMask.of(input, filterArg);
        long[] w = input.weights();
        for (int r = 0; r < rows; r++) {
            if (c.isNull(r) || !FilterMask.passes(filter, r)) {
                continue;
            }
            int g = groupIds[r];
            counts[g] += w[r];
            short s = c.scaleOrMarker(r);
            switch (s) {
                case DecimalColumn.NAN -> nans[g] += w[r];
                case DecimalColumn.POS_INF -> posInf[g] += w[r];
                case DecimalColumn.NEG_INF -> negInf[g] += w[r];
                default -> {
                    BigDecimal x =
                            s >= 0 ? BigDecimal.valueOf(c.unscaled(r), s) : c.get(r).bigDecimal();
                    BigDecimal add = w[r] == 1 ? x : x.multiply(BigDecimal.valueOf(w[r]));
                    sums[g] = sums[g] == null ? add : sums[g].add(add);
                }
            }
        }
    }

    @Override
    public void appendResult(int gid, ColumnBuilder out, EvalContext ctx) {
        if (counts[gid] == 0) {
            out.appendNull();
            return;
        }
        Decimal s;
        if (nans[gid] > 0 || (posInf[gid] > 0 && negInf[gid] > 0)) {
            s = Decimal.NAN;
        } else if (posInf[gid] > 0) {
            s = Decimal.POSITIVE_INFINITY;
        } else if (negInf[gid] > 0) {
            s = Decimal.NEGATIVE_INFINITY;
        } else {
            s = Decimal.of(sums[gid] == null ? BigDecimal.ZERO : sums[gid]);
        }
        ((DecimalColumnBuilder) out).appendDecimal(avg ? s.divide(Decimal.of(counts[gid])) : s);
    }

    @Override
    public void reset(int gid) {
        sums[gid] = null;
        counts[gid] = 0;
        nans[gid] = 0;
        posInf[gid] = 0;
        negInf[gid] = 0;
    }

    @Override
    public long memoryBytes() {
        return sums.length * 48L;
    }
}
