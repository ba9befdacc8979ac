package dev.freshet.engine.operator.agg;

import dev.freshet.engine.batch.Batch;
import dev.freshet.engine.batch.BoolColumn;
import dev.freshet.engine.batch.Column;
import dev.freshet.engine.batch.ColumnBuilder;
import dev.freshet.engine.batch.DecimalColumn;
import dev.freshet.engine.batch.DoubleColumn;
import dev.freshet.engine.batch.LongColumn;
import dev.freshet.engine.expr.EvalContext;
import dev.freshet.engine.ir.AggKind;
import dev.freshet.engine.type.Decimal;
import dev.freshet.engine.type.PhysicalType;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Arrays;

/**
 * var_pop / var_samp / stddev_pop / stddev_samp, exact under deletes: per group the count, the sum
 * and the sum of squares (exact decimals for integer and NUMERIC input, doubles for floats).
 */
final class VarianceAccumulator implements Accumulator {
    private final int arg;
    private final int filterArg;
    private final AggKind kind;
    private final boolean floating;
    private long[] counts = new long[16];
    private BigDecimal[] sums = new BigDecimal[16];
    private BigDecimal[] squares = new BigDecimal[16];
    private double[] dsums = new double[16];
    private double[] dsquares = new double[16];

    VarianceAccumulator(int arg, int filterArg, AggKind kind, PhysicalType input) {
        this.arg = arg;
        this.filterArg = filterArg;
        this.kind = kind;
        this.floating = input == PhysicalType.DOUBLE;
    }

    @Override
    public void ensureCapacity(int groups) {
        if (groups > counts.length) {
            int n = Math.max(groups, counts.length * 2);
            counts = Arrays.copyOf(counts, n);
            sums = Arrays.copyOf(sums, n);
            squares = Arrays.copyOf(squares, n);
            dsums = Arrays.copyOf(dsums, n);
            dsquares = Arrays.copyOf(dsquares, n);
        }
    }

    @Override
    public void add(int[] groupIds, Batch input, int rows, EvalContext ctx) {
        Column c = input.column(arg);
        BoolColumn filter = FilterMask.of(input, filterArg);
        long[] w = input.weights();
        for (int r = 0; r < rows; r++) {
            if (c.isNull(r) || !FilterMask.passes(filter, r)) {
                continue;
            }
            int g = groupIds[r];
            counts[g] += w[r];
            if (floating) {
                double x = ((DoubleColumn) c).get(r);
                dsums[g] += x * w[r];
                dsquares[g] += x * x * w[r];
                continue;
            }
            BigDecimal x =
                    switch (c) {
                        case LongColumn l -> BigDecimal.valueOf(l.get(r));
                        case DecimalColumn d -> d.get(r).bigDecimal();
                        default -> throw new IllegalStateException("variance of " + c.type());
                    };
            BigDecimal weight = BigDecimal.valueOf(w[r]);
            sums[g] = (sums[g] == null ? BigDecimal.ZERO : sums[g]).add(x.multiply(weight));
            squares[g] =
                    (squares[g] == null ? BigDecimal.ZERO : squares[g])
                            .add(x.multiply(x).multiply(weight));
        }
    }

    @Override
    public void appendResult(int gid, ColumnBuilder out, EvalContext ctx) {
        long n = counts[gid];
        boolean sample = kind == AggKind.VAR_SAMP || kind == AggKind.STDDEV_SAMP;
        boolean root = kind == AggKind.STDDEV_POP || kind == AggKind.STDDEV_SAMP;
        if (n == 0 || (sample && n == 1)) {
            out.appendNull();
            return;
        }
        long denom = sample ? n * (n - 1) : n * n;
        if (floating) {
            double num = n * dsquares[gid] - dsums[gid] * dsums[gid];
            double v = Math.max(0, num / denom);
            out.appendObject(root ? Math.sqrt(v) : v);
            return;
        }
        BigDecimal s = sums[gid] == null ? BigDecimal.ZERO : sums[gid];
        BigDecimal q = squares[gid] == null ? BigDecimal.ZERO : squares[gid];
        BigDecimal num = q.multiply(BigDecimal.valueOf(n)).subtract(s.multiply(s));
        if (num.signum() <= 0) {
            // as PostgreSQL: a zero (or round-off negative) variance is a plain 0
            out.appendObject(Decimal.ZERO);
            return;
        }
        Decimal v = Decimal.of(num).divide(Decimal.of(denom));
        if (root) {
            // the square root keeps the division's scale (PostgreSQL's numeric_stddev_internal)
            BigDecimal d = v.bigDecimal();
            v =
                    Decimal.of(
                            d.sqrt(new MathContext(d.precision() + 20))
                                    .setScale(v.scale(), RoundingMode.HALF_UP));
        }
        out.appendObject(v);
    }

    @Override
    public void reset(int gid) {
        counts[gid] = 0;
        sums[gid] = null;
        squares[gid] = null;
        dsums[gid] = 0;
        dsquares[gid] = 0;
    }

    @Override
    public long memoryBytes() {
        return counts.length * 56L;
    }
}
