package dev.freshet.tests.bench.parquet;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.github.luben.zstd.Zstd;
import dev.freshet.tests.bench.parquet.ThriftCompactReader.Struct;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The Parquet reader on bytes built here by hand from the format's spec: Thrift compact fields,
 * RLE/bit-packed runs, and whole files with PLAIN and dictionary pages, uncompressed and ZSTD.
 */
public class ParquetFileTest {
    @Test
    void thriftCompactFields() throws IOException {
        byte[] b = {
            0x15, 0x0A, // field 1, i32, zigzag 10 = 5
            0x38, 0x02, 'a', 'b', // field 4 (delta 3), binary "ab"
            0x06, 0x28, 0x01, // field 20 in long form (zigzag 40), i64, zigzag 1 = -1
            0x19, 0x25, 0x02, 0x04, // field 21, list of 2 i32: 1, 2
            0x1C, 0x11, 0x00, // field 22, struct { field 1 = true }
            0x00
        };
        ThriftCompactReader r = new ThriftCompactReader(b, 0, b.length);
        Struct s = r.readStruct();
        assertEquals(5, s.i32(1));
        assertEquals("ab", s.string(4));
        assertEquals(-1L, s.i64(20));
        assertEquals(List.of(1, 2), s.list(21));
        assertTrue(s.struct(22).bool(1, false));
        assertEquals(b.length, r.position());
        assertThrows(IOException.class, () -> new ThriftCompactReader(b, 0, 5).readStruct());
    }

    @Test
    void rleAndBitPackedRuns() throws IOException {
        // The spec's example: 0..7 bit-packed at width 3, then an RLE run of five 7s.
        byte[] b = {0x03, (byte) 0x88, (byte) 0xC6, (byte) 0xFA, 0x0A, 0x07};
        int[] out = new int[13];
        RleHybridDecoder.decode(b, 0, b.length, 3, out, 13);
        assertArrayEquals(new int[] {0, 1, 2, 3, 4, 5, 6, 7, 7, 7, 7, 7, 7}, out);
        assertThrows(IOException.class, () -> RleHybridDecoder.decode(b, 0, 3, 3, new int[8], 8));
    }

    @Test
    void readsPlainAndDictionaryPagesUncompressedAndZstd() throws IOException {
        for (int codec : new int[] {0, 6}) {
            ParquetFile f = ParquetFile.parse(sampleFile(codec));
            assertEquals(
                    List.of(
                            new ParquetFile.Column("n", ParquetFile.PhysicalType.INT64, true),
                            new ParquetFile.Column("s", ParquetFile.PhysicalType.BYTE_ARRAY, true)),
                    f.columns());
            assertEquals(4, f.rowCount());
            assertEquals(1, f.rowGroupCount());
            ParquetFile.Values n = f.read(0, 0);
            ParquetFile.Values s = f.read(0, 1);
            assertArrayEquals(new boolean[] {false, true, false, false}, n.nulls());
            assertEquals(10L, n.longs()[0]);
            assertEquals(-3L, n.longs()[2]);
            assertEquals(1L << 40, n.longs()[3]);
            assertArrayEquals(new boolean[] {false, false, true, false}, s.nulls());
            assertEquals("LAS", s.strings()[0]);
            assertEquals("PHL", s.strings()[1]);
            assertEquals("LAS", s.strings()[3]);
        }
    }

    @Test
    void rejectsWhatItDoesNotRead() {
        assertThrows(IOException.class, () -> ParquetFile.parse("PAR1xxxx".getBytes()));
        byte[] snappy = sampleFile(1);
        IOException e = assertThrows(IOException.class, () -> ParquetFile.parse(snappy).read(0, 0));
        assertTrue(e.getMessage().contains("codec 1"), e.getMessage());
    }

    /**
     * A file of one row group, 4 rows: {@code n} INT64 optional [10, NULL, -3, 2^40]; {@code s}
     * BYTE_ARRAY optional [LAS, PHL, NULL, LAS]. Pages compressed with {@code codec}.
     */
    static byte[] sampleFile(int codec) {
        return file(
                codec,
                List.of(
                        new SampleColumn("n", new Object[] {10L, null, -3L, 1L << 40}),
                        new SampleColumn("s", new Object[] {"LAS", "PHL", null, "LAS"})));
    }

    /** A column for {@link #file}: Long values (INT64) or String values (BYTE_ARRAY), or null. */
    public record SampleColumn(String name, Object[] values) {
        boolean text() {
            for (Object v : values) {
                if (v != null) {
                    return v instanceof String;
                }
            }
            return false;
        }
    }

    /**
     * A Parquet file of one row group with optional columns: INT64 ones in a PLAIN v1 data page,
     * BYTE_ARRAY ones as a PLAIN dictionary page and an RLE_DICTIONARY v1 data page; at most 8 rows
     * (one bit-packed group of levels and indices).
     */
    public static byte[] file(int codec, List<SampleColumn> columns) {
        int rows = columns.get(0).values().length;
        ByteArrayOutputStream file = new ByteArrayOutputStream();
        file.writeBytes("PAR1".getBytes(StandardCharsets.US_ASCII));
        long[][] chunks = new long[columns.size()][]; // start, size, data page offset
        for (int c = 0; c < columns.size(); c++) {
            SampleColumn col = columns.get(c);
            long start = file.size();
            ByteArrayOutputStream body = new ByteArrayOutputStream();
            int defined = 0;
            int present = 0;
            for (int i = 0; i < rows; i++) {
                if (col.values()[i] != null) {
                    defined |= 1 << i;
                    present++;
                }
            }
            int32(body, 2);
            body.writeBytes(new byte[] {0x03, (byte) defined});
            long data;
            if (col.text()) {
                List<String> dict = new java.util.ArrayList<>();
                int indices = 0;
                int k = 0;
                for (Object v : col.values()) {
                    if (v == null) {
                        continue;
                    }
                    if (!dict.contains((String) v)) {
                        dict.add((String) v);
                    }
                    indices |= dict.indexOf((String) v) << k++; // width 1: two values at most
                }
                ByteArrayOutputStream d = new ByteArrayOutputStream();
                for (String v : dict) {
                    byte[] b = v.getBytes(StandardCharsets.UTF_8);
                    int32(d, b.length);
                    d.writeBytes(b);
                }
                dictionaryPage(file, d.toByteArray(), dict.size(), codec);
                data = file.size();
                body.write(1);
                body.writeBytes(new byte[] {0x03, (byte) indices});
                dataPage(file, body.toByteArray(), rows, 8, codec);
            } else {
                for (Object v : col.values()) {
                    if (v != null) {
                        int64(body, (Long) v);
                    }
                }
                data = file.size();
                dataPage(file, body.toByteArray(), rows, 0, codec);
            }
            chunks[c] = new long[] {start, file.size() - start, data, present};
        }
        CompactWriter m = new CompactWriter();
        m.i32(1, 1);
        m.listBegin(2, 12, columns.size() + 1);
        m.structElement().string(4, "schema").i32(5, columns.size()).end();
        for (SampleColumn col : columns) {
            m.structElement().i32(1, col.text() ? 6 : 2).i32(3, 1).string(4, col.name()).end();
        }
        m.i64(3, rows);
        m.listBegin(4, 12, 1);
        m.structElement();
        m.listBegin(1, 12, columns.size());
        long total = 0;
        for (int c = 0; c < columns.size(); c++) {
            long[] ch = chunks[c];
            total += ch[1];
            m.structElement().i64(2, ch[0]).structBegin(3);
            m.i32(1, columns.get(c).text() ? 6 : 2).i32(4, codec).i64(5, rows);
            m.i64(7, ch[1]).i64(9, ch[2]);
            if (ch[2] != ch[0]) {
                m.i64(11, ch[0]);
            }
            m.end().end();
        }
        m.i64(2, total).i64(3, rows).end();
        m.end();
        byte[] footer = m.bytes();
        file.writeBytes(footer);
        int32(file, footer.length);
        file.writeBytes("PAR1".getBytes(StandardCharsets.US_ASCII));
        return file.toByteArray();
    }

    private static byte[] compress(byte[] raw, int codec) {
        return codec == 6 ? Zstd.compress(raw) : raw;
    }

    private static void dataPage(ByteArrayOutputStream out, byte[] raw, int n, int enc, int codec) {
        byte[] body = compress(raw, codec);
        CompactWriter h = new CompactWriter();
        h.i32(1, 0).i32(2, raw.length).i32(3, body.length);
        h.structBegin(5).i32(1, n).i32(2, enc).i32(3, 3).i32(4, 3).end();
        h.end();
        out.writeBytes(h.bytes());
        out.writeBytes(body);
    }

    private static void dictionaryPage(ByteArrayOutputStream out, byte[] raw, int n, int codec) {
        byte[] body = compress(raw, codec);
        CompactWriter h = new CompactWriter();
        h.i32(1, 2).i32(2, raw.length).i32(3, body.length);
        h.structBegin(7).i32(1, n).i32(2, 0).end();
        h.end();
        out.writeBytes(h.bytes());
        out.writeBytes(body);
    }

    private static void int32(ByteArrayOutputStream out, int v) {
        for (int i = 0; i < 4; i++) {
            out.write(v >>> (8 * i));
        }
    }

    private static void int64(ByteArrayOutputStream out, long v) {
        for (int i = 0; i < 8; i++) {
            out.write((int) (v >>> (8 * i)));
        }
    }

    /** Just enough of a Thrift compact writer for the footers and page headers above. */
    static final class CompactWriter {
        private final ByteArrayOutputStream out = new ByteArrayOutputStream();
        private final int[] lastId = new int[16];
        private int depth;

        CompactWriter i32(int id, int v) {
            header(id, 5);
            varint(zigzag(v));
            return this;
        }

        CompactWriter i64(int id, long v) {
            header(id, 6);
            varint(zigzag(v));
            return this;
        }

        CompactWriter string(int id, String v) {
            header(id, 8);
            byte[] b = v.getBytes(StandardCharsets.UTF_8);
            varint(b.length);
            out.writeBytes(b);
            return this;
        }

        CompactWriter structBegin(int id) {
            header(id, 12);
            lastId[++depth] = 0;
            return this;
        }

        /** A list header; its struct elements follow with {@link #structElement}. */
        CompactWriter listBegin(int id, int elementType, int size) {
            header(id, 9);
            out.write(size << 4 | elementType);
            return this;
        }

        CompactWriter structElement() {
            lastId[++depth] = 0;
            return this;
        }

        CompactWriter end() {
            out.write(0);
            depth--;
            return this;
        }

        byte[] bytes() {
            return out.toByteArray();
        }

        private void header(int id, int type) {
            int delta = id - lastId[depth];
            if (delta > 0 && delta <= 15) {
                out.write(delta << 4 | type);
            } else {
                out.write(type);
                varint(zigzag(id));
            }
            lastId[depth] = id;
        }

        private void varint(long v) {
            while ((v & ~0x7FL) != 0) {
                out.write((int) ((v & 0x7F) | 0x80));
                v >>>= 7;
            }
            out.write((int) v);
        }

        private static long zigzag(long v) {
            return (v << 1) ^ (v >> 63);
        }
    }

    @Test
    void compactWriterRoundTrips() throws IOException {
        CompactWriter w = new CompactWriter();
        w.i32(3, -7).i64(40, 1L << 50).string(41, "x").end();
        Struct s = new ThriftCompactReader(w.bytes(), 0, w.bytes().length).readStruct();
        assertEquals(-7, s.i32(3));
        assertEquals(1L << 50, s.i64(40));
        assertFalse(s.has(2));
    }
}
