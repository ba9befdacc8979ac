package dev.freshet.engine.batch;

import dev.freshet.engine.type.DataType;
import java.util.Arrays;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Builds {@link ArrayColumn}s; elements are appended to a child builder. */
public final class ArrayColumnBuilder extends ColumnBuilder {
    private int[] offsets;
    private final ColumnBuilder elements;

    ArrayColumnBuilder(DataType type, int capacity) {
        super(type);
        offsets = new int[Math.max(capacity, 1) + 1];
        elements = ColumnBuilder.forType(type.elementType(), Math.max(capacity, 1) * 4);
    }

    /**
     * The builder for element values; call {@link #endArray()} after appending a row's elements.
     */
    public ColumnBuilder elementBuilder() {
        return elements;
    }

    /** Closes the current row: the elements appended since the previous row form its array. */
    public void endArray() {
        ensureCapacity(size + 1);
        offsets[size + 1] = elements.size();
        size++;
    }

    @Override
    protected int capacity() {
        return offsets.length - 1;
    }

    @Override
    protected void ensureCapacity(int rows) {
        if (rows + 1 > offsets.length) {
            offsets = Arrays.copyOf(offsets, grow(offsets.length, rows + 1));
        }
    }

    @Override
    protected void appendDefault() {
        offsets[size + 1] = elements.size();
    }

    @Override
    protected void appendValueFrom(Column src, int row) {
        ArrayColumn a = (ArrayColumn) src;
        elements.appendRange(a.elements(), a.start(row), a.length(row));
        offsets[size + 1] = elements.size();
    }

    @Override
    protected void appendValueObject(Object value) {
        for (Object e : (List<?>) value) {
            elements.appendObject(e);
        }
        offsets[size + 1] = elements.size();
    }

    @Override
    protected Column buildColumn(long @Nullable [] nullBits) {
        Column c = new ArrayColumn(type, offsets, elements.build(), nullBits, size);
        offsets = new int[Math.max(16, size) + 1];
        return c;
    }
}
