package dev.freshet.engine.operator;

import dev.freshet.engine.batch.Batch;
import dev.freshet.engine.batch.BatchBuilder;
import dev.freshet.engine.batch.LongColumn;
import dev.freshet.engine.batch.LongColumnBuilder;
import dev.freshet.engine.type.DataType;
import java.util.List;

/** Expands each row into its HOP windows (see {@link dev.freshet.engine.ir.HopNode}). */
public final class HopOperator extends Operator {
    private final List<DataType> outputTypes;
    private final int timeColumn;
    private final long slide;
    private final long size;
    private final long offset;

    public HopOperator(
            List<DataType> outputTypes, int timeColumn, long slide, long size, long offset) {
        this.outputTypes = List.copyOf(outputTypes);
        this.timeColumn = timeColumn;
        this.slide = slide;
        this.size = size;
        this.offset = offset;
    }

    @Override
    public void push(int port, Batch batch) {
        int n = batch.columnCount();
        long perRow = (size + slide - 1) / slide;
        BatchBuilder out =
                new BatchBuilder(
                        outputTypes, (int) Math.min(Integer.MAX_VALUE / 2, batch.size() * perRow));
        LongColumn time = (LongColumn) batch.column(timeColumn);
        LongColumnBuilder starts = (LongColumnBuilder) out.column(n);
        LongColumnBuilder ends = (LongColumnBuilder) out.column(n + 1);
        for (int r = 0; r < batch.size(); r++) {
            if (time.isNull(r)) {
                continue;
            }
            long t = time.get(r);
            // the last window starting at or before t, then earlier ones while they still contain t
            long last = Math.floorDiv(t - offset, slide) * slide + offset;
            for (long start = last; start > t - size; start -= slide) {
                for (int c = 0; c < n; c++) {
                    out.column(c).appendFrom(batch.column(c), r);
                }
                starts.appendLong(start);
                ends.appendLong(start + size);
                out.endRow(batch.weight(r));
            }
        }
        emit(out.build());
    }

    /** The time column's watermark passes through; window_start gets the earliest open window. */
    @Override
    public void onWatermark(int port, int column, long value) {
        emitWatermark(column, value);
        if (column == timeColumn) {
            int n = outputTypes.size() - 2;
            long lastStart = Math.floorDiv(value - offset, slide) * slide + offset;
            long earliest = lastStart - size + slide;
            emitWatermark(n, earliest);
            emitWatermark(n + 1, earliest + size);
        }
    }

    @Override
    public String label() {
        return "Hop";
    }
}
