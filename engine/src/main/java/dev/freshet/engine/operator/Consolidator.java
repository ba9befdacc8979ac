package dev.freshet.engine.operator;

import dev.freshet.engine.batch.Batch;
import dev.freshet.engine.batch.BatchBuilder;
import dev.freshet.engine.state.ByteSink;
import dev.freshet.engine.state.BytesMap;
import dev.freshet.engine.state.RowCodec;
import dev.freshet.engine.type.DataType;
import java.util.List;

/**
 * Sums the weights of identical rows within a batch and drops rows whose weight becomes zero, so a
 * no-op update (-r, +r) disappears before it reaches stateful operators. Insert-only batches pass
 * through untouched. Reusable; owned by one operator.
 */
public final class Consolidator {
    private final List<DataType> types;
    private final RowCodec codec;
    private final BytesMap seen = new BytesMap(Batch.TARGET_ROWS);
    private final ByteSink key = new ByteSink(128);

    public Consolidator(List<DataType> types) {
        this.types = List.copyOf(types);
        this.codec = new RowCodec(types);
    }

    /**
     * The net of {@code batches}: the weights of identical rows summed across all of them, rows
     * whose sum is zero dropped. For the sinks of one-shot plans, whose input may take back rows it
     * emitted earlier in the same run (an outer join pads a row, then meets its match on the other
     * side). Insert-only input comes back as it is.
     */
    public List<Batch> net(List<Batch> batches) {
        boolean insertOnly = true;
        int rows = 0;
        for (Batch b : batches) {
            insertOnly &= b.isInsertOnly();
            rows += b.size();
        }
        if (insertOnly) {
            return batches;
        }
        BatchBuilder all = new BatchBuilder(types, rows);
        for (Batch b : batches) {
            for (int r = 0; r < b.size(); r++) {
                all.appendRow(b, r, b.weight(r));
            }
        }
        return List.of(consolidate(all.build()));
    }

    /** The consolidated batch (the input itself when nothing changes). */
    public Batch consolidate(Batch batch) {
        int n = batch.size();
        if (n < 2 || batch.isInsertOnly()) {
            return batch;
        }
        seen.clear();
        int[] firstOf = new int[n];
        long[] sums = new long[n];
        int distinct = 0;
        var cols = batch.columns();
        for (int r = 0; r < n; r++) {
            key.reset();
            codec.encode(cols, r, key);
            int before = seen.size();
            int id = seen.findOrInsert(key.array(), 0, key.length());
            if (seen.size() > before) {
                seen.setAux(id, distinct);
                firstOf[distinct] = r;
                sums[distinct] = batch.weight(r);
                distinct++;
            } else {
                sums[(int) seen.aux(id)] += batch.weight(r);
            }
        }
        if (distinct == n) {
            return batch;
        }
        int[] positions = new int[distinct];
        long[] weights = new long[distinct];
        int kept = 0;
        for (int d = 0; d < distinct; d++) {
            if (sums[d] != 0) {
                positions[kept] = firstOf[d];
                weights[kept] = sums[d];
                kept++;
            }
        }
        Batch rows = batch.gather(positions, kept);
        return Batch.of(rows.columns(), weights, kept);
    }
}
