package dev.freshet.engine.operator.agg;

import dev.freshet.engine.batch.Batch;
import dev.freshet.engine.batch.BoolColumn;
import dev.freshet.engine.batch.ColumnBuilder;
import dev.freshet.engine.batch.DecimalColumnBuilder;
import dev.freshet.engine.batch.LongColumn;
import dev.freshet.engine.batch.LongColumnBuilder;
import dev.freshet.engine.expr.EvalContext;
import dev.freshet.engine.type.DataType;
import dev.freshet.engine.type.Decimal;
import dev.freshet.engine.type.TypeKind;
import dev.freshet.sql.error.ErrorCode;
import dev.freshet.sql.error.FreshetException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.Arrays;

/**
 * sum (and the sum inside avg) of integers: exact, in a {@code long} per group that spills to a
 * {@link BigInteger} on overflow. The result is BIGINT (sum of smallint/int), NUMERIC (sum of
 * bigint, avg of any integer), or, for $SUM0, 0 instead of NULL.
 */
final class SumLongAccumulator implements Accumulator {
    /** What the accumulated sum is turned into. */
    enum Output {
        SUM,
        SUM0,
        AVG
    }

    private final int arg;
    private final int filterArg;
    private final DataType resultType;
    private final Output output;
    private long[] sums = new long[16];
    private long[] counts = new long[16];
    private BigInteger[] overflow = new BigInteger[16];

    SumLongAccumulator(int arg, int filterArg, DataType resultType, Output output) {
        this.arg = arg;
        this.filterArg = filterArg;
        this.resultType = resultType;
        this.output = output;
    }

    @Override
    public void ensureCapacity(int groups) {
        if (groups > sums.length) {
            int n = Math.max(groups, sums.length * 2);
            sums = Arrays.copyOf(sums, n);
            counts = Arrays.copyOf(counts, n);
            overflow = Arrays.copyOf(overflow, n);
        }
    }

    @Override
    public void add(int[] groupIds, Batch input, int rows, EvalContext ctx) {
        LongColumn c = (LongColumn) input.column(arg);
        BoolColumn filter = FilterMask.of(input, filterArg);
        long[] v = c.values();
        long[] w = input.weights();
        for (int r = 0; r < rows; r++) {
            if (c.isNull(r) || !FilterMask.passes(filter, r)) {
                continue;
            }
            int g = groupIds[r];
            counts[g] += w[r];
            BigInteger o = overflow[g];
            if (o == null) {
                long hi = Math.multiplyHigh(v[r], w[r]);
                long lo = v[r] * w[r];
                if (hi == (lo >> 63)) {
                    long s = sums[g];
                    long t = s + lo;
                    if (((s ^ t) & (lo ^ t)) >= 0) {
                        sums[g] = t;
                        continue;
                    }
                }
                o = BigInteger.valueOf(sums[g]);
            }
            o = o.add(BigInteger.valueOf(v[r]).multiply(BigInteger.valueOf(w[r])));
            if (o.bitLength() <= 63) {
                sums[g] = o.longValue();
                overflow[g] = null;
            } else {
                overflow[g] = o;
            }
        }
    }

    private BigInteger exactSum(int g) {
        BigInteger o = overflow[g];
        return o != null ? o : BigInteger.valueOf(sums[g]);
    }

    @Override
    public void appendResult(int gid, ColumnBuilder out, EvalContext ctx) {
        if (counts[gid] == 0 && output != Output.SUM0) {
            out.appendNull();
            return;
        }
        BigInteger s = exactSum(gid);
        if (output == Output.AVG) {
            ((DecimalColumnBuilder) out)
                    .appendDecimal(Decimal.of(new BigDecimal(s)).divide(Decimal.of(counts[gid])));
            return;
        }
        if (resultType.kind() == TypeKind.DECIMAL) {
            if (overflow[gid] == null) {
                ((DecimalColumnBuilder) out).appendCompact(sums[gid], 0);
            } else {
                ((DecimalColumnBuilder) out).appendDecimal(Decimal.of(new BigDecimal(s)));
            }
            return;
        }
        if (s.bitLength() > 63) {
            ctx.fail(
                    new FreshetException(
                            ErrorCode.NUMERIC_VALUE_OUT_OF_RANGE, "bigint out of range"));
            out.appendNull();
            return;
        }
        ((LongColumnBuilder) out).appendLong(s.longValue());
    }

    @Override
    public void reset(int gid) {
        sums[gid] = 0;
        counts[gid] = 0;
        overflow[gid] = null;
    }

    @Override
    public long memoryBytes() {
        return sums.length * 24L;
    }
}
