package dev.freshet.engine.state;

import java.util.Arrays;

/** A reusable, growable byte buffer for encoding keys and rows. Owned by one thread. */
public final class ByteSink {
    private byte[] buf;
    private int len;

    public ByteSink() {
        this(64);
    }

    public ByteSink(int capacity) {
        buf = new byte[Math.max(capacity, 8)];
    }

    /** Empties the buffer (keeps its capacity). */
    public void reset() {
        len = 0;
    }

    public int length() {
        return len;
    }

    /** The backing array; bytes {@code [0, length())} are valid until the next write. */
    public byte[] array() {
        return buf;
    }

    public byte[] toByteArray() {
        return Arrays.copyOf(buf, len);
    }

    /** Truncates to {@code newLength} bytes. */
    public void truncate(int newLength) {
        len = newLength;
    }

    private void ensure(int extra) {
        if (len + extra > buf.length) {
            buf = Arrays.copyOf(buf, Math.max(buf.length * 2, len + extra));
        }
    }

    public void putByte(int b) {
        ensure(1);
        buf[len++] = (byte) b;
    }

    /** Big-endian, so byte order equals unsigned numeric order. */
    public void putLongBE(long v) {
        ensure(8);
        for (int i = 7; i >= 0; i--) {
            buf[len++] = (byte) (v >>> (i * 8));
        }
    }

    public void putIntBE(int v) {
        ensure(4);
        buf[len++] = (byte) (v >>> 24);
        buf[len++] = (byte) (v >>> 16);
        buf[len++] = (byte) (v >>> 8);
        buf[len++] = (byte) v;
    }

    public void putShortBE(int v) {
        ensure(2);
        buf[len++] = (byte) (v >>> 8);
        buf[len++] = (byte) v;
    }

    /** Unsigned LEB128 varint. */
    public void putVarInt(int v) {
        ensure(5);
        while ((v & ~0x7F) != 0) {
            buf[len++] = (byte) ((v & 0x7F) | 0x80);
            v >>>= 7;
        }
        buf[len++] = (byte) v;
    }

    /** Zig-zag varlong: small magnitudes take few bytes. */
    public void putVarLong(long v) {
        long z = (v << 1) ^ (v >> 63);
        ensure(10);
        while ((z & ~0x7FL) != 0) {
            buf[len++] = (byte) ((z & 0x7F) | 0x80);
            z >>>= 7;
        }
        buf[len++] = (byte) z;
    }

    public void putBytes(byte[] src, int off, int n) {
        ensure(n);
        System.arraycopy(src, off, buf, len, n);
        len += n;
    }

    /** Complements bytes {@code [from, length())}: turns an ascending encoding descending. */
    public void invertFrom(int from) {
        for (int i = from; i < len; i++) {
            buf[i] = (byte) ~buf[i];
        }
    }
}
