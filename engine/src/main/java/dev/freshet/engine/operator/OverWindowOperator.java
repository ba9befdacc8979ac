package dev.freshet.engine.operator;

import dev.freshet.engine.batch.Batch;
import dev.freshet.engine.batch.BatchBuilder;
import dev.freshet.engine.batch.Column;
import dev.freshet.engine.batch.ColumnBuilder;
import dev.freshet.engine.ir.SortKey;
import dev.freshet.engine.ir.WindowCall;
import dev.freshet.engine.state.ByteSink;
import dev.freshet.engine.state.RowCodec;
import dev.freshet.engine.state.SortedPartitions;
import dev.freshet.engine.type.DataType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.roaringbitmap.RoaringBitmap;

/**
 * Incremental OVER windows: keeps each partition's rows sorted; at the end of an epoch recomputes
 * the window functions of every partition that changed and emits the difference from its previous
 * output. Cost per changed partition is linear in its size (frames of bounded size) — fine for
 * bounded partitions; TopN patterns use {@link TopNOperator} instead.
 */
public final class OverWindowOperator extends Operator {
    private final List<DataType> inputTypes;
    private final List<DataType> outputTypes;
    private final List<WindowCall> calls;
    private final List<SortKey> order;
    private final SortedPartitions state;
    private final Consolidator consolidator;
    private final RowCodec outputCodec;
    private final RowListDiff diff;
    private final RoaringBitmap dirty = new RoaringBitmap();

    public OverWindowOperator(
            List<DataType> inputTypes,
            int[] partitionKeys,
            List<SortKey> order,
            List<WindowCall> calls) {
        this.inputTypes = List.copyOf(inputTypes);
        List<DataType> out = new ArrayList<>(inputTypes);
        for (WindowCall c : calls) {
            out.add(c.type());
        }
        this.outputTypes = List.copyOf(out);
        this.calls = List.copyOf(calls);
        this.order = List.copyOf(order);
        this.state = new SortedPartitions(inputTypes, partitionKeys, order);
        this.consolidator = new Consolidator(inputTypes);
        this.outputCodec = new RowCodec(outputTypes);
        this.diff = new RowListDiff(outputCodec);
    }

    @Override
    public void push(int port, Batch batch) {
        batch = consolidator.consolidate(batch);
        Column[] cols = batch.columns();
        for (int r = 0; r < batch.size(); r++) {
            dirty.add(state.add(cols, r, batch.weight(r)));
        }
    }

    @Override
    public void endEpoch() {
        if (dirty.isEmpty()) {
            return;
        }
        BatchBuilder out = new BatchBuilder(outputTypes);
        ColumnBuilder[] builders = new ColumnBuilder[outputTypes.size()];
        for (int c = 0; c < builders.length; c++) {
            builders[c] = out.column(c);
        }
        for (int pid : dirty.toArray()) {
            List<byte[]> now = compute(state.rows(pid));
            diff.diff(state.lastOutput(pid), now, out, builders);
            state.setLastOutput(pid, now);
        }
        dirty.clear();
        emit(out.build());
    }

    private List<byte[]> compute(TreeMap<byte[], SortedPartitions.Entry> part) {
        if (part.isEmpty()) {
            return List.of();
        }
        BatchBuilder rows = new BatchBuilder(inputTypes);
        ColumnBuilder[] b = new ColumnBuilder[inputTypes.size()];
        for (int c = 0; c < b.length; c++) {
            b[c] = rows.column(c);
        }
        List<Integer> peers = new ArrayList<>();
        int peer = -1;
        byte[] prevKey = null;
        SortedPartitions.Entry prev = null;
        for (Map.Entry<byte[], SortedPartitions.Entry> me : part.entrySet()) {
            byte[] k = me.getKey();
            SortedPartitions.Entry e = me.getValue();
            if (prev == null || !SortedPartitions.samePeers(prevKey, prev, k, e)) {
                peer++;
            }
            for (long copy = 0; copy < e.count(); copy++) {
                state.decodeRow(k, e, b, 0);
                rows.endRow(1);
                peers.add(peer);
            }
            prevKey = k;
            prev = e;
        }
        Batch batch = rows.build();
        int[] peerOf = peers.stream().mapToInt(Integer::intValue).toArray();
        Column[] cols = new Column[outputTypes.size()];
        for (int c = 0; c < inputTypes.size(); c++) {
            cols[c] = batch.column(c);
        }
        for (int i = 0; i < calls.size(); i++) {
            cols[inputTypes.size() + i] =
                    WindowEvaluator.evaluate(calls.get(i), batch, peerOf, order);
        }
        List<byte[]> out = new ArrayList<>(batch.size());
        ByteSink sink = new ByteSink(128);
        for (int r = 0; r < batch.size(); r++) {
            sink.reset();
            outputCodec.encode(cols, r, sink);
            out.add(sink.toByteArray());
        }
        return out;
    }

    @Override
    public String label() {
        return "OverWindow";
    }

    @Override
    public long stateBytes() {
        return state.memoryBytes();
    }
}
