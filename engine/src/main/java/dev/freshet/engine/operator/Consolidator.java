package dev.freshet.engine.operator;

import dev.freshet.engine.batch.Batch;
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
    private final RowCodec codec;
    private final BytesMap seen = new BytesMap(Batch.TARGET_ROWS);
    private final ByteSink key = new ByteSink(128);

    public Consolidator(List<DataType> types) {
        this.codec = new RowCodec(types);
    }

    /**
     * The net rows of a whole one-shot result: when any batch retracts (an outer join's padded row
     * replaced by a match, say), all rows are summed by value and rows that net to zero vanish;
     * otherwise {@code batches} itself.
     */
    public static List<Batch> net(List<Batch> batches, List<DataType> types) {
        boolean retracts = false;
        for (Batch b : batches) {
            retracts |= !b.isInsertOnly();
        }
        if (!retracts) {
            return batches;
        }
        dev.freshet.engine.batch.BatchBuilder all =
                new dev.freshet.engine.batch.BatchBuilder(types);
        for (Batch b : batches) {
            for (int r = 0; r < b.size(); r++) {
                all.appendRow(b, r, b.weight(r));
            }
        }
        Batch netted = new Consolidator(types).consolidate(all.build());
        return netted.isEmpty() ? List.of() : List.of(netted);
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
