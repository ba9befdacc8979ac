package dev.freshet.tests.bench.parquet;

import com.github.luben.zstd.Zstd;
import dev.freshet.tests.bench.parquet.ThriftCompactReader.Struct;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A Parquet file read whole into memory, decoded one row group at a time (see the package comment
 * for what is supported).
 *
 * <p>Layout: {@code "PAR1" <column chunks> <footer> <int32 footer length> "PAR1"}; the footer is a
 * Thrift {@code FileMetaData} (schema elements, row groups of column chunks with their codec and
 * page offsets). A column chunk is an optional dictionary page then data pages, each a Thrift
 * {@code PageHeader} followed by its (possibly compressed) body. A v1 data page body is {@code
 * [definition levels: int32 length + RLE/bit-packed hybrid, optional columns only] values}; v2
 * keeps the levels uncompressed before the values. Dictionary-encoded values are a bit-width byte
 * then hybrid-encoded indices into the dictionary page's PLAIN values.
 */
public final class ParquetFile {
    private static final byte[] MAGIC = "PAR1".getBytes(StandardCharsets.US_ASCII);

    /** Physical types (Thrift enum {@code Type}). */
    public enum PhysicalType {
        BOOLEAN,
        INT32,
        INT64,
        INT96,
        FLOAT,
        DOUBLE,
        BYTE_ARRAY,
        FIXED_LEN_BYTE_ARRAY
    }

    /**
     * A leaf column of a flat schema.
     *
     * @param name column name
     * @param type physical type
     * @param optional whether values may be NULL (definition level 1)
     */
    public record Column(String name, PhysicalType type, boolean optional) {}

    /**
     * One column of one row group: {@code longs} (INT32, INT64), {@code doubles} (DOUBLE) or {@code
     * strings} (BYTE_ARRAY as UTF-8) holds row {@code i}'s value unless {@code nulls[i]}.
     */
    public record Values(
            long @Nullable [] longs,
            double @Nullable [] doubles,
            String @Nullable [] strings,
            boolean[] nulls) {}

    private static final int CODEC_UNCOMPRESSED = 0;
    private static final int CODEC_ZSTD = 6;
    private static final int ENC_PLAIN = 0;
    private static final int ENC_PLAIN_DICTIONARY = 2;
    private static final int ENC_RLE = 3;
    private static final int ENC_RLE_DICTIONARY = 8;
    private static final int PAGE_DATA = 0;
    private static final int PAGE_DICTIONARY = 2;
    private static final int PAGE_DATA_V2 = 3;

    private final byte[] file;
    private final List<Column> columns;
    private final List<Struct> rowGroups;
    private final long rows;

    private ParquetFile(byte[] file, List<Column> columns, List<Struct> rowGroups, long rows) {
        this.file = file;
        this.columns = columns;
        this.rowGroups = rowGroups;
        this.rows = rows;
    }

    /** Reads the file and its footer. */
    public static ParquetFile open(Path path) throws IOException {
        return parse(Files.readAllBytes(path));
    }

    /** Parses a whole Parquet file held in {@code file}. */
    public static ParquetFile parse(byte[] file) throws IOException {
        int n = file.length;
        if (n < 12 || !magicAt(file, 0) || !magicAt(file, n - 4)) {
            throw new IOException("not a Parquet file (no PAR1 magic at both ends)");
        }
        int footerLength = int32(file, n - 8);
        int footerStart = n - 8 - footerLength;
        if (footerLength <= 0 || footerStart < 4) {
            throw new IOException("bad Parquet footer length " + footerLength);
        }
        Struct meta = new ThriftCompactReader(file, footerStart, n - 8).readStruct();
        List<Object> schema = meta.list(2);
        Struct root = (Struct) schema.get(0);
        int children = root.i32(5, 0);
        if (children != schema.size() - 1) {
            throw new IOException("only flat Parquet schemas are supported");
        }
        List<Column> columns = new ArrayList<>();
        for (int i = 1; i < schema.size(); i++) {
            Struct e = (Struct) schema.get(i);
            if (e.has(5)) {
                throw new IOException("nested column " + e.string(4) + " is not supported");
            }
            int repetition = e.i32(3, 0);
            if (repetition == 2) {
                throw new IOException("repeated column " + e.string(4) + " is not supported");
            }
            columns.add(new Column(e.string(4), PhysicalType.values()[e.i32(1)], repetition == 1));
        }
        List<Struct> groups = new ArrayList<>();
        for (Object g : meta.list(4)) {
            groups.add((Struct) g);
        }
        return new ParquetFile(file, List.copyOf(columns), List.copyOf(groups), meta.i64(3));
    }

    public List<Column> columns() {
        return columns;
    }

    public long rowCount() {
        return rows;
    }

    public int rowGroupCount() {
        return rowGroups.size();
    }

    /** Rows of row group {@code g}. */
    public int rowGroupRows(int g) throws IOException {
        return Math.toIntExact(rowGroups.get(g).i64(3));
    }

    /** Decodes column {@code c} of row group {@code g}. */
    public Values read(int g, int c) throws IOException {
        Struct group = rowGroups.get(g);
        int rowsInGroup = rowGroupRows(g);
        Struct chunk = (Struct) group.list(1).get(c);
        Struct meta = chunk.struct(3);
        Column column = columns.get(c);
        int codec = meta.i32(4);
        if (codec != CODEC_UNCOMPRESSED && codec != CODEC_ZSTD) {
            throw new IOException(
                    "column " + column.name() + ": compression codec " + codec + " not supported");
        }
        long start = meta.i64(9);
        if (meta.has(11)) {
            start = Math.min(start, meta.i64(11));
        }
        long end = start + meta.i64(7);
        if (start < 4 || end > file.length) {
            throw new IOException("column " + column.name() + ": chunk outside the file");
        }
        ColumnDecoder d = new ColumnDecoder(column, rowsInGroup);
        int pos = (int) start;
        while (d.row < rowsInGroup) {
            if (pos >= end) {
                throw new IOException(
                        "column " + column.name() + ": chunk ended after " + d.row + " rows");
            }
            ThriftCompactReader r = new ThriftCompactReader(file, pos, (int) end);
            Struct header = r.readStruct();
            int bodyStart = r.position();
            int compressed = header.i32(3);
            int uncompressed = header.i32(2);
            if (compressed < 0 || bodyStart + compressed > end) {
                throw new IOException("column " + column.name() + ": page outside its chunk");
            }
            int type = header.i32(1);
            switch (type) {
                case PAGE_DICTIONARY -> {
                    Struct h = header.struct(7);
                    int enc = h.i32(2);
                    if (enc != ENC_PLAIN && enc != ENC_PLAIN_DICTIONARY) {
                        throw new IOException("dictionary encoding " + enc + " not supported");
                    }
                    byte[] body = body(codec, bodyStart, compressed, uncompressed);
                    d.dictionary(body, h.i32(1));
                }
                case PAGE_DATA -> {
                    Struct h = header.struct(5);
                    byte[] body = body(codec, bodyStart, compressed, uncompressed);
                    int p = 0;
                    int values = h.i32(1);
                    boolean[] defined = null;
                    if (column.optional()) {
                        if (h.i32(3) != ENC_RLE) {
                            throw new IOException("definition level encoding not supported");
                        }
                        int len = int32(body, 0);
                        defined = levels(body, 4, 4 + len, values);
                        p = 4 + len;
                    }
                    d.values(body, p, body.length, values, defined, h.i32(2));
                }
                case PAGE_DATA_V2 -> {
                    Struct h = header.struct(8);
                    int values = h.i32(1);
                    int defLen = h.i32(5);
                    int repLen = h.i32(6);
                    if (repLen != 0) {
                        throw new IOException("repetition levels not supported");
                    }
                    boolean[] defined =
                            column.optional()
                                    ? levels(file, bodyStart, bodyStart + defLen, values)
                                    : null;
                    int valuesStart = bodyStart + defLen;
                    int valuesLength = compressed - defLen;
                    byte[] body =
                            h.bool(7, true)
                                    ? body(codec, valuesStart, valuesLength, uncompressed - defLen)
                                    : body(CODEC_UNCOMPRESSED, valuesStart, valuesLength, 0);
                    d.values(body, 0, body.length, values, defined, h.i32(4));
                }
                default -> {} // index pages and the like: skip
            }
            pos = bodyStart + compressed;
        }
        return d.result();
    }

    private byte[] body(int codec, int from, int compressed, int uncompressed) throws IOException {
        if (codec == CODEC_UNCOMPRESSED) {
            byte[] b = new byte[compressed];
            System.arraycopy(file, from, b, 0, compressed);
            return b;
        }
        byte[] src = new byte[compressed];
        System.arraycopy(file, from, src, 0, compressed);
        byte[] out = Zstd.decompress(src, uncompressed);
        if (out.length != uncompressed) {
            throw new IOException("ZSTD page decompressed to " + out.length + " bytes");
        }
        return out;
    }

    /** Definition levels of bit width 1: true where a value is present. */
    private static boolean[] levels(byte[] buf, int from, int to, int count) throws IOException {
        int[] lv = new int[count];
        RleHybridDecoder.decode(buf, from, to, 1, lv, count);
        boolean[] defined = new boolean[count];
        for (int i = 0; i < count; i++) {
            defined[i] = lv[i] == 1;
        }
        return defined;
    }

    /** Collects one column chunk's values, page by page. */
    private static final class ColumnDecoder {
        final Column column;
        final int rows;
        int row;
        final long @Nullable [] longs;
        final double @Nullable [] doubles;
        final String @Nullable [] strings;
        final boolean[] nulls;
        long @Nullable [] dictLongs;
        double @Nullable [] dictDoubles;
        String @Nullable [] dictStrings;

        ColumnDecoder(Column column, int rows) throws IOException {
            this.column = column;
            this.rows = rows;
            this.nulls = new boolean[rows];
            switch (column.type()) {
                case INT32, INT64 -> {
                    longs = new long[rows];
                    doubles = null;
                    strings = null;
                }
                case DOUBLE -> {
                    longs = null;
                    doubles = new double[rows];
                    strings = null;
                }
                case BYTE_ARRAY -> {
                    longs = null;
                    doubles = null;
                    strings = new String[rows];
                }
                default ->
                        throw new IOException(
                                "column "
                                        + column.name()
                                        + ": type "
                                        + column.type()
                                        + " not supported");
            }
        }

        void dictionary(byte[] body, int count) throws IOException {
            Plain p = new Plain(body, 0, body.length);
            switch (column.type()) {
                case INT32 -> {
                    dictLongs = new long[count];
                    for (int i = 0; i < count; i++) {
                        dictLongs[i] = p.int32();
                    }
                }
                case INT64 -> {
                    dictLongs = new long[count];
                    for (int i = 0; i < count; i++) {
                        dictLongs[i] = p.int64();
                    }
                }
                case DOUBLE -> {
                    dictDoubles = new double[count];
                    for (int i = 0; i < count; i++) {
                        dictDoubles[i] = Double.longBitsToDouble(p.int64());
                    }
                }
                default -> {
                    dictStrings = new String[count];
                    for (int i = 0; i < count; i++) {
                        dictStrings[i] = p.string();
                    }
                }
            }
        }

        void values(
                byte[] body,
                int from,
                int to,
                int count,
                boolean @Nullable [] defined,
                int encoding)
                throws IOException {
            if (row + count > rows) {
                throw new IOException("column " + column.name() + ": more values than rows");
            }
            int present = 0;
            for (int i = 0; i < count; i++) {
                if (defined == null || defined[i]) {
                    present++;
                }
            }
            int[] indices = null;
            Plain plain = null;
            if (encoding == ENC_RLE_DICTIONARY || encoding == ENC_PLAIN_DICTIONARY) {
                if (dictLongs == null && dictDoubles == null && dictStrings == null) {
                    throw new IOException("column " + column.name() + ": no dictionary page");
                }
                indices = new int[present];
                RleHybridDecoder.decode(body, from + 1, to, body[from] & 0xFF, indices, present);
            } else if (encoding == ENC_PLAIN) {
                plain = new Plain(body, from, to);
            } else {
                throw new IOException(
                        "column " + column.name() + ": encoding " + encoding + " not supported");
            }
            int k = 0;
            for (int i = 0; i < count; i++, row++) {
                if (defined != null && !defined[i]) {
                    nulls[row] = true;
                    continue;
                }
                if (indices != null) {
                    int ix = indices[k++];
                    if (longs != null) {
                        longs[row] = dictLongs[ix];
                    } else if (doubles != null) {
                        doubles[row] = dictDoubles[ix];
                    } else {
                        strings[row] = dictStrings[ix];
                    }
                } else if (longs != null) {
                    longs[row] =
                            column.type() == PhysicalType.INT32 ? plain.int32() : plain.int64();
                } else if (doubles != null) {
                    doubles[row] = Double.longBitsToDouble(plain.int64());
                } else {
                    strings[row] = plain.string();
                }
            }
        }

        Values result() {
            return new Values(longs, doubles, strings, nulls);
        }
    }

    /** PLAIN values: little-endian fixed width, BYTE_ARRAY as an int32 length then the bytes. */
    private static final class Plain {
        final byte[] buf;
        int pos;
        final int end;

        Plain(byte[] buf, int pos, int end) {
            this.buf = buf;
            this.pos = pos;
            this.end = end;
        }

        long int32() throws IOException {
            need(4);
            int v = int32(buf, pos);
            pos += 4;
            return v;
        }

        long int64() throws IOException {
            need(8);
            long v = 0;
            for (int i = 7; i >= 0; i--) {
                v = (v << 8) | (buf[pos + i] & 0xFF);
            }
            pos += 8;
            return v;
        }

        String string() throws IOException {
            need(4);
            int n = int32(buf, pos);
            pos += 4;
            if (n < 0) {
                throw new IOException("negative BYTE_ARRAY length");
            }
            need(n);
            String s = new String(buf, pos, n, StandardCharsets.UTF_8);
            pos += n;
            return s;
        }

        private void need(int n) throws IOException {
            if (n > end - pos) {
                throw new IOException("PLAIN values truncated");
            }
        }

        private static int int32(byte[] b, int p) {
            return ParquetFile.int32(b, p);
        }
    }

    static int int32(byte[] b, int p) {
        return (b[p] & 0xFF) | (b[p + 1] & 0xFF) << 8 | (b[p + 2] & 0xFF) << 16 | b[p + 3] << 24;
    }

    private static boolean magicAt(byte[] b, int p) {
        for (int i = 0; i < 4; i++) {
            if (b[p + i] != MAGIC[i]) {
                return false;
            }
        }
        return true;
    }
}
