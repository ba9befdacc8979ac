package dev.freshet.engine.batch;

import org.jspecify.annotations.Nullable;

/**
 * Null bitmaps: one bit per row in a {@code long[]}, set when the row is NULL. A column with no
 * nulls carries no bitmap ({@code null}), which kernels test once per batch, not per row.
 */
public final class NullBits {
    private NullBits() {}

    /** Words needed for {@code rows} bits. */
    public static int words(int rows) {
        return (rows + 63) >>> 6;
    }

    public static boolean isNull(@Nullable long[] bits, int row) {
        return bits != null && (bits[row >>> 6] & (1L << row)) != 0;
    }

    public static void set(long[] bits, int row) {
        bits[row >>> 6] |= 1L << row;
    }

    /** True if any of the first {@code rows} bits is set. */
    public static boolean any(@Nullable long[] bits, int rows) {
        if (bits == null) {
            return false;
        }
        int full = rows >>> 6;
        for (int w = 0; w < full; w++) {
            if (bits[w] != 0) {
                return true;
            }
        }
        int rest = rows & 63;
        return rest != 0 && (bits[full] & ((1L << rest) - 1)) != 0;
    }

    /** The bitmap for rows {@code positions[0..count)} of {@code bits}, or null if none is null. */
    public static long @Nullable [] gather(@Nullable long[] bits, int[] positions, int count) {
        if (bits == null) {
            return null;
        }
        long[] out = null;
        for (int i = 0; i < count; i++) {
            if (isNull(bits, positions[i])) {
                if (out == null) {
                    out = new long[words(count)];
                }
                set(out, i);
            }
        }
        return out;
    }

    /** Union of two bitmaps over {@code rows} rows (either may be null). */
    public static long @Nullable [] or(@Nullable long[] a, @Nullable long[] b, int rows) {
        if (a == null) {
            return b;
        }
        if (b == null) {
            return a;
        }
        long[] out = new long[words(rows)];
        for (int w = 0; w < out.length; w++) {
            out[w] = a[w] | b[w];
        }
        return out;
    }
}
