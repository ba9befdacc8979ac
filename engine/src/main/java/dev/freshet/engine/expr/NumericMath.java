package dev.freshet.engine.expr;

import dev.freshet.engine.type.Decimal;
import dev.freshet.sql.error.ErrorCode;
import dev.freshet.sql.error.FreshetException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * NUMERIC square root, exponential, logarithms and powers with PostgreSQL's result scales ({@code
 * numeric.c}): at least 16 significant digits ({@code NUMERIC_MIN_SIG_DIGITS}) and never fewer
 * fractional digits than the inputs show, at most 1000. Values are computed with guard digits and
 * rounded half away from zero to that scale, so they agree with PostgreSQL's to the last digit.
 */
final class NumericMath {
    private NumericMath() {}

    private static final int MIN_SIG_DIGITS = 16;
    private static final int MAX_SCALE = 1000;
    private static final int GUARD = 12;

    private static int clampScale(int rscale) {
        return Math.min(Math.max(rscale, 0), MAX_SCALE);
    }

    /** Decimal weight of the leading digit: 123.4 → 2, 0.05 → -2 (x non-zero). */
    private static int exponent10(BigDecimal x) {
        return x.precision() - x.scale() - 1;
    }

    /** PostgreSQL's weight in base-10000 digits of a non-zero value. */
    private static int nbaseWeight(BigDecimal x) {
        return Math.floorDiv(exponent10(x.abs()), 4);
    }

    private static int dscale(BigDecimal x) {
        return Math.max(x.scale(), 0);
    }

    private static MathContext context(BigDecimal approxMagnitude, int rscale) {
        int intDigits =
                approxMagnitude.signum() == 0 ? 1 : Math.max(exponent10(approxMagnitude), 0) + 1;
        return new MathContext(intDigits + rscale + GUARD, RoundingMode.HALF_EVEN);
    }

    private static Decimal result(BigDecimal v, int rscale) {
        return Decimal.of(v.setScale(rscale, RoundingMode.HALF_UP));
    }

    static Decimal sqrt(Decimal d) {
        if (d.isNaN()) {
            return d;
        }
        if (d.signum() < 0) {
            throw new FreshetException(
                    ErrorCode.INVALID_ARGUMENT_FOR_POWER_FUNCTION,
                    "cannot take square root of a negative number");
        }
        if (d.isInfinite()) {
            return d;
        }
        BigDecimal x = d.bigDecimal();
        int sweight = x.signum() == 0 ? -1 : (nbaseWeight(x) + 1) * 4 / 2 - 1;
        int rscale = clampScale(Math.max(MIN_SIG_DIGITS - sweight, dscale(x)));
        if (x.signum() == 0) {
            return Decimal.of(BigDecimal.ZERO.setScale(rscale));
        }
        BigDecimal r = x.sqrt(new MathContext(exponent10(x) / 2 + 2 + rscale + GUARD));
        return result(r, rscale);
    }

    static Decimal exp(Decimal d) {
        if (d.isNaN()) {
            return d;
        }
        if (d.isInfinite()) {
            return d.signum() > 0 ? d : Decimal.ZERO;
        }
        BigDecimal x = d.bigDecimal();
        double val = x.doubleValue() * 0.434294481903252;
        val = Math.max(Math.min(val, 2000), -2000);
        if (val > 131072) {
            throw new FreshetException(
                    ErrorCode.NUMERIC_VALUE_OUT_OF_RANGE, "value overflows numeric format");
        }
        int rscale = clampScale(Math.max(MIN_SIG_DIGITS - (int) val, dscale(x)));
        int digits = Math.max((int) Math.ceil(val), 0) + 1 + rscale + GUARD;
        return result(expValue(x, new MathContext(digits, RoundingMode.HALF_EVEN)), rscale);
    }

    /** e^x to {@code mc}'s precision, by halving the argument and squaring back. */
    private static BigDecimal expValue(BigDecimal x, MathContext mc) {
        if (x.signum() == 0) {
            return BigDecimal.ONE;
        }
        int halvings = 0;
        BigDecimal y = x;
        BigDecimal half = new BigDecimal("0.5");
        while (y.abs().compareTo(half) > 0) {
            y = y.divide(BigDecimal.valueOf(2), mc);
            halvings++;
        }
        MathContext work =
                new MathContext(mc.getPrecision() + halvings / 3 + 10, mc.getRoundingMode());
        BigDecimal sum = BigDecimal.ONE;
        BigDecimal term = BigDecimal.ONE;
        BigDecimal eps = BigDecimal.ONE.movePointLeft(work.getPrecision() + 2);
        for (int n = 1; n < 10_000; n++) {
            term = term.multiply(y, work).divide(BigDecimal.valueOf(n), work);
            sum = sum.add(term, work);
            if (term.abs().compareTo(eps) < 0) {
                break;
            }
        }
        for (int i = 0; i < halvings; i++) {
            sum = sum.multiply(sum, work);
        }
        return sum.round(mc);
    }

    /** PostgreSQL's estimate_ln_dweight: the decimal weight of ln(x), x positive. */
    private static int lnWeight(BigDecimal x) {
        if (x.compareTo(new BigDecimal("0.9")) >= 0 && x.compareTo(new BigDecimal("1.1")) <= 0) {
            BigDecimal y = x.subtract(BigDecimal.ONE);
            return y.signum() == 0 ? 0 : exponent10(y);
        }
        double ln = lnApprox(x);
        return (int) Math.log10(Math.abs(ln));
    }

    /** ln(x) in double precision from the leading digits (PostgreSQL's estimate). */
    private static double lnApprox(BigDecimal x) {
        int e = exponent10(x);
        double mantissa = x.movePointLeft(e).doubleValue();
        return Math.log(mantissa) + e * 2.302585092994046;
    }

    private static void checkLogArgument(Decimal d) {
        if (d.signum() == 0 && d.isFinite()) {
            throw new FreshetException(
                    ErrorCode.INVALID_ARGUMENT_FOR_LOG, "cannot take logarithm of zero");
        }
        if (d.signum() < 0) {
            throw new FreshetException(
                    ErrorCode.INVALID_ARGUMENT_FOR_LOG,
                    "cannot take logarithm of a negative number");
        }
    }

    static Decimal ln(Decimal d) {
        if (d.isNaN()) {
            return d;
        }
        checkLogArgument(d);
        if (d.isInfinite()) {
            return d;
        }
        BigDecimal x = d.bigDecimal();
        int rscale = clampScale(Math.max(MIN_SIG_DIGITS - lnWeight(x), dscale(x)));
        return result(lnValue(x, rscale), rscale);
    }

    /** log(base, x) = ln(x) / ln(base); log(x) is log(10, x). */
    static Decimal log(Decimal base, Decimal d) {
        if (base.isNaN() || d.isNaN()) {
            return Decimal.NAN;
        }
        checkLogArgument(base);
        checkLogArgument(d);
        if (base.isInfinite() || d.isInfinite()) {
            if (base.isInfinite() && d.isInfinite()) {
                return Decimal.NAN;
            }
            return d.isInfinite() ? Decimal.POSITIVE_INFINITY : Decimal.ZERO;
        }
        BigDecimal b = base.bigDecimal();
        BigDecimal x = d.bigDecimal();
        if (b.compareTo(BigDecimal.ONE) == 0) {
            throw new FreshetException(ErrorCode.DIVISION_BY_ZERO, "division by zero");
        }
        int dweight = lnWeight(x) - lnWeight(b);
        int rscale = clampScale(Math.max(Math.max(MIN_SIG_DIGITS - dweight, dscale(b)), dscale(x)));
        int work = rscale + Math.max(-dweight, 0) + GUARD;
        BigDecimal lnX = lnValue(x, work);
        BigDecimal lnB = lnValue(b, work);
        BigDecimal q =
                lnX.divide(
                        lnB,
                        new MathContext(
                                work + 10 + Math.max(exponent10(lnX.abs().max(BigDecimal.ONE)), 0),
                                RoundingMode.HALF_EVEN));
        return result(q, rscale);
    }

    /** ln(x) with at least {@code scale} correct fractional digits (plus guard digits). */
    private static BigDecimal lnValue(BigDecimal x, int scale) {
        if (x.compareTo(BigDecimal.ONE) == 0) {
            return BigDecimal.ZERO;
        }
        // ln(x) = ln(m) + e * ln(10), with m in [1, 10)
        int e = exponent10(x);
        BigDecimal m = x.movePointLeft(e);
        MathContext mc = new MathContext(scale + 2 * GUARD + 6, RoundingMode.HALF_EVEN);
        BigDecimal lnM = lnSeries(m, mc);
        if (e == 0) {
            return lnM;
        }
        BigDecimal ln10 =
                lnSeries(
                        BigDecimal.TEN,
                        new MathContext(mc.getPrecision() + 6, RoundingMode.HALF_EVEN));
        return lnM.add(ln10.multiply(BigDecimal.valueOf(e), mc), mc);
    }

    /** ln(m) for m of moderate size: square roots bring m near 1, then the atanh series. */
    private static BigDecimal lnSeries(BigDecimal m, MathContext mc) {
        int roots = 0;
        BigDecimal y = m;
        BigDecimal lo = new BigDecimal("0.9");
        BigDecimal hi = new BigDecimal("1.1");
        MathContext work = new MathContext(mc.getPrecision() + 10, RoundingMode.HALF_EVEN);
        while (y.compareTo(lo) < 0 || y.compareTo(hi) > 0) {
            y = y.sqrt(work);
            roots++;
        }
        // ln(y) = 2 * atanh(z), z = (y - 1) / (y + 1)
        BigDecimal z = y.subtract(BigDecimal.ONE).divide(y.add(BigDecimal.ONE), work);
        BigDecimal z2 = z.multiply(z, work);
        BigDecimal term = z;
        BigDecimal sum = z;
        BigDecimal eps = BigDecimal.ONE.movePointLeft(work.getPrecision() + 2);
        for (int k = 3; k < 100_000; k += 2) {
            term = term.multiply(z2, work);
            BigDecimal t = term.divide(BigDecimal.valueOf(k), work);
            sum = sum.add(t, work);
            if (t.abs().compareTo(eps) < 0) {
                break;
            }
        }
        return sum.multiply(BigDecimal.valueOf(2L), work).multiply(shift(roots), work);
    }

    private static BigDecimal shift(int roots) {
        return new BigDecimal(BigInteger.ONE.shiftLeft(roots));
    }

    static Decimal power(Decimal base, Decimal exp) {
        if (base.isNaN() || exp.isNaN()) {
            if (base.isNaN() && exp.isFinite() && exp.signum() == 0) {
                return Decimal.of(BigDecimal.ONE);
            }
            if (exp.isNaN()
                    && base.isFinite()
                    && base.bigDecimal().compareTo(BigDecimal.ONE) == 0) {
                return Decimal.of(BigDecimal.ONE);
            }
            return Decimal.NAN;
        }
        if (!base.isFinite() || !exp.isFinite()) {
            return Math.pow(base.toDouble(), exp.toDouble()) == Double.POSITIVE_INFINITY
                    ? Decimal.POSITIVE_INFINITY
                    : Decimal.ofDouble(Math.pow(base.toDouble(), exp.toDouble()));
        }
        BigDecimal b = base.bigDecimal();
        BigDecimal x = exp.bigDecimal();
        if (b.signum() == 0 && x.signum() < 0) {
            throw new FreshetException(
                    ErrorCode.INVALID_ARGUMENT_FOR_POWER_FUNCTION,
                    "zero raised to a negative power is undefined");
        }
        boolean integral = x.stripTrailingZeros().scale() <= 0;
        if (b.signum() < 0 && !integral) {
            throw new FreshetException(
                    ErrorCode.INVALID_ARGUMENT_FOR_POWER_FUNCTION,
                    "a negative number raised to a non-integer power yields a complex result");
        }
        if (integral && x.abs().compareTo(BigDecimal.valueOf(Integer.MAX_VALUE)) <= 0) {
            return powerInt(b, x.intValueExact());
        }
        if (b.signum() == 0) {
            return Decimal.of(BigDecimal.ZERO.setScale(MIN_SIG_DIGITS));
        }
        double lnBase = lnApprox(b);
        double val = lnBase * x.doubleValue();
        if (Math.abs(val) > 131072 * 2.3026) {
            if (val > 0) {
                throw new FreshetException(
                        ErrorCode.NUMERIC_VALUE_OUT_OF_RANGE, "value overflows numeric format");
            }
            return Decimal.of(BigDecimal.ZERO.setScale(MAX_SCALE));
        }
        val *= 0.434294481903252;
        int rscale =
                clampScale(Math.max(Math.max(MIN_SIG_DIGITS - (int) val, dscale(b)), dscale(x)));
        int digits = Math.max((int) Math.ceil(val), 0) + 1 + rscale + GUARD;
        int lnScale = digits + Math.max(exponent10(x.abs().max(BigDecimal.ONE)), 0) + GUARD;
        BigDecimal y = lnValue(b, lnScale).multiply(x);
        return result(expValue(y, new MathContext(digits, RoundingMode.HALF_EVEN)), rscale);
    }

    /** base^n for an integer n: scale max(16, base's scale), as PostgreSQL's power_var_int. */
    private static Decimal powerInt(BigDecimal b, int n) {
        int rscale = clampScale(Math.max(MIN_SIG_DIGITS, dscale(b)));
        if (n == 0) {
            return Decimal.of(BigDecimal.ONE.setScale(rscale));
        }
        if (b.signum() == 0) {
            return Decimal.of(BigDecimal.ZERO.setScale(rscale));
        }
        double weight =
                n
                        * Math.log10(
                                b.abs().doubleValue() == 0
                                        ? Double.MIN_VALUE
                                        : b.abs().doubleValue());
        if (Double.isInfinite(weight) || Double.isNaN(weight)) {
            weight = n * (exponent10(b) + 0.5);
        }
        if (weight > 131072) {
            throw new FreshetException(
                    ErrorCode.NUMERIC_VALUE_OUT_OF_RANGE, "value overflows numeric format");
        }
        if (weight < -MAX_SCALE - 1) {
            return Decimal.of(BigDecimal.ZERO.setScale(MAX_SCALE));
        }
        int digits = Math.max((int) Math.ceil(weight), 0) + 1 + rscale + GUARD;
        MathContext mc = new MathContext(digits, RoundingMode.HALF_EVEN);
        BigDecimal r = b.pow(Math.abs(n), new MathContext(digits + 10, RoundingMode.HALF_EVEN));
        if (n < 0) {
            r = BigDecimal.ONE.divide(r, mc);
        }
        return result(r, rscale);
    }
}
