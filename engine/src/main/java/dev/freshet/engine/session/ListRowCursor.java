package dev.freshet.engine.session;

import dev.freshet.engine.api.RowCursor;
import dev.freshet.engine.batch.Batch;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A cursor over materialized result batches; rows with multiplicity k come out k times, as the
 * {@link RowCursor} contract requires.
 */
final class ListRowCursor implements RowCursor {
    private final List<Batch> batches;
    private int next;

    ListRowCursor(List<Batch> batches) {
        this.batches = batches;
    }

    @Override
    public @Nullable Batch next() {
        while (next < batches.size()) {
            Batch b = batches.get(next++);
            if (b.isEmpty()) {
                continue;
            }
            return expand(b);
        }
        return null;
    }

    static Batch expand(Batch b) {
        long total = 0;
        boolean allOne = true;
        for (int r = 0; r < b.size(); r++) {
            long w = b.weight(r);
            if (w != 1) {
                allOne = false;
            }
            total += Math.max(0, w);
        }
        if (allOne) {
            return b;
        }
        int[] positions = new int[(int) total];
        int k = 0;
        for (int r = 0; r < b.size(); r++) {
            for (long c = 0; c < b.weight(r); c++) {
                positions[k++] = r;
            }
        }
        Batch g = b.gather(positions, k);
        long[] ones = new long[k];
        java.util.Arrays.fill(ones, 1);
        return Batch.of(g.columns(), ones, k);
    }

    @Override
    public void close() {
        next = batches.size();
    }
}
