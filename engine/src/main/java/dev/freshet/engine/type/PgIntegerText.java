package dev.freshet.engine.type;

import dev.freshet.sql.error.ErrorCode;
import dev.freshet.sql.error.FreshetException;

/**
 * PostgreSQL 15's text input for SMALLINT, INTEGER and BIGINT ({@code pg_strtoint16/32/64}):
 * optional surrounding whitespace, an optional sign, decimal digits; nothing else (no underscores,
 * no fraction, no exponent, no hex). A value beyond the type's range is 22003 {@code value "..." is
 * out of range for type integer} (even if garbage follows the digits), anything else 22P02 {@code
 * invalid input syntax for type integer: "..."}.
 */
public final class PgIntegerText {
    private PgIntegerText() {}

    /** Parses SMALLINT input. */
    public static long parseSmallint(String text) {
        return parse(text, Short.MIN_VALUE, Short.MAX_VALUE, "smallint");
    }

    /** Parses INTEGER input. */
    public static long parseInteger(String text) {
        return parse(text, Integer.MIN_VALUE, Integer.MAX_VALUE, "integer");
    }

    /** Parses BIGINT input. */
    public static long parseBigint(String text) {
        return parse(text, Long.MIN_VALUE, Long.MAX_VALUE, "bigint");
    }

    private static long parse(String text, long min, long max, String typeName) {
        int n = text.length();
        int i = 0;
        while (i < n && DateTimeFields.isSpace(text.charAt(i))) {
            i++;
        }
        boolean negative = false;
        if (i < n && (text.charAt(i) == '+' || text.charAt(i) == '-')) {
            negative = text.charAt(i) == '-';
            i++;
        }
        if (i == n || !DateTimeFields.isDigit(text.charAt(i))) {
            throw invalid(text, typeName);
        }
        // Accumulate as a negative number so the minimum of each type fits.
        long limit = negative ? min : -max;
        long v = 0;
        while (i < n && DateTimeFields.isDigit(text.charAt(i))) {
            int d = text.charAt(i) - '0';
            if (v < (limit + d) / 10) {
                throw outOfRange(text, typeName);
            }
            v = v * 10 - d;
            if (v < limit) {
                throw outOfRange(text, typeName);
            }
            i++;
        }
        while (i < n && DateTimeFields.isSpace(text.charAt(i))) {
            i++;
        }
        if (i != n) {
            throw invalid(text, typeName);
        }
        return negative ? v : -v;
    }

    private static FreshetException invalid(String text, String typeName) {
        return new FreshetException(
                ErrorCode.INVALID_TEXT_REPRESENTATION,
                "invalid input syntax for type " + typeName + ": \"" + text + "\"");
    }

    private static FreshetException outOfRange(String text, String typeName) {
        return new FreshetException(
                ErrorCode.NUMERIC_VALUE_OUT_OF_RANGE,
                "value \"" + text + "\" is out of range for type " + typeName);
    }
}
