package dev.freshet.engine.state;

import dev.freshet.engine.batch.Column;
import dev.freshet.engine.ir.SortKey;
import dev.freshet.engine.type.DataType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Rows grouped into partitions and kept sorted within each, with multiplicities: the state of TopN
 * and OVER window operators. Each partition also remembers the output last emitted for it, so the
 * operator can emit only the difference.
 *
 * <p>Within a partition, rows are ordered by the sort key's memcomparable encoding, then by the
 * row's own encoding (so equal sort keys have a stable order and equal rows merge).
 */
public final class SortedPartitions {
    /** A stored row: where its sort key ends in the map key, and how many copies. */
    public static final class Entry {
        final int sortKeyLength;
        long count;

        Entry(int sortKeyLength) {
            this.sortKeyLength = sortKeyLength;
        }

        public long count() {
            return count;
        }

        public int sortKeyLength() {
            return sortKeyLength;
        }
    }

    private final int[] partitionKeys;
    private final int[] sortColumns;
    private final KeyCodec partitionCodec;
    private final KeyCodec sortCodec;
    private final RowCodec rowCodec;
    private final BytesMap partitions = new BytesMap(64);
    private final List<TreeMap<byte[], Entry>> rows = new ArrayList<>();
    private final List<List<byte[]>> lastOutput = new ArrayList<>();
    private final ByteSink key = new ByteSink(64);
    private final ByteSink row = new ByteSink(128);
    private long bytes;

    public SortedPartitions(List<DataType> types, int[] partitionKeys, List<SortKey> order) {
        this.partitionKeys = partitionKeys.clone();
        DataType[] pt = new DataType[partitionKeys.length];
        for (int i = 0; i < pt.length; i++) {
            pt[i] = types.get(partitionKeys[i]);
        }
        this.partitionCodec = new KeyCodec(List.of(pt));
        this.sortColumns = new int[order.size()];
        DataType[] st = new DataType[order.size()];
        boolean[] desc = new boolean[order.size()];
        boolean[] nullsLast = new boolean[order.size()];
        for (int i = 0; i < sortColumns.length; i++) {
            SortKey k = order.get(i);
            sortColumns[i] = k.field();
            st[i] = types.get(k.field());
            desc[i] = k.descending();
            nullsLast[i] = k.descending() ? k.nullsFirst() : !k.nullsFirst();
        }
        this.sortCodec = new KeyCodec(List.of(st), desc, nullsLast);
        this.rowCodec = new RowCodec(types);
    }

    /** Adds {@code weight} copies of row {@code r}; returns its partition id. */
    public int add(Column[] cols, int r, long weight) {
        key.reset();
        partitionCodec.encode(cols, partitionKeys, r, key);
        int before = partitions.size();
        int pid = partitions.findOrInsert(key.array(), 0, key.length());
        if (partitions.size() > before) {
            while (rows.size() <= pid) {
                rows.add(null);
                lastOutput.add(null);
            }
            rows.set(pid, new TreeMap<>(Arrays::compareUnsigned));
            lastOutput.set(pid, List.of());
        }
        key.reset();
        sortCodec.encode(cols, sortColumns, r, key);
        int sortLen = key.length();
        rowCodec.encode(cols, r, key);
        byte[] k = key.toByteArray();
        TreeMap<byte[], Entry> part = rows.get(pid);
        Entry e = part.get(k);
        if (e == null) {
            e = new Entry(sortLen);
            part.put(k, e);
            bytes += k.length + 48;
        }
        e.count += weight;
        if (e.count == 0) {
            part.remove(k);
            bytes -= k.length + 48;
        }
        return pid;
    }

    /** The partition's rows in order (map key = sort key then row encoding). */
    public TreeMap<byte[], Entry> rows(int pid) {
        return rows.get(pid);
    }

    /** Decodes the row part of a map key into {@code builders[first..]}. */
    public void decodeRow(
            byte[] mapKey, Entry e, dev.freshet.engine.batch.ColumnBuilder[] builders, int first) {
        ByteReader in = new ByteReader(mapKey, e.sortKeyLength, mapKey.length - e.sortKeyLength);
        rowCodec.decode(in, builders, first);
    }

    /** True if two map keys have equal sort keys (peers). */
    public static boolean samePeers(byte[] a, Entry ea, byte[] b, Entry eb) {
        return ea.sortKeyLength == eb.sortKeyLength
                && Arrays.equals(a, 0, ea.sortKeyLength, b, 0, eb.sortKeyLength);
    }

    public List<byte[]> lastOutput(int pid) {
        return lastOutput.get(pid);
    }

    /** Records the output emitted for a partition; frees the partition when it is empty. */
    public void setLastOutput(int pid, List<byte[]> output) {
        for (byte[] b : lastOutput.get(pid)) {
            bytes -= b.length + 16;
        }
        for (byte[] b : output) {
            bytes += b.length + 16;
        }
        lastOutput.set(pid, output);
        if (rows.get(pid).isEmpty() && output.isEmpty()) {
            partitions.remove(pid);
            rows.set(pid, null);
            lastOutput.set(pid, null);
        }
    }

    public int partitionCount() {
        return partitions.size();
    }

    public long memoryBytes() {
        return bytes + partitions.memoryBytes();
    }

    /** Iterates entries of a partition in order. */
    public static Iterable<Map.Entry<byte[], Entry>> inOrder(TreeMap<byte[], Entry> part) {
        return part.entrySet();
    }
}
