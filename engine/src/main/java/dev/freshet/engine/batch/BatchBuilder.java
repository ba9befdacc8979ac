package dev.freshet.engine.batch;

import dev.freshet.engine.type.DataType;
import java.util.Arrays;
import java.util.List;

/**
 * Builds batches row by row: append values to each {@link #column(int)} builder, then {@link
 * #endRow(long)} with the row's weight. Owned by one thread; reusable after {@link #build()}.
 */
public final class BatchBuilder {
    private final DataType[] types;
    private final ColumnBuilder[] builders;
    private long[] weights;
    private int size;

    public BatchBuilder(List<DataType> types) {
        this(types, Batch.TARGET_ROWS);
    }

    public BatchBuilder(List<DataType> types, int capacity) {
        this.types = types.toArray(new DataType[0]);
        this.builders = new ColumnBuilder[this.types.length];
        for (int i = 0; i < builders.length; i++) {
            builders[i] = ColumnBuilder.forType(this.types[i], capacity);
        }
        this.weights = new long[Math.max(capacity, 1)];
    }

    public ColumnBuilder column(int i) {
        return builders[i];
    }

    public int columnCount() {
        return builders.length;
    }

    public DataType type(int i) {
        return types[i];
    }

    /** Rows completed so far. */
    public int size() {
        return size;
    }

    /** Completes a row whose values were appended to every column builder. */
    public void endRow(long weight) {
        if (size == weights.length) {
            weights = Arrays.copyOf(weights, ColumnBuilder.grow(weights.length, size + 1));
        }
        weights[size++] = weight;
    }

    /** Copies row {@code row} of {@code src} (same layout) with weight {@code weight}. */
    public void appendRow(Batch src, int row, long weight) {
        for (int c = 0; c < builders.length; c++) {
            builders[c].appendFrom(src.column(c), row);
        }
        endRow(weight);
    }

    /** Appends a row of Java values (see {@link dev.freshet.engine.type.Values}). */
    public void appendValues(Object[] values, long weight) {
        for (int c = 0; c < builders.length; c++) {
            builders[c].appendObject(values[c]);
        }
        endRow(weight);
    }

    /** Builds the batch and resets the builder. */
    public Batch build() {
        Column[] cols = new Column[builders.length];
        for (int c = 0; c < cols.length; c++) {
            cols[c] = builders[c].build();
        }
        Batch b = Batch.of(cols, weights, size);
        weights = new long[Math.max(16, size)];
        size = 0;
        return b;
    }
}
