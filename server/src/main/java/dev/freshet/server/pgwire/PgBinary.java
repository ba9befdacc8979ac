package dev.freshet.server.pgwire;

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
import dev.freshet.engine.type.TypeKind;
import dev.freshet.sql.error.ErrorCode;
import dev.freshet.sql.error.FreshetException;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;

/**
 * PostgreSQL's binary representation of values ({@code typsend}/{@code typreceive}): how result
 * columns are written when the client asks for format 1, and how binary Bind parameters are read.
 *
 * <p>Layouts (all big-endian): bool 1 byte; int2/int4/int8 two's complement; float4/float8 IEEE
 * 754; numeric {@code Int16 ndigits, Int16 weight, Int16 sign, Int16 dscale, Int16[ndigits]
 * base-10000 digits}; text, varchar, bytea and uuid their bytes; jsonb {@code Byte1 version (1),
 * text}; date {@code Int32} days since 2000-01-01; time {@code Int64} µs since midnight;
 * timestamp[tz] {@code Int64} µs since 2000-01-01 00:00 (UTC); interval {@code Int64 µs, Int32
 * days, Int32 months}; one-dimensional arrays {@code Int32 ndim, Int32 hasnull, Int32 element OID,
 * (Int32 size, Int32 lower bound)[ndim], (Int32 length, bytes)*}.
 */
final class PgBinary {
    private PgBinary() {}

    /** Days from 1970-01-01 (our epoch) to 2000-01-01 (PostgreSQL's). */
    static final int PG_EPOCH_DAYS = 10_957;

    static final long PG_EPOCH_MICROS = PG_EPOCH_DAYS * 86_400_000_000L;

    private static final int NUMERIC_POS = 0x0000;
    private static final int NUMERIC_NEG = 0x4000;
    private static final int NUMERIC_NAN = 0xC000;
    private static final int NUMERIC_PINF = 0xD000;
    private static final int NUMERIC_NINF = 0xF000;
    private static final int NUMERIC_MAX_DSCALE = 0x3FFF;
    private static final BigInteger NBASE = BigInteger.valueOf(10_000);
    private static final byte JSONB_VERSION = 1;

    /** True if values of {@code type} can be written in binary. */
    static boolean canSend(DataType type) {
        return switch (type.kind()) {
            case UNKNOWN -> false;
            case ARRAY ->
                    type.elementType().kind() != TypeKind.ARRAY && canSend(type.elementType());
            default -> true;
        };
    }

    /** True if binary Bind parameters of {@code type} can be read. */
    static boolean canReceive(DataType type) {
        return switch (type.kind()) {
            case UNKNOWN -> false;
            case ARRAY ->
                    type.elementType().kind() != TypeKind.ARRAY && canReceive(type.elementType());
            default -> true;
        };
    }

    /** Writes the non-null value at {@code row} (without the length word). */
    static void write(Column column, int row, ByteBuf out) {
        switch (column.type().kind()) {
            case BOOLEAN -> out.writeByte(((BoolColumn) column).get(row) ? 1 : 0);
            case SMALLINT -> out.writeShort((int) ((LongColumn) column).get(row));
            case INTEGER -> out.writeInt((int) ((LongColumn) column).get(row));
            case BIGINT, TIME -> out.writeLong(((LongColumn) column).get(row));
            case DATE -> out.writeInt((int) (((LongColumn) column).get(row) - PG_EPOCH_DAYS));
            case TIMESTAMP, TIMESTAMPTZ ->
                    out.writeLong(((LongColumn) column).get(row) - PG_EPOCH_MICROS);
            case REAL -> out.writeFloat((float) ((DoubleColumn) column).get(row));
            case DOUBLE -> out.writeDouble(((DoubleColumn) column).get(row));
            case DECIMAL -> writeNumeric(((DecimalColumn) column).get(row), out);
            case VARCHAR, BYTEA, UUID -> writeBytes((BytesColumn) column, row, out);
            case JSONB -> {
                out.writeByte(JSONB_VERSION);
                writeBytes((BytesColumn) column, row, out);
            }
            case INTERVAL -> {
                IntervalColumn c = (IntervalColumn) column;
                out.writeLong(c.micros(row)).writeInt(c.days(row)).writeInt(c.months(row));
            }
            case ARRAY -> writeArray((ArrayColumn) column, row, out);
            case UNKNOWN -> throw new IllegalStateException("no binary form for type unknown");
        }
    }

    private static void writeBytes(BytesColumn column, int row, ByteBuf out) {
        out.writeBytes(column.data(), column.start(row), column.length(row));
    }

    private static void writeArray(ArrayColumn column, int row, ByteBuf out) {
        Column elements = column.elements();
        int start = column.start(row);
        int length = column.length(row);
        out.writeInt(length == 0 ? 0 : 1);
        int flagsIndex = out.writerIndex();
        out.writeInt(0);
        out.writeInt(elements.type().oid());
        if (length > 0) {
            out.writeInt(length).writeInt(1);
        }
        boolean hasNull = false;
        for (int e = start; e < start + length; e++) {
            if (elements.isNull(e)) {
                out.writeInt(-1);
                hasNull = true;
            } else {
                int lengthIndex = out.writerIndex();
                out.writeInt(0);
                write(elements, e, out);
                out.setInt(lengthIndex, out.writerIndex() - lengthIndex - 4);
            }
        }
        out.setInt(flagsIndex, hasNull ? 1 : 0);
    }

    /** Writes a NUMERIC in PostgreSQL's base-10000 layout. */
    static void writeNumeric(Decimal value, ByteBuf out) {
        if (!value.isFinite()) {
            int sign =
                    value.isNaN() ? NUMERIC_NAN : value.signum() > 0 ? NUMERIC_PINF : NUMERIC_NINF;
            out.writeShort(0).writeShort(0).writeShort(sign).writeShort(0);
            return;
        }
        BigDecimal v = value.bigDecimal();
        if (v.scale() < 0) {
            v = v.setScale(0);
        }
        int scale = v.scale();
        String digits = v.unscaledValue().abs().toString();
        int integerDigits = digits.length() - scale;
        String integerPart = integerDigits > 0 ? digits.substring(0, integerDigits) : "";
        String fractionPart =
                integerDigits >= 0
                        ? digits.substring(integerDigits)
                        : "0".repeat(-integerDigits) + digits;
        int leadPad = (4 - integerPart.length() % 4) % 4;
        int tailPad = (4 - fractionPart.length() % 4) % 4;
        String all = "0".repeat(leadPad) + integerPart + fractionPart + "0".repeat(tailPad);
        int groups = all.length() / 4;
        int weight = (leadPad + integerPart.length()) / 4 - 1;
        int first = 0;
        while (first < groups && group(all, first) == 0) {
            first++;
            weight--;
        }
        int last = groups;
        while (last > first && group(all, last - 1) == 0) {
            last--;
        }
        if (first == last) {
            weight = 0;
        }
        out.writeShort(last - first);
        out.writeShort(weight);
        out.writeShort(v.signum() < 0 ? NUMERIC_NEG : NUMERIC_POS);
        out.writeShort(Math.min(scale, NUMERIC_MAX_DSCALE));
        for (int g = first; g < last; g++) {
            out.writeShort(group(all, g));
        }
    }

    private static int group(String digits, int index) {
        return Integer.parseInt(digits, index * 4, index * 4 + 4, 10);
    }

    /**
     * Reads a binary Bind parameter of {@code type} into the Java mapping of {@link
     * dev.freshet.engine.type.Values}.
     *
     * @param parameterNumber 1-based, for error messages
     * @throws FreshetException 22P03 for bytes that do not fit the type, 42883 for a type without a
     *     binary input form
     */
    static Object read(DataType type, byte[] value, int parameterNumber) {
        ByteBuf in = Unpooled.wrappedBuffer(value);
        Object result =
                switch (type.kind()) {
                    case BOOLEAN -> {
                        expect(in, 1, parameterNumber);
                        yield in.readByte() != 0;
                    }
                    case SMALLINT -> {
                        expect(in, 2, parameterNumber);
                        yield (long) in.readShort();
                    }
                    case INTEGER -> {
                        expect(in, 4, parameterNumber);
                        yield (long) in.readInt();
                    }
                    case BIGINT, TIME -> {
                        expect(in, 8, parameterNumber);
                        yield in.readLong();
                    }
                    case DATE -> {
                        expect(in, 4, parameterNumber);
                        yield in.readInt() + (long) PG_EPOCH_DAYS;
                    }
                    case TIMESTAMP, TIMESTAMPTZ -> {
                        expect(in, 8, parameterNumber);
                        yield in.readLong() + PG_EPOCH_MICROS;
                    }
                    case REAL -> {
                        expect(in, 4, parameterNumber);
                        yield (double) in.readFloat();
                    }
                    case DOUBLE -> {
                        expect(in, 8, parameterNumber);
                        yield in.readDouble();
                    }
                    case DECIMAL -> readNumeric(in, parameterNumber);
                    case VARCHAR -> new String(value, StandardCharsets.UTF_8);
                    case JSONB -> {
                        if (value.length < 1 || value[0] != JSONB_VERSION) {
                            throw invalid(parameterNumber);
                        }
                        yield new String(value, 1, value.length - 1, StandardCharsets.UTF_8);
                    }
                    case BYTEA -> value;
                    case UUID -> {
                        expect(in, 16, parameterNumber);
                        yield value;
                    }
                    case INTERVAL -> {
                        expect(in, 16, parameterNumber);
                        long micros = in.readLong();
                        int days = in.readInt();
                        int months = in.readInt();
                        yield new Interval(months, days, micros);
                    }
                    case ARRAY -> readArray(type, in, parameterNumber);
                    case UNKNOWN ->
                            throw new FreshetException(
                                    ErrorCode.UNDEFINED_FUNCTION,
                                    "no binary input function available for type "
                                            + type.sqlName());
                };
        return result;
    }

    /** A one-dimensional array (any lower bound); an empty array has no dimensions. */
    private static java.util.List<@org.jspecify.annotations.Nullable Object> readArray(
            DataType type, ByteBuf in, int parameterNumber) {
        if (!canReceive(type)) {
            throw new FreshetException(
                    ErrorCode.UNDEFINED_FUNCTION,
                    "no binary input function available for type " + type.sqlName());
        }
        if (in.readableBytes() < 12) {
            throw invalid(parameterNumber);
        }
        int ndim = in.readInt();
        int flags = in.readInt();
        in.readInt(); // element OID: the element type is the parameter's
        if (ndim == 0) {
            if (in.isReadable()) {
                throw invalid(parameterNumber);
            }
            return new java.util.ArrayList<>();
        }
        if (ndim != 1) {
            throw new FreshetException(
                    ErrorCode.FEATURE_NOT_SUPPORTED,
                    "multidimensional arrays are not supported (bind parameter "
                            + parameterNumber
                            + ")");
        }
        if ((flags & ~1) != 0 || in.readableBytes() < 8) {
            throw invalid(parameterNumber);
        }
        int size = in.readInt();
        in.readInt(); // lower bound
        if (size < 0 || size > in.readableBytes() / 4) {
            throw invalid(parameterNumber);
        }
        java.util.List<@org.jspecify.annotations.Nullable Object> out =
                new java.util.ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            if (in.readableBytes() < 4) {
                throw invalid(parameterNumber);
            }
            int length = in.readInt();
            if (length == -1) {
                out.add(null);
                continue;
            }
            if (length < 0 || length > in.readableBytes()) {
                throw invalid(parameterNumber);
            }
            byte[] element = new byte[length];
            in.readBytes(element);
            out.add(read(type.elementType(), element, parameterNumber));
        }
        if (in.isReadable()) {
            throw invalid(parameterNumber);
        }
        return out;
    }

    private static Decimal readNumeric(ByteBuf in, int parameterNumber) {
        if (in.readableBytes() < 8) {
            throw invalid(parameterNumber);
        }
        int ndigits = in.readUnsignedShort();
        int weight = in.readShort();
        int sign = in.readUnsignedShort();
        int dscale = in.readUnsignedShort();
        if (in.readableBytes() != 2 * ndigits || dscale > NUMERIC_MAX_DSCALE) {
            throw invalid(parameterNumber);
        }
        switch (sign) {
            case NUMERIC_NAN -> {
                return Decimal.NAN;
            }
            case NUMERIC_PINF -> {
                return Decimal.POSITIVE_INFINITY;
            }
            case NUMERIC_NINF -> {
                return Decimal.NEGATIVE_INFINITY;
            }
            case NUMERIC_POS, NUMERIC_NEG -> {}
            default -> throw invalid(parameterNumber);
        }
        BigInteger digits = BigInteger.ZERO;
        for (int i = 0; i < ndigits; i++) {
            int d = in.readShort();
            if (d < 0 || d >= 10_000) {
                throw invalid(parameterNumber);
            }
            digits = digits.multiply(NBASE).add(BigInteger.valueOf(d));
        }
        BigDecimal v =
                new BigDecimal(digits)
                        .scaleByPowerOfTen(4 * (weight - ndigits + 1))
                        .setScale(dscale, RoundingMode.HALF_UP);
        return Decimal.of(sign == NUMERIC_NEG ? v.negate() : v);
    }

    private static void expect(ByteBuf in, int length, int parameterNumber) {
        if (in.readableBytes() != length) {
            throw invalid(parameterNumber);
        }
    }

    private static FreshetException invalid(int parameterNumber) {
        return new FreshetException(
                ErrorCode.INVALID_BINARY_REPRESENTATION,
                "incorrect binary data format in bind parameter " + parameterNumber);
    }
}
