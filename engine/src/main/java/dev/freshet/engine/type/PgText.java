package dev.freshet.engine.type;

import dev.freshet.engine.batch.ArrayColumn;
import dev.freshet.engine.batch.BoolColumn;
import dev.freshet.engine.batch.BytesColumn;
import dev.freshet.engine.batch.Column;
import dev.freshet.engine.batch.DecimalColumn;
import dev.freshet.engine.batch.DoubleColumn;
import dev.freshet.engine.batch.IntervalColumn;
import dev.freshet.engine.batch.LongColumn;
import dev.freshet.sql.error.ErrorCode;
import dev.freshet.sql.error.FreshetException;
import java.time.ZoneId;
import java.util.List;

/**
 * PostgreSQL's text input and output for every type: what {@code typinput}/{@code typoutput} do,
 * with DateStyle ISO, MDY and IntervalStyle postgres, as a PostgreSQL 15 server does.
 *
 * <p>This class dispatches on the type; the rules live in one class per family: {@link
 * PgFloatText}, {@link PgNumericText}, {@link PgIntegerText}, {@link PgDateTimeText} and {@link
 * PgDateTimeParser}, {@link PgIntervalText}, {@link PgByteaText}, {@link PgUuidText}, {@link
 * JsonText}, {@link PgArrayText}; calendar arithmetic is in {@link PgCalendar} and zone handling in
 * {@link PgTimeZones}. Input raises PostgreSQL's SQLSTATEs and messages (22P02 invalid text, 22003
 * out of range, 22007/22008/22009/22015 datetime errors, 22001 too long).
 *
 * <p>Output from a column ({@link #format(Column, int, ZoneId, StringBuilder)}) is the server's hot
 * path: it reads the column's primitive getters and appends to the caller's builder, allocating
 * nothing for booleans, integers, floats, compact numerics, text, bytea, uuid, dates, times,
 * timestamps and intervals.
 */
public final class PgText {
    private PgText() {}

    /**
     * Appends the text form of the non-null value at {@code row} of {@code column}; TIMESTAMPTZ
     * values are shown in {@code zone}.
     */
    public static void format(Column column, int row, ZoneId zone, StringBuilder out) {
        switch (column.type().kind()) {
            case BOOLEAN, UNKNOWN -> out.append(((BoolColumn) column).get(row) ? 't' : 'f');
            case SMALLINT, INTEGER, BIGINT -> out.append(((LongColumn) column).get(row));
            case REAL -> PgFloatText.appendReal(((DoubleColumn) column).get(row), out);
            case DOUBLE -> PgFloatText.appendDouble(((DoubleColumn) column).get(row), out);
            case DECIMAL -> PgNumericText.appendDecimal((DecimalColumn) column, row, out);
            case VARCHAR, JSONB -> {
                BytesColumn b = (BytesColumn) column;
                int start = b.start(row);
                appendUtf8(b.data(), start, start + b.length(row), out);
            }
            case BYTEA -> {
                BytesColumn b = (BytesColumn) column;
                int start = b.start(row);
                PgByteaText.appendBytea(b.data(), start, start + b.length(row), out);
            }
            case UUID -> {
                BytesColumn b = (BytesColumn) column;
                PgUuidText.appendUuid(b.data(), b.start(row), out);
            }
            case DATE -> PgDateTimeText.appendDate(((LongColumn) column).get(row), out);
            case TIME -> PgDateTimeText.appendTime(((LongColumn) column).get(row), out);
            case TIMESTAMP -> PgDateTimeText.appendTimestamp(((LongColumn) column).get(row), out);
            case TIMESTAMPTZ ->
                    PgDateTimeText.appendTimestampTz(((LongColumn) column).get(row), zone, out);
            case INTERVAL -> {
                IntervalColumn i = (IntervalColumn) column;
                PgIntervalText.appendInterval(i.months(row), i.days(row), i.micros(row), out);
            }
            case ARRAY -> PgArrayText.appendArray((ArrayColumn) column, row, zone, out);
        }
    }

    /** The text form of a non-null value in the Java mapping of {@link Values}. */
    public static String format(DataType type, Object value, ZoneId zone) {
        StringBuilder out = new StringBuilder(16);
        append(type, value, zone, out);
        return out.toString();
    }

    /** Appends the text form of a non-null value in the Java mapping of {@link Values}. */
    public static void append(DataType type, Object value, ZoneId zone, StringBuilder out) {
        switch (type.kind()) {
            case BOOLEAN, UNKNOWN -> out.append((Boolean) value ? 't' : 'f');
            case SMALLINT, INTEGER, BIGINT -> out.append(((Number) value).longValue());
            case REAL -> PgFloatText.appendReal(((Number) value).doubleValue(), out);
            case DOUBLE -> PgFloatText.appendDouble(((Number) value).doubleValue(), out);
            case DECIMAL -> out.append(value);
            case VARCHAR, JSONB -> out.append((String) value);
            case BYTEA -> {
                byte[] b = (byte[]) value;
                PgByteaText.appendBytea(b, 0, b.length, out);
            }
            case UUID -> PgUuidText.appendUuid((byte[]) value, 0, out);
            case DATE -> PgDateTimeText.appendDate((Long) value, out);
            case TIME -> PgDateTimeText.appendTime((Long) value, out);
            case TIMESTAMP -> PgDateTimeText.appendTimestamp((Long) value, out);
            case TIMESTAMPTZ -> PgDateTimeText.appendTimestampTz((Long) value, zone, out);
            case INTERVAL -> {
                Interval i = (Interval) value;
                PgIntervalText.appendInterval(i.months(), i.days(), i.micros(), out);
            }
            case ARRAY -> PgArrayText.appendArray(type.elementType(), (List<?>) value, zone, out);
        }
    }

    /**
     * Parses text input for {@code type} into the Java mapping of {@link Values}, applying the
     * type's modifiers (NUMERIC precision and scale, VARCHAR length); TIMESTAMPTZ text without a
     * zone is wall-clock time in {@code zone}.
     */
    public static Object parse(DataType type, String text, ZoneId zone) {
        return switch (type.kind()) {
            case BOOLEAN -> parseBoolean(text);
            case SMALLINT -> PgIntegerText.parseSmallint(text);
            case INTEGER -> PgIntegerText.parseInteger(text);
            case BIGINT -> PgIntegerText.parseBigint(text);
            case REAL -> PgFloatText.parseReal(text);
            case DOUBLE -> PgFloatText.parseDouble(text);
            case DECIMAL -> PgNumericText.parse(type, text);
            case VARCHAR -> parseVarchar(text, type.precision());
            case JSONB -> JsonText.normalize(text);
            case BYTEA -> PgByteaText.parse(text);
            case UUID -> PgUuidText.parse(text);
            case DATE -> PgDateTimeParser.parseDate(text);
            case TIME -> PgDateTimeParser.parseTime(text);
            case TIMESTAMP -> PgDateTimeParser.parseTimestamp(text);
            case TIMESTAMPTZ -> PgDateTimeParser.parseTimestampTz(text, zone);
            case INTERVAL -> PgIntervalText.parse(text);
            case ARRAY -> PgArrayText.parse(type.elementType(), text, zone);
            case UNKNOWN ->
                    throw new FreshetException(
                            ErrorCode.FEATURE_NOT_SUPPORTED,
                            "text input for type unknown is not supported");
        };
    }

    /**
     * PostgreSQL's {@code boolin}: {@code t}, {@code true}, {@code y}, {@code yes}, {@code on},
     * {@code 1} and {@code f}, {@code false}, {@code n}, {@code no}, {@code off}, {@code 0}, any
     * unique prefix ({@code tr}, {@code of}), any case, surrounding whitespace.
     */
    public static boolean parseBoolean(String text) {
        int from = 0;
        int to = text.length();
        while (from < to && DateTimeFields.isSpace(text.charAt(from))) {
            from++;
        }
        while (to > from && DateTimeFields.isSpace(text.charAt(to - 1))) {
            to--;
        }
        int len = to - from;
        if (len > 0) {
            switch (Character.toLowerCase(text.charAt(from))) {
                case 't' -> {
                    if (isPrefix(text, from, len, "true")) {
                        return true;
                    }
                }
                case 'f' -> {
                    if (isPrefix(text, from, len, "false")) {
                        return false;
                    }
                }
                case 'y' -> {
                    if (isPrefix(text, from, len, "yes")) {
                        return true;
                    }
                }
                case 'n' -> {
                    if (isPrefix(text, from, len, "no")) {
                        return false;
                    }
                }
                case 'o' -> {
                    // "o" alone is ambiguous: at least two letters.
                    if (len >= 2 && isPrefix(text, from, len, "on")) {
                        return true;
                    }
                    if (len >= 2 && isPrefix(text, from, len, "off")) {
                        return false;
                    }
                }
                case '1' -> {
                    if (len == 1) {
                        return true;
                    }
                }
                case '0' -> {
                    if (len == 1) {
                        return false;
                    }
                }
                default -> {}
            }
        }
        throw new FreshetException(
                ErrorCode.INVALID_TEXT_REPRESENTATION,
                "invalid input syntax for type boolean: \"" + text + "\"");
    }

    private static boolean isPrefix(String text, int from, int len, String word) {
        return len <= word.length() && word.regionMatches(true, 0, text, from, len);
    }

    /**
     * PostgreSQL's {@code varchar_input}: text longer than {@code maxLength} characters is an error
     * (22001) unless only spaces are cut off.
     */
    static String parseVarchar(String text, int maxLength) {
        if (maxLength < 0 || text.length() <= maxLength) {
            return text;
        }
        int chars = text.codePointCount(0, text.length());
        if (chars <= maxLength) {
            return text;
        }
        int cut = text.offsetByCodePoints(0, maxLength);
        for (int i = cut; i < text.length(); i++) {
            if (text.charAt(i) != ' ') {
                throw new FreshetException(
                        ErrorCode.STRING_DATA_RIGHT_TRUNCATION,
                        "value too long for type character varying(" + maxLength + ")");
            }
        }
        return text.substring(0, cut);
    }

    /**
     * Appends UTF-8 bytes {@code data[from, to)} as characters; a malformed sequence becomes
     * U+FFFD.
     */
    public static void appendUtf8(byte[] data, int from, int to, StringBuilder out) {
        int i = from;
        while (i < to) {
            int b = data[i];
            if (b >= 0) {
                out.append((char) b);
                i++;
                continue;
            }
            int need;
            int cp;
            if ((b & 0xe0) == 0xc0) {
                need = 1;
                cp = b & 0x1f;
            } else if ((b & 0xf0) == 0xe0) {
                need = 2;
                cp = b & 0x0f;
            } else if ((b & 0xf8) == 0xf0) {
                need = 3;
                cp = b & 0x07;
            } else {
                out.append('\uFFFD');
                i++;
                continue;
            }
            if (i + need >= to) {
                out.append('\uFFFD');
                i++;
                continue;
            }
            boolean ok = true;
            for (int k = 1; k <= need; k++) {
                int c = data[i + k];
                if ((c & 0xc0) != 0x80) {
                    ok = false;
                    break;
                }
                cp = (cp << 6) | (c & 0x3f);
            }
            if (!ok || cp > Character.MAX_CODE_POINT) {
                out.append('\uFFFD');
                i++;
                continue;
            }
            out.appendCodePoint(cp);
            i += need + 1;
        }
    }
}
