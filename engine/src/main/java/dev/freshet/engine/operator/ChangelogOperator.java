package dev.freshet.engine.operator;

import dev.freshet.engine.batch.Batch;
import dev.freshet.engine.batch.BatchBuilder;
import dev.freshet.engine.batch.LongColumnBuilder;
import dev.freshet.engine.type.DataType;
import java.util.ArrayList;
import java.util.List;

/**
 * Emits one append-only row per input change, with a {@code changelog_op} column: 1 for an insert,
 * 2 for a delete. A weight of ±k yields k rows. Changes are recorded as they arrive, not
 * consolidated.
 */
public final class ChangelogOperator extends Operator {
    private final List<DataType> inputTypes;

    public ChangelogOperator(List<DataType> inputTypes) {
        this.inputTypes = List.copyOf(inputTypes);
    }

    @Override
    public void push(int port, Batch batch) {
        List<DataType> types = new ArrayList<>(inputTypes);
        types.add(DataType.SMALLINT);
        BatchBuilder out = new BatchBuilder(types, batch.size());
        int n = inputTypes.size();
        for (int r = 0; r < batch.size(); r++) {
            long w = batch.weight(r);
            long copies = Math.abs(w);
            for (long k = 0; k < copies; k++) {
                for (int c = 0; c < n; c++) {
                    out.column(c).appendFrom(batch.column(c), r);
                }
                ((LongColumnBuilder) out.column(n)).appendLong(w > 0 ? 1 : 2);
                out.endRow(1);
            }
        }
        emit(out.build());
    }

    @Override
    public void onWatermark(int port, int column, long value) {
        emitWatermark(column, value);
    }

    @Override
    public String label() {
        return "Changelog";
    }
}
