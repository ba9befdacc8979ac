package dev.freshet.engine.operator;

import dev.freshet.engine.batch.Batch;
import dev.freshet.engine.batch.BatchBuilder;
import dev.freshet.engine.type.DataType;
import java.util.List;

/** Emits constant rows once, when the plan starts (VALUES, SELECT without FROM). */
public final class ValuesOperator extends Operator {
    private final List<DataType> types;
    private final List<List<Object>> rows;

    public ValuesOperator(List<DataType> types, List<List<Object>> rows) {
        this.types = List.copyOf(types);
        this.rows = rows;
    }

    @Override
    public void push(int port, Batch batch) {
        throw new IllegalStateException("VALUES has no input");
    }

    /** Emits the rows. */
    public void start() {
        BatchBuilder b = new BatchBuilder(types, Math.max(1, rows.size()));
        for (List<Object> row : rows) {
            b.appendValues(row.toArray(), 1);
        }
        emit(b.build());
    }

    @Override
    public String label() {
        return "Values";
    }
}
