package dev.freshet.engine.batch;

import dev.freshet.engine.type.DataType;
import dev.freshet.engine.type.PhysicalType;
import java.util.Arrays;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** BOOLEAN values in a {@code boolean[]}; also the result of predicates. */
public final class BoolColumn implements Column {
    private final DataType type;
    private final boolean[] values;
    private final long @Nullable [] nulls;
    private final int size;

    public BoolColumn(DataType type, boolean[] values, long @Nullable [] nulls, int size) {
        if (type.physical() != PhysicalType.BOOL) {
            throw new IllegalArgumentException("not a BOOL type: " + type);
        }
        this.type = Objects.requireNonNull(type);
        this.values = values;
        this.nulls = nulls;
        this.size = size;
    }

    public BoolColumn(boolean[] values, long @Nullable [] nulls, int size) {
        this(DataType.BOOLEAN, values, nulls, size);
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

    public boolean get(int row) {
        return values[row];
    }

    /** True when the value is TRUE (not FALSE, not NULL): how WHERE reads a predicate. */
    public boolean isTrue(int row) {
        return values[row] && !NullBits.isNull(nulls, row);
    }

    /** The backing array; read only. */
    public boolean[] values() {
        return values;
    }

    @Override
    public BoolColumn gather(int[] positions, int count) {
        boolean[] out = new boolean[count];
        for (int i = 0; i < count; i++) {
            out[i] = values[positions[i]];
        }
        return new BoolColumn(type, out, NullBits.gather(nulls, positions, count), count);
    }

    @Override
    public BoolColumn slice(int from, int count) {
        return new BoolColumn(
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
