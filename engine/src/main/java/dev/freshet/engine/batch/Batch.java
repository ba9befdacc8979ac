package dev.freshet.engine.batch;

import java.util.Arrays;
import java.util.Objects;

/**
 * A weighted batch of rows (a Z-set fragment) in columnar form: the unit every operator consumes
 * and produces.
 *
 * <p>Row {@code i} is {@code (column(0)[i], ..., column(n-1)[i])} with multiplicity {@code
 * weight(i)}: +1 an insert, -1 a delete, +k / -k for k copies. An update is a -1 of the old row and
 * a +1 of the new. Batches are immutable; derived batches share columns where they can.
 */
public final class Batch {
    /** Rows per batch that producers aim for; not a hard limit. */
    public static final int TARGET_ROWS = 1024;

    private final Column[] columns;
    private final long[] weights;
    private final int size;

    private Batch(Column[] columns, long[] weights, int size) {
        this.columns = columns;
        this.weights = weights;
        this.size = size;
    }

    /**
     * A batch over {@code columns} (each of {@code size} rows) with the given weights; the arrays
     * are owned by the batch from now on.
     */
    public static Batch of(Column[] columns, long[] weights, int size) {
        Objects.requireNonNull(columns);
        for (Column c : columns) {
            if (c.size() != size) {
                throw new IllegalArgumentException(
                        "column has " + c.size() + " rows, batch has " + size);
            }
        }
        if (weights.length < size) {
            throw new IllegalArgumentException("weights shorter than batch");
        }
        return new Batch(columns, weights, size);
    }

    /** A batch in which every row has weight {@code weight}. */
    public static Batch uniform(Column[] columns, int size, long weight) {
        long[] w = new long[size];
        Arrays.fill(w, weight);
        return of(columns, w, size);
    }

    /** An empty batch with the given column layout taken from {@code like}. */
    public static Batch empty(Column[] likeColumns) {
        Column[] cols = new Column[likeColumns.length];
        for (int i = 0; i < cols.length; i++) {
            cols[i] = likeColumns[i].slice(0, 0);
        }
        return new Batch(cols, new long[0], 0);
    }

    public int size() {
        return size;
    }

    public boolean isEmpty() {
        return size == 0;
    }

    public int columnCount() {
        return columns.length;
    }

    public Column column(int i) {
        return columns[i];
    }

    /** A copy of the column array (the columns themselves are shared). */
    public Column[] columns() {
        return columns.clone();
    }

    public long weight(int row) {
        return weights[row];
    }

    /** The weight array; read only, valid for {@code [0, size())}. */
    public long[] weights() {
        return weights;
    }

    /** True if every weight is positive (the batch only inserts). */
    public boolean isInsertOnly() {
        for (int i = 0; i < size; i++) {
            if (weights[i] <= 0) {
                return false;
            }
        }
        return true;
    }

    /** The same rows with only the given columns, in the given order. */
    public Batch project(int[] columnIndexes) {
        Column[] out = new Column[columnIndexes.length];
        for (int i = 0; i < out.length; i++) {
            out[i] = columns[columnIndexes[i]];
        }
        return new Batch(out, weights, size);
    }

    /** The same weights over new columns of the same row count. */
    public Batch withColumns(Column[] newColumns) {
        return of(newColumns, weights, size);
    }

    /** Rows {@code positions[0..count)} in that order, with their weights. */
    public Batch gather(int[] positions, int count) {
        Column[] out = new Column[columns.length];
        for (int c = 0; c < out.length; c++) {
            out[c] = columns[c].gather(positions, count);
        }
        long[] w = new long[count];
        for (int i = 0; i < count; i++) {
            w[i] = weights[positions[i]];
        }
        return new Batch(out, w, count);
    }

    /** The same rows with every weight negated. */
    public Batch negate() {
        long[] w = new long[size];
        for (int i = 0; i < size; i++) {
            w[i] = -weights[i];
        }
        return new Batch(columns, w, size);
    }

    @Override
    public String toString() {
        StringBuilder sb = new StringBuilder("Batch[").append(size).append(" rows]");
        for (int r = 0; r < Math.min(size, 20); r++) {
            sb.append("\n  ").append(weights[r] > 0 ? "+" : "").append(weights[r]).append(" (");
            for (int c = 0; c < columns.length; c++) {
                if (c > 0) {
                    sb.append(", ");
                }
                sb.append(columns[c].getObject(r));
            }
            sb.append(')');
        }
        return sb.toString();
    }
}
