package dev.freshet.engine.batch;

import dev.freshet.engine.type.DataType;
import dev.freshet.engine.type.TypeKind;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/** Builds {@link DoubleColumn}s; REAL values are rounded to float precision on append. */
public final class DoubleColumnBuilder extends ColumnBuilder {
    private final boolean real;
    private double[] values;

    DoubleColumnBuilder(DataType type, int capacity) {
        super(type);
        real = type.kind() == TypeKind.REAL;
        values = new double[Math.max(capacity, 1)];
    }

    /** Appends a non-null value. */
    public void appendDouble(double v) {
        if (size == values.length) {
            ensureCapacity(size + 1);
        }
        values[size++] = real ? (double) (float) v : v;
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
        double v = ((DoubleColumn) src).get(row);
        values[size] = real ? (double) (float) v : v;
    }

    @Override
    protected void appendValueObject(Object value) {
        double v = ((Number) value).doubleValue();
        values[size] = real ? (double) (float) v : v;
    }

    @Override
    protected Column buildColumn(long @Nullable [] nullBits) {
        Column c = new DoubleColumn(type, values, nullBits, size);
        values = new double[Math.max(16, size)];
        return c;
    }
}
