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
import java.util.Map;
import java.util.TreeMap;

/**
 * min / max over a retracting input: keeps every input value per group in a sorted multiset (group
 * id, then the value's memcomparable key), so deleting the current extreme falls back to the next
 * one exactly. Values keep their original encoding for output.
 */
final class SortedMinMaxAccumulator implements Accumulator {
    private static final class Entry {
        long count;
        final byte[] value;

        Entry(byte[] value) {
            this.value = value;
        }
    }

    private final int arg;
    private final int filterArg;
    private final boolean max;
    private final TreeMap<byte[], Entry> values = new TreeMap<>(Arrays::compareUnsigned);
    private final ByteSink key = new ByteSink(32);
    private final ByteSink val = new ByteSink(32);
    private final ByteReader reader = new ByteReader();
    private long bytes;

    SortedMinMaxAccumulator(int arg, int filterArg, boolean max) {
        this.arg = arg;
        this.filterArg = filterArg;
        this.max = max;
    }

    @Override
    public void ensureCapacity(int groups) {}

    @Override
    public void add(int[] groupIds, Batch input, int rows, EvalContext ctx) {
        Column c = input.column(arg);
        BoolColumn filter = FilterMask.of(input, filterArg);
        for (int r = 0; r < rows; r++) {
            if (c.isNull(r) || !FilterMask.passes(filter, r)) {
                continue;
            }
            key.reset();
            key.putIntBE(groupIds[r]);
            KeyCodec.encodeValue(c, r, false, key);
            byte[] k = key.toByteArray();
            Entry e = values.get(k);
            if (e == null) {
                val.reset();
                RowCodec.encodeValue(c, r, val);
                e = new Entry(val.toByteArray());
                values.put(k, e);
                bytes += k.length + e.value.length + 64;
            }
            e.count += input.weight(r);
            if (e.count <= 0) {
                values.remove(k);
                bytes -= k.length + e.value.length + 64;
            }
        }
    }

    @Override
    public void appendResult(int gid, ColumnBuilder out, EvalContext ctx) {
        Map.Entry<byte[], Entry> found;
        if (max) {
            found = values.lowerEntry(prefix(gid + 1));
        } else {
            found = values.ceilingEntry(prefix(gid));
        }
        if (found == null || !hasPrefix(found.getKey(), gid)) {
            out.appendNull();
            return;
        }
        byte[] v = found.getValue().value;
        RowCodec.decodeValue(reader.reset(v, 0, v.length), out);
    }

    private static byte[] prefix(int gid) {
        return new byte[] {
            (byte) (gid >>> 24), (byte) (gid >>> 16), (byte) (gid >>> 8), (byte) gid
        };
    }

    private static boolean hasPrefix(byte[] k, int gid) {
        return k.length >= 4
                && k[0] == (byte) (gid >>> 24)
                && k[1] == (byte) (gid >>> 16)
                && k[2] == (byte) (gid >>> 8)
                && k[3] == (byte) gid;
    }

    @Override
    public void reset(int gid) {
        values.subMap(prefix(gid), prefix(gid + 1)).clear();
    }

    @Override
    public long memoryBytes() {
        return bytes;
    }
}
