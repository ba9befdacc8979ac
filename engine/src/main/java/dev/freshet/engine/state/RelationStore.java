package dev.freshet.engine.state;

import dev.freshet.engine.batch.Batch;
import dev.freshet.engine.batch.BatchBuilder;
import dev.freshet.engine.batch.Column;
import dev.freshet.engine.batch.ColumnBuilder;
import dev.freshet.engine.type.DataType;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * The readable contents of a table or materialized view: a Z-set of rows with non-negative
 * multiplicities, indexed by the relation's key.
 *
 * <p>Keyed (a primary key, a view's group key): map from the key's memcomparable encoding to the
 * row's {@link RowCodec} encoding; a point lookup by key is one hash probe. Unkeyed: map from the
 * row encoding to its multiplicity. Written only by the epoch thread under the engine's write lock;
 * read by queries under the read lock.
 */
public final class RelationStore {
    private final List<DataType> types;
    private final int @Nullable [] keyColumns;
    private final RowCodec rowCodec;
    private final @Nullable KeyCodec keyCodec;
    private final BytesMap map = new BytesMap(64);
    private final ByteSink keyBuf = new ByteSink(64);
    private final ByteSink rowBuf = new ByteSink(128);
    private long rowCount;
    // CREATE INDEX: maintained with every change of an entry
    private final List<SecondaryIndex> indexes = new java.util.concurrent.CopyOnWriteArrayList<>();

    /**
     * @param keyColumns the key's column indexes (empty: at most one row), or null for an unkeyed
     *     multiset
     */
    public RelationStore(List<DataType> types, int @Nullable [] keyColumns) {
        this.types = List.copyOf(types);
        this.keyColumns = keyColumns == null ? null : keyColumns.clone();
        this.rowCodec = new RowCodec(types);
        if (keyColumns != null) {
            DataType[] kt = new DataType[keyColumns.length];
            for (int i = 0; i < kt.length; i++) {
                kt[i] = types.get(keyColumns[i]);
            }
            this.keyCodec = new KeyCodec(List.of(kt));
        } else {
            this.keyCodec = null;
        }
    }

    public List<DataType> types() {
        return types;
    }

    public boolean isKeyed() {
        return keyColumns != null;
    }

    /** The key's column indexes; throws when unkeyed. */
    public int[] keyColumns() {
        if (keyColumns == null) {
            throw new IllegalStateException("unkeyed store");
        }
        return keyColumns.clone();
    }

    /** Total rows counting multiplicity. */
    public long rowCount() {
        return rowCount;
    }

    public long memoryBytes() {
        long n = map.memoryBytes();
        for (SecondaryIndex i : indexes) {
            n += i.memoryBytes();
        }
        return n;
    }

    public RowCodec rowCodec() {
        return rowCodec;
    }

    /** The id of the entry holding row {@code row} of {@code cols} (by key, or by whole row). */
    public int find(Column[] cols, int row) {
        encodeIdentity(cols, row);
        return map.find(keyBuf.array(), 0, keyBuf.length());
    }

    /**
     * The id of the entry whose key equals {@code keyValues} (Java values), or -1. Safe for
     * concurrent readers (unlike the methods that write or use the store's scratch buffers, which
     * only the epoch thread calls).
     */
    public int findByKey(Object[] keyValues) {
        if (keyCodec == null) {
            throw new IllegalStateException("unkeyed store");
        }
        // readers call this concurrently under the read lock: no shared scratch buffer
        ByteSink key = new ByteSink(32);
        keyCodec.encodeObjects(keyValues, key);
        return map.find(key.array(), 0, key.length());
    }

    /** Multiplicity of a live entry. */
    public long multiplicity(int id) {
        return map.aux(id);
    }

    /** Appends the row of entry {@code id} to {@code builders[first..]}. */
    public void decodeRow(int id, ColumnBuilder[] builders, int first) {
        ByteReader in = new ByteReader();
        if (keyColumns != null) {
            in.reset(map.arena(), map.valueOffset(id), map.valueLength(id));
        } else {
            in.reset(map.arena(), map.keyOffset(id), map.keyLength(id));
        }
        rowCodec.decode(in, builders, first);
    }

    /** True if entry {@code id} holds exactly row {@code row} of {@code cols}. */
    public boolean holdsRow(int id, Column[] cols, int row) {
        rowBuf.reset();
        rowCodec.encode(cols, row, rowBuf);
        byte[] a = map.arena();
        if (keyColumns != null) {
            return map.valueLength(id) == rowBuf.length()
                    && java.util.Arrays.equals(
                            a,
                            map.valueOffset(id),
                            map.valueOffset(id) + map.valueLength(id),
                            rowBuf.array(),
                            0,
                            rowBuf.length());
        }
        return true; // unkeyed entries are found by the whole row
    }

    /**
     * Adds {@code weight} copies of row {@code row}. Keyed: a positive weight inserts or replaces
     * the row with that key, a negative one removes it. Unkeyed: adjusts the multiplicity.
     */
    public void add(Column[] cols, int row, long weight) {
        encodeIdentity(cols, row);
        long hash = ByteBuffers.hash(keyBuf.array(), 0, keyBuf.length());
        int id = map.find(keyBuf.array(), 0, keyBuf.length(), hash);
        if (keyColumns != null) {
            if (weight < 0) {
                if (id >= 0) {
                    unindex(id);
                    map.remove(id);
                    rowCount--;
                }
                return;
            }
            rowBuf.reset();
            rowCodec.encode(cols, row, rowBuf);
            if (id < 0) {
                id = map.insert(keyBuf.array(), 0, keyBuf.length(), hash);
                rowCount++;
            } else {
                unindex(id);
            }
            map.setValue(id, rowBuf.array(), 0, rowBuf.length());
            map.setAux(id, 1);
            index(id, cols, row);
            return;
        }
        if (id < 0) {
            if (weight <= 0) {
                return;
            }
            id = map.insert(keyBuf.array(), 0, keyBuf.length(), hash);
            index(id, cols, row);
        }
        long m = map.addAux(id, weight);
        rowCount += weight;
        if (m <= 0) {
            rowCount -= m;
            unindex(id);
            map.remove(id);
        }
    }

    /** Applies a consolidated batch: deletes first, then inserts. */
    public void apply(Batch batch) {
        Column[] cols = batch.columns();
        for (int r = 0; r < batch.size(); r++) {
            if (batch.weight(r) < 0) {
                add(cols, r, batch.weight(r));
            }
        }
        for (int r = 0; r < batch.size(); r++) {
            if (batch.weight(r) > 0) {
                add(cols, r, batch.weight(r));
            }
        }
    }

    /** Removes entry {@code id} entirely. */
    public void remove(int id) {
        rowCount -= map.aux(id);
        unindex(id);
        map.remove(id);
    }

    /** Removes everything. */
    public void clear() {
        map.clear();
        rowCount = 0;
        for (SecondaryIndex i : indexes) {
            i.clear();
        }
    }

    private void index(int id, Column[] cols, int row) {
        for (SecondaryIndex i : indexes) {
            i.add(id, cols, row);
        }
    }

    private void unindex(int id) {
        for (SecondaryIndex i : indexes) {
            i.remove(id);
        }
    }

    /** Adds secondary index {@code name} on {@code columns}, built from the current entries. */
    public SecondaryIndex addIndex(String name, int[] columns) {
        SecondaryIndex index = new SecondaryIndex(name, columns, types);
        BatchBuilder b = new BatchBuilder(types);
        ColumnBuilder[] builders = new ColumnBuilder[types.size()];
        for (int c = 0; c < builders.length; c++) {
            builders[c] = b.column(c);
        }
        int[] ids = new int[Batch.TARGET_ROWS];
        for (int id = 0; id < map.idLimit(); id++) {
            if (!map.isLive(id)) {
                continue;
            }
            ids[b.size()] = id;
            decodeRow(id, builders, 0);
            b.endRow(1);
            if (b.size() == ids.length) {
                addAll(index, ids, b.build());
            }
        }
        if (b.size() > 0) {
            addAll(index, ids, b.build());
        }
        indexes.add(index);
        return index;
    }

    private static void addAll(SecondaryIndex index, int[] ids, Batch batch) {
        Column[] cols = batch.columns();
        for (int r = 0; r < batch.size(); r++) {
            index.add(ids[r], cols, r);
        }
    }

    /** Drops secondary index {@code name} (no-op if absent). */
    public void dropIndex(String name) {
        indexes.removeIf(i -> i.name().equals(name));
    }

    /** The secondary index called {@code name}, or null. */
    public @Nullable SecondaryIndex index(String name) {
        for (SecondaryIndex i : indexes) {
            if (i.name().equals(name)) {
                return i;
            }
        }
        return null;
    }

    /** One past the largest entry id; scan ids below it that are {@link #isLive}. */
    public int idLimit() {
        return map.idLimit();
    }

    public boolean isLive(int id) {
        return map.isLive(id);
    }

    /**
     * Reads the whole contents as batches of up to {@link Batch#TARGET_ROWS} rows, each row with
     * weight = its multiplicity.
     */
    public void scan(java.util.function.Consumer<Batch> sink) {
        BatchBuilder b = new BatchBuilder(types);
        ColumnBuilder[] builders = new ColumnBuilder[types.size()];
        for (int c = 0; c < builders.length; c++) {
            builders[c] = b.column(c);
        }
        for (int id = 0; id < map.idLimit(); id++) {
            if (!map.isLive(id)) {
                continue;
            }
            decodeRow(id, builders, 0);
            b.endRow(map.aux(id));
            if (b.size() >= Batch.TARGET_ROWS) {
                sink.accept(b.build());
            }
        }
        if (b.size() > 0) {
            sink.accept(b.build());
        }
    }

    private void encodeIdentity(Column[] cols, int row) {
        keyBuf.reset();
        if (keyColumns != null) {
            keyCodec.encode(cols, keyColumns, row, keyBuf);
        } else {
            rowCodec.encode(cols, row, keyBuf);
        }
    }
}
