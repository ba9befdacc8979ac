package dev.freshet.engine.operator.agg;

import dev.freshet.engine.batch.Batch;
import dev.freshet.engine.batch.BoolColumn;
import dev.freshet.engine.batch.Column;
import dev.freshet.engine.batch.ColumnBuilder;
import dev.freshet.engine.batch.LongColumnBuilder;
import dev.freshet.engine.expr.EvalContext;
import java.util.Arrays;

/** count(*) ({@code arg} = -1) and count(x): the sum of weights of (non-NULL) rows. Exact. */
final class CountAccumulator implements Accumulator {
    private final int arg;
    private final int filterArg;
    private long[] counts = new long[16];

    CountAccumulator(int arg, int filterArg) {
        this.arg = arg;
        this.filterArg = filterArg;
    }

    @Override
    public void ensureCapacity(int groups) {
        if (groups > counts.length) {
            counts = Arrays.copyOf(counts, Math.max(groups, counts.length * 2));
        }
    }

    @Override
    public void add(int[] groupIds, Batch input, int rows, EvalContext ctx) {
        BoolColumn filter = FilterMask.of(input, filterArg);
        long[] w = input.weights();
        if (arg < 0 && filter == null) {
            for (int r = 0; r < rows; r++) {
                counts[groupIds[r]] += w[r];
            }
            return;
        }
        Column c = arg < 0 ? null : input.column(arg);
        for (int r = 0; r < rows; r++) {
            if ((c == null || !c.isNull(r)) && FilterMask.passes(filter, r)) {
                counts[groupIds[r]] += w[r];
            }
        }
    }

    @Override
    public void appendResult(int gid, ColumnBuilder out, EvalContext ctx) {
        ((LongColumnBuilder) out).appendLong(counts[gid]);
    }

    @Override
    public void reset(int gid) {
        counts[gid] = 0;
    }

    @Override
    public long memoryBytes() {
        return counts.length * 8L;
    }
}
