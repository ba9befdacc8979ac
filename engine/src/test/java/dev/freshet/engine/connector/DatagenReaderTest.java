package dev.freshet.engine.connector;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.freshet.engine.batch.Batch;
import dev.freshet.engine.catalog.ColumnDef;
import dev.freshet.engine.catalog.SourceInfo;
import dev.freshet.engine.type.DataType;
import dev.freshet.engine.type.PgText;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A datagen reader's position is its whole state: a reader opened at the position where another
 * stopped goes on with exactly the rows one reader would have made, and a prepared definition
 * (basetime pinned) generates the same stream every time it is opened.
 */
class DatagenReaderTest {
    private static final List<ColumnDef> COLUMNS =
            List.of(
                    new ColumnDef("id", DataType.BIGINT, true, null),
                    new ColumnDef("v", DataType.DOUBLE, true, null),
                    new ColumnDef("name", DataType.VARCHAR, true, null),
                    new ColumnDef("ts", DataType.TIMESTAMP, true, null),
                    new ColumnDef("seen", DataType.TIMESTAMP, true, null));

    @Test
    void aReaderOpenedAtAPositionContinuesTheSameStream() {
        LinkedHashMap<String, String> o = new LinkedHashMap<>();
        o.put("connector", "datagen");
        o.put("fields.id.kind", "sequence");
        o.put("fields.id.start", "1");
        o.put("fields.id.end", "5000");
        o.put("fields.v.min", "-1");
        o.put("fields.v.max", "1");
        o.put("fields.ts.kind", "sequence");
        o.put("fields.ts.start", "2024-01-01 00:00:00");
        o.put("datagen.rows.per.second", "1000000000");
        Connectors.Prepared p =
                Connectors.prepare(
                        new SourceInfo("datagen", o, "JSON", new LinkedHashMap<>()), COLUMNS);
        assertTrue(p.info().options().containsKey("fields.seen.basetime"), "basetime pinned");

        List<String> whole = readAll(p.info(), p.start(), Long.MAX_VALUE);
        assertEquals(5000, whole.size());
        assertTrue(whole.get(0).startsWith("1|"), whole.get(0));
        assertTrue(whole.get(4999).startsWith("5000|"), whole.get(4999));

        List<String> pieces = new ArrayList<>();
        SourcePosition at = p.start();
        while (pieces.size() < 5000) {
            SourceReader r = Connectors.open(p.info(), COLUMNS, at);
            pieces.addAll(read(r, 1));
            at = r.position();
            r.close();
        }
        assertEquals(whole, pieces);
        assertEquals(new SourcePosition.Sequence(5000), at);
    }

    private static List<String> readAll(SourceInfo info, SourcePosition from, long max) {
        SourceReader r = Connectors.open(info, COLUMNS, from);
        List<String> rows = new ArrayList<>();
        while (!r.finished() && rows.size() < max) {
            rows.addAll(read(r, 1));
        }
        r.close();
        return rows;
    }

    /** One poll's rows, as text. */
    private static List<String> read(SourceReader r, long waitMillis) {
        SourceStats stats = new SourceStats();
        SourceBatcher out =
                new SourceBatcher("t", COLUMNS.stream().map(ColumnDef::type).toList(), stats);
        r.poll(out, waitMillis);
        List<String> rows = new ArrayList<>();
        for (Batch b : out.drain()) {
            for (int row = 0; row < b.size(); row++) {
                StringBuilder s = new StringBuilder();
                for (int c = 0; c < b.columnCount(); c++) {
                    if (c > 0) {
                        s.append('|');
                    }
                    PgText.format(b.column(c), row, ZoneOffset.UTC, s);
                }
                rows.add(s.toString());
            }
        }
        assertEquals(0, stats.errors());
        return rows;
    }
}
