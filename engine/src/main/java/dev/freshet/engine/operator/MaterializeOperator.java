package dev.freshet.engine.operator;

import dev.freshet.engine.batch.Batch;
import dev.freshet.engine.batch.BatchBuilder;
import dev.freshet.engine.batch.ColumnBuilder;
import dev.freshet.engine.state.ByteReader;
import dev.freshet.engine.state.ByteSink;
import dev.freshet.engine.state.BytesMap;
import dev.freshet.engine.state.RelationStore;
import dev.freshet.engine.state.RowCodec;
import dev.freshet.engine.type.DataType;
import java.util.List;

/**
 * The end of a materialized view's pipeline: keeps the view's {@link RelationStore} and feeds the
 * views built on top of it.
 *
 * <p>Input changes are forwarded downstream as they arrive and accumulated per epoch; at the end of
 * the epoch the net change of each row is applied to the store (deletes first), so readers only
 * ever see a consistent, consolidated view at epoch boundaries.
 */
public final class MaterializeOperator extends Operator {
    private final String name;
    private final RelationStore store;
    private final RowCodec codec;
    private final List<DataType> types;
    private final BytesMap pending = new BytesMap(256);
    private final ByteSink buf = new ByteSink(128);
    private final java.util.Map<Integer, Long> watermarks = new java.util.TreeMap<>();

    public MaterializeOperator(String name, RelationStore store) {
        this.name = name;
        this.store = store;
        this.types = store.types();
        this.codec = new RowCodec(types);
    }

    public RelationStore store() {
        return store;
    }

    @Override
    public void push(int port, Batch batch) {
        var cols = batch.columns();
        for (int r = 0; r < batch.size(); r++) {
            buf.reset();
            codec.encode(cols, r, buf);
            int id = pending.findOrInsert(buf.array(), 0, buf.length());
            pending.addAux(id, batch.weight(r));
        }
        emit(batch);
    }

    @Override
    public void endEpoch() {
        if (pending.size() == 0) {
            return;
        }
        BatchBuilder b = new BatchBuilder(types, pending.size());
        ColumnBuilder[] builders = new ColumnBuilder[types.size()];
        for (int c = 0; c < builders.length; c++) {
            builders[c] = b.column(c);
        }
        ByteReader in = new ByteReader();
        for (int id = 0; id < pending.idLimit(); id++) {
            if (!pending.isLive(id) || pending.aux(id) == 0) {
                continue;
            }
            in.reset(pending.arena(), pending.keyOffset(id), pending.keyLength(id));
            codec.decode(in, builders, 0);
            b.endRow(pending.aux(id));
        }
        pending.clear();
        store.apply(b.build());
    }

    @Override
    public void onWatermark(int port, int column, long value) {
        watermarks.merge(column, value, Math::max);
        emitWatermark(column, value);
    }

    /** The latest watermark seen per output column (for views built on this one). */
    public java.util.Map<Integer, Long> watermarks() {
        return java.util.Map.copyOf(watermarks);
    }

    @Override
    public String label() {
        return "Materialize(" + name + ")";
    }

    @Override
    public long stateBytes() {
        return store.memoryBytes();
    }
}
