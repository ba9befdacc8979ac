package dev.freshet.engine.operator;

import dev.freshet.engine.batch.Batch;
import java.util.ArrayList;
import java.util.List;

/** The sink of a one-shot plan: keeps the batches it receives, in order. */
public final class CollectOperator extends Operator {
    private final List<Batch> batches = new ArrayList<>();
    private final java.util.Map<Integer, Long> watermarks = new java.util.TreeMap<>();

    @Override
    public void push(int port, Batch batch) {
        batches.add(batch);
    }

    @Override
    public void onWatermark(int port, int column, long value) {
        watermarks.merge(column, value, Math::max);
    }

    /** The highest watermark received per column. */
    public java.util.Map<Integer, Long> watermarks() {
        return watermarks;
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
