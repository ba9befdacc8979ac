package dev.freshet.engine.state;

import dev.freshet.engine.batch.ArrayColumn;
import dev.freshet.engine.batch.ArrayColumnBuilder;
import dev.freshet.engine.batch.BoolColumn;
import dev.freshet.engine.batch.BoolColumnBuilder;
import dev.freshet.engine.batch.BytesColumn;
import dev.freshet.engine.batch.BytesColumnBuilder;
import dev.freshet.engine.batch.Column;
import dev.freshet.engine.batch.ColumnBuilder;
import dev.freshet.engine.batch.DecimalColumn;
import dev.freshet.engine.batch.DecimalColumnBuilder;
import dev.freshet.engine.batch.DoubleColumn;
import dev.freshet.engine.batch.DoubleColumnBuilder;
import dev.freshet.engine.batch.IntervalColumn;
import dev.freshet.engine.batch.IntervalColumnBuilder;
import dev.freshet.engine.batch.LongColumn;
import dev.freshet.engine.batch.LongColumnBuilder;
import dev.freshet.engine.type.DataType;
import dev.freshet.engine.type.Decimal;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.List;

/**
 * The compact, lossless binary encoding of rows kept in operator state and, later, in checkpoints.
 * Every value keeps its exact representation (NUMERIC scale, -0.0, interval fields).
 *
 * <p>Layout per column: a presence byte (0 NULL, 1 value) followed by the value: BOOL one byte;
 * LONG zig-zag varlong; DOUBLE 8 raw bytes; DECIMAL a 2-byte scale or marker then, when finite, the
 * unscaled digits (varlong, or for wide values length-prefixed two's complement bytes); BYTES
 * varint length + bytes; INTERVAL months, days, micros as varlongs; ARRAY varint count then each
 * element encoded the same way.
 *
 * <p>Equal encodings mean identical rows, so stores may use the encoding itself as a row key.
 */
public final class RowCodec {
    private final DataType[] types;

    public RowCodec(List<DataType> types) {
        this.types = types.toArray(new DataType[0]);
    }

    public int columnCount() {
        return types.length;
    }

    /** Appends the encoding of {@code row} over all of {@code columns}. */
    public void encode(Column[] columns, int row, ByteSink out) {
        for (int c = 0; c < types.length; c++) {
            encodeValue(columns[c], row, out);
        }
    }

    /** Appends the encoding of {@code row} over {@code columns[indexes[i]]}. */
    public void encode(Column[] columns, int[] indexes, int row, ByteSink out) {
        for (int c = 0; c < indexes.length; c++) {
            encodeValue(columns[indexes[c]], row, out);
        }
    }

    /**
     * Appends the encoding of a row of Java values (see {@link dev.freshet.engine.type.Values}).
     */
    public void encodeObjects(Object[] values, ByteSink out) {
        for (int c = 0; c < types.length; c++) {
            encodeObject(types[c], values[c], out);
        }
    }

    /** Decodes one row, appending a value to each of {@code builders[firstBuilder + c]}. */
    public void decode(ByteReader in, ColumnBuilder[] builders, int firstBuilder) {
        for (int c = 0; c < types.length; c++) {
            decodeValue(in, builders[firstBuilder + c]);
        }
    }

    /** Skips one encoded row. */
    public void skip(ByteReader in) {
        for (DataType t : types) {
            skipValue(t, in);
        }
    }

    /** Appends one value's encoding. */
    public static void encodeValue(Column col, int row, ByteSink out) {
        if (col.isNull(row)) {
            out.putByte(0);
            return;
        }
        out.putByte(1);
        switch (col) {
            case BoolColumn b -> out.putByte(b.get(row) ? 1 : 0);
            case LongColumn l -> out.putVarLong(l.get(row));
            case DoubleColumn d -> out.putLongBE(Double.doubleToRawLongBits(d.get(row)));
            case DecimalColumn d -> {
                short s = d.scaleOrMarker(row);
                if (s == DecimalColumn.BIG) {
                    putBigDecimal(d.get(row).bigDecimal(), out);
                } else {
                    out.putShortBE(s);
                    if (s >= 0) {
                        out.putVarLong(d.unscaled(row));
                    }
                }
            }
            case BytesColumn b -> {
                out.putVarInt(b.length(row));
                out.putBytes(b.data(), b.start(row), b.length(row));
            }
            case IntervalColumn i -> {
                out.putVarLong(i.months(row));
                out.putVarLong(i.days(row));
                out.putVarLong(i.micros(row));
            }
            case ArrayColumn a -> {
                out.putVarInt(a.length(row));
                Column el = a.elements();
                for (int e = a.start(row); e < a.start(row) + a.length(row); e++) {
                    encodeValue(el, e, out);
                }
            }
        }
    }

    private static void putBigDecimal(BigDecimal b, ByteSink out) {
        out.putShortBE(DecimalColumn.BIG);
        out.putVarInt(b.scale());
        byte[] digits = b.unscaledValue().toByteArray();
        out.putVarInt(digits.length);
        out.putBytes(digits, 0, digits.length);
    }

    /** Appends the encoding of one Java value of type {@code type} (null for NULL). */
    public static void encodeObject(DataType type, Object value, ByteSink out) {
        if (value == null) {
            out.putByte(0);
            return;
        }
        out.putByte(1);
        switch (type.physical()) {
            case BOOL -> out.putByte((Boolean) value ? 1 : 0);
            case LONG -> out.putVarLong(((Number) value).longValue());
            case DOUBLE -> {
                double d = ((Number) value).doubleValue();
                if (type.kind() == dev.freshet.engine.type.TypeKind.REAL) {
                    d = (float) d;
                }
                out.putLongBE(Double.doubleToRawLongBits(d));
            }
            case DECIMAL -> {
                Decimal d =
                        value instanceof Decimal dd ? dd : Decimal.of(((Number) value).longValue());
                if (d.isNaN()) {
                    out.putShortBE(DecimalColumn.NAN);
                } else if (d.isInfinite()) {
                    out.putShortBE(d.signum() > 0 ? DecimalColumn.POS_INF : DecimalColumn.NEG_INF);
                } else {
                    BigDecimal b = d.bigDecimal();
                    if (b.scale() < 0) {
                        b = b.setScale(0);
                    }
                    if (b.unscaledValue().bitLength() <= 63 && b.scale() <= Short.MAX_VALUE) {
                        out.putShortBE(b.scale());
                        out.putVarLong(b.unscaledValue().longValue());
                    } else {
                        putBigDecimal(b, out);
                    }
                }
            }
            case BYTES -> {
                byte[] b =
                        value instanceof byte[] bytes
                                ? bytes
                                : value.toString()
                                        .getBytes(java.nio.charset.StandardCharsets.UTF_8);
                out.putVarInt(b.length);
                out.putBytes(b, 0, b.length);
            }
            case INTERVAL -> {
                var i = (dev.freshet.engine.type.Interval) value;
                out.putVarLong(i.months());
                out.putVarLong(i.days());
                out.putVarLong(i.micros());
            }
            case ARRAY -> {
                List<?> list = (List<?>) value;
                out.putVarInt(list.size());
                for (Object e : list) {
                    encodeObject(type.elementType(), e, out);
                }
            }
        }
    }

    /** Decodes one value into {@code b}. */
    public static void decodeValue(ByteReader in, ColumnBuilder b) {
        if (in.getByte() == 0) {
            b.appendNull();
            return;
        }
        switch (b) {
            case BoolColumnBuilder bb -> bb.appendBoolean(in.getByte() != 0);
            case LongColumnBuilder lb -> lb.appendLong(in.getVarLong());
            case DoubleColumnBuilder db -> db.appendDouble(Double.longBitsToDouble(in.getLongBE()));
            case DecimalColumnBuilder db -> {
                short s = (short) in.getShortBE();
                switch (s) {
                    case DecimalColumn.NAN -> db.appendDecimal(Decimal.NAN);
                    case DecimalColumn.POS_INF -> db.appendDecimal(Decimal.POSITIVE_INFINITY);
                    case DecimalColumn.NEG_INF -> db.appendDecimal(Decimal.NEGATIVE_INFINITY);
                    case DecimalColumn.BIG -> {
                        int scale = in.getVarInt();
                        int n = in.getVarInt();
                        byte[] digits = new byte[n];
                        System.arraycopy(in.array(), in.position(), digits, 0, n);
                        in.skip(n);
                        db.appendDecimal(Decimal.of(new BigDecimal(new BigInteger(digits), scale)));
                    }
                    default -> db.appendCompact(in.getVarLong(), s);
                }
            }
            case BytesColumnBuilder bb -> {
                int n = in.getVarInt();
                bb.appendBytes(in.array(), in.position(), n);
                in.skip(n);
            }
            case IntervalColumnBuilder ib ->
                    ib.appendInterval(
                            (int) in.getVarLong(), (int) in.getVarLong(), in.getVarLong());
            case ArrayColumnBuilder ab -> {
                int n = in.getVarInt();
                ColumnBuilder el = ab.elementBuilder();
                for (int e = 0; e < n; e++) {
                    decodeValue(in, el);
                }
                ab.endArray();
            }
        }
    }

    /** Skips one encoded value of type {@code type}. */
    public static void skipValue(DataType type, ByteReader in) {
        if (in.getByte() == 0) {
            return;
        }
        switch (type.physical()) {
            case BOOL -> in.skip(1);
            case LONG -> in.getVarLong();
            case DOUBLE -> in.skip(8);
            case DECIMAL -> {
                short s = (short) in.getShortBE();
                if (s == DecimalColumn.BIG) {
                    in.getVarInt();
                    in.skip(in.getVarInt());
                } else if (s >= 0) {
                    in.getVarLong();
                }
            }
            case BYTES -> in.skip(in.getVarInt());
            case INTERVAL -> {
                in.getVarLong();
                in.getVarLong();
                in.getVarLong();
            }
            case ARRAY -> {
                int n = in.getVarInt();
                for (int e = 0; e < n; e++) {
                    skipValue(type.elementType(), in);
                }
            }
        }
    }
}
