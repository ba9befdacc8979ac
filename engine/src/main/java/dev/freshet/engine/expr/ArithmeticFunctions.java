package dev.freshet.engine.expr;

import dev.freshet.engine.batch.Column;
import dev.freshet.engine.batch.ColumnBuilder;
import dev.freshet.engine.batch.DecimalColumn;
import dev.freshet.engine.batch.DecimalColumnBuilder;
import dev.freshet.engine.batch.DoubleColumn;
import dev.freshet.engine.batch.LongColumn;
import dev.freshet.engine.batch.NullBits;
import dev.freshet.engine.type.DataType;
import dev.freshet.engine.type.Decimal;
import dev.freshet.engine.type.TypeKind;
import dev.freshet.sql.error.ErrorCode;
import dev.freshet.sql.error.FreshetException;
import org.jspecify.annotations.Nullable;

/**
 * +, -, *, /, % and unary minus on integers (range-checked per type, like PostgreSQL), floats
 * (overflow and division by zero are errors, as in PostgreSQL) and NUMERIC.
 */
public final class ArithmeticFunctions {
    private ArithmeticFunctions() {}

    /** The binary operators. */
    public enum Op {
        ADD("+"),
        SUB("-"),
        MUL("*"),
        DIV("/"),
        MOD("%");

        final String symbol;

        Op(String symbol) {
            this.symbol = symbol;
        }

        public String symbol() {
            return symbol;
        }
    }

    /**
     * The numeric operators as PostgreSQL's {@code pg_operator} has them: each type with itself,
     * the mixed integer widths (result: the wider) and real with double precision (result: double
     * precision); {@code %} on integers and numeric only; unary minus.
     */
    static void register(FunctionLibrary lib) {
        DataType[] numeric = {
            DataType.SMALLINT,
            DataType.INTEGER,
            DataType.BIGINT,
            DataType.DECIMAL,
            DataType.REAL,
            DataType.DOUBLE
        };
        DataType[][] mixed = {
            {DataType.SMALLINT, DataType.INTEGER, DataType.INTEGER},
            {DataType.INTEGER, DataType.SMALLINT, DataType.INTEGER},
            {DataType.SMALLINT, DataType.BIGINT, DataType.BIGINT},
            {DataType.BIGINT, DataType.SMALLINT, DataType.BIGINT},
            {DataType.INTEGER, DataType.BIGINT, DataType.BIGINT},
            {DataType.BIGINT, DataType.INTEGER, DataType.BIGINT},
            {DataType.REAL, DataType.DOUBLE, DataType.DOUBLE},
            {DataType.DOUBLE, DataType.REAL, DataType.DOUBLE},
        };
        for (Op op : Op.values()) {
            for (DataType t : numeric) {
                if (op == Op.MOD && t.physical() == dev.freshet.engine.type.PhysicalType.DOUBLE) {
                    continue;
                }
                lib.define(op.symbol, t, (args, result) -> binary(op, result), t, t);
            }
            for (DataType[] m : mixed) {
                if (op == Op.MOD && m[2].kind() == TypeKind.DOUBLE) {
                    continue;
                }
                lib.define(op.symbol, m[2], (args, result) -> binary(op, result), m[0], m[1]);
            }
        }
        for (DataType t : numeric) {
            lib.define("-", t, (args, result) -> negate(result), t);
        }
        for (DataType t : new DataType[] {DataType.SMALLINT, DataType.INTEGER, DataType.BIGINT}) {
            lib.define("mod", t, (args, result) -> binary(Op.MOD, result), t, t);
        }
        lib.define(
                "mod",
                DataType.DECIMAL,
                (args, result) -> binary(Op.MOD, result),
                DataType.DECIMAL,
                DataType.DECIMAL);
    }

    /** {@code a op b} where both arguments and the result have type {@code type}. */
    public static ScalarFunction binary(Op op, DataType type) {
        return switch (type.physical()) {
            case LONG -> new LongOp(op, type);
            case DOUBLE -> new DoubleOp(op, type);
            case DECIMAL -> new DecimalOp(op, type);
            default ->
                    throw new FreshetException(
                            ErrorCode.UNDEFINED_FUNCTION,
                            "operator does not exist: "
                                    + type.sqlName()
                                    + " "
                                    + op.symbol
                                    + " "
                                    + type.sqlName());
        };
    }

    /** Unary minus. */
    public static ScalarFunction negate(DataType type) {
        return new ScalarFunction() {
            @Override
            public String name() {
                return "-";
            }

            @Override
            public DataType resultType() {
                return type;
            }

            @Override
            public Column apply(Column[] args, long @Nullable [] nulls, int rows, EvalContext ctx) {
                Column a = args[0];
                switch (a) {
                    case LongColumn l -> {
                        long[] out = new long[rows];
                        long min = minOf(type.kind());
                        for (int i = 0; i < rows; i++) {
                            long v = l.get(i);
                            if (v == min && !NullBits.isNull(nulls, i)) {
                                nulls = fail(ctx, outOfRange(type.kind()), nulls, i, rows);
                            }
                            out[i] = -v;
                        }
                        return new LongColumn(type, out, nulls, rows);
                    }
                    case DoubleColumn d -> {
                        double[] out = new double[rows];
                        for (int i = 0; i < rows; i++) {
                            out[i] = -d.get(i);
                        }
                        return new DoubleColumn(type, out, nulls, rows);
                    }
                    case DecimalColumn d -> {
                        DecimalColumnBuilder b =
                                (DecimalColumnBuilder) ColumnBuilder.forType(type, rows);
                        for (int i = 0; i < rows; i++) {
                            if (NullBits.isNull(nulls, i)) {
                                b.appendNull();
                            } else {
                                b.appendDecimal(d.get(i).negate());
                            }
                        }
                        return b.build();
                    }
                    default -> throw new IllegalStateException("cannot negate " + a.type());
                }
            }
        };
    }

    static long minOf(TypeKind kind) {
        return switch (kind) {
            case SMALLINT -> Short.MIN_VALUE;
            case INTEGER -> Integer.MIN_VALUE;
            default -> Long.MIN_VALUE;
        };
    }

    static long maxOf(TypeKind kind) {
        return switch (kind) {
            case SMALLINT -> Short.MAX_VALUE;
            case INTEGER -> Integer.MAX_VALUE;
            default -> Long.MAX_VALUE;
        };
    }

    static FreshetException outOfRange(TypeKind kind) {
        String name =
                switch (kind) {
                    case SMALLINT -> "smallint";
                    case INTEGER -> "integer";
                    case BIGINT -> "bigint";
                    default -> kind.sqlName();
                };
        return new FreshetException(ErrorCode.NUMERIC_VALUE_OUT_OF_RANGE, name + " out of range");
    }

    static FreshetException divisionByZero() {
        return new FreshetException(ErrorCode.DIVISION_BY_ZERO, "division by zero");
    }

    /** Reports a row error; returns the null bitmap with that row set (policy NULL_ON_ERROR). */
    static long[] fail(
            EvalContext ctx, FreshetException e, long @Nullable [] nulls, int row, int rows) {
        ctx.fail(e);
        long[] out = nulls == null ? new long[NullBits.words(rows)] : nulls.clone();
        NullBits.set(out, row);
        return out;
    }

    private record LongOp(Op op, DataType type) implements ScalarFunction {
        @Override
        public String name() {
            return op.symbol;
        }

        @Override
        public DataType resultType() {
            return type;
        }

        @Override
        public Column apply(Column[] args, long @Nullable [] nulls, int rows, EvalContext ctx) {
            long[] x = ((LongColumn) args[0]).values();
            long[] y = ((LongColumn) args[1]).values();
            long[] out = new long[rows];
            TypeKind kind = type.kind();
            boolean narrow = kind != TypeKind.BIGINT;
            long min = minOf(kind);
            long max = maxOf(kind);
            for (int i = 0; i < rows; i++) {
                long a = x[i];
                long b = y[i];
                long r;
                switch (op) {
                    case ADD -> {
                        r = a + b;
                        if (narrow ? (r < min || r > max) : (((a ^ r) & (b ^ r)) < 0)) {
                            if (!NullBits.isNull(nulls, i)) {
                                nulls = fail(ctx, outOfRange(kind), nulls, i, rows);
                            }
                            r = 0;
                        }
                    }
                    case SUB -> {
                        r = a - b;
                        if (narrow ? (r < min || r > max) : (((a ^ b) & (a ^ r)) < 0)) {
                            if (!NullBits.isNull(nulls, i)) {
                                nulls = fail(ctx, outOfRange(kind), nulls, i, rows);
                            }
                            r = 0;
                        }
                    }
                    case MUL -> {
                        long hi = Math.multiplyHigh(a, b);
                        r = a * b;
                        if (narrow ? (r < min || r > max) : hi != (r >> 63)) {
                            if (!NullBits.isNull(nulls, i)) {
                                nulls = fail(ctx, outOfRange(kind), nulls, i, rows);
                            }
                            r = 0;
                        }
                    }
                    case DIV -> {
                        if (b == 0) {
                            if (!NullBits.isNull(nulls, i)) {
                                nulls = fail(ctx, divisionByZero(), nulls, i, rows);
                            }
                            r = 0;
                        } else if (b == -1 && a == min) {
                            if (!NullBits.isNull(nulls, i)) {
                                nulls = fail(ctx, outOfRange(kind), nulls, i, rows);
                            }
                            r = 0;
                        } else {
                            r = a / b;
                        }
                    }
                    case MOD -> {
                        if (b == 0) {
                            if (!NullBits.isNull(nulls, i)) {
                                nulls = fail(ctx, divisionByZero(), nulls, i, rows);
                            }
                            r = 0;
                        } else {
                            r = b == -1 ? 0 : a % b;
                        }
                    }
                    default -> throw new IllegalStateException();
                }
                out[i] = r;
            }
            return new LongColumn(type, out, nulls, rows);
        }
    }

    private record DoubleOp(Op op, DataType type) implements ScalarFunction {
        @Override
        public String name() {
            return op.symbol;
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
            boolean real = type.kind() == TypeKind.REAL;
            for (int i = 0; i < rows; i++) {
                double a = x[i];
                double b = y[i];
                double r =
                        switch (op) {
                            case ADD -> a + b;
                            case SUB -> a - b;
                            case MUL -> a * b;
                            case DIV -> a / b;
                            case MOD -> a % b;
                        };
                if (real) {
                    r = (float) r;
                }
                if ((op == Op.DIV || op == Op.MOD) && b == 0.0) {
                    if (!NullBits.isNull(nulls, i)) {
                        nulls = fail(ctx, divisionByZero(), nulls, i, rows);
                    }
                    r = 0;
                } else if (Double.isInfinite(r) && !Double.isInfinite(a) && !Double.isInfinite(b)) {
                    if (!NullBits.isNull(nulls, i)) {
                        nulls =
                                fail(
                                        ctx,
                                        new FreshetException(
                                                ErrorCode.NUMERIC_VALUE_OUT_OF_RANGE,
                                                "value out of range: overflow"),
                                        nulls,
                                        i,
                                        rows);
                    }
                    r = 0;
                }
                out[i] = r;
            }
            return new DoubleColumn(type, out, nulls, rows);
        }
    }

    private record DecimalOp(Op op, DataType type) implements ScalarFunction {
        @Override
        public String name() {
            return op.symbol;
        }

        @Override
        public DataType resultType() {
            return type;
        }

        @Override
        public Column apply(Column[] args, long @Nullable [] nulls, int rows, EvalContext ctx) {
            DecimalColumn x = (DecimalColumn) args[0];
            DecimalColumn y = (DecimalColumn) args[1];
            DecimalColumnBuilder b = (DecimalColumnBuilder) ColumnBuilder.forType(type, rows);
            for (int i = 0; i < rows; i++) {
                if (NullBits.isNull(nulls, i)) {
                    b.appendNull();
                    continue;
                }
                short sx = x.scaleOrMarker(i);
                short sy = y.scaleOrMarker(i);
                if ((op == Op.ADD || op == Op.SUB) && sx >= 0 && sx == sy) {
                    long a = x.unscaled(i);
                    long c = op == Op.ADD ? y.unscaled(i) : -y.unscaled(i);
                    long r = a + c;
                    if (((a ^ r) & (c ^ r)) >= 0 && y.unscaled(i) != Long.MIN_VALUE) {
                        b.appendCompact(r, sx);
                        continue;
                    }
                }
                try {
                    Decimal a = x.get(i);
                    Decimal c = y.get(i);
                    Decimal r =
                            switch (op) {
                                case ADD -> a.add(c);
                                case SUB -> a.subtract(c);
                                case MUL -> a.multiply(c);
                                case DIV -> a.divide(c);
                                case MOD -> a.remainder(c);
                            };
                    b.appendDecimal(r);
                } catch (FreshetException e) {
                    ctx.fail(e);
                    b.appendNull();
                }
            }
            return b.build();
        }
    }
}
