package dev.freshet.engine.operator;

import dev.freshet.engine.batch.Batch;

/**
 * Where a plan reads a relation: receives the relation's current contents once (backfill or
 * snapshot) and, in a view, its changes afterwards, and forwards them.
 */
public final class ScanOperator extends Operator {
    private final String relation;

    public ScanOperator(String relation) {
        this.relation = relation;
    }

    @Override
    public void push(int port, Batch batch) {
        emit(batch);
    }

    @Override
    public void onWatermark(int port, int column, long value) {
        emitWatermark(column, value);
    }

    @Override
    public String label() {
        return "Scan(" + relation + ")";
    }
}
