package dev.freshet.tests.bench.parquet;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Decodes Thrift's compact protocol (the encoding of Parquet's footer and page headers) into
 * generic {@link Struct}s keyed by field id, so the Parquet reader names only the fields it needs.
 *
 * <p>Layout: a field header byte is {@code delta << 4 | type} (delta 0: the field id follows as a
 * zigzag varint); type 1/2 are booleans true/false held in the header, 3 a byte, 4/5/6 zigzag
 * varints (i16, i32, i64), 7 a little-endian double, 8 a varint length then bytes, 9/10 a list or
 * set ({@code size << 4 | element type}, size 15: a varint size follows), 11 a map (varint size,
 * then a {@code keyType << 4 | valueType} byte when not empty), 12 a nested struct; a 0 byte ends a
 * struct.
 */
public final class ThriftCompactReader {
    private static final int MAX_DEPTH = 64;

    private final byte[] buf;
    private int pos;
    private final int end;

    /** A reader of {@code buf[from..end)}. */
    public ThriftCompactReader(byte[] buf, int from, int end) {
        this.buf = buf;
        this.pos = from;
        this.end = end;
    }

    /** The position after the last byte read. */
    public int position() {
        return pos;
    }

    /**
     * A decoded struct: field id to value (Boolean, Integer, Long, Double, byte[], List, Struct).
     */
    public record Struct(Map<Integer, Object> fields) {
        public boolean has(int id) {
            return fields.containsKey(id);
        }

        public long i64(int id) throws IOException {
            return ((Number) required(id)).longValue();
        }

        public int i32(int id) throws IOException {
            return ((Number) required(id)).intValue();
        }

        public int i32(int id, int orElse) {
            Object v = fields.get(id);
            return v == null ? orElse : ((Number) v).intValue();
        }

        public boolean bool(int id, boolean orElse) {
            Object v = fields.get(id);
            return v == null ? orElse : (Boolean) v;
        }

        public String string(int id) throws IOException {
            return new String((byte[]) required(id), StandardCharsets.UTF_8);
        }

        public Struct struct(int id) throws IOException {
            return (Struct) required(id);
        }

        public @Nullable Struct structOrNull(int id) {
            return (Struct) fields.get(id);
        }

        @SuppressWarnings("unchecked")
        public List<Object> list(int id) throws IOException {
            return (List<Object>) required(id);
        }

        private Object required(int id) throws IOException {
            Object v = fields.get(id);
            if (v == null) {
                throw new IOException("Thrift field " + id + " missing");
            }
            return v;
        }
    }

    /** Reads one struct from the current position. */
    public Struct readStruct() throws IOException {
        return struct(0);
    }

    private Struct struct(int depth) throws IOException {
        if (depth > MAX_DEPTH) {
            throw new IOException("Thrift structs nested too deep");
        }
        Map<Integer, Object> fields = new HashMap<>();
        int last = 0;
        while (true) {
            int header = u8();
            if (header == 0) {
                return new Struct(fields);
            }
            int type = header & 0x0F;
            int delta = header >>> 4;
            int id = delta != 0 ? last + delta : (int) zigzag(varint());
            last = id;
            fields.put(id, value(type, depth));
        }
    }

    private Object value(int type, int depth) throws IOException {
        return switch (type) {
            case 1 -> Boolean.TRUE;
            case 2 -> Boolean.FALSE;
            case 3 -> (int) (byte) u8();
            case 4, 5 -> (int) zigzag(varint());
            case 6 -> zigzag(varint());
            case 7 -> {
                need(8);
                long bits = 0;
                for (int i = 0; i < 8; i++) {
                    bits |= (long) (buf[pos + i] & 0xFF) << (8 * i);
                }
                pos += 8;
                yield Double.longBitsToDouble(bits);
            }
            case 8 -> {
                int n = size();
                need(n);
                byte[] b = new byte[n];
                System.arraycopy(buf, pos, b, 0, n);
                pos += n;
                yield b;
            }
            case 9, 10 -> {
                int header = u8();
                int n = header >>> 4;
                if (n == 15) {
                    n = size();
                }
                int elem = header & 0x0F;
                List<Object> out = new ArrayList<>(Math.min(n, 1024));
                for (int i = 0; i < n; i++) {
                    // Booleans in a list take a byte each (1 true, 2 false).
                    out.add(
                            elem == 1 || elem == 2
                                    ? Boolean.valueOf(u8() == 1)
                                    : value(elem, depth));
                }
                yield out;
            }
            case 11 -> {
                int n = size();
                Map<Object, Object> out = new HashMap<>();
                if (n > 0) {
                    int kv = u8();
                    for (int i = 0; i < n; i++) {
                        Object k = value(kv >>> 4, depth);
                        out.put(k, value(kv & 0x0F, depth));
                    }
                }
                yield out;
            }
            case 12 -> struct(depth + 1);
            default -> throw new IOException("unknown Thrift compact type " + type);
        };
    }

    private int size() throws IOException {
        long n = varint();
        if (n < 0 || n > end - pos) {
            throw new IOException("Thrift size " + n + " beyond the buffer");
        }
        return (int) n;
    }

    private long varint() throws IOException {
        long r = 0;
        for (int shift = 0; shift < 64; shift += 7) {
            int b = u8();
            r |= (long) (b & 0x7F) << shift;
            if ((b & 0x80) == 0) {
                return r;
            }
        }
        throw new IOException("Thrift varint too long");
    }

    private static long zigzag(long v) {
        return (v >>> 1) ^ -(v & 1);
    }

    private int u8() throws IOException {
        need(1);
        return buf[pos++] & 0xFF;
    }

    private void need(int n) throws IOException {
        if (n > end - pos) {
            throw new IOException("Thrift data truncated");
        }
    }
}
