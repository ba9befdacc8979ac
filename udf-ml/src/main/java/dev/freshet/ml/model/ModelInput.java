package dev.freshet.ml.model;

import dev.freshet.sql.error.ErrorCode;
import dev.freshet.sql.error.FreshetException;
import java.nio.charset.StandardCharsets;

/**
 * Reads what {@link ModelOutput} wrote. Truncated or malformed input fails with {@link
 * ErrorCode#INVALID_BINARY_REPRESENTATION}, never with an index exception.
 */
public final class ModelInput {
    private final byte[] buf;
    private int pos;
    private final int end;

    public ModelInput(byte[] bytes) {
        this(bytes, 0, bytes.length);
    }

    public ModelInput(byte[] bytes, int offset, int length) {
        buf = bytes;
        pos = offset;
        end = offset + length;
    }

    /** Bytes left to read. */
    public int remaining() {
        return end - pos;
    }

    /** A corrupt-input error with the given reason. */
    public static FreshetException corrupt(String reason) {
        return new FreshetException(
                ErrorCode.INVALID_BINARY_REPRESENTATION, "invalid model data: " + reason);
    }

    private void need(int n) {
        if (n < 0 || end - pos < n) {
            throw corrupt("unexpected end of data");
        }
    }

    public int readByte() {
        need(1);
        return buf[pos++] & 0xFF;
    }

    public boolean readBoolean() {
        int b = readByte();
        if (b > 1) {
            throw corrupt("bad boolean " + b);
        }
        return b == 1;
    }

    public int readInt() {
        need(4);
        int v =
                ((buf[pos] & 0xFF) << 24)
                        | ((buf[pos + 1] & 0xFF) << 16)
                        | ((buf[pos + 2] & 0xFF) << 8)
                        | (buf[pos + 3] & 0xFF);
        pos += 4;
        return v;
    }

    /** An int that counts elements: non-negative and not more than the bytes left. */
    public int readCount() {
        int n = readInt();
        if (n < 0 || n > remaining()) {
            throw corrupt("bad length " + n);
        }
        return n;
    }

    public long readLong() {
        need(8);
        long v = 0;
        for (int i = 0; i < 8; i++) {
            v = (v << 8) | (buf[pos++] & 0xFF);
        }
        return v;
    }

    public double readDouble() {
        return Double.longBitsToDouble(readLong());
    }

    public String readString() {
        int n = readCount();
        String s = new String(buf, pos, n, StandardCharsets.UTF_8);
        pos += n;
        return s;
    }

    public byte[] readBytes() {
        int n = readCount();
        byte[] b = new byte[n];
        System.arraycopy(buf, pos, b, 0, n);
        pos += n;
        return b;
    }

    public double[] readDoubles() {
        int n = readInt();
        if (n < 0 || (long) n * 8 > remaining()) {
            throw corrupt("bad array length " + n);
        }
        double[] xs = new double[n];
        for (int i = 0; i < n; i++) {
            xs[i] = readDouble();
        }
        return xs;
    }

    /** Reads an array written by {@code writeDoubles} into {@code target}, which it must fit. */
    public void readDoublesInto(double[] target) {
        int n = readInt();
        if (n != target.length) {
            throw corrupt("array length " + n + " where " + target.length + " was expected");
        }
        for (int i = 0; i < n; i++) {
            target[i] = readDouble();
        }
    }

    /** A dimension or size: an int in {@code [0, max]}. */
    public int readSize(int max) {
        int n = readInt();
        if (n < 0 || n > max) {
            throw corrupt("bad size " + n);
        }
        return n;
    }

    public int[] readInts() {
        int n = readInt();
        if (n < 0 || (long) n * 4 > remaining()) {
            throw corrupt("bad array length " + n);
        }
        int[] xs = new int[n];
        for (int i = 0; i < n; i++) {
            xs[i] = readInt();
        }
        return xs;
    }

    public long[] readLongs() {
        int n = readInt();
        if (n < 0 || (long) n * 8 > remaining()) {
            throw corrupt("bad array length " + n);
        }
        long[] xs = new long[n];
        for (int i = 0; i < n; i++) {
            xs[i] = readLong();
        }
        return xs;
    }

    /** Reads an enum written as its ordinal byte. */
    public <E extends Enum<E>> E readEnum(E[] values) {
        int o = readByte();
        if (o >= values.length) {
            throw corrupt("bad enum ordinal " + o);
        }
        return values[o];
    }

    /** Fails unless every byte was read. */
    public void expectEnd() {
        if (pos != end) {
            throw corrupt((end - pos) + " trailing bytes");
        }
    }
}
