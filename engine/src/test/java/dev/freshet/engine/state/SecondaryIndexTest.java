package dev.freshet.engine.state;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.freshet.engine.batch.Batch;
import dev.freshet.engine.batch.BatchBuilder;
import dev.freshet.engine.batch.ColumnBuilder;
import dev.freshet.engine.type.DataType;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A secondary index must always list exactly the entries whose indexed columns hold the looked-up
 * values, whatever the store did: random inserts, replacements of keyed rows (indexed column
 * changed or not), deletes and multiplicity changes of unkeyed rows, with entry ids reused.
 */
class SecondaryIndexTest {
    private static final List<DataType> TYPES =
            List.of(DataType.BIGINT, DataType.VARCHAR, DataType.BIGINT);

    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void lookupsMatchAScanAfterRandomChanges(boolean keyed) {
        RelationStore store = new RelationStore(TYPES, keyed ? new int[] {0} : null);
        Random rnd = new Random(keyed ? 1 : 2);
        // built over existing rows, then maintained
        for (int i = 0; i < 50; i++) {
            apply(store, row(rnd), 1);
        }
        store.addIndex("by_name", new int[] {1});
        store.addIndex("by_name_v", new int[] {1, 2});
        for (int step = 0; step < 3000; step++) {
            Object[] r = row(rnd);
            long w = rnd.nextInt(4) == 0 ? -1 : 1;
            if (!keyed && w < 0 && !contains(store, r)) {
                w = 1; // an unkeyed store only retracts rows it holds
            }
            apply(store, r, w);
            if (step % 100 == 0) {
                check(store);
            }
        }
        check(store);
        store.clear();
        check(store);
    }

    private static Object[] row(Random rnd) {
        return new Object[] {
            (long) rnd.nextInt(60),
            rnd.nextInt(10) == 0 ? null : "n" + rnd.nextInt(6),
            (long) rnd.nextInt(3)
        };
    }

    private static void apply(RelationStore store, Object[] values, long weight) {
        BatchBuilder b = new BatchBuilder(TYPES);
        b.appendValues(values, weight);
        Batch batch = b.build();
        store.add(batch.columns(), 0, weight);
    }

    private static boolean contains(RelationStore store, Object[] values) {
        for (Object[] r : all(store)) {
            if (java.util.Arrays.equals(r, values)) {
                return true;
            }
        }
        return false;
    }

    /** Every entry's row (one per entry). */
    private static List<Object[]> all(RelationStore store) {
        List<Object[]> out = new ArrayList<>();
        BatchBuilder b = new BatchBuilder(TYPES);
        ColumnBuilder[] cols = {b.column(0), b.column(1), b.column(2)};
        for (int id = 0; id < store.idLimit(); id++) {
            if (store.isLive(id)) {
                store.decodeRow(id, cols, 0);
                b.endRow(1);
            }
        }
        Batch batch = b.build();
        for (int r = 0; r < batch.size(); r++) {
            out.add(
                    new Object[] {
                        batch.column(0).getObject(r),
                        batch.column(1).getObject(r),
                        batch.column(2).getObject(r)
                    });
        }
        return out;
    }

    private static void check(RelationStore store) {
        SecondaryIndex byName = store.index("by_name");
        SecondaryIndex byNameV = store.index("by_name_v");
        for (int n = 0; n < 6; n++) {
            String name = "n" + n;
            long expected = 0;
            long[] perV = new long[3];
            for (Object[] r : all(store)) {
                if (name.equals(r[1])) {
                    expected++;
                    perV[(int) (long) (Long) r[2]]++;
                }
            }
            assertEquals(expected, byName.lookup(new Object[] {name}).length, name);
            for (int v = 0; v < 3; v++) {
                int[] ids = byNameV.lookup(new Object[] {name, (long) v});
                assertEquals(perV[v], ids.length, name + "/" + v);
                for (int id : ids) {
                    assertEquals(true, store.isLive(id), "a listed entry is live");
                }
            }
        }
    }
}
