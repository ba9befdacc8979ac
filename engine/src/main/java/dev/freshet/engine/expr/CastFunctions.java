package dev.freshet.engine.expr;

import dev.freshet.engine.batch.BoolColumn;
import dev.freshet.engine.batch.Column;
import dev.freshet.engine.batch.ColumnBuilder;
import dev.freshet.engine.batch.DecimalColumnBuilder;
import dev.freshet.engine.batch.DoubleColumn;
import dev.freshet.engine.batch.LongColumn;
import dev.freshet.engine.batch.NullBits;
import dev.freshet.engine.type.DataType;
import dev.freshet.engine.type.Decimal;
import dev.freshet.engine.type.Interval;
import dev.freshet.engine.type.PgText;
import dev.freshet.engine.type.PhysicalType;
import dev.freshet.engine.type.TypeKind;
import dev.freshet.sql.error.ErrorCode;
import dev.freshet.sql.error.FreshetException;
import java.math.BigDecimal;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * CAST between types with PostgreSQL's rules: range checks (22003), rounding (float → int rounds
 * half to even, numeric → int half away from zero), text parsing and formatting through {@link
 * PgText}, NUMERIC(p,s) and VARCHAR(n) coercion, and time-zone-aware timestamp conversions.
 */
public final class CastFunctions {
    private CastFunctions() {}

    /** How strict a VARCHAR(n) target is: explicit casts truncate, assignments raise 22001. */
    public enum Mode {
        EXPLICIT,
        ASSIGNMENT
    }

    /** True if a cast from {@code from} to {@code to} exists. */
    public static boolean canCast(DataType from, DataType to) {
        TypeKind f = from.kind();
        TypeKind t = to.kind();
        if (f == t || f == TypeKind.UNKNOWN) {
            return f != TypeKind.ARRAY || canCast(from.elementType(), to.elementType());
        }
        if (f == TypeKind.VARCHAR || t == TypeKind.VARCHAR) {
            return true;
        }
        if (f.isNumeric() && t.isNumeric()) {
            return true;
        }
        if ((f == TypeKind.BOOLEAN && t == TypeKind.INTEGER)
                || (f == TypeKind.INTEGER && t == TypeKind.BOOLEAN)) {
            return true;
        }
        if (f.isTemporal() && t.isTemporal()) {
            return !(f == TypeKind.TIME && t != TypeKind.TIME)
                    && !(t == TypeKind.TIME && f == TypeKind.DATE);
        }
        return f == TypeKind.JSONB && (t.isNumeric() || t == TypeKind.BOOLEAN)
                || (f == TypeKind.INTERVAL && t == TypeKind.TIME)
                || (f == TypeKind.TIME && t == TypeKind.INTERVAL);
    }

    /** The cast function from {@code from} to {@code to}. */
    public static ScalarFunction cast(DataType from, DataType to, Mode mode) {
        if (!canCast(from, to)) {
            throw new FreshetException(
                    ErrorCode.CANNOT_COERCE,
                    "cannot cast type " + from.sqlName() + " to " + to.sqlName());
        }
        return new Cast(from, to, mode);
    }

    private record Cast(DataType from, DataType to, Mode mode) implements ScalarFunction {
        @Override
        public String name() {
            return "CAST:" + to.sqlName();
        }

        @Override
        public DataType resultType() {
            return to;
        }

        @Override
        public Column apply(Column[] args, long @Nullable [] nulls, int rows, EvalContext ctx) {
            Column in = args[0];
            TypeKind f = from.kind();
            TypeKind t = to.kind();
            // fast paths without per-row objects
            if (in instanceof LongColumn l && f.isIntegral() && t.isIntegral()) {
                return longToLong(l, nulls, rows, ctx);
            }
            if (in instanceof LongColumn l
                    && f.isIntegral()
                    && to.physical() == PhysicalType.DOUBLE) {
                double[] out = new double[rows];
                boolean real = t == TypeKind.REAL;
                for (int i = 0; i < rows; i++) {
                    double d = l.get(i);
                    out[i] = real ? (float) d : d;
                }
                return new DoubleColumn(to, out, nulls, rows);
            }
            if (in instanceof LongColumn l
                    && f.isIntegral()
                    && t == TypeKind.DECIMAL
                    && to.precision() < 0) {
                DecimalColumnBuilder b = (DecimalColumnBuilder) ColumnBuilder.forType(to, rows);
                for (int i = 0; i < rows; i++) {
                    if (NullBits.isNull(nulls, i)) {
                        b.appendNull();
                    } else {
                        b.appendCompact(l.get(i), 0);
                    }
                }
                return b.build();
            }
            if (in instanceof DoubleColumn d && to.physical() == PhysicalType.DOUBLE) {
                double[] out = new double[rows];
                boolean real = t == TypeKind.REAL;
                for (int i = 0; i < rows; i++) {
                    double v = d.get(i);
                    double r = real ? (float) v : v;
                    if (real
                            && Double.isInfinite(r)
                            && !Double.isInfinite(v)
                            && !NullBits.isNull(nulls, i)) {
                        nulls =
                                ArithmeticFunctions.fail(
                                        ctx,
                                        new FreshetException(
                                                ErrorCode.NUMERIC_VALUE_OUT_OF_RANGE,
                                                "value out of range: overflow"),
                                        nulls,
                                        i,
                                        rows);
                    }
                    out[i] = r;
                }
                return new DoubleColumn(to, out, nulls, rows);
            }
            if (f == t && from.equals(to)) {
                return in;
            }
            // general path, value by value
            ColumnBuilder b = ColumnBuilder.forType(to, rows);
            for (int i = 0; i < rows; i++) {
                if (NullBits.isNull(nulls, i)) {
                    b.appendNull();
                    continue;
                }
                try {
                    b.appendObject(convert(in, i, ctx.timeZone()));
                } catch (FreshetException e) {
                    ctx.fail(e);
                    b.appendNull();
                }
            }
            return b.build();
        }

        private Column longToLong(
                LongColumn l, long @Nullable [] nulls, int rows, EvalContext ctx) {
            long min = ArithmeticFunctions.minOf(to.kind());
            long max = ArithmeticFunctions.maxOf(to.kind());
            long[] in = l.values();
            if (min <= ArithmeticFunctions.minOf(from.kind())
                    && max >= ArithmeticFunctions.maxOf(from.kind())) {
                return new LongColumn(to, in, nulls, rows);
            }
            long[] out = new long[rows];
            for (int i = 0; i < rows; i++) {
                long v = in[i];
                if ((v < min || v > max) && !NullBits.isNull(nulls, i)) {
                    nulls =
                            ArithmeticFunctions.fail(
                                    ctx, ArithmeticFunctions.outOfRange(to.kind()), nulls, i, rows);
                    v = 0;
                }
                out[i] = v;
            }
            return new LongColumn(to, out, nulls, rows);
        }

        /** One value of {@code in[row]} converted to the target's Java value. */
        private @Nullable Object convert(Column in, int row, ZoneId zone) {
            TypeKind t = to.kind();
            TypeKind f = from.kind();
            if (t == TypeKind.VARCHAR) {
                String s;
                if (f == TypeKind.BOOLEAN) {
                    s = ((BoolColumn) in).get(row) ? "true" : "false";
                } else if (f == TypeKind.VARCHAR) {
                    s = (String) in.getObject(row);
                } else {
                    StringBuilder sb = new StringBuilder();
                    PgText.format(in, row, zone, sb);
                    s = sb.toString();
                }
                return fitVarchar(s);
            }
            if (f == TypeKind.VARCHAR || f == TypeKind.UNKNOWN) {
                String s = f == TypeKind.UNKNOWN ? "" : (String) in.getObject(row);
                Object v = PgText.parse(to, s, zone);
                return t == TypeKind.DECIMAL ? ((Decimal) v).coerce(to.precision(), to.scale()) : v;
            }
            Object v = in.getObject(row);
            if (f == TypeKind.JSONB) {
                return fromJsonb((String) v, zone);
            }
            if (f == TypeKind.TIME && t == TypeKind.INTERVAL) {
                return new Interval(0, 0, (Long) v);
            }
            if (f == TypeKind.INTERVAL && t == TypeKind.TIME) {
                return Math.floorMod(((Interval) v).micros(), Interval.MICROS_PER_DAY);
            }
            return switch (t) {
                case BOOLEAN -> ((Number) v).longValue() != 0;
                case SMALLINT, INTEGER, BIGINT -> toLong(v, f);
                case REAL, DOUBLE -> toDouble(v);
                case DECIMAL -> toDecimal(v, f).coerce(to.precision(), to.scale());
                case DATE, TIME, TIMESTAMP, TIMESTAMPTZ -> temporal((Long) v, f, t, zone);
                case JSONB -> PgText.parse(to, PgText.format(from, v, zone), zone);
                case ARRAY -> castArray((List<?>) v, zone);
                default ->
                        throw new FreshetException(
                                ErrorCode.CANNOT_COERCE,
                                "cannot cast type " + from.sqlName() + " to " + to.sqlName());
            };
        }

        /** jsonb to a number or boolean: the JSON value must be of that kind (22023). */
        private Object fromJsonb(String json, ZoneId zone) {
            String target = to.kind() == TypeKind.DOUBLE ? "double precision" : to.sqlName();
            if (to.kind() == TypeKind.BOOLEAN) {
                JsonbFunctions.scalarForCast(json, target, true);
                return json.equals("true");
            }
            JsonbFunctions.scalarForCast(json, nameForJsonCast(to.kind()), false);
            Decimal d = (Decimal) PgText.parse(DataType.DECIMAL, json, ZoneOffset.UTC);
            return switch (to.kind()) {
                case SMALLINT, INTEGER, BIGINT ->
                        d.toLongRounded(
                                nameOf(to.kind()),
                                ArithmeticFunctions.minOf(to.kind()),
                                ArithmeticFunctions.maxOf(to.kind()));
                case REAL, DOUBLE -> toDouble(d);
                default -> d.coerce(to.precision(), to.scale());
            };
        }

        private static String nameForJsonCast(TypeKind k) {
            return switch (k) {
                case SMALLINT -> "smallint";
                case INTEGER -> "integer";
                case BIGINT -> "bigint";
                case REAL -> "real";
                case DOUBLE -> "double precision";
                default -> "numeric";
            };
        }

        private List<@Nullable Object> castArray(List<?> in, ZoneId zone) {
            DataType fe = from.elementType();
            DataType te = to.elementType();
            ColumnBuilder b = ColumnBuilder.forType(fe, in.size());
            for (Object o : in) {
                b.appendObject(o);
            }
            Column c = b.build();
            Cast inner = new Cast(fe, te, mode);
            List<@Nullable Object> out = new ArrayList<>(in.size());
            for (int i = 0; i < c.size(); i++) {
                out.add(c.isNull(i) ? null : inner.convert(c, i, zone));
            }
            return out;
        }

        private String fitVarchar(String s) {
            int n = to.precision();
            if (n < 0 || s.codePointCount(0, s.length()) <= n) {
                return s;
            }
            int end = s.offsetByCodePoints(0, n);
            if (mode == Mode.EXPLICIT || s.substring(end).isBlank()) {
                return s.substring(0, end);
            }
            throw new FreshetException(
                    ErrorCode.STRING_DATA_RIGHT_TRUNCATION,
                    "value too long for type character varying(" + n + ")");
        }

        private long toLong(Object v, TypeKind f) {
            long min = ArithmeticFunctions.minOf(to.kind());
            long max = ArithmeticFunctions.maxOf(to.kind());
            long r;
            if (v instanceof Boolean b) {
                r = b ? 1 : 0;
            } else if (v instanceof Double d) {
                double rounded = Math.rint(d);
                if (Double.isNaN(d) || rounded < min || rounded > max || rounded >= 0x1p63) {
                    throw ArithmeticFunctions.outOfRange(to.kind());
                }
                r = (long) rounded;
            } else if (v instanceof Decimal dec) {
                if (!dec.isFinite()) {
                    throw new FreshetException(
                            ErrorCode.FEATURE_NOT_SUPPORTED,
                            "cannot convert " + dec + " to " + to.kind().sqlName());
                }
                r = dec.toLongRounded(nameOf(to.kind()), min, max);
            } else if (v instanceof String s && f == TypeKind.JSONB) {
                r =
                        ((Decimal) PgText.parse(DataType.DECIMAL, s, ZoneOffset.UTC))
                                .toLongRounded(nameOf(to.kind()), min, max);
            } else {
                r = ((Number) v).longValue();
            }
            if (r < min || r > max) {
                throw ArithmeticFunctions.outOfRange(to.kind());
            }
            return r;
        }

        private static String nameOf(TypeKind k) {
            return switch (k) {
                case SMALLINT -> "smallint";
                case INTEGER -> "integer";
                default -> "bigint";
            };
        }

        private double toDouble(Object v) {
            double d;
            if (v instanceof Decimal dec) {
                d = dec.toDouble();
            } else if (v instanceof String s) {
                d = ((Decimal) PgText.parse(DataType.DECIMAL, s, ZoneOffset.UTC)).toDouble();
            } else {
                d = ((Number) v).doubleValue();
            }
            if (to.kind() == TypeKind.REAL) {
                float fl = (float) d;
                if (Float.isInfinite(fl) && !Double.isInfinite(d)) {
                    throw new FreshetException(
                            ErrorCode.NUMERIC_VALUE_OUT_OF_RANGE, "value out of range: overflow");
                }
                return fl;
            }
            return d;
        }

        private static Decimal toDecimal(Object v, TypeKind f) {
            if (v instanceof Decimal d) {
                return d;
            }
            if (v instanceof Double d) {
                return f == TypeKind.REAL ? decimalOfFloat(d) : Decimal.ofDouble(d);
            }
            if (v instanceof String s) {
                return (Decimal) PgText.parse(DataType.DECIMAL, s, ZoneOffset.UTC);
            }
            if (v instanceof Boolean b) {
                return Decimal.of(b ? 1 : 0);
            }
            return Decimal.of(((Number) v).longValue());
        }

        private static Decimal decimalOfFloat(double d) {
            if (Double.isNaN(d) || Double.isInfinite(d)) {
                return Decimal.ofDouble(d);
            }
            BigDecimal b = new BigDecimal(d, new java.math.MathContext(6)).stripTrailingZeros();
            return Decimal.of(b.scale() < 0 ? b.setScale(0) : b);
        }

        private static long temporal(long v, TypeKind f, TypeKind t, ZoneId zone) {
            long day = Interval.MICROS_PER_DAY;
            if (!dev.freshet.engine.type.PgCalendar.isFinite(v) && f != TypeKind.TIME) {
                if (t == TypeKind.TIME) {
                    throw new FreshetException(
                            ErrorCode.FEATURE_NOT_SUPPORTED,
                            "cannot convert infinite value to time");
                }
                return v;
            }
            if (f == TypeKind.DATE
                    && (t == TypeKind.TIMESTAMP || t == TypeKind.TIMESTAMPTZ)
                    && !dev.freshet.engine.type.PgCalendar.isValidTimestamp(v * day)) {
                throw new FreshetException(
                        ErrorCode.DATETIME_FIELD_OVERFLOW, "date out of range for timestamp");
            }
            return switch (t) {
                case DATE ->
                        switch (f) {
                            case TIMESTAMP -> Math.floorDiv(v, day);
                            case TIMESTAMPTZ -> Math.floorDiv(localMicros(v, zone), day);
                            default -> v;
                        };
                case TIME ->
                        switch (f) {
                            case TIMESTAMP -> Math.floorMod(v, day);
                            case TIMESTAMPTZ -> Math.floorMod(localMicros(v, zone), day);
                            default -> v;
                        };
                case TIMESTAMP ->
                        switch (f) {
                            case DATE -> Math.multiplyExact(v, day);
                            case TIMESTAMPTZ -> localMicros(v, zone);
                            default -> v;
                        };
                case TIMESTAMPTZ ->
                        switch (f) {
                            case DATE -> utcMicros(Math.multiplyExact(v, day), zone);
                            case TIMESTAMP -> utcMicros(v, zone);
                            default -> v;
                        };
                default -> v;
            };
        }

        /** A UTC instant in µs → the wall-clock µs in {@code zone}. */
        static long localMicros(long utcMicros, ZoneId zone) {
            return dev.freshet.engine.type.PgTimeZones.utcToLocal(utcMicros, zone);
        }

        /** Wall-clock µs in {@code zone} → the UTC instant in µs (PostgreSQL's DST choices). */
        static long utcMicros(long localMicros, ZoneId zone) {
            return dev.freshet.engine.type.PgTimeZones.localToUtc(localMicros, zone);
        }
    }
}
