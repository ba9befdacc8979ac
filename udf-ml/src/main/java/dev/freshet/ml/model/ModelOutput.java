package dev.freshet.ml.model;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * Writes model state in Freshet's binary model format: big-endian, no padding, doubles as their
 * IEEE-754 bit patterns (so state round-trips bit for bit, NaN payloads included).
 *
 * <ul>
 *   <li>{@code byte}: 1 byte; {@code boolean}: 1 byte, 0 or 1
 *   <li>{@code int}: 4 bytes; {@code long}: 8 bytes; {@code double}: 8 bytes ({@link
 *       Double#doubleToRawLongBits})
 *   <li>{@code string}: int byte length, then UTF-8 bytes
 *   <li>arrays: int length, then the elements
 * </ul>
 *
 * A growable buffer owned by one thread; {@link #toByteArray} copies the bytes out.
 */
public final class ModelOutput {
    private byte[] buf;
    private int len;

    public ModelOutput() {
        this(256);
    }

    public ModelOutput(int capacity) {
        buf = new byte[Math.max(16, capacity)];
    }

    private void ensure(int extra) {
        if (len + extra > buf.length) {
            buf = Arrays.copyOf(buf, Math.max(buf.length * 2, len + extra));
        }
    }

    /** Number of bytes written. */
    public int size() {
        return len;
    }

    /** A copy of the bytes written. */
    public byte[] toByteArray() {
        return Arrays.copyOf(buf, len);
    }

    public void writeByte(int b) {
        ensure(1);
        buf[len++] = (byte) b;
    }

    public void writeBoolean(boolean b) {
        writeByte(b ? 1 : 0);
    }

    public void writeInt(int v) {
        ensure(4);
        buf[len++] = (byte) (v >>> 24);
        buf[len++] = (byte) (v >>> 16);
        buf[len++] = (byte) (v >>> 8);
        buf[len++] = (byte) v;
    }

    public void writeLong(long v) {
        ensure(8);
        for (int s = 56; s >= 0; s -= 8) {
            buf[len++] = (byte) (v >>> s);
        }
    }

    public void writeDouble(double v) {
        writeLong(Double.doubleToRawLongBits(v));
    }

    public void writeString(String s) {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        writeInt(b.length);
        writeRaw(b);
    }

    /** Writes bytes with no length prefix. */
    public void writeRaw(byte[] b) {
        ensure(b.length);
        System.arraycopy(b, 0, buf, len, b.length);
        len += b.length;
    }

    public void writeBytes(byte[] b) {
        writeInt(b.length);
        writeRaw(b);
    }

    public void writeDoubles(double[] xs) {
        writeInt(xs.length);
        ensure(xs.length * 8);
        for (double x : xs) {
            writeDouble(x);
        }
    }

    public void writeInts(int[] xs) {
        writeInt(xs.length);
        for (int x : xs) {
            writeInt(x);
        }
    }

    public void writeLongs(long[] xs) {
        writeInt(xs.length);
        for (long x : xs) {
            writeLong(x);
        }
    }
}
