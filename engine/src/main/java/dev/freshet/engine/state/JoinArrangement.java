package dev.freshet.engine.state;

import dev.freshet.engine.batch.Column;
import dev.freshet.engine.batch.ColumnBuilder;
import dev.freshet.engine.type.DataType;
import java.util.Arrays;
import java.util.List;

/**
 * One side of a join: the side's rows indexed by join key, each with its multiplicity and a match
 * count (the summed multiplicity of the other side's rows it currently joins with; outer, semi and
 * anti joins need it).
 *
 * <p>Two {@link BytesMap}s: join key → list head, and row encoding → row id; rows of one key form a
 * doubly linked list through int arrays, so inserts, deletes and probes are O(1) per row with no
 * per-row objects.
 */
public final class JoinArrangement {
    private final RowCodec rowCodec;
    private final KeyCodec keyCodec;
    private final int[] keyColumns;
    private final BytesMap keys = new BytesMap(64);
    private final BytesMap rows = new BytesMap(64);
    private int[] keyOf = new int[16];
    private int[] next = new int[16];
    private int[] prev = new int[16];
    private long[] matches = new long[16];
    private final ByteSink rowBuf = new ByteSink(128);
    private final ByteReader reader = new ByteReader();

    public JoinArrangement(List<DataType> types, int[] keyColumns) {
        this.rowCodec = new RowCodec(types);
        this.keyColumns = keyColumns.clone();
        DataType[] kt = new DataType[keyColumns.length];
        for (int i = 0; i < kt.length; i++) {
            kt[i] = types.get(keyColumns[i]);
        }
        this.keyCodec = new KeyCodec(List.of(kt));
    }

    /** Encodes the join key of {@code row} into {@code out} (after resetting it). */
    public void encodeKey(Column[] cols, int row, ByteSink out) {
        out.reset();
        keyCodec.encode(cols, keyColumns, row, out);
    }

    /** The first row id stored under {@code key}, or -1. */
    public int first(ByteSink key) {
        int kid = keys.find(key.array(), 0, key.length());
        return kid < 0 ? -1 : (int) keys.aux(kid) - 1;
    }

    /** The row after {@code rid} under the same key, or -1. */
    public int next(int rid) {
        return next[rid];
    }

    public long weight(int rid) {
        return rows.aux(rid);
    }

    public long matches(int rid) {
        return matches[rid];
    }

    /** Adds {@code delta} to the match count of {@code rid}; returns the new count. */
    public long addMatches(int rid, long delta) {
        return matches[rid] += delta;
    }

    /** Appends the row {@code rid} to {@code builders[first..]}. */
    public void decode(int rid, ColumnBuilder[] builders, int first) {
        reader.reset(rows.arena(), rows.keyOffset(rid), rows.keyLength(rid));
        rowCodec.decode(reader, builders, first);
    }

    /**
     * Adds {@code weight} copies of row {@code row} (whose key is in {@code key}) with the given
     * current match count; removes the row when its multiplicity reaches zero.
     */
    public void add(Column[] cols, int row, ByteSink key, long weight, long matchCount) {
        rowBuf.reset();
        rowCodec.encode(cols, row, rowBuf);
        long hash = ByteBuffers.hash(rowBuf.array(), 0, rowBuf.length());
        int rid = rows.find(rowBuf.array(), 0, rowBuf.length(), hash);
        if (rid < 0) {
            rid = rows.insert(rowBuf.array(), 0, rowBuf.length(), hash);
            grow(rid + 1);
            int kid = keys.findOrInsert(key.array(), 0, key.length());
            int head = (int) keys.aux(kid) - 1;
            keyOf[rid] = kid;
            prev[rid] = -1;
            next[rid] = head;
            if (head >= 0) {
                prev[head] = rid;
            }
            keys.setAux(kid, rid + 1);
        }
        matches[rid] = matchCount;
        if (rows.addAux(rid, weight) == 0) {
            unlink(rid);
        }
    }

    private void unlink(int rid) {
        int kid = keyOf[rid];
        int p = prev[rid];
        int n = next[rid];
        if (p >= 0) {
            next[p] = n;
        } else if (n >= 0) {
            keys.setAux(kid, n + 1);
        } else {
            keys.remove(kid);
        }
        if (n >= 0) {
            prev[n] = p;
        }
        rows.remove(rid);
        matches[rid] = 0;
    }

    private void grow(int n) {
        if (n > keyOf.length) {
            int m = Math.max(n, keyOf.length * 2);
            keyOf = Arrays.copyOf(keyOf, m);
            next = Arrays.copyOf(next, m);
            prev = Arrays.copyOf(prev, m);
            matches = Arrays.copyOf(matches, m);
        }
    }

    /** Distinct rows stored. */
    public int size() {
        return rows.size();
    }

    public long memoryBytes() {
        return keys.memoryBytes() + rows.memoryBytes() + keyOf.length * 20L;
    }
}
