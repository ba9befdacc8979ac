package dev.freshet.engine.operator;

import dev.freshet.engine.batch.Batch;

/** UNION ALL: forwards every input batch. Linear, stateless. */
public final class UnionOperator extends Operator {
    @Override
    public void push(int port, Batch batch) {
        emit(batch);
    }

    @Override
    public String label() {
        return "UnionAll";
    }
}
