package dev.freshet.engine.type;

import dev.freshet.engine.batch.DecimalColumn;
import dev.freshet.sql.error.ErrorCode;
import dev.freshet.sql.error.FreshetException;
import java.util.Objects;

/**
 * PostgreSQL's NUMERIC text output (plain notation keeping the scale: {@code 1.50}, {@code 0.0015},
 * {@code NaN}, {@code Infinity}, {@code -Infinity}) and input ({@link Decimal#parse}, then the
 * column's precision and scale applied as {@code numeric_in} does).
 */
public final class PgNumericText {
    private PgNumericText() {}

    /** Appends the NUMERIC at {@code row}, without allocating when it is stored compactly. */
    public static void appendDecimal(DecimalColumn column, int row, StringBuilder out) {
        short scale = column.scaleOrMarker(row);
        switch (scale) {
            case DecimalColumn.NAN -> out.append("NaN");
            case DecimalColumn.POS_INF -> out.append("Infinity");
            case DecimalColumn.NEG_INF -> out.append("-Infinity");
            case DecimalColumn.BIG -> out.append(column.get(row));
            default -> appendDecimal(column.unscaled(row), scale, out);
        }
    }

    /** Appends {@code unscaled * 10^-scale} ({@code scale >= 0}) in plain notation. */
    public static void appendDecimal(long unscaled, int scale, StringBuilder out) {
        int start = out.length();
        out.append(unscaled);
        if (scale <= 0) {
            return;
        }
        int digitsStart = unscaled < 0 ? start + 1 : start;
        int digits = out.length() - digitsStart;
        if (digits <= scale) {
            // 0.00ddd: a zero, the point, then zeros up to the digits.
            int pad = scale - digits + 2;
            out.setLength(out.length() + pad);
            for (int i = out.length() - 1; i >= digitsStart + pad; i--) {
                out.setCharAt(i, out.charAt(i - pad));
            }
            out.setCharAt(digitsStart, '0');
            out.setCharAt(digitsStart + 1, '.');
            for (int i = digitsStart + 2; i < digitsStart + pad; i++) {
                out.setCharAt(i, '0');
            }
        } else {
            out.insert(out.length() - scale, '.');
        }
    }

    /** Parses NUMERIC input and applies {@code type}'s precision and scale, if any. */
    public static Decimal parse(DataType type, String text) {
        Objects.requireNonNull(type);
        checkSize(text);
        return Decimal.parse(text).coerce(type.precision(), type.scale());
    }

    /** PostgreSQL's largest NUMERIC: below 10^131072 (32768 base-10000 digits before the point). */
    private static final long MAX_INTEGER_DIGITS = 131_072;

    /** PostgreSQL's NUMERIC_DSCALE_MAX: digits after the point. */
    private static final long MAX_SCALE = 16_383;

    /**
     * Rejects, before any digits are materialised, a numeric literal whose value PostgreSQL cannot
     * store (22003 {@code value overflows numeric format}), e.g. {@code 1e200000}. Text that is not
     * a plain decimal literal is left for the parser to reject.
     */
    static void checkSize(String text) {
        int n = text.length();
        int i = 0;
        while (i < n && DateTimeFields.isSpace(text.charAt(i))) {
            i++;
        }
        if (i < n && (text.charAt(i) == '+' || text.charAt(i) == '-')) {
            i++;
        }
        long intDigits = 0;
        long fracDigits = 0;
        long leadingZeros = 0;
        boolean nonZero = false;
        boolean point = false;
        for (; i < n; i++) {
            char c = text.charAt(i);
            if (c == '.' && !point) {
                point = true;
            } else if (DateTimeFields.isDigit(c)) {
                if (point) {
                    fracDigits++;
                } else {
                    intDigits++;
                }
                if (!nonZero) {
                    if (c == '0') {
                        leadingZeros++;
                    } else {
                        nonZero = true;
                    }
                }
            } else {
                break;
            }
        }
        if (intDigits + fracDigits == 0) {
            return;
        }
        long exponent = 0;
        if (i < n && (text.charAt(i) == 'e' || text.charAt(i) == 'E')) {
            i++;
            boolean negative = false;
            if (i < n && (text.charAt(i) == '+' || text.charAt(i) == '-')) {
                negative = text.charAt(i) == '-';
                i++;
            }
            int digits = 0;
            for (; i < n && DateTimeFields.isDigit(text.charAt(i)); i++) {
                exponent = Math.min(exponent * 10 + (text.charAt(i) - '0'), 1L << 40);
                digits++;
            }
            if (digits == 0) {
                return;
            }
            exponent = negative ? -exponent : exponent;
        }
        while (i < n && DateTimeFields.isSpace(text.charAt(i))) {
            i++;
        }
        if (i != n) {
            return;
        }
        long scale = Math.max(0, fracDigits - exponent);
        // Exponent of the leading non-zero digit.
        long leading = intDigits - 1 - leadingZeros + exponent;
        if (scale > MAX_SCALE || (nonZero && leading >= MAX_INTEGER_DIGITS)) {
            throw new FreshetException(
                    ErrorCode.NUMERIC_VALUE_OUT_OF_RANGE, "value overflows numeric format");
        }
    }
}
