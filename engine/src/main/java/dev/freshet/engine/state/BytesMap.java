package dev.freshet.engine.state;

import java.util.Arrays;

/**
 * A hash map from byte-string keys to byte-string values plus one {@code long} per entry, with no
 * per-entry objects: keys and values live in one byte arena, entries are dense int ids.
 *
 * <p>The building block of operator state: table and view stores (key → row, aux = weight),
 * aggregate group indexes (group key → last emitted row), join arrangements. Ids are stable while
 * an entry lives and are recycled after {@link #remove}. Open addressing with linear probing and
 * backward-shift deletion; the arena is compacted when more than half of it is garbage.
 *
 * <p>Not thread safe. Byte arrays returned by {@link #arena()} are valid until the next mutation.
 */
public final class BytesMap {
    private static final int NO_ID = -1;

    private int[] slots; // entry id + 1, 0 = empty
    private int mask;

    private long[] hashes;
    private int[] keyOff;
    private int[] keyLen; // -1 for a free id
    private int[] valOff;
    private int[] valLen;
    private long[] aux;
    private int idLimit;
    private int[] freeIds = new int[16];
    private int freeCount;
    private int size;

    private byte[] arena;
    private int arenaUsed;
    private long garbage;

    public BytesMap() {
        this(16);
    }

    public BytesMap(int expectedEntries) {
        int cap = Integer.highestOneBit(Math.max(16, expectedEntries * 2 - 1)) << 1;
        slots = new int[cap];
        mask = cap - 1;
        int n = Math.max(16, expectedEntries);
        hashes = new long[n];
        keyOff = new int[n];
        keyLen = new int[n];
        valOff = new int[n];
        valLen = new int[n];
        aux = new long[n];
        arena = new byte[Math.max(256, expectedEntries * 16)];
    }

    /** Live entries. */
    public int size() {
        return size;
    }

    /** One past the largest id ever handed out; iterate ids below it and test {@link #isLive}. */
    public int idLimit() {
        return idLimit;
    }

    public boolean isLive(int id) {
        return id >= 0 && id < idLimit && keyLen[id] >= 0;
    }

    /** The id of {@code key}, or -1. */
    public int find(byte[] key, int off, int len) {
        return find(key, off, len, ByteBuffers.hash(key, off, len));
    }

    /** The id of {@code key} whose {@link ByteBuffers#hash} is {@code hash}, or -1. */
    public int find(byte[] key, int off, int len, long hash) {
        int s = (int) hash & mask;
        while (true) {
            int e = slots[s];
            if (e == 0) {
                return NO_ID;
            }
            int id = e - 1;
            if (hashes[id] == hash
                    && keyLen[id] == len
                    && Arrays.equals(arena, keyOff[id], keyOff[id] + len, key, off, off + len)) {
                return id;
            }
            s = (s + 1) & mask;
        }
    }

    /**
     * The id of {@code key}, inserting it with an empty value and aux 0 if absent. Use {@link
     * #size()} before/after, or {@link #find} first, to tell whether it was inserted.
     */
    public int findOrInsert(byte[] key, int off, int len) {
        long hash = ByteBuffers.hash(key, off, len);
        int id = find(key, off, len, hash);
        return id >= 0 ? id : insert(key, off, len, hash);
    }

    /** Inserts an absent key (the caller checked) and returns its new id. */
    public int insert(byte[] key, int off, int len, long hash) {
        if ((size + 1) * 2 > slots.length) {
            rehash(slots.length * 2);
        }
        int id = allocateId();
        hashes[id] = hash;
        keyOff[id] = append(key, off, len);
        keyLen[id] = len;
        valOff[id] = 0;
        valLen[id] = 0;
        aux[id] = 0;
        int s = (int) hash & mask;
        while (slots[s] != 0) {
            s = (s + 1) & mask;
        }
        slots[s] = id + 1;
        size++;
        return id;
    }

    /** Removes a live entry; its id may be handed out again. */
    public void remove(int id) {
        long hash = hashes[id];
        int s = (int) hash & mask;
        while (slots[s] != id + 1) {
            s = (s + 1) & mask;
        }
        // backward-shift deletion keeps probe chains intact without tombstones
        int hole = s;
        int j = (s + 1) & mask;
        while (slots[j] != 0) {
            int home = (int) hashes[slots[j] - 1] & mask;
            boolean movable = hole <= j ? (home <= hole || home > j) : (home <= hole && home > j);
            if (movable) {
                slots[hole] = slots[j];
                hole = j;
            }
            j = (j + 1) & mask;
        }
        slots[hole] = 0;
        garbage += keyLen[id] + valLen[id];
        keyLen[id] = -1;
        valLen[id] = 0;
        if (freeCount == freeIds.length) {
            freeIds = Arrays.copyOf(freeIds, freeCount * 2);
        }
        freeIds[freeCount++] = id;
        size--;
        maybeCompact();
    }

    /** Replaces the value of a live entry. */
    public void setValue(int id, byte[] value, int off, int len) {
        if (len <= valLen[id]) {
            System.arraycopy(value, off, arena, valOff[id], len);
            garbage += valLen[id] - len;
        } else {
            garbage += valLen[id];
            valOff[id] = append(value, off, len);
        }
        valLen[id] = len;
        maybeCompact();
    }

    /** The arena holding keys and values; valid until the next mutation. */
    public byte[] arena() {
        return arena;
    }

    public int keyOffset(int id) {
        return keyOff[id];
    }

    public int keyLength(int id) {
        return keyLen[id];
    }

    public int valueOffset(int id) {
        return valOff[id];
    }

    public int valueLength(int id) {
        return valLen[id];
    }

    public long aux(int id) {
        return aux[id];
    }

    public void setAux(int id, long value) {
        aux[id] = value;
    }

    /** Adds {@code delta} to the entry's aux and returns the new value. */
    public long addAux(int id, long delta) {
        return aux[id] += delta;
    }

    /** Approximate heap bytes held. */
    public long memoryBytes() {
        return (long) slots.length * 4
                + (long) hashes.length * (8 + 4 * 4 + 8)
                + arena.length
                + (long) freeIds.length * 4;
    }

    /** Removes everything. */
    public void clear() {
        Arrays.fill(slots, 0);
        idLimit = 0;
        freeCount = 0;
        size = 0;
        arenaUsed = 0;
        garbage = 0;
    }

    private int allocateId() {
        if (freeCount > 0) {
            return freeIds[--freeCount];
        }
        if (idLimit == hashes.length) {
            int n = hashes.length * 2;
            hashes = Arrays.copyOf(hashes, n);
            keyOff = Arrays.copyOf(keyOff, n);
            keyLen = Arrays.copyOf(keyLen, n);
            valOff = Arrays.copyOf(valOff, n);
            valLen = Arrays.copyOf(valLen, n);
            aux = Arrays.copyOf(aux, n);
        }
        return idLimit++;
    }

    private int append(byte[] src, int off, int len) {
        if (arenaUsed + len > arena.length) {
            long want = Math.max((long) arena.length * 2, (long) arenaUsed + len);
            if (want > Integer.MAX_VALUE - 16) {
                compact();
                if (arenaUsed + len > arena.length) {
                    want = Math.min(Integer.MAX_VALUE - 16L, (long) arenaUsed + len);
                    if (arenaUsed + (long) len > Integer.MAX_VALUE - 16L) {
                        throw new IllegalStateException("state arena exceeds 2 GiB");
                    }
                    arena = Arrays.copyOf(arena, (int) want);
                }
            } else {
                arena = Arrays.copyOf(arena, (int) want);
            }
        }
        int at = arenaUsed;
        System.arraycopy(src, off, arena, at, len);
        arenaUsed += len;
        return at;
    }

    private void maybeCompact() {
        if (garbage > 4096 && garbage * 2 > arenaUsed) {
            compact();
        }
    }

    private void compact() {
        byte[] fresh =
                new byte
                        [Math.max(
                                256,
                                (int)
                                        Math.min(
                                                Integer.MAX_VALUE - 16L,
                                                (arenaUsed - garbage) * 2))];
        int at = 0;
        for (int id = 0; id < idLimit; id++) {
            if (keyLen[id] < 0) {
                continue;
            }
            System.arraycopy(arena, keyOff[id], fresh, at, keyLen[id]);
            keyOff[id] = at;
            at += keyLen[id];
            System.arraycopy(arena, valOff[id], fresh, at, valLen[id]);
            valOff[id] = at;
            at += valLen[id];
        }
        arena = fresh;
        arenaUsed = at;
        garbage = 0;
    }

    private void rehash(int capacity) {
        slots = new int[capacity];
        mask = capacity - 1;
        for (int id = 0; id < idLimit; id++) {
            if (keyLen[id] < 0) {
                continue;
            }
            int s = (int) hashes[id] & mask;
            while (slots[s] != 0) {
                s = (s + 1) & mask;
            }
            slots[s] = id + 1;
        }
    }
}
