package dev.freshet.engine.expr;

import dev.freshet.engine.type.DataType;
import dev.freshet.engine.type.Decimal;
import dev.freshet.engine.type.PhysicalType;
import dev.freshet.engine.type.TypeKind;
import dev.freshet.sql.error.ErrorCode;
import dev.freshet.sql.error.FreshetException;
import java.util.List;
import java.util.Optional;

/**
 * Numeric functions: round, trunc, abs, ceil, floor, sign, sqrt, power, exp, ln, log, mod, random.
 */
final class MathFunctions {
    private MathFunctions() {}

    static void register(FunctionLibrary lib) {
        lib.register("round", MathFunctions::round);
        lib.register("trunc", MathFunctions::trunc);
        lib.register("truncate", MathFunctions::trunc);
        lib.register("abs", (args, result) -> unary("abs", result, MathFunctions::abs));
        lib.register("ceil", (args, result) -> unary("ceil", result, v -> ceilFloor(v, true)));
        lib.register("ceiling", (args, result) -> unary("ceil", result, v -> ceilFloor(v, true)));
        lib.register("floor", (args, result) -> unary("floor", result, v -> ceilFloor(v, false)));
        lib.register("sign", (args, result) -> unary("sign", result, MathFunctions::sign));
        lib.register("sqrt", (args, result) -> doubleFn("sqrt", result, MathFunctions::sqrt));
        lib.register("exp", (args, result) -> doubleFn("exp", result, Math::exp));
        lib.register("ln", (args, result) -> doubleFn("ln", result, MathFunctions::ln));
        lib.register("log10", (args, result) -> doubleFn("log10", result, MathFunctions::log10));
        lib.register("power", MathFunctions::power);
        lib.register("pow", MathFunctions::power);
        lib.register("mod", MathFunctions::mod);
        lib.register(
                "random",
                (args, result) ->
                        Optional.of(
                                new RowFunction(
                                        "random",
                                        DataType.DOUBLE,
                                        false,
                                        true,
                                        (v, ctx) -> ctx.random().nextDouble())));
    }

    private interface Unary {
        Object apply(Object v);
    }

    private static Optional<ScalarFunction> unary(String name, DataType result, Unary f) {
        return Optional.of(RowFunction.strict(name, result, (v, ctx) -> f.apply(v[0])));
    }

    private interface DoubleOp {
        double apply(double v);
    }

    private static Optional<ScalarFunction> doubleFn(String name, DataType result, DoubleOp f) {
        if (result.kind() == TypeKind.DECIMAL) {
            return Optional.of(
                    RowFunction.strict(
                            name,
                            result,
                            (v, ctx) -> Decimal.ofDouble(f.apply(((Decimal) v[0]).toDouble()))));
        }
        return Optional.of(
                RowFunction.strict(
                        name, result, (v, ctx) -> f.apply(((Number) v[0]).doubleValue())));
    }

    private static Optional<ScalarFunction> round(List<DataType> args, DataType result) {
        if (args.get(0).physical() == PhysicalType.DOUBLE) {
            return Optional.of(
                    RowFunction.strict("round", result, (v, ctx) -> Math.rint((Double) v[0])));
        }
        if (args.get(0).kind().isIntegral()) {
            return Optional.of(
                    RowFunction.strict(
                            "round",
                            result,
                            (v, ctx) ->
                                    result.kind() == TypeKind.DECIMAL
                                            ? Decimal.of((Long) v[0])
                                            : v[0]));
        }
        return Optional.of(
                RowFunction.strict(
                        "round",
                        result,
                        (v, ctx) -> {
                            Decimal d = toDecimal(v[0]);
                            int scale = v.length > 1 ? ((Number) v[1]).intValue() : 0;
                            return d.round(scale);
                        }));
    }

    private static Optional<ScalarFunction> trunc(List<DataType> args, DataType result) {
        if (args.get(0).physical() == PhysicalType.DOUBLE) {
            return Optional.of(
                    RowFunction.strict(
                            "trunc",
                            result,
                            (v, ctx) -> {
                                double d = (Double) v[0];
                                return d < 0 ? Math.ceil(d) : Math.floor(d);
                            }));
        }
        return Optional.of(
                RowFunction.strict(
                        "trunc",
                        result,
                        (v, ctx) -> {
                            Decimal d = toDecimal(v[0]);
                            int scale = v.length > 1 ? ((Number) v[1]).intValue() : 0;
                            return d.truncate(scale);
                        }));
    }

    private static Decimal toDecimal(Object v) {
        return v instanceof Decimal d ? d : Decimal.of(((Number) v).longValue());
    }

    private static Object abs(Object v) {
        return switch (v) {
            case Long l -> {
                if (l == Long.MIN_VALUE) {
                    throw new FreshetException(
                            ErrorCode.NUMERIC_VALUE_OUT_OF_RANGE, "bigint out of range");
                }
                yield Math.abs(l);
            }
            case Double d -> Math.abs(d);
            case Decimal d -> d.abs();
            default -> throw new IllegalArgumentException("abs of " + v);
        };
    }

    private static Object ceilFloor(Object v, boolean ceil) {
        return switch (v) {
            case Long l -> l;
            case Double d -> ceil ? Math.ceil(d) : Math.floor(d);
            case Decimal d ->
                    d.isFinite()
                            ? Decimal.of(
                                    d.bigDecimal()
                                            .setScale(
                                                    0,
                                                    ceil
                                                            ? java.math.RoundingMode.CEILING
                                                            : java.math.RoundingMode.FLOOR))
                            : d;
            default -> throw new IllegalArgumentException("ceil/floor of " + v);
        };
    }

    private static Object sign(Object v) {
        return switch (v) {
            case Long l -> (long) Long.signum(l);
            case Double d -> Math.signum(d);
            case Decimal d -> Decimal.of(d.signum());
            default -> throw new IllegalArgumentException("sign of " + v);
        };
    }

    private static double sqrt(double v) {
        if (v < 0) {
            throw new FreshetException(
                    ErrorCode.INVALID_PARAMETER_VALUE,
                    "cannot take square root of a negative number");
        }
        return Math.sqrt(v);
    }

    private static double ln(double v) {
        if (v == 0) {
            throw new FreshetException(
                    ErrorCode.INVALID_PARAMETER_VALUE, "cannot take logarithm of zero");
        }
        if (v < 0) {
            throw new FreshetException(
                    ErrorCode.INVALID_PARAMETER_VALUE,
                    "cannot take logarithm of a negative number");
        }
        return Math.log(v);
    }

    private static double log10(double v) {
        return ln(v) / Math.log(10);
    }

    private static Optional<ScalarFunction> power(List<DataType> args, DataType result) {
        return Optional.of(
                RowFunction.strict(
                        "power",
                        result,
                        (v, ctx) -> {
                            double a = asDouble(v[0]);
                            double b = asDouble(v[1]);
                            if (a == 0 && b < 0) {
                                throw new FreshetException(
                                        ErrorCode.INVALID_PARAMETER_VALUE,
                                        "zero raised to a negative power is undefined");
                            }
                            double r = Math.pow(a, b);
                            return result.kind() == TypeKind.DECIMAL
                                    ? Decimal.ofDouble(r)
                                    : (Object) r;
                        }));
    }

    private static double asDouble(Object v) {
        return v instanceof Decimal d ? d.toDouble() : ((Number) v).doubleValue();
    }

    private static Optional<ScalarFunction> mod(List<DataType> args, DataType result) {
        if (result.physical() == PhysicalType.LONG || result.physical() == PhysicalType.DECIMAL) {
            return Optional.of(ArithmeticFunctions.binary(ArithmeticFunctions.Op.MOD, result));
        }
        return Optional.empty();
    }
}
