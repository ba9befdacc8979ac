package dev.freshet.engine.operator;

import dev.freshet.engine.batch.Batch;

/**
 * The head of a table's stream: every change written to the table (by INSERT, UPDATE, DELETE, COPY,
 * a connector) enters the dataflow here and flows to the views reading the table.
 */
public final class TableSourceOperator extends Operator {
    private final String table;

    public TableSourceOperator(String table) {
        this.table = table;
    }

    @Override
    public void push(int port, Batch batch) {
        emit(batch);
    }

    @Override
    public String label() {
        return "Table(" + table + ")";
    }
}
