package dev.freshet.engine.operator;

import dev.freshet.engine.batch.BatchBuilder;
import dev.freshet.engine.batch.ColumnBuilder;
import dev.freshet.engine.state.ByteReader;
import dev.freshet.engine.state.BytesMap;
import dev.freshet.engine.state.RowCodec;
import java.util.List;

/**
 * Emits the difference between two lists of encoded rows (the output a partition had and the one it
 * has now): rows only in the old list are retracted, rows only in the new one inserted, common rows
 * emit nothing. Multiset semantics; output in a deterministic order (old then new).
 */
final class RowListDiff {
    private final RowCodec codec;
    private final BytesMap counts = new BytesMap(64);
    private final ByteReader reader = new ByteReader();

    RowListDiff(RowCodec codec) {
        this.codec = codec;
    }

    void diff(
            List<byte[]> oldRows,
            List<byte[]> newRows,
            BatchBuilder out,
            ColumnBuilder[] builders) {
        if (oldRows.equals(newRows)) {
            return;
        }
        counts.clear();
        for (byte[] r : oldRows) {
            counts.addAux(counts.findOrInsert(r, 0, r.length), -1);
        }
        for (byte[] r : newRows) {
            counts.addAux(counts.findOrInsert(r, 0, r.length), 1);
        }
        emit(oldRows, -1, out, builders);
        emit(newRows, 1, out, builders);
    }

    private void emit(List<byte[]> rows, int sign, BatchBuilder out, ColumnBuilder[] builders) {
        for (byte[] r : rows) {
            int id = counts.find(r, 0, r.length);
            long c = counts.aux(id);
            if (c * sign > 0) {
                codec.decode(reader.reset(r, 0, r.length), builders, 0);
                out.endRow(sign);
                counts.addAux(id, -sign);
            }
        }
    }
}
