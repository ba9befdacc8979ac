package dev.freshet.engine.batch;

import dev.freshet.engine.type.DataType;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/** Builds {@link LongColumn}s. */
public final class LongColumnBuilder extends ColumnBuilder {
    private long[] values;

    LongColumnBuilder(DataType type, int capacity) {
        super(type);
        values = new long[Math.max(capacity, 1)];
    }

    /** Appends a non-null value. */
    public void appendLong(long v) {
        if (size == values.length) {
            ensureCapacity(size + 1);
        }
        values[size++] = v;
    }

    @Override
    protected int capacity() {
        return values.length;
    }

    @Override
    protected void ensureCapacity(int rows) {
        if (rows > values.length) {
            values = Arrays.copyOf(values, grow(values.length, rows));
        }
    }

    @Override
    protected void appendDefault() {
        values[size] = 0;
    }

    @Override
    protected void appendValueFrom(Column src, int row) {
        values[size] = ((LongColumn) src).get(row);
    }

    @Override
    protected void appendValueObject(Object value) {
        values[size] = ((Number) value).longValue();
    }

    @Override
    protected Column buildColumn(long @Nullable [] nullBits) {
        Column c = new LongColumn(type, values, nullBits, size);
        values = new long[Math.max(16, size)];
        return c;
    }
}
