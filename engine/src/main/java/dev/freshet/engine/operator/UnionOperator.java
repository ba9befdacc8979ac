package dev.freshet.engine.operator;

import dev.freshet.engine.batch.Batch;
import java.util.HashMap;
import java.util.Map;

/**
 * UNION ALL: forwards every input batch. Linear, stateless. A column's watermark is forwarded once
 * every input has one, as the smallest of them.
 */
public final class UnionOperator extends Operator {
    private final int inputs;
    private final Map<Integer, long[]> watermarks = new HashMap<>();

    public UnionOperator(int inputs) {
        this.inputs = inputs;
    }

    @Override
    public void push(int port, Batch batch) {
        emit(batch);
    }

    @Override
    public void onWatermark(int port, int column, long value) {
        long[] perPort =
                watermarks.computeIfAbsent(
                        column,
                        c -> {
                            long[] a = new long[inputs];
                            java.util.Arrays.fill(a, Long.MIN_VALUE);
                            return a;
                        });
        perPort[port] = Math.max(perPort[port], value);
        long min = Long.MAX_VALUE;
        for (long v : perPort) {
            min = Math.min(min, v);
        }
        if (min != Long.MIN_VALUE) {
            emitWatermark(column, min);
        }
    }

    @Override
    public String label() {
        return "UnionAll";
    }
}
