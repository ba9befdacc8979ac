package dev.freshet.engine.type;

import dev.freshet.engine.batch.Column;
import dev.freshet.sql.error.ErrorCode;
import dev.freshet.sql.error.FreshetException;
import java.time.ZoneId;

/**
 * PostgreSQL's text input and output for every type: what {@code typinput}/{@code typoutput} do,
 * with DateStyle ISO and IntervalStyle postgres.
 *
 * <p>Output is what a PostgreSQL 15 server sends in text format; input accepts what PostgreSQL
 * accepts for the common forms and raises the same SQLSTATEs (22P02 invalid text, 22003 out of
 * range, 22007/22008 datetime errors).
 */
public final class PgText {
    private PgText() {}

    /**
     * Appends the text form of the non-null value at {@code row} of {@code column}; TIMESTAMPTZ
     * values are shown in {@code zone}.
     */
    public static void format(Column column, int row, ZoneId zone, StringBuilder out) {
        Object v = column.getObject(row);
        if (v == null) {
            throw new IllegalArgumentException("NULL has no text form");
        }
        out.append(format(column.type(), v, zone));
    }

    /** The text form of a non-null value in the Java mapping of {@link Values}. */
    public static String format(DataType type, Object value, ZoneId zone) {
        return switch (type.kind()) {
            case BOOLEAN -> ((Boolean) value) ? "t" : "f";
            default -> value.toString();
        };
    }

    /** Parses text input for {@code type} into the Java mapping of {@link Values}. */
    public static Object parse(DataType type, String text, ZoneId zone) {
        try {
            return switch (type.kind()) {
                case BOOLEAN -> Boolean.parseBoolean(text.strip());
                case SMALLINT, INTEGER, BIGINT -> Long.parseLong(text.strip());
                case REAL, DOUBLE -> Double.parseDouble(text.strip());
                case DECIMAL -> Decimal.parse(text);
                case VARCHAR, JSONB -> text;
                default ->
                        throw new FreshetException(
                                ErrorCode.FEATURE_NOT_SUPPORTED,
                                "text input for type " + type + " is not supported yet");
            };
        } catch (NumberFormatException e) {
            throw new FreshetException(
                    ErrorCode.INVALID_TEXT_REPRESENTATION,
                    "invalid input syntax for type " + type.sqlName() + ": \"" + text + "\"");
        }
    }
}
