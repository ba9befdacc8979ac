package dev.freshet.engine.type;

import dev.freshet.sql.error.ErrorCode;
import dev.freshet.sql.error.FreshetException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;
import java.util.Locale;

/**
 * PostgreSQL 15's text output and input for REAL and DOUBLE PRECISION with the default {@code
 * extra_float_digits = 1}.
 *
 * <p>Output is the shortest decimal that reads back as the same value, as PostgreSQL's Ryu code
 * computes it, laid out like {@code printf %g}: plain notation when the decimal exponent is at
 * least -4 and below 15 (DOUBLE) or 6 (REAL), else {@code 1.5e+16}, {@code 1e-05}; and {@code NaN},
 * {@code Infinity}, {@code -Infinity}, {@code -0}.
 *
 * <p>The JDK's {@code Double.toString} (JDK 19+) finds shortest digits too and is used for them,
 * appended straight into the output builder; it differs from PostgreSQL's Ryu in two rare cases
 * that are detected cheaply and recomputed exactly: the JDK may pick a decimal lying exactly on the
 * rounding boundary (Ryu, as configured in PostgreSQL, never does: {@code 2e23} prints as {@code
 * 1.9999999999999998e+23}), and for subnormals the JDK may prefer two digits over one ({@code
 * 4.9E-324} versus {@code 5e-324}).
 */
public final class PgFloatText {
    private PgFloatText() {}

    private static final long[] POWERS_OF_TEN = new long[19];

    static {
        long p = 1;
        for (int i = 0; i < POWERS_OF_TEN.length; i++) {
            POWERS_OF_TEN[i] = p;
            p *= 10;
        }
    }

    /** Appends a DOUBLE PRECISION value. */
    public static void appendDouble(double d, StringBuilder out) {
        if (appendSpecial(d, out)) {
            return;
        }
        int start = out.length();
        out.append(d);
        long bits = Double.doubleToRawLongBits(d);
        int biased = (int) ((bits >>> 52) & 0x7ff);
        long fraction = bits & 0xf_ffff_ffff_ffffL;
        long mantissa = biased == 0 ? fraction : fraction | (1L << 52);
        int e2 = biased == 0 ? -1074 : biased - 1075;
        boolean suspect = Math.abs(d) >= 0x1p53 || biased == 0;
        relayout(out, start, mantissa, e2, fraction == 0 && biased > 1, biased == 0, suspect, 15);
    }

    /** Appends a REAL value (a double holding a float). */
    public static void appendReal(double value, StringBuilder out) {
        float f = (float) value;
        if (appendSpecial(f, out)) {
            return;
        }
        int start = out.length();
        out.append(f);
        int bits = Float.floatToRawIntBits(f);
        int biased = (bits >>> 23) & 0xff;
        int fraction = bits & 0x7f_ffff;
        long mantissa = biased == 0 ? fraction : fraction | (1 << 23);
        int e2 = biased == 0 ? -149 : biased - 150;
        boolean suspect = Math.abs(f) >= 0x1p24f || biased == 0;
        relayout(out, start, mantissa, e2, fraction == 0 && biased > 1, biased == 0, suspect, 6);
    }

    private static boolean appendSpecial(double d, StringBuilder out) {
        if (Double.isNaN(d)) {
            out.append("NaN");
        } else if (Double.isInfinite(d)) {
            out.append(d > 0 ? "Infinity" : "-Infinity");
        } else if (d == 0) {
            out.append(Double.doubleToRawLongBits(d) < 0 ? "-0" : "0");
        } else {
            return false;
        }
        return true;
    }

    /**
     * Replaces what {@code Double/Float.toString} appended at {@code start} with PostgreSQL's text
     * of the same value {@code mantissa * 2^e2}.
     *
     * @param suspect whether the value is in a range where the JDK's digits may differ (see the
     *     class comment)
     */
    private static void relayout(
            StringBuilder out,
            int start,
            long mantissa,
            int e2,
            boolean lowerIsCloser,
            boolean subnormal,
            boolean suspect,
            int plainLimit) {
        boolean negative = out.charAt(start) == '-';
        long digits = 0;
        int fractionDigits = 0;
        int exponent = 0;
        boolean afterPoint = false;
        int n = out.length();
        for (int i = start; i < n; i++) {
            char c = out.charAt(i);
            if (c == '.') {
                afterPoint = true;
            } else if (c == 'E') {
                exponent = Integer.parseInt(out, i + 1, n, 10);
                break;
            } else if (c >= '0' && c <= '9') {
                if (afterPoint) {
                    fractionDigits++;
                }
                digits = digits * 10 + (c - '0');
            }
        }
        int exp = exponent - fractionDigits;
        while (digits % 10 == 0) {
            digits /= 10;
            exp++;
        }
        if (suspect && needsExactSearch(digits, exp, mantissa, e2, lowerIsCloser, subnormal)) {
            if (e2 >= 1 && e2 <= 9) {
                // An integer below 2^62: search with longs, without allocating.
                long x = mantissa << e2;
                long below = x - (1L << (lowerIsCloser ? e2 - 2 : e2 - 1));
                long above = x + (1L << (e2 - 1));
                long best = shortestIntegerInside(x, below, above);
                digits = best;
                exp = 0;
                while (digits % 10 == 0) {
                    digits /= 10;
                    exp++;
                }
            } else {
                BigDecimal shortest = shortestInside(mantissa, e2, lowerIsCloser);
                digits = shortest.unscaledValue().longValueExact();
                exp = -shortest.scale();
            }
        }
        out.setLength(start);
        if (negative) {
            out.append('-');
        }
        layout(digits, exp, plainLimit, out);
    }

    /**
     * True when the JDK's digits may differ from PostgreSQL's: a decimal exactly on a rounding
     * boundary (possible only when the boundary is an integer, i.e. for values of 2^53 (2^24) and
     * up), or a subnormal whose shortest form has one digit.
     */
    private static boolean needsExactSearch(
            long digits, int exp, long mantissa, int e2, boolean lowerIsCloser, boolean subnormal) {
        if (subnormal) {
            return digits >= 10 && digits < 100;
        }
        if (exp < 0) {
            return false;
        }
        // D * 10^exp = (2m +- 1) * 2^(e2 - 1), or (4m - 1) * 2^(e2 - 2) below a power of two:
        // the powers of two must match, then the odd parts D' * 5^exp and 2m +- 1 (< 2^55).
        int shift = Long.numberOfTrailingZeros(digits);
        int twos = shift + exp;
        if (exp >= POWERS_OF_FIVE.length) {
            return false;
        }
        long odd = digits >>> shift;
        long five = POWERS_OF_FIVE[exp];
        if (Math.multiplyHigh(odd, five) != 0 || odd * five < 0) {
            return false;
        }
        long oddPart = odd * five;
        if (twos == e2 - 1) {
            return oddPart == 2 * mantissa + 1 || (!lowerIsCloser && oddPart == 2 * mantissa - 1);
        }
        return lowerIsCloser && twos == e2 - 2 && oddPart == 4 * mantissa - 1;
    }

    /** 5^0 .. 5^23; a larger power times any digits exceeds every boundary's odd part. */
    private static final long[] POWERS_OF_FIVE = new long[24];

    static {
        long p = 1;
        for (int i = 0; i < POWERS_OF_FIVE.length; i++) {
            POWERS_OF_FIVE[i] = p;
            p *= 5;
        }
    }

    /**
     * The integer in {@code (below, above)} with the fewest significant digits, closest to {@code
     * x} (ties to an even last digit): the long-arithmetic case of {@link #shortestInside}.
     */
    private static long shortestIntegerInside(long x, long below, long above) {
        for (int p = 18; ; p--) {
            long unit = POWERS_OF_TEN[p];
            long floor = x / unit * unit;
            long ceiling = floor == x ? x : floor + unit;
            boolean floorInside = floor > below;
            boolean ceilingInside = ceiling < above;
            if (floorInside && ceilingInside) {
                long down = x - floor;
                long up = ceiling - x;
                if (down != up) {
                    return down < up ? floor : ceiling;
                }
                return (floor / unit) % 2 == 0 ? floor : ceiling;
            }
            if (floorInside) {
                return floor;
            }
            if (ceilingInside) {
                return ceiling;
            }
        }
    }

    /**
     * The shortest decimal strictly inside the rounding interval of {@code mantissa * 2^e2},
     * closest to it (Ryu without accepting bounds, as PostgreSQL builds it).
     */
    private static BigDecimal shortestInside(long mantissa, int e2, boolean lowerIsCloser) {
        BigDecimal x = binary(BigInteger.valueOf(mantissa), e2);
        BigInteger twoM = BigInteger.valueOf(mantissa).shiftLeft(1);
        BigDecimal hi = binary(twoM.add(BigInteger.ONE), e2 - 1);
        BigDecimal lo =
                lowerIsCloser
                        ? binary(twoM.shiftLeft(1).subtract(BigInteger.ONE), e2 - 2)
                        : binary(twoM.subtract(BigInteger.ONE), e2 - 1);
        for (int n = 1; ; n++) {
            BigDecimal best = null;
            for (RoundingMode mode :
                    new RoundingMode[] {
                        RoundingMode.HALF_EVEN, RoundingMode.FLOOR, RoundingMode.CEILING
                    }) {
                BigDecimal c = x.round(new MathContext(n, mode));
                if (c.compareTo(lo) > 0 && c.compareTo(hi) < 0) {
                    if (best == null || c.subtract(x).abs().compareTo(best.subtract(x).abs()) < 0) {
                        best = c;
                    }
                }
            }
            if (best != null) {
                BigDecimal stripped = best.stripTrailingZeros();
                return stripped;
            }
        }
    }

    private static BigDecimal binary(BigInteger m, int e2) {
        return e2 >= 0
                ? new BigDecimal(m.shiftLeft(e2))
                : new BigDecimal(m).divide(new BigDecimal(BigInteger.ONE.shiftLeft(-e2)));
    }

    /**
     * Lays out {@code digits * 10^exp} (no trailing zeros in {@code digits}) as PostgreSQL does:
     * plain when the leading digit's exponent is in {@code [-4, plainLimit)}, else scientific with
     * a signed exponent of at least two digits.
     */
    private static void layout(long digits, int exp, int plainLimit, StringBuilder out) {
        int count = digitCount(digits);
        int leading = exp + count - 1;
        if (leading < -4 || leading >= plainLimit) {
            appendDigits(digits, count, 0, 1, out);
            if (count > 1) {
                out.append('.');
                appendDigits(digits, count, 1, count, out);
            }
            out.append('e').append(leading < 0 ? '-' : '+');
            int abs = Math.abs(leading);
            if (abs < 10) {
                out.append('0');
            }
            out.append(abs);
        } else if (exp >= 0) {
            out.append(digits);
            for (int i = 0; i < exp; i++) {
                out.append('0');
            }
        } else if (leading < 0) {
            out.append("0.");
            for (int i = -1; i > leading; i--) {
                out.append('0');
            }
            out.append(digits);
        } else {
            appendDigits(digits, count, 0, leading + 1, out);
            out.append('.');
            appendDigits(digits, count, leading + 1, count, out);
        }
    }

    /** Appends digits {@code [from, to)} (0 = most significant) of a {@code count}-digit number. */
    private static void appendDigits(long digits, int count, int from, int to, StringBuilder out) {
        for (int i = from; i < to; i++) {
            out.append((char) ('0' + (digits / POWERS_OF_TEN[count - 1 - i]) % 10));
        }
    }

    private static int digitCount(long v) {
        int n = 1;
        while (n < 19 && v >= POWERS_OF_TEN[n]) {
            n++;
        }
        return n;
    }

    /** The text of a DOUBLE PRECISION value. */
    public static String formatDouble(double d) {
        StringBuilder b = new StringBuilder(24);
        appendDouble(d, b);
        return b.toString();
    }

    // ---------------------------------------------------------------- input

    /**
     * Parses DOUBLE PRECISION input as PostgreSQL's {@code float8in}: surrounding whitespace, C
     * {@code strtod} syntax (decimal, hexadecimal {@code 0x1.8p1}), {@code NaN}, {@code
     * [+-]Infinity}, {@code [+-]inf}, case-insensitive; 22003 when the value overflows or
     * underflows to zero.
     */
    public static double parseDouble(String text) {
        return parse(text, false);
    }

    /** Parses REAL input as PostgreSQL's {@code float4in}; returns the float as a double. */
    public static double parseReal(String text) {
        return parse(text, true);
    }

    private static double parse(String text, boolean real) {
        String typeName = real ? "real" : "double precision";
        int n = text.length();
        int i = 0;
        while (i < n && DateTimeFields.isSpace(text.charAt(i))) {
            i++;
        }
        int end = hexPrefixLength(text, i);
        boolean hex = end > 0;
        double value;
        if (hex) {
            String core = hexLiteral(text.substring(i, end));
            value = real ? Float.parseFloat(core) : Double.parseDouble(core);
        } else {
            end = decimalPrefixLength(text, i);
            if (end > 0) {
                String core = text.substring(i, end);
                value = real ? Float.parseFloat(core) : Double.parseDouble(core);
            } else {
                int special = specialPrefixLength(text, i);
                if (special == 0) {
                    throw invalid(typeName, text);
                }
                char c = Character.toLowerCase(text.charAt(i + special - 1));
                boolean negative = text.charAt(i) == '-';
                value =
                        c == 'n'
                                ? Double.NaN
                                : negative ? Double.NEGATIVE_INFINITY : Double.POSITIVE_INFINITY;
                end = i + special;
                return checkTrailing(text, end, value, typeName);
            }
        }
        if (Double.isInfinite(value)
                || (value == 0 && hasNonZeroDigit(text.toLowerCase(Locale.ROOT), i, end, hex))) {
            // PostgreSQL 15 quotes the number alone for float8 but the whole input for float4.
            String shown = real ? text : text.substring(i, end);
            throw new FreshetException(
                    ErrorCode.NUMERIC_VALUE_OUT_OF_RANGE,
                    "\"" + shown + "\" is out of range for type " + typeName);
        }
        // As strtod's ERANGE, a range error wins over garbage after the number.
        checkTrailing(text, end, value, typeName);
        return value;
    }

    private static double checkTrailing(String text, int end, double value, String typeName) {
        int n = text.length();
        while (end < n && DateTimeFields.isSpace(text.charAt(end))) {
            end++;
        }
        if (end != n) {
            throw invalid(typeName, text);
        }
        return value;
    }

    private static FreshetException invalid(String typeName, String text) {
        return new FreshetException(
                ErrorCode.INVALID_TEXT_REPRESENTATION,
                "invalid input syntax for type " + typeName + ": \"" + text + "\"");
    }

    /** True if the mantissa in {@code s[from, to)} has a non-zero digit. */
    private static boolean hasNonZeroDigit(String s, int from, int to, boolean hex) {
        for (int i = hex ? s.indexOf('x', from) + 1 : from; i < to; i++) {
            char c = s.charAt(i);
            if (hex ? (c == 'p' || c == 'P') : (c == 'e' || c == 'E')) {
                return false;
            }
            if ((c >= '1' && c <= '9')
                    || (hex && ((c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F')))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Length of the decimal number C's {@code strtod} reads at {@code from}: {@code [+-]}, digits
     * with an optional point (at least one digit), an optional exponent with digits. Returns the
     * end index, or -1 if there is no number.
     */
    static int decimalPrefixLength(String s, int from) {
        int n = s.length();
        int i = from;
        if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
            i++;
        }
        int digits = 0;
        while (i < n && DateTimeFields.isDigit(s.charAt(i))) {
            i++;
            digits++;
        }
        if (i < n && s.charAt(i) == '.') {
            i++;
            while (i < n && DateTimeFields.isDigit(s.charAt(i))) {
                i++;
                digits++;
            }
        }
        if (digits == 0) {
            return -1;
        }
        if (i < n && (s.charAt(i) == 'e' || s.charAt(i) == 'E')) {
            int j = i + 1;
            if (j < n && (s.charAt(j) == '+' || s.charAt(j) == '-')) {
                j++;
            }
            if (j < n && DateTimeFields.isDigit(s.charAt(j))) {
                while (j < n && DateTimeFields.isDigit(s.charAt(j))) {
                    j++;
                }
                i = j;
            }
        }
        return i;
    }

    /** Length of {@code [+-](inf|infinity|nan)} at {@code from}, case-insensitive; 0 if none. */
    static int specialPrefixLength(String s, int from) {
        int i = from;
        if (i < s.length() && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
            i++;
        }
        if (s.regionMatches(true, i, "infinity", 0, 8)) {
            return i + 8 - from;
        }
        if (s.regionMatches(true, i, "inf", 0, 3) || s.regionMatches(true, i, "nan", 0, 3)) {
            return i + 3 - from;
        }
        return 0;
    }

    /** End index of a C hexadecimal float ({@code [+-]0x1.8p3}) at {@code from}, or -1. */
    private static int hexPrefixLength(String s, int from) {
        int n = s.length();
        int i = from;
        if (i < n && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
            i++;
        }
        if (!(i + 1 < n
                && s.charAt(i) == '0'
                && (s.charAt(i + 1) == 'x' || s.charAt(i + 1) == 'X'))) {
            return -1;
        }
        i += 2;
        int digits = 0;
        while (i < n && isHexDigit(s.charAt(i))) {
            i++;
            digits++;
        }
        if (i < n && s.charAt(i) == '.') {
            int j = i + 1;
            int after = 0;
            while (j < n && isHexDigit(s.charAt(j))) {
                j++;
                after++;
            }
            if (digits + after > 0) {
                i = j;
                digits += after;
            }
        }
        if (digits == 0) {
            return -1;
        }
        if (i < n && (s.charAt(i) == 'p' || s.charAt(i) == 'P')) {
            int j = i + 1;
            if (j < n && (s.charAt(j) == '+' || s.charAt(j) == '-')) {
                j++;
            }
            if (j < n && DateTimeFields.isDigit(s.charAt(j))) {
                while (j < n && DateTimeFields.isDigit(s.charAt(j))) {
                    j++;
                }
                i = j;
            }
        }
        return i;
    }

    /** A C hexadecimal float made acceptable to Java, which requires the binary exponent. */
    private static String hexLiteral(String s) {
        return s.indexOf('p') >= 0 || s.indexOf('P') >= 0 ? s : s + "p0";
    }

    private static boolean isHexDigit(char c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    }
}
