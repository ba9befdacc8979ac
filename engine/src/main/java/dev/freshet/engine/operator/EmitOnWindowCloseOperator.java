package dev.freshet.engine.operator;

import dev.freshet.engine.batch.Batch;
import dev.freshet.engine.batch.BatchBuilder;
import dev.freshet.engine.batch.ColumnBuilder;
import dev.freshet.engine.batch.LongColumn;
import dev.freshet.engine.state.ByteReader;
import dev.freshet.engine.state.ByteSink;
import dev.freshet.engine.state.BytesMap;
import dev.freshet.engine.state.RowCodec;
import dev.freshet.engine.type.DataType;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * EMIT ON WINDOW CLOSE: holds a view's changes back until the watermark on {@code column} passes
 * their value, then emits the net rows of the closed windows once, as inserts. The view's stream
 * becomes append-only: a window's result is final when it appears. Changes for windows that are
 * already closed are late and dropped.
 */
public final class EmitOnWindowCloseOperator extends Operator {
    private final List<DataType> types;
    private final int column;
    private final RowCodec codec;
    private final TreeMap<Long, BytesMap> pending = new TreeMap<>();
    private final ByteSink buf = new ByteSink(128);
    private long watermark = Long.MIN_VALUE;
    private long late;

    public EmitOnWindowCloseOperator(List<DataType> types, int column) {
        this.types = List.copyOf(types);
        this.column = column;
        this.codec = new RowCodec(types);
    }

    @Override
    public void push(int port, Batch batch) {
        LongColumn key = (LongColumn) batch.column(column);
        var cols = batch.columns();
        for (int r = 0; r < batch.size(); r++) {
            if (key.isNull(r)) {
                continue;
            }
            long k = key.get(r);
            if (k < watermark) {
                late++;
                continue;
            }
            buf.reset();
            codec.encode(cols, r, buf);
            BytesMap rows = pending.computeIfAbsent(k, x -> new BytesMap(16));
            int id = rows.findOrInsert(buf.array(), 0, buf.length());
            rows.addAux(id, batch.weight(r));
        }
    }

    @Override
    public void onWatermark(int port, int col, long value) {
        if (col == column && value > watermark) {
            watermark = value;
            Map<Long, BytesMap> closed = pending.headMap(value);
            if (!closed.isEmpty()) {
                BatchBuilder out = new BatchBuilder(types);
                ColumnBuilder[] builders = new ColumnBuilder[types.size()];
                for (int c = 0; c < builders.length; c++) {
                    builders[c] = out.column(c);
                }
                ByteReader in = new ByteReader();
                for (BytesMap rows : closed.values()) {
                    for (int id = 0; id < rows.idLimit(); id++) {
                        if (rows.isLive(id) && rows.aux(id) > 0) {
                            in.reset(rows.arena(), rows.keyOffset(id), rows.keyLength(id));
                            codec.decode(in, builders, 0);
                            out.endRow(rows.aux(id));
                        }
                    }
                }
                closed.clear();
                emit(out.build());
            }
        }
        emitWatermark(col, value);
    }

    /** Rows dropped because their window had already closed. */
    public long lateRows() {
        return late;
    }

    @Override
    public String label() {
        return "EmitOnWindowClose";
    }

    @Override
    public long stateBytes() {
        long b = 0;
        for (BytesMap m : pending.values()) {
            b += m.memoryBytes();
        }
        return b;
    }
}
