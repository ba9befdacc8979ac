package dev.freshet.engine.operator;

import dev.freshet.engine.batch.Batch;
import dev.freshet.engine.batch.BatchBuilder;
import dev.freshet.engine.ir.SortKey;
import dev.freshet.engine.state.ByteSink;
import dev.freshet.engine.state.KeyCodec;
import dev.freshet.engine.type.DataType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * ORDER BY [OFFSET] [LIMIT] for one-shot execution: buffers its whole input, then at the end emits
 * it sorted (stable) and cut, expanding multiplicities into repeated rows.
 */
public final class SortOperator extends Operator {
    private final List<DataType> types;
    private final int[] keyColumns;
    private final KeyCodec codec;
    private final long offset;
    private final long limit;
    private final List<Batch> buffered = new ArrayList<>();

    public SortOperator(List<DataType> types, List<SortKey> keys, long offset, long limit) {
        this.types = List.copyOf(types);
        this.keyColumns = new int[keys.size()];
        DataType[] kt = new DataType[keys.size()];
        boolean[] desc = new boolean[keys.size()];
        boolean[] nullsLast = new boolean[keys.size()];
        for (int i = 0; i < keyColumns.length; i++) {
            SortKey k = keys.get(i);
            keyColumns[i] = k.field();
            kt[i] = types.get(k.field());
            desc[i] = k.descending();
            // the codec puts NULL first unless nullsLast; descending inverts that
            nullsLast[i] = k.descending() ? k.nullsFirst() : !k.nullsFirst();
        }
        this.codec = new KeyCodec(List.of(kt), desc, nullsLast);
        this.offset = offset;
        this.limit = limit;
    }

    @Override
    public void push(int port, Batch batch) {
        buffered.add(batch);
    }

    @Override
    public void endEpoch() {
        List<Batch> netted = Consolidator.net(buffered, types);
        if (netted != buffered) {
            buffered.clear();
            buffered.addAll(netted);
        }
        int total = 0;
        for (Batch b : buffered) {
            total += b.size();
        }
        byte[][] keys = new byte[total][];
        int[] batchOf = new int[total];
        int[] rowOf = new int[total];
        Integer[] order = new Integer[total];
        ByteSink sink = new ByteSink(64);
        int i = 0;
        for (int bi = 0; bi < buffered.size(); bi++) {
            Batch b = buffered.get(bi);
            var cols = b.columns();
            for (int r = 0; r < b.size(); r++) {
                sink.reset();
                codec.encode(cols, keyColumns, r, sink);
                keys[i] = sink.toByteArray();
                batchOf[i] = bi;
                rowOf[i] = r;
                order[i] = i;
                i++;
            }
        }
        Arrays.sort(order, (a, b) -> Arrays.compareUnsigned(keys[a], keys[b]));
        BatchBuilder out = new BatchBuilder(types);
        long skipped = 0;
        long emitted = 0;
        for (int k = 0; k < total && (limit < 0 || emitted < limit); k++) {
            int idx = order[k];
            Batch b = buffered.get(batchOf[idx]);
            long copies = b.weight(rowOf[idx]);
            for (long c = 0; c < copies && (limit < 0 || emitted < limit); c++) {
                if (skipped < offset) {
                    skipped++;
                    continue;
                }
                out.appendRow(b, rowOf[idx], 1);
                emitted++;
                if (out.size() >= Batch.TARGET_ROWS) {
                    emit(out.build());
                }
            }
        }
        buffered.clear();
        emit(out.build());
    }

    @Override
    public String label() {
        return "Sort";
    }
}
