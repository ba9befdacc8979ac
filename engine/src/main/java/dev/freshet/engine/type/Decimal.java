package dev.freshet.engine.type;

import dev.freshet.sql.error.ErrorCode;
import dev.freshet.sql.error.FreshetException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;
import org.jspecify.annotations.Nullable;

/**
 * A NUMERIC value outside a column (literals, parameters, row-at-a-time paths): arbitrary
 * precision, plus PostgreSQL's NaN, +Infinity and -Infinity.
 *
 * <p>Ordering follows PostgreSQL: {@code -Infinity < finite < +Infinity < NaN}, and NaN equals NaN.
 * Equality ignores trailing zeros ({@code 1.50 = 1.5}); the scale is kept for display. Result
 * scales of arithmetic follow PostgreSQL's rules (see {@link #divide}).
 */
public final class Decimal implements Comparable<Decimal> {
    private static final byte FINITE = 0;
    private static final byte NAN_KIND = 1;
    private static final byte POS_INF_KIND = 2;
    private static final byte NEG_INF_KIND = 3;

    /** PostgreSQL's NUMERIC_MAX_DISPLAY_SCALE / NUMERIC_MIN_SIG_DIGITS. */
    private static final int MAX_DISPLAY_SCALE = 1000;

    private static final int MIN_SIG_DIGITS = 16;

    public static final Decimal NAN = new Decimal(null, NAN_KIND);
    public static final Decimal POSITIVE_INFINITY = new Decimal(null, POS_INF_KIND);
    public static final Decimal NEGATIVE_INFINITY = new Decimal(null, NEG_INF_KIND);
    public static final Decimal ZERO = new Decimal(BigDecimal.ZERO, FINITE);

    private final @Nullable BigDecimal value;
    private final byte kind;

    private Decimal(@Nullable BigDecimal value, byte kind) {
        this.value = value;
        this.kind = kind;
    }

    public static Decimal of(BigDecimal value) {
        return new Decimal(value, FINITE);
    }

    public static Decimal of(long value) {
        return new Decimal(BigDecimal.valueOf(value), FINITE);
    }

    /** Exact conversion of a double (NaN and infinities map to their NUMERIC twins). */
    public static Decimal ofDouble(double d) {
        if (Double.isNaN(d)) {
            return NAN;
        }
        if (Double.isInfinite(d)) {
            return d > 0 ? POSITIVE_INFINITY : NEGATIVE_INFINITY;
        }
        // PostgreSQL's float8_numeric goes through "%.15g" (DBL_DIG significant digits).
        BigDecimal b = new BigDecimal(d, new MathContext(15, RoundingMode.HALF_EVEN));
        b = b.stripTrailingZeros();
        return of(b.scale() < 0 ? b.setScale(0) : b);
    }

    /**
     * Parses PostgreSQL NUMERIC input: optional surrounding spaces, sign, digits, point, exponent,
     * or NaN / [+-]Infinity / [+-]inf, case-insensitive.
     */
    public static Decimal parse(String text) {
        String s = text.strip();
        switch (s.toLowerCase(java.util.Locale.ROOT)) {
            case "nan":
                return NAN;
            case "infinity", "+infinity", "inf", "+inf":
                return POSITIVE_INFINITY;
            case "-infinity", "-inf":
                return NEGATIVE_INFINITY;
            default:
                break;
        }
        if (s.isEmpty() || !looksNumeric(s)) {
            throw invalid(text);
        }
        try {
            BigDecimal d = new BigDecimal(s);
            if (d.scale() < 0) {
                d = d.setScale(0);
            }
            return of(d);
        } catch (NumberFormatException | ArithmeticException e) {
            throw invalid(text);
        }
    }

    private static boolean looksNumeric(String s) {
        // BigDecimal accepts forms PostgreSQL rejects (e.g. "1e" is rejected by both; "+.5" ok).
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!((c >= '0' && c <= '9')
                    || c == '.'
                    || c == '+'
                    || c == '-'
                    || c == 'e'
                    || c == 'E')) {
                return false;
            }
        }
        return true;
    }

    private static FreshetException invalid(String text) {
        return new FreshetException(
                ErrorCode.INVALID_TEXT_REPRESENTATION,
                "invalid input syntax for type numeric: \"" + text + "\"");
    }

    public boolean isNaN() {
        return kind == NAN_KIND;
    }

    public boolean isInfinite() {
        return kind == POS_INF_KIND || kind == NEG_INF_KIND;
    }

    public boolean isFinite() {
        return kind == FINITE;
    }

    /** The finite value; throws for NaN and infinities. */
    public BigDecimal bigDecimal() {
        if (value == null) {
            throw new FreshetException(
                    ErrorCode.FEATURE_NOT_SUPPORTED, "cannot use " + this + " here");
        }
        return value;
    }

    /** -1, 0 or 1; NaN has signum 0, infinities ±1. */
    public int signum() {
        return switch (kind) {
            case FINITE -> bigDecimal().signum();
            case POS_INF_KIND -> 1;
            case NEG_INF_KIND -> -1;
            default -> 0;
        };
    }

    public int scale() {
        return value == null ? 0 : value.scale();
    }

    public double toDouble() {
        return switch (kind) {
            case FINITE -> bigDecimal().doubleValue();
            case POS_INF_KIND -> Double.POSITIVE_INFINITY;
            case NEG_INF_KIND -> Double.NEGATIVE_INFINITY;
            default -> Double.NaN;
        };
    }

    public Decimal negate() {
        return switch (kind) {
            case FINITE -> of(bigDecimal().negate());
            case POS_INF_KIND -> NEGATIVE_INFINITY;
            case NEG_INF_KIND -> POSITIVE_INFINITY;
            default -> NAN;
        };
    }

    public Decimal abs() {
        return signum() < 0 ? negate() : this;
    }

    public Decimal add(Decimal o) {
        if (isFinite() && o.isFinite()) {
            return of(bigDecimal().add(o.bigDecimal()));
        }
        if (isNaN() || o.isNaN()) {
            return NAN;
        }
        if (isInfinite() && o.isInfinite()) {
            return kind == o.kind ? this : NAN;
        }
        return isInfinite() ? this : o;
    }

    public Decimal subtract(Decimal o) {
        return add(o.negate());
    }

    public Decimal multiply(Decimal o) {
        if (isFinite() && o.isFinite()) {
            return of(bigDecimal().multiply(o.bigDecimal()));
        }
        if (isNaN() || o.isNaN()) {
            return NAN;
        }
        int sign = signum() * o.signum();
        if (sign == 0) {
            return NAN; // 0 * Infinity
        }
        return sign > 0 ? POSITIVE_INFINITY : NEGATIVE_INFINITY;
    }

    /**
     * Division with PostgreSQL's result scale: at least 16 significant digits, and no fewer
     * fractional digits than either input. Division by zero raises 22012.
     */
    public Decimal divide(Decimal o) {
        if (isNaN() || o.isNaN()) {
            return NAN;
        }
        if (o.isFinite() && o.bigDecimal().signum() == 0) {
            throw new FreshetException(ErrorCode.DIVISION_BY_ZERO, "division by zero");
        }
        if (isInfinite()) {
            return o.isInfinite()
                    ? NAN
                    : (signum() * o.signum() > 0 ? POSITIVE_INFINITY : NEGATIVE_INFINITY);
        }
        if (o.isInfinite()) {
            return ZERO;
        }
        BigDecimal a = bigDecimal();
        BigDecimal b = o.bigDecimal();
        int rscale = divScale(a, b);
        return of(a.divide(b, rscale, RoundingMode.HALF_UP));
    }

    /** PostgreSQL's select_div_scale, in base-10000 digit groups as numeric.c counts them. */
    static int divScale(BigDecimal a, BigDecimal b) {
        int qweight;
        if (a.signum() == 0) {
            qweight = 0;
        } else {
            qweight = nbaseWeight(a) - nbaseWeight(b);
            if (nbaseFirstDigit(a) <= nbaseFirstDigit(b)) {
                qweight--;
            }
        }
        int rscale = MIN_SIG_DIGITS - qweight * 4;
        rscale = Math.max(rscale, Math.max(a.scale(), 0));
        rscale = Math.max(rscale, Math.max(b.scale(), 0));
        return Math.min(Math.max(rscale, 0), MAX_DISPLAY_SCALE);
    }

    /** Exponent of the leading base-10 digit: 123.4 → 2, 0.05 → -2. */
    private static int exponent10(BigDecimal x) {
        return x.precision() - x.scale() - 1;
    }

    private static int nbaseWeight(BigDecimal x) {
        return Math.floorDiv(exponent10(x.abs()), 4);
    }

    private static int nbaseFirstDigit(BigDecimal x) {
        BigDecimal abs = x.abs();
        int w = nbaseWeight(abs);
        return abs.movePointLeft(4 * w).setScale(0, RoundingMode.FLOOR).intValue();
    }

    /** Remainder with the sign of the dividend (PostgreSQL {@code %} / {@code mod}). */
    public Decimal remainder(Decimal o) {
        if (isNaN() || o.isNaN() || isInfinite()) {
            return NAN;
        }
        if (o.isFinite() && o.bigDecimal().signum() == 0) {
            throw new FreshetException(ErrorCode.DIVISION_BY_ZERO, "division by zero");
        }
        if (o.isInfinite()) {
            return this;
        }
        return of(bigDecimal().remainder(o.bigDecimal()));
    }

    /** Rounds half away from zero to {@code scale} fractional digits (may be negative). */
    public Decimal round(int scale) {
        if (!isFinite()) {
            return this;
        }
        BigDecimal r = bigDecimal().setScale(scale, RoundingMode.HALF_UP);
        return of(r.scale() < 0 ? r.setScale(0) : r);
    }

    /** Truncates toward zero to {@code scale} fractional digits. */
    public Decimal truncate(int scale) {
        if (!isFinite()) {
            return this;
        }
        BigDecimal r = bigDecimal().setScale(scale, RoundingMode.DOWN);
        return of(r.scale() < 0 ? r.setScale(0) : r);
    }

    /**
     * Coerces to {@code NUMERIC(precision, scale)}: rounds to the scale, then raises 22003 if the
     * integer part does not fit. Infinities do not fit a constrained NUMERIC; NaN does.
     */
    public Decimal coerce(int precision, int scale) {
        if (precision < 0) {
            return this;
        }
        if (isInfinite()) {
            throw new FreshetException(
                    ErrorCode.NUMERIC_VALUE_OUT_OF_RANGE,
                    "numeric field overflow",
                    0,
                    "A field with precision "
                            + precision
                            + ", scale "
                            + scale
                            + " cannot hold an infinite value.",
                    null,
                    null);
        }
        if (isNaN()) {
            return this;
        }
        BigDecimal r = bigDecimal().setScale(Math.max(scale, 0), RoundingMode.HALF_UP);
        int integerDigits = r.signum() == 0 ? 0 : r.precision() - r.scale();
        if (integerDigits > precision - Math.max(scale, 0)) {
            throw new FreshetException(
                    ErrorCode.NUMERIC_VALUE_OUT_OF_RANGE,
                    "numeric field overflow",
                    0,
                    "A field with precision "
                            + precision
                            + ", scale "
                            + scale
                            + " must round to an absolute value less than 10^"
                            + (precision - scale)
                            + ".",
                    null,
                    null);
        }
        return of(r);
    }

    /** Exact conversion to long, rounding half away from zero; 22003 when out of range. */
    public long toLongRounded(String typeName, long min, long max) {
        if (!isFinite()) {
            throw new FreshetException(
                    ErrorCode.FEATURE_NOT_SUPPORTED, "cannot convert " + this + " to " + typeName);
        }
        BigInteger i = bigDecimal().setScale(0, RoundingMode.HALF_UP).toBigIntegerExact();
        if (i.bitLength() > 63 || i.longValue() < min || i.longValue() > max) {
            throw new FreshetException(
                    ErrorCode.NUMERIC_VALUE_OUT_OF_RANGE, typeName + " out of range");
        }
        return i.longValue();
    }

    @Override
    public int compareTo(Decimal o) {
        if (kind == FINITE && o.kind == FINITE) {
            return bigDecimal().compareTo(o.bigDecimal());
        }
        return Integer.compare(rank(), o.rank());
    }

    private int rank() {
        return switch (kind) {
            case NEG_INF_KIND -> 0;
            case FINITE -> 1;
            case POS_INF_KIND -> 2;
            default -> 3;
        };
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Decimal d && compareTo(d) == 0;
    }

    @Override
    public int hashCode() {
        return kind == FINITE ? bigDecimal().stripTrailingZeros().hashCode() : kind;
    }

    /** PostgreSQL's text output: plain notation, NaN, Infinity, -Infinity. */
    @Override
    public String toString() {
        return switch (kind) {
            case FINITE -> bigDecimal().toPlainString();
            case POS_INF_KIND -> "Infinity";
            case NEG_INF_KIND -> "-Infinity";
            default -> "NaN";
        };
    }

    /** Math context wide enough for intermediate results of functions like sqrt/ln. */
    public static final MathContext WIDE = new MathContext(40, RoundingMode.HALF_UP);
}
