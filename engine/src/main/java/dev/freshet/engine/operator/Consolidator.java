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
     * One-shot results: the batches as they are when every row is an insertion, else one batch with
     * equal rows summed and zero sums dropped, each row at its first occurrence (a NULL-padded
     * outer-join row emitted and later retracted then vanishes).
     */
    public static List<Batch> consolidateAll(List<DataType> types, List<Batch> batches) {
        boolean insertOnly = true;
        int total = 0;
        for (Batch b : batches) {
            insertOnly &= b.isInsertOnly();
            total += b.size();
        }
        if (insertOnly) {
            return batches;
        }
        dev.freshet.engine.batch.BatchBuilder all =
                new dev.freshet.engine.batch.BatchBuilder(types, Math.max(1, total));
        for (Batch b : batches) {
            for (int r = 0; r < b.size(); r++) {
                all.appendRow(b, r, b.weight(r));
            }
        }
        Batch c = new Consolidator(types).consolidate(all.build());
        return c.isEmpty() ? List.of() : List.of(c);
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
