package dev.freshet.engine.operator;

import dev.freshet.engine.batch.Batch;
import dev.freshet.engine.batch.BatchBuilder;
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
 * Incremental TopN, per partition: keeps every row of each partition sorted, and at the end of an
 * epoch re-reads the first rows of each partition that changed and emits the difference from what
 * it emitted before. Cost per changed partition is the number of rows kept, not the partition's
 * size.
 */
public final class TopNOperator extends Operator {
    private final List<DataType> inputTypes;
    private final List<DataType> outputTypes;
    private final SortedPartitions state;
    private final long offset;
    private final long limit;
    private final WindowCall.Function ranking;
    private final boolean withTies;
    private final boolean rankColumn;
    private final Consolidator consolidator;
    private final RowCodec outputCodec;
    private final RowListDiff diff;
    private final RoaringBitmap dirty = new RoaringBitmap();

    public TopNOperator(
            List<DataType> inputTypes,
            int[] partitionKeys,
            List<SortKey> order,
            long offset,
            long limit,
            WindowCall.Function ranking,
            boolean withTies,
            boolean rankColumn) {
        this.inputTypes = List.copyOf(inputTypes);
        List<DataType> out = new ArrayList<>(inputTypes);
        if (rankColumn) {
            out.add(DataType.BIGINT);
        }
        this.outputTypes = List.copyOf(out);
        this.state = new SortedPartitions(inputTypes, partitionKeys, order);
        this.offset = offset;
        this.limit = limit;
        this.ranking = ranking;
        this.withTies = withTies;
        this.rankColumn = rankColumn;
        this.consolidator = new Consolidator(inputTypes);
        this.outputCodec = new RowCodec(outputTypes);
        this.diff = new RowListDiff(outputCodec);
    }

    @Override
    public void push(int port, Batch batch) {
        batch = consolidator.consolidate(batch);
        var cols = batch.columns();
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
            List<byte[]> now = top(state.rows(pid));
            diff.diff(state.lastOutput(pid), now, out, builders);
            state.setLastOutput(pid, now);
        }
        dirty.clear();
        emit(out.build());
    }

    /**
     * The rows of a partition to output now, encoded. The row part of a state key is already the
     * row's encoding; the rank, when output, is appended as one more encoded column.
     */
    private List<byte[]> top(TreeMap<byte[], SortedPartitions.Entry> part) {
        List<byte[]> out = new ArrayList<>();
        ByteSink sink = new ByteSink(128);
        long position = 0; // rows seen so far
        long rank = 0;
        long dense = 0;
        byte[] prevKey = null;
        SortedPartitions.Entry prev = null;
        byte[] lastKeptKey = null;
        SortedPartitions.Entry lastKept = null;
        long end = limit < 0 ? Long.MAX_VALUE : offset + limit;
        outer:
        for (Map.Entry<byte[], SortedPartitions.Entry> me : part.entrySet()) {
            byte[] k = me.getKey();
            SortedPartitions.Entry e = me.getValue();
            boolean newPeer = prev == null || !SortedPartitions.samePeers(prevKey, prev, k, e);
            if (newPeer) {
                rank = position + 1;
                dense++;
            }
            for (long copy = 0; copy < e.count(); copy++) {
                position++;
                long r =
                        switch (ranking) {
                            case RANK -> rank;
                            case DENSE_RANK -> dense;
                            default -> position;
                        };
                if (r > end) {
                    boolean tie =
                            withTies
                                    && ranking == WindowCall.Function.ROW_NUMBER
                                    && lastKept != null
                                    && SortedPartitions.samePeers(lastKeptKey, lastKept, k, e);
                    if (!tie) {
                        break outer;
                    }
                }
                if (r <= offset) {
                    continue;
                }
                sink.reset();
                sink.putBytes(k, e.sortKeyLength(), k.length - e.sortKeyLength());
                if (rankColumn) {
                    sink.putByte(1);
                    sink.putVarLong(r);
                }
                out.add(sink.toByteArray());
                lastKeptKey = k;
                lastKept = e;
            }
            prevKey = k;
            prev = e;
        }
        return out;
    }

    @Override
    public String label() {
        return "TopN";
    }

    @Override
    public long stateBytes() {
        return state.memoryBytes();
    }
}
