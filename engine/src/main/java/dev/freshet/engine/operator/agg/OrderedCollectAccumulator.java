package dev.freshet.engine.operator.agg;

import dev.freshet.engine.batch.ArrayColumnBuilder;
import dev.freshet.engine.batch.Batch;
import dev.freshet.engine.batch.BoolColumn;
import dev.freshet.engine.batch.BytesColumn;
import dev.freshet.engine.batch.Column;
import dev.freshet.engine.batch.ColumnBuilder;
import dev.freshet.engine.expr.EvalContext;
import dev.freshet.engine.ir.SortKey;
import dev.freshet.engine.state.ByteReader;
import dev.freshet.engine.state.ByteSink;
import dev.freshet.engine.state.KeyCodec;
import dev.freshet.engine.state.RowCodec;
import dev.freshet.engine.type.DataType;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * string_agg and array_agg, exact under deletes: every input of a group is kept in a sorted
 * multiset keyed by (group, the call's ORDER BY key, the value's encoding), and the result is
 * rebuilt from it. Without ORDER BY the values come out in the order of their encoding, which is
 * deterministic (PostgreSQL leaves it unspecified).
 */
final class OrderedCollectAccumulator implements Accumulator {
    private static final class Entry {
        long count;
        final byte[] value;
        final byte[] delimiter;

        Entry(byte[] value, byte[] delimiter) {
            this.value = value;
            this.delimiter = delimiter;
        }
    }

    private final int arg;
    private final int delimiterArg;
    private final int filterArg;
    private final boolean array;
    private final int[] orderColumns;
    private final KeyCodec orderCodec;
    private final TreeMap<byte[], Entry> values = new TreeMap<>(Arrays::compareUnsigned);
    private final ByteSink key = new ByteSink(64);
    private final ByteSink val = new ByteSink(64);
    private final ByteReader reader = new ByteReader();
    private long bytes;

    /**
     * @param delimiterArg string_agg's delimiter column, or -1 for array_agg
     */
    OrderedCollectAccumulator(
            List<DataType> inputTypes,
            int arg,
            int delimiterArg,
            int filterArg,
            List<SortKey> orderBy,
            boolean array) {
        this.arg = arg;
        this.delimiterArg = delimiterArg;
        this.filterArg = filterArg;
        this.array = array;
        this.orderColumns = new int[orderBy.size()];
        DataType[] types = new DataType[orderBy.size()];
        boolean[] desc = new boolean[orderBy.size()];
        boolean[] nullsLast = new boolean[orderBy.size()];
        for (int i = 0; i < orderColumns.length; i++) {
            SortKey k = orderBy.get(i);
            orderColumns[i] = k.field();
            types[i] = inputTypes.get(k.field());
            desc[i] = k.descending();
            nullsLast[i] = k.descending() ? k.nullsFirst() : !k.nullsFirst();
        }
        this.orderCodec = new KeyCodec(List.of(types), desc, nullsLast);
    }

    @Override
    public void ensureCapacity(int groups) {}

    @Override
    public void add(int[] groupIds, Batch input, int rows, EvalContext ctx) {
        Column c = input.column(arg);
        Column[] cols = input.columns();
        BoolColumn filter = FilterMask.of(input, filterArg);
        for (int r = 0; r < rows; r++) {
            // array_agg keeps NULLs, string_agg skips them
            if ((!array && c.isNull(r)) || !FilterMask.passes(filter, r)) {
                continue;
            }
            key.reset();
            key.putIntBE(groupIds[r]);
            orderCodec.encode(cols, orderColumns, r, key);
            val.reset();
            RowCodec.encodeValue(c, r, val);
            int valueStart = key.length();
            key.putBytes(val.array(), 0, val.length());
            byte[] delim = new byte[0];
            if (delimiterArg >= 0 && !cols[delimiterArg].isNull(r)) {
                BytesColumn d = (BytesColumn) cols[delimiterArg];
                delim = d.getBytes(r);
                key.putBytes(delim, 0, delim.length);
            }
            byte[] k = key.toByteArray();
            Entry e = values.get(k);
            if (e == null) {
                e = new Entry(Arrays.copyOfRange(k, valueStart, valueStart + val.length()), delim);
                values.put(k, e);
                bytes += k.length * 2L + 64;
            }
            e.count += input.weight(r);
            if (e.count <= 0) {
                values.remove(k);
                bytes -= k.length * 2L + 64;
            }
        }
    }

    @Override
    public void appendResult(int gid, ColumnBuilder out, EvalContext ctx) {
        Map<byte[], Entry> group = values.subMap(prefix(gid), prefix(gid + 1));
        if (group.isEmpty()) {
            out.appendNull();
            return;
        }
        if (array) {
            ArrayColumnBuilder a = (ArrayColumnBuilder) out;
            for (Entry e : group.values()) {
                for (long i = 0; i < e.count; i++) {
                    RowCodec.decodeValue(
                            reader.reset(e.value, 0, e.value.length), a.elementBuilder());
                }
            }
            a.endArray();
            return;
        }
        StringBuilder sb = new StringBuilder();
        boolean first = true;
        for (Entry e : group.values()) {
            for (long i = 0; i < e.count; i++) {
                if (!first) {
                    sb.append(new String(e.delimiter, StandardCharsets.UTF_8));
                }
                ByteReader in = reader.reset(e.value, 0, e.value.length);
                in.getByte(); // present
                int len = in.getVarInt();
                sb.append(new String(e.value, in.position(), len, StandardCharsets.UTF_8));
                first = false;
            }
        }
        out.appendObject(sb.toString());
    }

    private static byte[] prefix(int gid) {
        return new byte[] {
            (byte) (gid >>> 24), (byte) (gid >>> 16), (byte) (gid >>> 8), (byte) gid
        };
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
