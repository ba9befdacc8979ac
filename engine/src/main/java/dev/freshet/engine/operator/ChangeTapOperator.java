package dev.freshet.engine.operator;

import dev.freshet.engine.batch.Batch;
import dev.freshet.engine.batch.BatchBuilder;
import dev.freshet.engine.batch.ColumnBuilder;
import dev.freshet.engine.state.ByteReader;
import dev.freshet.engine.state.ByteSink;
import dev.freshet.engine.state.BytesMap;
import dev.freshet.engine.state.RowCodec;
import dev.freshet.engine.type.DataType;
import java.util.List;
import java.util.function.Consumer;

/**
 * A change feed's tap on a relation's output: sums each epoch's changes per row and, at the end of
 * the epoch, hands the net change (no-op updates gone) to its sink. Emits nothing downstream.
 * Connected and removed by the epoch thread; {@link #close()} may be called from any thread and
 * takes effect at the next epoch.
 */
public final class ChangeTapOperator extends Operator {
    private final List<DataType> types;
    private final RowCodec codec;
    private final BytesMap pending = new BytesMap(64);
    private final ByteSink buf = new ByteSink(128);
    private final Consumer<Batch> sink;
    private volatile boolean closed;

    public ChangeTapOperator(List<DataType> types, Consumer<Batch> sink) {
        this.types = List.copyOf(types);
        this.codec = new RowCodec(this.types);
        this.sink = sink;
    }

    @Override
    public void push(int port, Batch batch) {
        if (closed) {
            return;
        }
        var cols = batch.columns();
        for (int r = 0; r < batch.size(); r++) {
            buf.reset();
            codec.encode(cols, r, buf);
            int id = pending.findOrInsert(buf.array(), 0, buf.length());
            pending.addAux(id, batch.weight(r));
        }
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
        Batch net = b.build();
        if (!closed && !net.isEmpty()) {
            sink.accept(net);
        }
    }

    /** Stops delivering; the epoch thread unhooks the tap at its next epoch. */
    public void close() {
        closed = true;
    }

    public boolean isClosed() {
        return closed;
    }

    @Override
    public String label() {
        return "ChangeTap";
    }
}
