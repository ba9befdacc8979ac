package dev.freshet.engine.operator.agg;

import dev.freshet.engine.batch.Batch;
import dev.freshet.engine.batch.BoolColumn;
import dev.freshet.engine.batch.BoolColumnBuilder;
import dev.freshet.engine.batch.ColumnBuilder;
import dev.freshet.engine.expr.EvalContext;
import java.util.Arrays;

/** bool_and / bool_or, exact under deletes: counts TRUE and FALSE inputs per group. */
final class BoolAccumulator implements Accumulator {
    private final int arg;
    private final int filterArg;
    private final boolean and;
    private long[] trues = new long[16];
    private long[] falses = new long[16];

    BoolAccumulator(int arg, int filterArg, boolean and) {
        this.arg = arg;
        this.filterArg = filterArg;
        this.and = and;
    }

    @Override
    public void ensureCapacity(int groups) {
        if (groups > trues.length) {
            int n = Math.max(groups, trues.length * 2);
            trues = Arrays.copyOf(trues, n);
            falses = Arrays.copyOf(falses, n);
        }
    }

    @Override
    public void add(int[] groupIds, Batch input, int rows, EvalContext ctx) {
        BoolColumn c = (BoolColumn) input.column(arg);
        BoolColumn filter = FilterMask.of(input, filterArg);
        long[] w = input.weights();
        for (int r = 0; r < rows; r++) {
            if (c.isNull(r) || !FilterMask.passes(filter, r)) {
                continue;
            }
            if (c.get(r)) {
                trues[groupIds[r]] += w[r];
            } else {
                falses[groupIds[r]] += w[r];
            }
        }
    }

    @Override
    public void appendResult(int gid, ColumnBuilder out, EvalContext ctx) {
        if (trues[gid] == 0 && falses[gid] == 0) {
            out.appendNull();
        } else {
            ((BoolColumnBuilder) out).appendBoolean(and ? falses[gid] == 0 : trues[gid] > 0);
        }
    }

    @Override
    public void reset(int gid) {
        trues[gid] = 0;
        falses[gid] = 0;
    }

    @Override
    public long memoryBytes() {
        return trues.length * 16L;
    }
}
