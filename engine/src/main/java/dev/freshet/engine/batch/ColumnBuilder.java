package dev.freshet.engine.batch;

import dev.freshet.engine.type.DataType;
import org.jspecify.annotations.Nullable;

/**
 * Accumulates values of one type and produces an immutable {@link Column}. Not thread safe; a
 * builder belongs to whoever created it and is reusable after {@link #build()} (it starts empty).
 */
public abstract sealed class ColumnBuilder
        permits BoolColumnBuilder,
                LongColumnBuilder,
                DoubleColumnBuilder,
                DecimalColumnBuilder,
                BytesColumnBuilder,
                IntervalColumnBuilder,
                ArrayColumnBuilder {

    protected final DataType type;
    protected int size;
    protected long @Nullable [] nulls;

    protected ColumnBuilder(DataType type) {
        this.type = type;
    }

    /** A builder for {@code type} with room for {@code capacity} rows before growing. */
    public static ColumnBuilder forType(DataType type, int capacity) {
        return switch (type.physical()) {
            case BOOL -> new BoolColumnBuilder(type, capacity);
            case LONG -> new LongColumnBuilder(type, capacity);
            case DOUBLE -> new DoubleColumnBuilder(type, capacity);
            case DECIMAL -> new DecimalColumnBuilder(type, capacity);
            case BYTES -> new BytesColumnBuilder(type, capacity);
            case INTERVAL -> new IntervalColumnBuilder(type, capacity);
            case ARRAY -> new ArrayColumnBuilder(type, capacity);
        };
    }

    public DataType type() {
        return type;
    }

    public int size() {
        return size;
    }

    /** Appends SQL NULL. */
    public final void appendNull() {
        ensureCapacity(size + 1);
        if (nulls == null) {
            nulls = new long[NullBits.words(Math.max(64, capacity()))];
        } else if (nulls.length < NullBits.words(size + 1)) {
            nulls = java.util.Arrays.copyOf(nulls, NullBits.words(Math.max(size + 1, capacity())));
        }
        NullBits.set(nulls, size);
        appendDefault();
        size++;
    }

    /** Appends the value at {@code row} of {@code src}, which has this builder's layout. */
    public final void appendFrom(Column src, int row) {
        if (src.isNull(row)) {
            appendNull();
            return;
        }
        ensureCapacity(size + 1);
        appendValueFrom(src, row);
        size++;
    }

    /** Appends rows {@code [from, from+count)} of {@code src}. */
    public void appendRange(Column src, int from, int count) {
        for (int i = 0; i < count; i++) {
            appendFrom(src, from + i);
        }
    }

    /**
     * Appends a Java value in the mapping of {@link dev.freshet.engine.type.Values}; null appends
     * SQL NULL.
     */
    public final void appendObject(@Nullable Object value) {
        if (value == null) {
            appendNull();
            return;
        }
        ensureCapacity(size + 1);
        appendValueObject(value);
        size++;
    }

    /** Builds the column and resets this builder to empty. */
    public final Column build() {
        long[] n = null;
        if (nulls != null) {
            if (nulls.length < NullBits.words(size)) {
                nulls = java.util.Arrays.copyOf(nulls, NullBits.words(size));
            }
            n = NullBits.any(nulls, size) ? nulls : null;
        }
        Column c = buildColumn(n);
        size = 0;
        nulls = null;
        return c;
    }

    protected abstract int capacity();

    protected abstract void ensureCapacity(int rows);

    /** Writes a placeholder value at {@code size} for a NULL row (size not yet incremented). */
    protected abstract void appendDefault();

    /** Writes the non-null value of {@code src[row]} at {@code size}. */
    protected abstract void appendValueFrom(Column src, int row);

    /** Writes the non-null Java value at {@code size}. */
    protected abstract void appendValueObject(Object value);

    /** Produces the column from the current arrays; the builder then starts fresh arrays. */
    protected abstract Column buildColumn(long @Nullable [] nullBits);

    static int grow(int current, int needed) {
        int n = Math.max(16, current);
        while (n < needed) {
            n = n + (n >> 1) + 1;
        }
        return n;
    }
}
