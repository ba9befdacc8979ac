package dev.freshet.engine.batch;

import dev.freshet.engine.type.DataType;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/** Builds {@link BoolColumn}s. */
public final class BoolColumnBuilder extends ColumnBuilder {
    private boolean[] values;

    BoolColumnBuilder(DataType type, int capacity) {
        super(type);
        values = new boolean[Math.max(capacity, 1)];
    }

    /** Appends a non-null value. */
    public void appendBoolean(boolean v) {
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
        values[size] = false;
    }

    @Override
    protected void appendValueFrom(Column src, int row) {
        values[size] = ((BoolColumn) src).get(row);
    }

    @Override
    protected void appendValueObject(Object value) {
        values[size] = (Boolean) value;
    }

    @Override
    protected Column buildColumn(long @Nullable [] nullBits) {
        Column c = new BoolColumn(type, values, nullBits, size);
        values = new boolean[Math.max(16, size)];
        return c;
    }
}
