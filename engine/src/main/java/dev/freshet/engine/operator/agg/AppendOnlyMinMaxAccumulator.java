package dev.freshet.engine.operator.agg;

import dev.freshet.engine.batch.Batch;
import dev.freshet.engine.batch.BoolColumn;
import dev.freshet.engine.batch.Column;
import dev.freshet.engine.batch.ColumnBuilder;
import dev.freshet.engine.expr.EvalContext;
import dev.freshet.engine.state.ByteReader;
import dev.freshet.engine.state.ByteSink;
import dev.freshet.engine.state.KeyCodec;
import dev.freshet.engine.state.RowCodec;
import java.util.Arrays;

/**
 * min / max over an append-only input: only the current extreme per group is kept. The planner
 * chooses it only when the input never retracts.
 */
final class AppendOnlyMinMaxAccumulator implements Accumulator {
    private final int arg;
    private final int filterArg;
    private final boolean max;
    private byte[][] bestKey = new byte[16][];
    private byte[][] bestValue = new byte[16][];
    private final ByteSink key = new ByteSink(32);
    private final ByteSink val = new ByteSink(32);
    private final ByteReader reader = new ByteReader();

    AppendOnlyMinMaxAccumulator(int arg, int filterArg, boolean max) {
        this.arg = arg;
        this.filterArg = filterArg;
        this.max = max;
    }

    @Override
    public void ensureCapacity(int groups) {
        if (groups > bestKey.length) {
            int n = Math.max(groups, bestKey.length * 2);
            bestKey = Arrays.copyOf(bestKey, n);
            bestValue = Arrays.copyOf(bestValue, n);
        }
    }

    @Override
    public void add(int[] groupIds, Batch input, int rows, EvalContext ctx) {
        Column c = input.column(arg);
        BoolColumn filter = FilterMask.of(input, filterArg);
        for (int r = 0; r < rows; r++) {
            if (c.isNull(r) || !FilterMask.passes(filter, r)) {
                continue;
            }
            if (input.weight(r) < 0) {
                throw new IllegalStateException("append-only min/max received a retraction");
            }
            int g = groupIds[r];
            key.reset();
            KeyCodec.encodeValue(c, r, false, key);
            byte[] cur = bestKey[g];
            if (cur != null) {
                int cmp = Arrays.compareUnsigned(key.array(), 0, key.length(), cur, 0, cur.length);
                if (max ? cmp <= 0 : cmp >= 0) {
                    continue;
                }
            }
            bestKey[g] = key.toByteArray();
            val.reset();
            RowCodec.encodeValue(c, r, val);
            bestValue[g] = val.toByteArray();
        }
    }

    @Override
    public void appendResult(int gid, ColumnBuilder out, EvalContext ctx) {
        byte[] v = bestValue[gid];
        if (v == null) {
            out.appendNull();
        } else {
            RowCodec.decodeValue(reader.reset(v, 0, v.length), out);
        }
    }

    @Override
    public void reset(int gid) {
        bestKey[gid] = null;
        bestValue[gid] = null;
    }

    @Override
    public long memoryBytes() {
        long b = bestKey.length * 16L;
        for (int i = 0; i < bestKey.length; i++) {
            if (bestKey[i] != null) {
                b += bestKey[i].length + bestValue[i].length + 32;
            }
        }
        return b;
    }
}
