package dev.freshet.engine.state;

/**
 * Hashing of byte ranges for the state structures. A 64-bit multiply-xorshift hash over 8-byte
 * words: fast, well mixed, deterministic across runs (state layouts do not depend on it being
 * stable across versions, but tests and golden files must not depend on iteration order anyway).
 */
public final class ByteBuffers {
    private static final long M = 0x9E3779B97F4A7C15L;

    private ByteBuffers() {}

    /** Hash of {@code data[off, off+len)}. */
    public static long hash(byte[] data, int off, int len) {
        long h = len * M;
        int i = off;
        int end = off + len;
        while (i + 8 <= end) {
            long w = getLong(data, i);
            h = Long.rotateLeft(h ^ (w * M), 27) * 0xC2B2AE3D27D4EB4FL;
            i += 8;
        }
        long tail = 0;
        int shift = 0;
        while (i < end) {
            tail |= (data[i] & 0xFFL) << shift;
            shift += 8;
            i++;
        }
        h ^= tail * M;
        h ^= h >>> 33;
        h *= 0xFF51AFD7ED558CCDL;
        h ^= h >>> 33;
        return h;
    }

    static long getLong(byte[] b, int i) {
        return (b[i] & 0xFFL)
                | (b[i + 1] & 0xFFL) << 8
                | (b[i + 2] & 0xFFL) << 16
                | (b[i + 3] & 0xFFL) << 24
                | (b[i + 4] & 0xFFL) << 32
                | (b[i + 5] & 0xFFL) << 40
                | (b[i + 6] & 0xFFL) << 48
                | (b[i + 7] & 0xFFL) << 56;
    }
}
