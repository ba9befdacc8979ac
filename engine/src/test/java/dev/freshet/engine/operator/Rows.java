package dev.freshet.engine.operator;

import dev.freshet.engine.batch.Batch;
import dev.freshet.engine.batch.BatchBuilder;
import dev.freshet.engine.type.DataType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Test helpers: build weighted batches from literals and read them back as "±w (a, b)" lines. */
final class Rows {
    private Rows() {}

    /** A batch of {@code rows}: each {@code Object[]} is {weight, v1, v2, ...}. */
    static Batch batch(List<DataType> types, Object[]... rows) {
        BatchBuilder b = new BatchBuilder(types);
        for (Object[] r : rows) {
            Object[] values = new Object[r.length - 1];
            System.arraycopy(r, 1, values, 0, values.length);
            b.appendValues(values, ((Number) r[0]).longValue());
        }
        return b.build();
    }

    static Object[] row(long weight, Object... values) {
        Object[] r = new Object[values.length + 1];
        r[0] = weight;
        System.arraycopy(values, 0, r, 1, values.length);
        return r;
    }

    /** Consolidated multiset of everything received, as "±w [values]" lines sorted by values. */
    static List<String> consolidated(List<Batch> batches) {
        Map<String, Long> sums = new TreeMap<>();
        for (Batch b : batches) {
            for (int r = 0; r < b.size(); r++) {
                List<Object> values = new ArrayList<>();
                for (int c = 0; c < b.columnCount(); c++) {
                    values.add(b.column(c).getObject(r));
                }
                sums.merge(values.toString(), b.weight(r), Long::sum);
            }
        }
        List<String> out = new ArrayList<>();
        for (var e : sums.entrySet()) {
            if (e.getValue() != 0) {
                out.add((e.getValue() > 0 ? "+" : "") + e.getValue() + " " + e.getKey());
            }
        }
        return out;
    }

    /** Number of rows received (before consolidation). */
    static int count(List<Batch> batches) {
        int n = 0;
        for (Batch b : batches) {
            n += b.size();
        }
        return n;
    }
}
