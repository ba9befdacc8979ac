package dev.freshet.engine.batch;

import dev.freshet.engine.type.DataType;
import org.jspecify.annotations.Nullable;

/**
 * One column of a {@link Batch}: values of one type in primitive arrays plus a null bitmap.
 *
 * <p>Columns are immutable once built and may be shared by several batches (a projection shares its
 * input's columns). Each implementation exposes its arrays to kernels through typed getters; {@link
 * #getObject} is for slow paths only (literals, protocol edges, tests).
 */
public sealed interface Column
        permits BoolColumn,
                LongColumn,
                DoubleColumn,
                DecimalColumn,
                BytesColumn,
                IntervalColumn,
                ArrayColumn {

    /** The SQL type of the values. */
    DataType type();

    /** Number of rows. */
    int size();

    /** True if the value at {@code row} is NULL. */
    boolean isNull(int row);

    /** The null bitmap (see {@link NullBits}), or null when no row is NULL. */
    long @Nullable [] nulls();

    /** True if some row may be NULL (false means definitely none). */
    default boolean mayHaveNulls() {
        return nulls() != null;
    }

    /** A new column holding rows {@code positions[0..count)} of this one, in that order. */
    Column gather(int[] positions, int count);

    /** A new column holding rows {@code [from, from + count)}. */
    Column slice(int from, int count);

    /**
     * The value at {@code row} as a Java object (see {@link dev.freshet.engine.type.Values} for the
     * mapping), or null for SQL NULL. Allocates; not for hot loops.
     */
    @Nullable Object getObject(int row);
}
