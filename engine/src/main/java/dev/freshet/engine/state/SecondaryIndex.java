package dev.freshet.engine.state;

import dev.freshet.engine.batch.Column;
import dev.freshet.engine.type.DataType;
import java.util.Arrays;
import java.util.List;

/**
 * A secondary index of a {@link RelationStore} ({@code CREATE INDEX}): from the memcomparable
 * encoding of some columns to the store's entries that hold those values, so an equality lookup on
 * those columns probes a hash map instead of scanning. NULLs are indexed (they never match an
 * equality, but the index stays a complete map of the entries).
 *
 * <p>Maintained by the store as entries come and go; each entry remembers its index key's id, so
 * removing an entry needs no re-encoding. Written by the epoch thread under the engine's write
 * lock, read by queries under the read lock ({@link #lookup} uses no shared scratch).
 */
public final class SecondaryIndex {
    private final String name;
    private final int[] columns;
    private final KeyCodec codec;
    private final BytesMap keys = new BytesMap(64);
    // Per key id: the entry ids holding that key (the first postingSize[k] slots).
    private int[][] postings = new int[64][];
    private int[] postingSize = new int[64];
    // Per entry id of the store: its key id, or -1.
    private int[] keyOfEntry = new int[64];
    private final ByteSink scratch = new ByteSink(32);

    SecondaryIndex(String name, int[] columns, List<DataType> storeTypes) {
        this.name = name;
        this.columns = columns.clone();
        DataType[] kt = new DataType[columns.length];
        for (int i = 0; i < kt.length; i++) {
            kt[i] = storeTypes.get(columns[i]);
        }
        this.codec = new KeyCodec(List.of(kt));
        Arrays.fill(keyOfEntry, -1);
    }

    public String name() {
        return name;
    }

    /** The indexed columns of the store, in index order. */
    public int[] columns() {
        return columns.clone();
    }

    /** Indexes entry {@code entry}, which holds row {@code row} of {@code cols}. */
    void add(int entry, Column[] cols, int row) {
        scratch.reset();
        codec.encode(cols, columns, row, scratch);
        int k = keys.findOrInsert(scratch.array(), 0, scratch.length());
        if (k >= postings.length) {
            int n = Math.max(k + 1, postings.length * 2);
            postings = Arrays.copyOf(postings, n);
            postingSize = Arrays.copyOf(postingSize, n);
        }
        int[] p = postings[k];
        int size = postingSize[k];
        if (p == null) {
            p = new int[2];
        } else if (size == p.length) {
            p = Arrays.copyOf(p, size * 2);
        }
        p[size] = entry;
        postings[k] = p;
        postingSize[k] = size + 1;
        if (entry >= keyOfEntry.length) {
            int old = keyOfEntry.length;
            keyOfEntry = Arrays.copyOf(keyOfEntry, Math.max(entry + 1, old * 2));
            Arrays.fill(keyOfEntry, old, keyOfEntry.length, -1);
        }
        keyOfEntry[entry] = k;
    }

    /** Forgets entry {@code entry} (no-op if it is not indexed). */
    void remove(int entry) {
        if (entry >= keyOfEntry.length || keyOfEntry[entry] < 0) {
            return;
        }
        int k = keyOfEntry[entry];
        keyOfEntry[entry] = -1;
        int[] p = postings[k];
        int size = postingSize[k];
        for (int i = 0; i < size; i++) {
            if (p[i] == entry) {
                p[i] = p[size - 1];
                break;
            }
        }
        postingSize[k] = size - 1;
        if (size == 1) {
            postings[k] = null;
            keys.remove(k);
        }
    }

    void clear() {
        keys.clear();
        Arrays.fill(postings, null);
        Arrays.fill(postingSize, 0);
        Arrays.fill(keyOfEntry, -1);
    }

    /** The entries whose indexed columns equal {@code values} (Java values, none NULL). */
    public int[] lookup(Object[] values) {
        ByteSink key = new ByteSink(32);
        codec.encodeObjects(values, key);
        int k = keys.find(key.array(), 0, key.length());
        if (k < 0) {
            return new int[0];
        }
        return Arrays.copyOf(postings[k], postingSize[k]);
    }

    /** Approximate bytes held. */
    long memoryBytes() {
        long n = keys.memoryBytes() + 4L * keyOfEntry.length + 8L * postings.length;
        for (int k = 0; k < postings.length; k++) {
            if (postings[k] != null) {
                n += 16 + 4L * postings[k].length;
            }
        }
        return n;
    }
}
