package dev.freshet.engine.expr;

import dev.freshet.engine.batch.Column;
import dev.freshet.engine.batch.DoubleColumn;
import dev.freshet.engine.batch.LongColumn;
import dev.freshet.engine.batch.NullBits;
import dev.freshet.engine.type.DataType;
import dev.freshet.engine.type.Decimal;
import dev.freshet.engine.type.TypeKind;
import dev.freshet.sql.error.ErrorCode;
import dev.freshet.sql.error.FreshetException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import org.jspecify.annotations.Nullable;

/**
 * PostgreSQL's mathematical functions: abs, sign, round, trunc, ceil, floor, div, power and {@code
 * ^}, sqrt, cbrt, exp, ln, log, log10, the trigonometric functions in radians and degrees,
 * hyperbolic functions, pi, degrees, radians, random, width_bucket, gcd, lcm, factorial, scale.
 *
 * <p>Each has PostgreSQL's overloads (double precision and numeric, integers for abs/gcd/lcm), so
 * an integer argument resolves as PostgreSQL resolves it ({@code round(5)} is a double). Double
 * precision functions are vectorized over the column's array; numeric ones go value by value.
 * Errors carry PostgreSQL's SQLSTATEs: 2201E for logarithms, 2201F for square roots and powers,
 * 22003 for out-of-range inputs and results.
 */
final class MathFunctions {
    private MathFunctions() {}

    private static final DataType F8 = DataType.DOUBLE;
    private static final DataType NUM = DataType.DECIMAL;
    private static final DataType I4 = DataType.INTEGER;

    static void register(FunctionLibrary lib) {
        for (DataType t : new DataType[] {DataType.SMALLINT, I4, DataType.BIGINT}) {
            lib.define("abs", t, (args, result) -> new IntAbs(result), t);
        }
        lib.define("abs", DataType.REAL, (a, r) -> new DoubleFn(D.ABS, r), DataType.REAL);
        double1(lib, "abs", D.ABS);
        numeric1(lib, "abs", Decimal::abs);
        double1(lib, "sign", D.SIGN);
        numeric1(lib, "sign", d -> d.isNaN() ? d : Decimal.of(d.signum()));
        double1(lib, "ceil", D.CEIL);
        double1(lib, "ceiling", D.CEIL);
        double1(lib, "floor", D.FLOOR);
        numeric1(lib, "ceil", d -> setScale(d, 0, RoundingMode.CEILING));
        numeric1(lib, "ceiling", d -> setScale(d, 0, RoundingMode.CEILING));
        numeric1(lib, "floor", d -> setScale(d, 0, RoundingMode.FLOOR));
        double1(lib, "round", D.ROUND);
        numeric1(lib, "round", d -> d.round(0));
        lib.define(
                "round",
                NUM,
                (a, r) ->
                        RowFunction.strict(
                                "round", r, (v, ctx) -> ((Decimal) v[0]).round(scaleArg(v[1]))),
                NUM,
                I4);
        double1(lib, "trunc", D.TRUNC);
        numeric1(lib, "trunc", d -> d.truncate(0));
        lib.define(
                "trunc",
                NUM,
                (a, r) ->
                        RowFunction.strict(
                                "trunc", r, (v, ctx) -> ((Decimal) v[0]).truncate(scaleArg(v[1]))),
                NUM,
                I4);
        double1(lib, "sqrt", D.SQRT);
        numeric1(lib, "sqrt", NumericMath::sqrt);
        double1(lib, "cbrt", D.CBRT);
        double1(lib, "exp", D.EXP);
        numeric1(lib, "exp", NumericMath::exp);
        double1(lib, "ln", D.LN);
        numeric1(lib, "ln", NumericMath::ln);
        double1(lib, "log", D.LOG10);
        double1(lib, "log10", D.LOG10);
        Decimal ten = Decimal.of(10);
        numeric1(lib, "log", d -> NumericMath.log(ten, d));
        numeric1(lib, "log10", d -> NumericMath.log(ten, d));
        lib.define(
                "log",
                NUM,
                (a, r) ->
                        RowFunction.strict(
                                "log",
                                r,
                                (v, ctx) -> NumericMath.log((Decimal) v[0], (Decimal) v[1])),
                NUM,
                NUM);
        for (String name : new String[] {"power", "pow", "^"}) {
            lib.define(name, F8, (a, r) -> new DoubleFn2(D2.POWER, r), F8, F8);
            lib.define(
                    name,
                    NUM,
                    (a, r) ->
                            RowFunction.strict(
                                    "power",
                                    r,
                                    (v, ctx) -> NumericMath.power((Decimal) v[0], (Decimal) v[1])),
                    NUM,
                    NUM);
        }
        lib.define(
                "div",
                NUM,
                (a, r) ->
                        RowFunction.strict(
                                "div", r, (v, ctx) -> div((Decimal) v[0], (Decimal) v[1])),
                NUM,
                NUM);
        for (D f :
                new D[] {
                    D.DEGREES, D.RADIANS, D.SIN, D.COS, D.TAN, D.COT, D.ASIN, D.ACOS, D.ATAN,
                    D.SIND, D.COSD, D.TAND, D.COTD, D.ASIND, D.ACOSD, D.ATAND, D.SINH, D.COSH,
                    D.TANH, D.ASINH, D.ACOSH, D.ATANH
                }) {
            double1(lib, f.name().toLowerCase(java.util.Locale.ROOT), f);
        }
        lib.define("atan2", F8, (a, r) -> new DoubleFn2(D2.ATAN2, r), F8, F8);
        lib.define("atan2d", F8, (a, r) -> new DoubleFn2(D2.ATAN2D, r), F8, F8);
        lib.define("pi", F8, (a, r) -> RowFunction.strict("pi", r, (v, ctx) -> Math.PI));
        lib.define(
                "random",
                F8,
                (a, r) ->
                        new RowFunction(
                                "random", r, false, true, (v, ctx) -> ctx.random().nextDouble()));
        lib.define(
                "width_bucket",
                I4,
                (a, r) ->
                        RowFunction.strict(
                                "width_bucket",
                                r,
                                (v, ctx) ->
                                        widthBucket(
                                                (Double) v[0],
                                                (Double) v[1],
                                                (Double) v[2],
                                                (Long) v[3])),
                F8,
                F8,
                F8,
                I4);
        lib.define(
                "width_bucket",
                I4,
                (a, r) ->
                        RowFunction.strict(
                                "width_bucket",
                                r,
                                (v, ctx) ->
                                        widthBucket(
                                                (Decimal) v[0],
                                                (Decimal) v[1],
                                                (Decimal) v[2],
                                                (Long) v[3])),
                NUM,
                NUM,
                NUM,
                I4);
        for (DataType t : new DataType[] {I4, DataType.BIGINT}) {
            lib.define(
                    "gcd",
                    t,
                    (a, r) ->
                            RowFunction.strict(
                                    "gcd", r, (v, ctx) -> gcd((Long) v[0], (Long) v[1], r.kind())),
                    t,
                    t);
            lib.define(
                    "lcm",
                    t,
                    (a, r) ->
                            RowFunction.strict(
                                    "lcm", r, (v, ctx) -> lcm((Long) v[0], (Long) v[1], r.kind())),
                    t,
                    t);
        }
        lib.define(
                "factorial",
                NUM,
                (a, r) -> RowFunction.strict("factorial", r, (v, ctx) -> factorial((Long) v[0])),
                DataType.BIGINT);
        lib.define(
                "scale",
                I4,
                (a, r) ->
                        RowFunction.strict(
                                "scale",
                                r,
                                (v, ctx) ->
                                        ((Decimal) v[0]).isFinite()
                                                ? (Object) (long) ((Decimal) v[0]).scale()
                                                : null),
                NUM);
        lib.define(
                "trim_scale",
                NUM,
                (a, r) ->
                        RowFunction.strict(
                                "trim_scale",
                                r,
                                (v, ctx) -> {
                                    Decimal d = (Decimal) v[0];
                                    if (!d.isFinite()) {
                                        return d;
                                    }
                                    BigDecimal b = d.bigDecimal().stripTrailingZeros();
                                    return Decimal.of(b.scale() < 0 ? b.setScale(0) : b);
                                }),
                NUM);
    }

    private static int scaleArg(Object v) {
        long s = (Long) v;
        return (int) Math.max(Math.min(s, 2000), -2000);
    }

    private static Decimal setScale(Decimal d, int scale, RoundingMode mode) {
        if (!d.isFinite()) {
            return d;
        }
        return Decimal.of(d.bigDecimal().setScale(scale, mode));
    }

    private static Decimal div(Decimal a, Decimal b) {
        if (a.isNaN() || b.isNaN()) {
            return Decimal.NAN;
        }
        if (b.isFinite() && b.signum() == 0) {
            throw ArithmeticFunctions.divisionByZero();
        }
        if (!a.isFinite() || !b.isFinite()) {
            return a.isFinite() ? Decimal.ZERO : Decimal.NAN;
        }
        BigDecimal q = a.bigDecimal().divideToIntegralValue(b.bigDecimal());
        return Decimal.of(q.setScale(0, RoundingMode.DOWN));
    }

    private interface NumericOp {
        Decimal apply(Decimal d);
    }

    private static void numeric1(FunctionLibrary lib, String name, NumericOp op) {
        lib.define(
                name,
                NUM,
                (a, r) -> RowFunction.strict(name, r, (v, ctx) -> op.apply((Decimal) v[0])),
                NUM);
    }

    private static void double1(FunctionLibrary lib, String name, D f) {
        lib.define(name, F8, (a, r) -> new DoubleFn(f, r), F8);
    }

    /** abs on integers: the most negative value has no absolute value (22003). */
    private record IntAbs(DataType type) implements ScalarFunction {
        @Override
        public String name() {
            return "abs";
        }

        @Override
        public DataType resultType() {
            return type;
        }

        @Override
        public Column apply(Column[] args, long @Nullable [] nulls, int rows, EvalContext ctx) {
            long[] x = ((LongColumn) args[0]).values();
            long[] out = new long[rows];
            long min = ArithmeticFunctions.minOf(type.kind());
            for (int i = 0; i < rows; i++) {
                long v = x[i];
                if (v == min && !NullBits.isNull(nulls, i)) {
                    nulls =
                            ArithmeticFunctions.fail(
                                    ctx,
                                    ArithmeticFunctions.outOfRange(type.kind()),
                                    nulls,
                                    i,
                                    rows);
                }
                out[i] = v < 0 ? -v : v;
            }
            return new LongColumn(type, out, nulls, rows);
        }
    }

    /** Functions of one double precision argument. */
    enum D {
        ABS,
        SIGN,
        CEIL,
        FLOOR,
        ROUND,
        TRUNC,
        SQRT,
        CBRT,
        EXP,
        LN,
        LOG10,
        DEGREES,
        RADIANS,
        SIN,
        COS,
        TAN,
        COT,
        ASIN,
        ACOS,
        ATAN,
        SIND,
        COSD,
        TAND,
        COTD,
        ASIND,
        ACOSD,
        ATAND,
        SINH,
        COSH,
        TANH,
        ASINH,
        ACOSH,
        ATANH
    }

    /** Functions of two double precision arguments. */
    enum D2 {
        POWER,
        ATAN2,
        ATAN2D
    }

    private static FreshetException outOfRangeInput() {
        return new FreshetException(ErrorCode.NUMERIC_VALUE_OUT_OF_RANGE, "input is out of range");
    }

    private static FreshetException overflow() {
        return new FreshetException(
                ErrorCode.NUMERIC_VALUE_OUT_OF_RANGE, "value out of range: overflow");
    }

    private static FreshetException underflow() {
        return new FreshetException(
                ErrorCode.NUMERIC_VALUE_OUT_OF_RANGE, "value out of range: underflow");
    }

    /** One row of a one-argument double function; throws PostgreSQL's errors. */
    static double eval(D f, double x) {
        return switch (f) {
            case ABS -> Math.abs(x);
            case SIGN -> x > 0 ? 1.0 : (x < 0 ? -1.0 : 0.0);
            case CEIL -> Math.ceil(x);
            case FLOOR -> Math.floor(x);
            case ROUND -> Math.rint(x);
            case TRUNC -> x < 0 ? Math.ceil(x) : Math.floor(x);
            case SQRT -> {
                if (x < 0) {
                    throw new FreshetException(
                            ErrorCode.INVALID_ARGUMENT_FOR_POWER_FUNCTION,
                            "cannot take square root of a negative number");
                }
                yield Math.sqrt(x);
            }
            case CBRT -> Math.cbrt(x);
            case EXP -> {
                double r = Math.exp(x);
                if (Double.isInfinite(r) && !Double.isInfinite(x)) {
                    throw overflow();
                }
                if (r == 0.0 && !Double.isInfinite(x)) {
                    throw underflow();
                }
                yield r;
            }
            case LN, LOG10 -> {
                if (x == 0.0) {
                    throw new FreshetException(
                            ErrorCode.INVALID_ARGUMENT_FOR_LOG, "cannot take logarithm of zero");
                }
                if (x < 0) {
                    throw new FreshetException(
                            ErrorCode.INVALID_ARGUMENT_FOR_LOG,
                            "cannot take logarithm of a negative number");
                }
                yield f == D.LN ? Math.log(x) : Math.log10(x);
            }
            case DEGREES -> x * (180.0 / Math.PI);
            case RADIANS -> x * (Math.PI / 180.0);
            case SIN, COS, TAN, COT -> {
                if (Double.isNaN(x)) {
                    yield x;
                }
                if (Double.isInfinite(x)) {
                    throw outOfRangeInput();
                }
                yield switch (f) {
                    case SIN -> Math.sin(x);
                    case COS -> Math.cos(x);
                    case TAN -> Math.tan(x);
                    default -> 1.0 / Math.tan(x);
                };
            }
            case ASIN, ACOS -> {
                if (Double.isNaN(x)) {
                    yield x;
                }
                if (x < -1 || x > 1) {
                    throw outOfRangeInput();
                }
                yield f == D.ASIN ? Math.asin(x) : Math.acos(x);
            }
            case ATAN -> Math.atan(x);
            case SIND, COSD, TAND, COTD -> DegreeTrig.eval(f, x);
            case ASIND, ACOSD -> {
                if (Double.isNaN(x)) {
                    yield x;
                }
                if (x < -1 || x > 1) {
                    throw outOfRangeInput();
                }
                yield f == D.ASIND ? DegreeTrig.asind(x) : DegreeTrig.acosd(x);
            }
            case ATAND -> DegreeTrig.atand(x);
            case SINH -> Math.sinh(x);
            case COSH -> Math.cosh(x);
            case TANH -> Math.tanh(x);
            case ASINH -> asinh(x);
            case ACOSH -> {
                if (x < 1) {
                    throw outOfRangeInput();
                }
                yield Math.log(x + Math.sqrt(x * x - 1.0));
            }
            case ATANH -> {
                if (x < -1 || x > 1) {
                    throw outOfRangeInput();
                }
                if (x == 1) {
                    yield Double.POSITIVE_INFINITY;
                }
                if (x == -1) {
                    yield Double.NEGATIVE_INFINITY;
                }
                yield 0.5 * Math.log((1 + x) / (1 - x));
            }
        };
    }

    private static double asinh(double x) {
        if (Double.isInfinite(x) || x == 0) {
            return x;
        }
        double a = Math.abs(x);
        double r = Math.log(a + Math.sqrt(a * a + 1.0));
        return x < 0 ? -r : r;
    }

    static double eval(D2 f, double x, double y) {
        return switch (f) {
            case POWER -> power(x, y);
            case ATAN2 -> Math.atan2(x, y);
            case ATAN2D -> DegreeTrig.atan2d(x, y);
        };
    }

    /** PostgreSQL's dpow: its error cases and IEEE results for infinities. */
    static double power(double x, double y) {
        if (x == 0 && y < 0) {
            throw new FreshetException(
                    ErrorCode.INVALID_ARGUMENT_FOR_POWER_FUNCTION,
                    "zero raised to a negative power is undefined");
        }
        if (x < 0 && Math.floor(y) != y && !Double.isInfinite(y) && !Double.isNaN(y)) {
            throw new FreshetException(
                    ErrorCode.INVALID_ARGUMENT_FOR_POWER_FUNCTION,
                    "a negative number raised to a non-integer power yields a complex result");
        }
        double r = Math.pow(x, y);
        if (Double.isInfinite(r) && !Double.isInfinite(x) && !Double.isInfinite(y)) {
            throw overflow();
        }
        if (r == 0.0 && x != 0 && !Double.isInfinite(x) && !Double.isInfinite(y)) {
            throw underflow();
        }
        return r;
    }

    /** A one-argument double precision function, vectorized. */
    private record DoubleFn(D f, DataType type) implements ScalarFunction {
        @Override
        public String name() {
            return f.name().toLowerCase(java.util.Locale.ROOT);
        }

        @Override
        public DataType resultType() {
            return type;
        }

        @Override
        public Column apply(Column[] args, long @Nullable [] nulls, int rows, EvalContext ctx) {
            double[] x = ((DoubleColumn) args[0]).values();
            double[] out = new double[rows];
            boolean real = type.kind() == TypeKind.REAL;
            for (int i = 0; i < rows; i++) {
                if (NullBits.isNull(nulls, i)) {
                    continue;
                }
                try {
                    double r = eval(f, x[i]);
                    out[i] = real ? (float) r : r;
                } catch (FreshetException e) {
                    nulls = ArithmeticFunctions.fail(ctx, e, nulls, i, rows);
                }
            }
            return new DoubleColumn(type, out, nulls, rows);
        }
    }

    /** A two-argument double precision function, vectorized. */
    private record DoubleFn2(D2 f, DataType type) implements ScalarFunction {
        @Override
        public String name() {
            return f.name().toLowerCase(java.util.Locale.ROOT);
        }

        @Override
        public DataType resultType() {
            return type;
        }

        @Override
        public Column apply(Column[] args, long @Nullable [] nulls, int rows, EvalContext ctx) {
            double[] x = ((DoubleColumn) args[0]).values();
            double[] y = ((DoubleColumn) args[1]).values();
            double[] out = new double[rows];
            for (int i = 0; i < rows; i++) {
                if (NullBits.isNull(nulls, i)) {
                    continue;
                }
                try {
                    out[i] = eval(f, x[i], y[i]);
                } catch (FreshetException e) {
                    nulls = ArithmeticFunctions.fail(ctx, e, nulls, i, rows);
                }
            }
            return new DoubleColumn(type, out, nulls, rows);
        }
    }

    private static FreshetException bucketError(String message) {
        return new FreshetException(ErrorCode.INVALID_ARGUMENT_FOR_WIDTH_BUCKET_FUNCTION, message);
    }

    /** PostgreSQL's width_bucket_float8. */
    static long widthBucket(double operand, double b1, double b2, long count) {
        if (count <= 0) {
            throw bucketError("count must be greater than zero");
        }
        if (Double.isNaN(operand) || Double.isNaN(b1) || Double.isNaN(b2)) {
            throw bucketError("operand, lower bound, and upper bound cannot be NaN");
        }
        if (Double.isInfinite(b1) || Double.isInfinite(b2)) {
            throw bucketError("lower and upper bounds must be finite");
        }
        long result;
        if (b1 < b2) {
            if (operand < b1) {
                result = 0;
            } else if (operand >= b2) {
                result = count + 1;
            } else {
                double q =
                        Double.isInfinite(b2 - b1)
                                ? (operand / 2 - b1 / 2) / (b2 / 2 - b1 / 2)
                                : (operand - b1) / (b2 - b1);
                result = (long) (count * q);
                if (result >= count) {
                    result = count - 1;
                }
                result++;
            }
        } else if (b1 > b2) {
            if (operand > b1) {
                result = 0;
            } else if (operand <= b2) {
                result = count + 1;
            } else {
                double q =
                        Double.isInfinite(b1 - b2)
                                ? (b1 / 2 - operand / 2) / (b1 / 2 - b2 / 2)
                                : (b1 - operand) / (b1 - b2);
                result = (long) (count * q);
                if (result >= count) {
                    result = count - 1;
                }
                result++;
            }
        } else {
            throw bucketError("lower bound cannot equal upper bound");
        }
        if (result > Integer.MAX_VALUE) {
            throw ArithmeticFunctions.outOfRange(TypeKind.INTEGER);
        }
        return result;
    }

    /** PostgreSQL's width_bucket_numeric. */
    static long widthBucket(Decimal operand, Decimal b1, Decimal b2, long count) {
        if (count <= 0) {
            throw bucketError("count must be greater than zero");
        }
        if (operand.isNaN() || b1.isNaN() || b2.isNaN()) {
            throw bucketError("operand, lower bound, and upper bound cannot be NaN");
        }
        if (b1.isInfinite() || b2.isInfinite()) {
            throw bucketError("lower and upper bounds must be finite");
        }
        int c = b1.compareTo(b2);
        if (c == 0) {
            throw bucketError("lower bound cannot equal upper bound");
        }
        boolean asc = c < 0;
        if (asc ? operand.compareTo(b1) < 0 : operand.compareTo(b1) > 0) {
            return 0;
        }
        if (asc ? operand.compareTo(b2) >= 0 : operand.compareTo(b2) <= 0) {
            if (count == Integer.MAX_VALUE) {
                throw ArithmeticFunctions.outOfRange(TypeKind.INTEGER);
            }
            return count + 1;
        }
        BigDecimal num =
                asc
                        ? operand.bigDecimal().subtract(b1.bigDecimal())
                        : b1.bigDecimal().subtract(operand.bigDecimal());
        BigDecimal den =
                asc
                        ? b2.bigDecimal().subtract(b1.bigDecimal())
                        : b1.bigDecimal().subtract(b2.bigDecimal());
        BigDecimal q = num.multiply(BigDecimal.valueOf(count)).divide(den, 0, RoundingMode.FLOOR);
        return Math.min(q.longValue(), count - 1) + 1;
    }

    private static long gcd(long a, long b, TypeKind kind) {
        BigInteger g = BigInteger.valueOf(a).gcd(BigInteger.valueOf(b));
        if (g.bitLength() > (kind == TypeKind.INTEGER ? 31 : 63)) {
            throw ArithmeticFunctions.outOfRange(kind);
        }
        return g.longValue();
    }

    private static long lcm(long a, long b, TypeKind kind) {
        if (a == 0 || b == 0) {
            return 0;
        }
        BigInteger x = BigInteger.valueOf(a);
        BigInteger y = BigInteger.valueOf(b);
        BigInteger l = x.divide(x.gcd(y)).multiply(y).abs();
        if (l.bitLength() > (kind == TypeKind.INTEGER ? 31 : 63)) {
            throw ArithmeticFunctions.outOfRange(kind);
        }
        return l.longValue();
    }

    private static Decimal factorial(long n) {
        if (n < 0) {
            throw new FreshetException(
                    ErrorCode.INVALID_PARAMETER_VALUE,
                    "factorial of a negative number is undefined");
        }
        if (n > 32177) {
            throw new FreshetException(
                    ErrorCode.NUMERIC_VALUE_OUT_OF_RANGE, "value overflows numeric format");
        }
        BigInteger r = BigInteger.ONE;
        for (long i = 2; i <= n; i++) {
            r = r.multiply(BigInteger.valueOf(i));
        }
        return Decimal.of(new BigDecimal(r));
    }
}
