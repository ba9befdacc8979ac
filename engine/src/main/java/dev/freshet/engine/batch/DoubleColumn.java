package dev.freshet.engine.batch;

import dev.freshet.engine.type.DataType;
import dev.freshet.engine.type.PhysicalType;
import java.util.Arrays;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** REAL and DOUBLE values in a {@code double[]} (REAL values are already float-rounded). */
public final class DoubleColumn implements Column {
    private final DataType type;
    private final double[] values;
    private final long @Nullable [] nulls;
    private final int size;

    public DoubleColumn(DataType type, double[] values, long @Nullable [] nulls, int size) {
        if (type.physical() != PhysicalType.DOUBLE) {
            throw new IllegalArgumentException("not a DOUBLE type: " + type);
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

    public double get(int row) {
        return values[row];
    }

    /** The backing array; read only. */
    public double[] values() {
        return values;
    }

    @Override
    public DoubleColumn gather(int[] positions, int count) {
        double[] out = new double[count];
        for (int i = 0; i < count; i++) {
            out[i] = values[positions[i]];
        }
        return new DoubleColumn(type, out, NullBits.gather(nulls, positions, count), count);
    }

    @Override
    public DoubleColumn slice(int from, int count) {
        return new DoubleColumn(
                type,
                Arrays.copyOfRange(values, from, from + count),
                LongColumn.sliceNulls(nulls, from, count),
                count);
    }

    @Override
    public @Nullable Object getObject(int row) {
        return isNull(row) ? null : values[row];
    }
}
