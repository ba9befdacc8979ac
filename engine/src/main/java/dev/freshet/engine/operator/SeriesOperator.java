package dev.freshet.engine.operator;

import dev.freshet.engine.batch.Batch;
import dev.freshet.engine.batch.Column;
import dev.freshet.engine.batch.LongColumn;
import dev.freshet.engine.type.DataType;

/** Emits generate_series values once, in batches of {@link Batch#TARGET_ROWS}. */
public final class SeriesOperator extends Operator {
    private final long start;
    private final long count;
    private final long step;

    public SeriesOperator(long start, long count, long step) {
        this.start = start;
        this.count = count;
        this.step = step;
    }

    @Override
    public void push(int port, Batch batch) {
        throw new IllegalStateException("generate_series has no input");
    }

    /** Emits every value. */
    public void start() {
        start(() -> {});
    }

    /** Emits every value, running {@code beforeBatch} before each batch (a cancellation check). */
    public void start(Runnable beforeBatch) {
        long done = 0;
        while (done < count) {
            beforeBatch.run();
            int n = (int) Math.min(Batch.TARGET_ROWS, count - done);
            long[] values = new long[n];
            long v = start + done * step;
            for (int i = 0; i < n; i++) {
                values[i] = v;
                v += step;
            }
            emit(
                    Batch.uniform(
                            new Column[] {new LongColumn(DataType.BIGINT, values, null, n)}, n, 1));
            done += n;
        }
    }

    @Override
    public String label() {
        return "GenerateSeries";
    }
}
