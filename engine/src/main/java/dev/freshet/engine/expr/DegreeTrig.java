package dev.freshet.engine.expr;

import dev.freshet.sql.error.ErrorCode;
import dev.freshet.sql.error.FreshetException;

/**
 * Trigonometric functions in degrees (sind, cosd, tand, cotd, asind, acosd, atand, atan2d) computed
 * as PostgreSQL computes them: the argument is reduced to the first quadrant and the radian
 * functions are scaled so that the results at multiples of 30 and 45 degrees are exact ({@code
 * sind(30) = 0.5}, {@code tand(45) = 1}).
 */
final class DegreeTrig {
    private DegreeTrig() {}

    private static final double RADIANS_PER_DEGREE = 0.0174532925199432957692;
    private static final double SIN_30 = Math.sin(30.0 * RADIANS_PER_DEGREE);
    private static final double ONE_MINUS_COS_60 = 1.0 - Math.cos(60.0 * RADIANS_PER_DEGREE);
    private static final double ASIN_0_5 = Math.asin(0.5);
    private static final double ACOS_0_5 = Math.acos(0.5);
    private static final double ATAN_1_0 = Math.atan(1.0);
    private static final double TAN_45 = sindQ1(45.0) / cosdQ1(45.0);
    private static final double COT_45 = cosdQ1(45.0) / sindQ1(45.0);

    private static double sind0To30(double x) {
        return (Math.sin(x * RADIANS_PER_DEGREE) / SIN_30) / 2.0;
    }

    private static double cosd0To60(double x) {
        double oneMinusCos = 1.0 - Math.cos(x * RADIANS_PER_DEGREE);
        return 1.0 - (oneMinusCos / ONE_MINUS_COS_60) / 2.0;
    }

    private static double sindQ1(double x) {
        return x <= 30.0 ? sind0To30(x) : cosd0To60(90.0 - x);
    }

    private static double cosdQ1(double x) {
        return x <= 60.0 ? cosd0To60(x) : sind0To30(90.0 - x);
    }

    static double eval(MathFunctions.D f, double x) {
        if (Double.isNaN(x)) {
            return x;
        }
        if (Double.isInfinite(x)) {
            throw new FreshetException(
                    ErrorCode.NUMERIC_VALUE_OUT_OF_RANGE, "input is out of range");
        }
        double a = x % 360.0;
        int sign = 1;
        switch (f) {
            case COSD -> {
                if (a < 0.0) {
                    a = -a;
                }
                if (a > 180.0) {
                    a = 360.0 - a;
                }
                if (a > 90.0) {
                    a = 180.0 - a;
                    sign = -sign;
                }
                return sign * cosdQ1(a);
            }
            case SIND -> {
                if (a < 0.0) {
                    a = -a;
                    sign = -sign;
                }
                if (a > 180.0) {
                    a = 360.0 - a;
                    sign = -sign;
                }
                if (a > 90.0) {
                    a = 180.0 - a;
                }
                return sign * sindQ1(a);
            }
            default -> {
                if (a < 0.0) {
                    a = -a;
                    sign = -sign;
                }
                if (a > 180.0) {
                    a = 360.0 - a;
                    sign = -sign;
                }
                if (a > 90.0) {
                    a = 180.0 - a;
                    sign = -sign;
                }
                double r =
                        f == MathFunctions.D.TAND
                                ? sign * ((sindQ1(a) / cosdQ1(a)) / TAN_45)
                                : sign * ((cosdQ1(a) / sindQ1(a)) / COT_45);
                return r == 0.0 ? 0.0 : r;
            }
        }
    }

    private static double asindQ1(double x) {
        if (x <= 0.5) {
            return (Math.asin(x) / ASIN_0_5) * 30.0;
        }
        return 90.0 - (Math.acos(x) / ACOS_0_5) * 60.0;
    }

    private static double acosdQ1(double x) {
        if (x <= 0.5) {
            return 90.0 - (Math.asin(x) / ASIN_0_5) * 30.0;
        }
        return (Math.acos(x) / ACOS_0_5) * 60.0;
    }

    static double asind(double x) {
        return x >= 0.0 ? asindQ1(x) : -asindQ1(-x);
    }

    static double acosd(double x) {
        return x >= 0.0 ? acosdQ1(x) : 90.0 + asindQ1(-x);
    }

    static double atand(double x) {
        return (Math.atan(x) / ATAN_1_0) * 45.0;
    }

    static double atan2d(double y, double x) {
        if (Double.isNaN(x) || Double.isNaN(y)) {
            return Double.NaN;
        }
        return (Math.atan2(y, x) / ATAN_1_0) * 45.0;
    }
}
