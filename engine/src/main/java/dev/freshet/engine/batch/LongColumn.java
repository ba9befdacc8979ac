package dev.freshet.engine.batch;

import dev.freshet.engine.type.DataType;
import dev.freshet.engine.type.PhysicalType;
import java.util.Arrays;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Integers, dates (days since 1970-01-01), times (µs since midnight) and timestamps (µs since
 * 1970-01-01 00:00, UTC for TIMESTAMPTZ), in a {@code long[]}.
 */
public final class LongColumn implements Column {
    private final DataType type;
    private final long[] values;
    private final long @Nullable [] nulls;
    private final int size;

    /**
     * Wraps {@code values} (owned by the column from now on).
     *
     * @param nulls null bitmap or null; must be null when no row is NULL or may contain no set bits
     */
    public LongColumn(DataType type, long[] values, long @Nullable [] nulls, int size) {
        if (type.physical() != PhysicalType.LONG) {
            throw new IllegalArgumentException("not a LONG type: " + type);
        }
        this.type = Objects.requireNonNull(type);
        this.values = values;
        this.nulls = nulls;
        this.size = size;
    }

    @Override
    public DataType type() {
        return type;
    }

    @Override
    public int size() {
        return size;
    }

    @Override
    public boolean isNull(int row) {
        return NullBits.isNull(nulls, row);
    }

    @Override
    public long @Nullable [] nulls() {
        return nulls;
    }

    /** The value at {@code row} (unspecified when NULL). */
    public long get(int row) {
        return values[row];
    }

    /** The backing array; read only. Valid for indexes {@code [0, size())}. */
    public long[] values() {
        return values;
    }

    @Override
    public LongColumn gather(int[] positions, int count) {
        long[] out = new long[count];
        for (int i = 0; i < count; i++) {
            out[i] = values[positions[i]];
        }
        return new LongColumn(type, out, NullBits.gather(nulls, positions, count), count);
    }

    @Override
    public LongColumn slice(int from, int count) {
        long[] out = Arrays.copyOfRange(values, from, from + count);
        return new LongColumn(type, out, sliceNulls(nulls, from, count), count);
    }

    static long @Nullable [] sliceNulls(long @Nullable [] nulls, int from, int count) {
        if (nulls == null) {
            return null;
        }
        long[] out = null;
        for (int i = 0; i < count; i++) {
            if (NullBits.isNull(nulls, from + i)) {
                if (out == null) {
                    out = new long[NullBits.words(count)];
                }
                NullBits.set(out, i);
            }
        }
        return out;
    }

    @Override
    public @Nullable Object getObject(int row) {
        return isNull(row) ? null : values[row];
    }
}
