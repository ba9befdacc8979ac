package dev.freshet.engine.state;

import dev.freshet.engine.batch.ArrayColumn;
import dev.freshet.engine.batch.BoolColumn;
import dev.freshet.engine.batch.BytesColumn;
import dev.freshet.engine.batch.Column;
import dev.freshet.engine.batch.DecimalColumn;
import dev.freshet.engine.batch.DoubleColumn;
import dev.freshet.engine.batch.IntervalColumn;
import dev.freshet.engine.batch.LongColumn;
import dev.freshet.engine.type.DataType;
import dev.freshet.engine.type.Decimal;
import dev.freshet.engine.type.Interval;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Memcomparable key encoding: the unsigned lexicographic order of encoded bytes is the SQL order of
 * the values, and equal encodings mean SQL-equal values ({@code 1.5 = 1.50}, {@code -0.0 = 0.0},
 * {@code '1 month' = '30 days'}, NaN = NaN). Used for group keys, join keys, primary keys, and
 * sorted state (min/max, TopN, ORDER BY).
 *
 * <p>Per column: a null marker (NULL sorts first by default, last with nulls-last) then the value:
 * integers big-endian with the sign bit flipped; doubles as IEEE bits made order-preserving;
 * NUMERIC as class, decimal exponent and digit string; strings and bytes with 0x00 escaped as 0x00
 * 0xFF and terminated by 0x00 0x00; intervals as their 128-bit length; arrays element by element. A
 * descending column has its bytes complemented.
 */
public final class KeyCodec {
    private static final int NULL_FIRST = 0x00;
    private static final int VALUE = 0x01;
    private static final int NULL_LAST = 0x02;

    private final DataType[] types;
    private final boolean[] descending;
    private final boolean[] nullsLast;

    /** Ascending, nulls first, for every column (hash keys). */
    public KeyCodec(List<DataType> types) {
        this(types, new boolean[types.size()], new boolean[types.size()]);
    }

    public KeyCodec(List<DataType> types, boolean[] descending, boolean[] nullsLast) {
        this.types = types.toArray(new DataType[0]);
        this.descending = descending.clone();
        this.nullsLast = nullsLast.clone();
    }

    public int columnCount() {
        return types.length;
    }

    /** Appends the key of {@code row} over {@code columns[indexes[i]]}. */
    public void encode(Column[] columns, int[] indexes, int row, ByteSink out) {
        for (int c = 0; c < indexes.length; c++) {
            int start = out.length();
            encodeValue(columns[indexes[c]], row, nullsLast[c], out);
            if (descending[c]) {
                out.invertFrom(start);
            }
        }
    }

    /** Appends the key of a row of Java values. */
    public void encodeObjects(Object[] values, ByteSink out) {
        for (int c = 0; c < types.length; c++) {
            int start = out.length();
            encodeObject(types[c], values[c], nullsLast[c], out);
            if (descending[c]) {
                out.invertFrom(start);
            }
        }
    }

    /** Appends one value's ascending key encoding. */
    public static void encodeValue(Column col, int row, boolean nullsLast, ByteSink out) {
        if (col.isNull(row)) {
            out.putByte(nullsLast ? NULL_LAST : NULL_FIRST);
            return;
        }
        out.putByte(VALUE);
        switch (col) {
            case BoolColumn b -> out.putByte(b.get(row) ? 1 : 0);
            case LongColumn l -> putLong(l.get(row), out);
            case DoubleColumn d -> putDouble(d.get(row), out);
            case DecimalColumn d -> {
                short s = d.scaleOrMarker(row);
                if (s >= 0) {
                    putDecimal(BigDecimal.valueOf(d.unscaled(row), s), out);
                } else {
                    putDecimal(d.get(row), out);
                }
            }
            case BytesColumn b -> putBytes(b.data(), b.start(row), b.length(row), out);
            case IntervalColumn i -> putInterval(i.months(row), i.days(row), i.micros(row), out);
            case ArrayColumn a -> {
                Column el = a.elements();
                for (int e = a.start(row); e < a.start(row) + a.length(row); e++) {
                    out.putByte(0x02);
                    encodeValue(el, e, false, out);
                }
                out.putByte(0x00);
            }
        }
    }

    /** Appends one Java value's ascending key encoding. */
    public static void encodeObject(DataType type, Object value, boolean nullsLast, ByteSink out) {
        if (value == null) {
            out.putByte(nullsLast ? NULL_LAST : NULL_FIRST);
            return;
        }
        out.putByte(VALUE);
        switch (type.physical()) {
            case BOOL -> out.putByte((Boolean) value ? 1 : 0);
            case LONG -> putLong(((Number) value).longValue(), out);
            case DOUBLE -> putDouble(((Number) value).doubleValue(), out);
            case DECIMAL -> {
                if (value instanceof Decimal d) {
                    putDecimal(d, out);
                } else if (value instanceof BigDecimal b) {
                    putDecimal(b, out);
                } else {
                    putDecimal(BigDecimal.valueOf(((Number) value).longValue()), out);
                }
            }
            case BYTES -> {
                byte[] b =
                        value instanceof byte[] bytes
                                ? bytes
                                : value.toString().getBytes(StandardCharsets.UTF_8);
                putBytes(b, 0, b.length, out);
            }
            case INTERVAL -> {
                Interval i = (Interval) value;
                putInterval(i.months(), i.days(), i.micros(), out);
            }
            case ARRAY -> {
                for (Object e : (List<?>) value) {
                    out.putByte(0x02);
                    encodeObject(type.elementType(), e, false, out);
                }
                out.putByte(0x00);
            }
        }
    }

    static void putLong(long v, ByteSink out) {
        out.putLongBE(v ^ Long.MIN_VALUE);
    }

    static void putDouble(double d, ByteSink out) {
        if (d == 0.0) {
            d = 0.0; // -0.0 equals 0.0
        }
        long bits = Double.isNaN(d) ? 0x7FF8000000000000L : Double.doubleToLongBits(d);
        out.putLongBE(bits < 0 ? ~bits : bits ^ Long.MIN_VALUE);
    }

    static void putBytes(byte[] b, int off, int len, ByteSink out) {
        for (int i = off; i < off + len; i++) {
            out.putByte(b[i]);
            if (b[i] == 0) {
                out.putByte(0xFF);
            }
        }
        out.putByte(0x00);
        out.putByte(0x00);
    }

    static void putInterval(int months, int days, long micros, ByteSink out) {
        out.putLongBE(Interval.spanHigh(months, days, micros) ^ Long.MIN_VALUE);
        out.putLongBE(Interval.spanLow(months, days, micros));
    }

    // NUMERIC classes, in SQL order
    private static final int DEC_NEG_INF = 0x01;
    private static final int DEC_NEG = 0x02;
    private static final int DEC_ZERO = 0x03;
    private static final int DEC_POS = 0x04;
    private static final int DEC_POS_INF = 0x05;
    private static final int DEC_NAN = 0x06;

    static void putDecimal(Decimal d, ByteSink out) {
        if (d.isNaN()) {
            out.putByte(DEC_NAN);
        } else if (d.isInfinite()) {
            out.putByte(d.signum() > 0 ? DEC_POS_INF : DEC_NEG_INF);
        } else {
            putDecimal(d.bigDecimal(), out);
        }
    }

    static void putDecimal(BigDecimal b, ByteSink out) {
        int sign = b.signum();
        if (sign == 0) {
            out.putByte(DEC_ZERO);
            return;
        }
        BigDecimal n = b.abs().stripTrailingZeros();
        // value = 0.d1d2d3... × 10^exponent
        int exponent = n.precision() - n.scale();
        String digits = n.unscaledValue().toString();
        out.putByte(sign > 0 ? DEC_POS : DEC_NEG);
        int start = out.length();
        out.putIntBE(exponent ^ Integer.MIN_VALUE);
        for (int i = 0; i < digits.length(); i++) {
            out.putByte(digits.charAt(i));
        }
        out.putByte(0x00);
        if (sign < 0) {
            out.invertFrom(start);
        }
    }
}
