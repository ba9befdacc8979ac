package dev.freshet.engine.batch;

import dev.freshet.engine.type.DataType;
import dev.freshet.engine.type.PhysicalType;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One-dimensional ARRAY values: row {@code i} is elements {@code [offsets[i], offsets[i+1])} of the
 * child column.
 */
public final class ArrayColumn implements Column {
    private final DataType type;
    private final int[] offsets;
    private final Column elements;
    private final long @Nullable [] nulls;
    private final int size;

    public ArrayColumn(
            DataType type, int[] offsets, Column elements, long @Nullable [] nulls, int size) {
        if (type.physical() != PhysicalType.ARRAY) {
            throw new IllegalArgumentException("not an ARRAY type: " + type);
        }
        this.type = Objects.requireNonNull(type);
        this.offsets = offsets;
        this.elements = Objects.requireNonNull(elements);
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

    public Column elements() {
        return elements;
    }

    public int start(int row) {
        return offsets[row];
    }

    public int length(int row) {
        return offsets[row + 1] - offsets[row];
    }

    @Override
    public ArrayColumn gather(int[] positions, int count) {
        int total = 0;
        for (int i = 0; i < count; i++) {
            total += length(positions[i]);
        }
        int[] childPositions = new int[total];
        int[] outOffsets = new int[count + 1];
        int k = 0;
        for (int i = 0; i < count; i++) {
            int p = positions[i];
            for (int e = offsets[p]; e < offsets[p + 1]; e++) {
                childPositions[k++] = e;
            }
            outOffsets[i + 1] = k;
        }
        return new ArrayColumn(
                type,
                outOffsets,
                elements.gather(childPositions, total),
                NullBits.gather(nulls, positions, count),
                count);
    }

    @Override
    public ArrayColumn slice(int from, int count) {
        int[] positions = new int[count];
        for (int i = 0; i < count; i++) {
            positions[i] = from + i;
        }
        return gather(positions, count);
    }

    /** The elements at {@code row} as objects (NULL elements as null). */
    @Override
    public @Nullable Object getObject(int row) {
        if (isNull(row)) {
            return null;
        }
        List<@Nullable Object> out = new ArrayList<>(length(row));
        for (int e = offsets[row]; e < offsets[row + 1]; e++) {
            out.add(elements.getObject(e));
        }
        return Collections.unmodifiableList(out);
    }
}
