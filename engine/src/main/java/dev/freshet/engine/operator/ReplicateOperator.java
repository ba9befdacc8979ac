package dev.freshet.engine.operator;

import dev.freshet.engine.batch.Batch;
import dev.freshet.engine.batch.Column;
import dev.freshet.engine.batch.LongColumn;

/**
 * Multiplies each row's weight by its count column and drops that column (see {@code
 * ReplicateNode}). Linear, stateless.
 */
public final class ReplicateOperator extends Operator {
    private final int countColumn;
    private final int[] keep;

    public ReplicateOperator(int inputColumns, int countColumn) {
        this.countColumn = countColumn;
        this.keep = new int[inputColumns - 1];
        for (int i = 0, j = 0; i < inputColumns; i++) {
            if (i != countColumn) {
                keep[j++] = i;
            }
        }
    }

    @Override
    public void push(int port, Batch batch) {
        int n = batch.size();
        LongColumn counts = (LongColumn) batch.column(countColumn);
        int[] positions = new int[n];
        long[] weights = new long[n];
        int m = 0;
        for (int r = 0; r < n; r++) {
            if (counts.isNull(r)) {
                continue;
            }
            long times = counts.get(r);
            if (times <= 0) {
                continue;
            }
            positions[m] = r;
            weights[m] = Math.multiplyExact(batch.weight(r), times);
            m++;
        }
        if (m == 0) {
            return;
        }
        Batch kept = batch.gather(positions, m).project(keep);
        Column[] cols = kept.columns();
        emit(Batch.of(cols, java.util.Arrays.copyOf(weights, m), m));
    }

    @Override
    public void onWatermark(int port, int column, long value) {
        if (column != countColumn) {
            emitWatermark(column < countColumn ? column : column - 1, value);
        }
    }

    @Override
    public String label() {
        return "Replicate";
    }
}
