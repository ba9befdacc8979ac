package dev.freshet.engine.operator;

import dev.freshet.engine.batch.Batch;
import java.util.ArrayList;
import java.util.List;

/** The sink of a one-shot plan: keeps the batches it receives, in order. */
public final class CollectOperator extends Operator {
    private final List<Batch> batches = new ArrayList<>();

    @Override
    public void push(int port, Batch batch) {
        batches.add(batch);
    }

    /** Everything received so far. */
    public List<Batch> batches() {
        return batches;
    }

    @Override
    public String label() {
        return "Collect";
    }
}
