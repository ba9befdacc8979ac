package dev.freshet.engine.operator.agg;

import dev.freshet.engine.batch.Batch;
import dev.freshet.engine.batch.BoolColumn;
import dev.freshet.engine.batch.ColumnBuilder;
import dev.freshet.engine.batch.LongColumn;
import dev.freshet.engine.batch.LongColumnBuilder;
import dev.freshet.engine.expr.EvalContext;
import dev.freshet.engine.ir.AggKind;
import java.util.Arrays;

/**
 * bit_and / bit_or / bit_xor of integers, exact under deletes: per group, for each of the 64 bit
 * positions, the summed weight of inputs with that bit set, plus the summed weight of all inputs. A
 * bit of bit_or is set when some input has it; of bit_and when every input has it; of bit_xor when
 * an odd number of inputs have it.
 */
final class BitAccumulator implements Accumulator {
    private final int arg;
    private final int filterArg;
    private final AggKind kind;
    private long[] ones = new long[16 * 64];
    private long[] counts = new long[16];

    BitAccumulator(int arg, int filterArg, AggKind kind) {
        this.arg = arg;
        this.filterArg = filterArg;
        this.kind = kind;
    }

    @Override
    public void ensureCapacity(int groups) {
        if (groups > counts.length) {
            int n = Math.max(groups, counts.length * 2);
            counts = Arrays.copyOf(counts, n);
            ones = Arrays.copyOf(ones, n * 64);
        }
    }

    @Override
    public void add(int[] groupIds, Batch input, int rows, EvalContext ctx) {
        LongColumn c = (LongColumn) input.column(arg);
        BoolColumn filter = FilterMask.of(input, filterArg);
        long[] w = input.weights();
        for (int r = 0; r < rows; r++) {
            if (c.isNull(r) || !FilterMask.passes(filter, r)) {
                continue;
            }
            int g = groupIds[r];
            counts[g] += w[r];
            long v = c.get(r);
            int base = g * 64;
            while (v != 0) {
                int bit = Long.numberOfTrailingZeros(v);
                ones[base + bit] += w[r];
                v &= v - 1;
            }
        }
    }

    @Override
    public void appendResult(int gid, ColumnBuilder out, EvalContext ctx) {
        if (counts[gid] == 0) {
            out.appendNull();
            return;
        }
        long result = 0;
        int base = gid * 64;
        for (int bit = 0; bit < 64; bit++) {
            long n = ones[base + bit];
            boolean set =
                    switch (kind) {
                        case BIT_AND -> n == counts[gid];
                        case BIT_OR -> n > 0;
                        default -> (n & 1) == 1;
                    };
            if (set) {
                result |= 1L << bit;
            }
        }
        ((LongColumnBuilder) out).appendLong(result);
    }

    @Override
    public void reset(int gid) {
        counts[gid] = 0;
        Arrays.fill(ones, gid * 64, gid * 64 + 64, 0);
    }

    @Override
    public long memoryBytes() {
        return ones.length * 8L + counts.length * 8L;
    }
}
