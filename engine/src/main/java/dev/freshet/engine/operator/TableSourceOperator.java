package dev.freshet.engine.operator;

import dev.freshet.engine.batch.Batch;

/**
 * The head of a table's stream: every change written to the table (by INSERT, UPDATE, DELETE, COPY,
 * a connector) enters the dataflow here and flows to the views reading the table. For a table with
 * WATERMARK FOR it also holds the table's current watermark.
 */
public final class TableSourceOperator extends Operator {
    private final String table;
    private long watermark = Long.MIN_VALUE;

    public TableSourceOperator(String table) {
        this.table = table;
    }

    @Override
    public void push(int port, Batch batch) {
        emit(batch);
    }

    /** The table's watermark (Long.MIN_VALUE before the first row). */
    public long watermark() {
        return watermark;
    }

    @Override
    public void onWatermark(int port, int column, long value) {
        if (value > watermark) {
            watermark = value;
            emitWatermark(column, value);
        }
    }

    @Override
    public String label() {
        return "Table(" + table + ")";
    }
}
