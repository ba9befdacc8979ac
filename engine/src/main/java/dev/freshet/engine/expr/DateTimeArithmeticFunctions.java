package dev.freshet.engine.expr;

import dev.freshet.engine.batch.Column;
import dev.freshet.engine.batch.IntervalColumn;
import dev.freshet.engine.batch.IntervalColumnBuilder;
import dev.freshet.engine.batch.LongColumn;
import dev.freshet.engine.batch.NullBits;
import dev.freshet.engine.type.DataType;
import dev.freshet.engine.type.Interval;
import dev.freshet.engine.type.PgCalendar;
import dev.freshet.engine.type.PgTimeZones;
import dev.freshet.sql.error.ErrorCode;
import dev.freshet.sql.error.FreshetException;
import java.time.ZoneId;
import org.jspecify.annotations.Nullable;

/**
 * Date, time, timestamp and interval arithmetic with PostgreSQL's operators and rules: {@code date
 * ± integer}, {@code date - date} (days), {@code date + time}, {@code timestamp[tz] ± interval}
 * (months first, clamped to the end of the month, then days, then microseconds; for timestamptz in
 * the session's time zone), {@code timestamp[tz] - timestamp[tz]} (an interval of days and time),
 * {@code time ± interval} (wrapping at midnight), {@code time - time}, {@code interval ± interval},
 * unary minus, and {@code interval * / float8} with fractional months and days cascading into the
 * smaller units. Overflows raise 22008 ("... out of range").
 *
 * <p>All kernels are vectorized over the long and interval arrays of the columns.
 */
final class DateTimeArithmeticFunctions {
    private DateTimeArithmeticFunctions() {}

    private static final DataType DATE = DataType.DATE;
    private static final DataType TIME = DataType.TIME;
    private static final DataType TS = DataType.TIMESTAMP;
    private static final DataType TSTZ = DataType.TIMESTAMPTZ;
    private static final DataType IV = DataType.INTERVAL;
    private static final DataType I4 = DataType.INTEGER;
    private static final DataType F8 = DataType.DOUBLE;
    private static final long DAY_MICROS = PgCalendar.MICROS_PER_DAY;

    /** The operations, named by operand order. */
    enum Op {
        DATE_PLUS_INT,
        INT_PLUS_DATE,
        DATE_MINUS_INT,
        DATE_MINUS_DATE,
        DATE_PLUS_TIME,
        TIME_PLUS_DATE,
        DATE_PLUS_IV,
        IV_PLUS_DATE,
        DATE_MINUS_IV,
        TS_PLUS_IV,
        IV_PLUS_TS,
        TS_MINUS_IV,
        TSTZ_PLUS_IV,
        IV_PLUS_TSTZ,
        TSTZ_MINUS_IV,
        TS_MINUS_TS,
        TIME_PLUS_IV,
        IV_PLUS_TIME,
        TIME_MINUS_IV,
        TIME_MINUS_TIME,
        IV_PLUS_IV,
        IV_MINUS_IV,
        IV_NEGATE,
        IV_TIMES_F8,
        F8_TIMES_IV,
        IV_DIVIDE_F8
    }

    static void register(FunctionLibrary lib) {
        def(lib, "+", DATE, Op.DATE_PLUS_INT, DATE, I4);
        def(lib, "+", DATE, Op.INT_PLUS_DATE, I4, DATE);
        def(lib, "-", DATE, Op.DATE_MINUS_INT, DATE, I4);
        def(lib, "-", I4, Op.DATE_MINUS_DATE, DATE, DATE);
        def(lib, "+", TS, Op.DATE_PLUS_TIME, DATE, TIME);
        def(lib, "+", TS, Op.TIME_PLUS_DATE, TIME, DATE);
        def(lib, "+", TS, Op.DATE_PLUS_IV, DATE, IV);
        def(lib, "+", TS, Op.IV_PLUS_DATE, IV, DATE);
        def(lib, "-", TS, Op.DATE_MINUS_IV, DATE, IV);
        def(lib, "+", TS, Op.TS_PLUS_IV, TS, IV);
        def(lib, "+", TS, Op.IV_PLUS_TS, IV, TS);
        def(lib, "-", TS, Op.TS_MINUS_IV, TS, IV);
        def(lib, "+", TSTZ, Op.TSTZ_PLUS_IV, TSTZ, IV);
        def(lib, "+", TSTZ, Op.IV_PLUS_TSTZ, IV, TSTZ);
        def(lib, "-", TSTZ, Op.TSTZ_MINUS_IV, TSTZ, IV);
        def(lib, "-", IV, Op.TS_MINUS_TS, TS, TS);
        def(lib, "-", IV, Op.TS_MINUS_TS, TSTZ, TSTZ);
        def(lib, "+", TIME, Op.TIME_PLUS_IV, TIME, IV);
        def(lib, "+", TIME, Op.IV_PLUS_TIME, IV, TIME);
        def(lib, "-", TIME, Op.TIME_MINUS_IV, TIME, IV);
        def(lib, "-", IV, Op.TIME_MINUS_TIME, TIME, TIME);
        def(lib, "+", IV, Op.IV_PLUS_IV, IV, IV);
        def(lib, "-", IV, Op.IV_MINUS_IV, IV, IV);
        def(lib, "-", IV, Op.IV_NEGATE, IV);
        def(lib, "*", IV, Op.IV_TIMES_F8, IV, F8);
        def(lib, "*", IV, Op.F8_TIMES_IV, F8, IV);
        def(lib, "/", IV, Op.IV_DIVIDE_F8, IV, F8);
    }

    private static void def(
            FunctionLibrary lib, String symbol, DataType result, Op op, DataType... params) {
        lib.define(symbol, result, (args, r) -> new Kernel(symbol, op, r), params);
    }

    static FreshetException timestampOutOfRange() {
        return new FreshetException(ErrorCode.DATETIME_FIELD_OVERFLOW, "timestamp out of range");
    }

    static FreshetException dateOutOfRange() {
        return new FreshetException(ErrorCode.DATETIME_FIELD_OVERFLOW, "date out of range");
    }

    static FreshetException intervalOutOfRange() {
        return new FreshetException(ErrorCode.DATETIME_FIELD_OVERFLOW, "interval out of range");
    }

    /**
     * {@code ts + interval} for a timestamp without time zone (or the local time of a timestamptz):
     * add months clamping the day to the month's end, then days, then microseconds.
     */
    static long plusInterval(long ts, int months, int days, long micros) {
        if (!PgCalendar.isFinite(ts)) {
            return ts;
        }
        long t = plusMonthsDays(ts, months, days);
        long r = t + micros;
        if (((t ^ r) & (micros ^ r)) < 0 || !PgCalendar.isValidTimestamp(r)) {
            throw timestampOutOfRange();
        }
        return r;
    }

    private static long plusMonthsDays(long ts, int months, int days) {
        if (months == 0 && days == 0) {
            return ts;
        }
        long day = PgCalendar.epochDayOf(ts);
        long tod = PgCalendar.microsOfDay(ts);
        if (months != 0) {
            long ymd = PgCalendar.ymd(day);
            long y = PgCalendar.ymdYear(ymd);
            long m = PgCalendar.ymdMonth(ymd) - 1 + (long) months;
            y += Math.floorDiv(m, 12);
            int month = (int) Math.floorMod(m, 12) + 1;
            int d = Math.min(PgCalendar.ymdDay(ymd), PgCalendar.daysInMonth(y, month));
            if (y > 300_000 || y < -5_000) {
                throw timestampOutOfRange();
            }
            day = PgCalendar.epochDay(y, month, d);
        }
        day += days;
        if (!PgCalendar.isValidDate(day)) {
            throw timestampOutOfRange();
        }
        long r = PgCalendar.timestamp(day, tod);
        if (!PgCalendar.isValidTimestamp(r)) {
            throw timestampOutOfRange();
        }
        return r;
    }

    /** {@code tstz + interval}: months and days on the wall clock of {@code zone}. */
    static long plusIntervalTz(long ts, int months, int days, long micros, ZoneId zone) {
        if (!PgCalendar.isFinite(ts)) {
            return ts;
        }
        long t = ts;
        if (months != 0 || days != 0) {
            long local = PgTimeZones.utcToLocal(ts, zone);
            long shifted = plusMonthsDays(local, months, days);
            t = PgTimeZones.localToUtc(shifted, zone);
        }
        long r = t + micros;
        if (((t ^ r) & (micros ^ r)) < 0 || !PgCalendar.isValidTimestamp(r)) {
            throw timestampOutOfRange();
        }
        return r;
    }

    /** PostgreSQL's interval_justify_hours applied to a plain microsecond difference. */
    static Interval difference(long a, long b) {
        if (!PgCalendar.isFinite(a) || !PgCalendar.isFinite(b)) {
            throw new FreshetException(
                    ErrorCode.DATETIME_FIELD_OVERFLOW, "cannot subtract infinite timestamps");
        }
        long diff = a - b;
        if (((a ^ b) & (a ^ diff)) < 0) {
            throw intervalOutOfRange();
        }
        long days = diff / PgCalendar.MICROS_PER_DAY;
        long time = diff % PgCalendar.MICROS_PER_DAY;
        return new Interval(0, Math.toIntExact(days), time);
    }

    private static double tsround(double v) {
        return Math.rint(v * 1_000_000.0) / 1_000_000.0;
    }

    /** PostgreSQL's interval_mul. */
    static Interval multiply(int months, int days, long micros, double factor) {
        double m = months * factor;
        if (Double.isNaN(m) || m > Integer.MAX_VALUE || m < Integer.MIN_VALUE) {
            throw intervalOutOfRange();
        }
        int rm = (int) m;
        double d = days * factor;
        if (Double.isNaN(d) || d > Integer.MAX_VALUE || d < Integer.MIN_VALUE) {
            throw intervalOutOfRange();
        }
        int rd = (int) d;
        double monthRemainderDays = tsround((months * factor - rm) * 30);
        double secRemainder =
                tsround(
                        (days * factor - rd + monthRemainderDays - (int) monthRemainderDays)
                                * 86_400);
        if (Math.abs(secRemainder) >= 86_400) {
            rd = addDays(rd, (int) (secRemainder / 86_400));
            secRemainder -= (int) (secRemainder / 86_400) * 86_400;
        }
        rd = addDays(rd, (int) monthRemainderDays);
        double t = Math.rint(micros * factor + secRemainder * 1_000_000.0);
        if (Double.isNaN(t) || t >= 0x1p63 || t < -0x1p63) {
            throw intervalOutOfRange();
        }
        return new Interval(rm, rd, (long) t);
    }

    /** PostgreSQL's interval_div. */
    static Interval divide(int months, int days, long micros, double factor) {
        if (factor == 0.0) {
            throw ArithmeticFunctions.divisionByZero();
        }
        double m = months / factor;
        double d = days / factor;
        if (Double.isNaN(m)
                || m > Integer.MAX_VALUE
                || m < Integer.MIN_VALUE
                || Double.isNaN(d)
                || d > Integer.MAX_VALUE
                || d < Integer.MIN_VALUE) {
            throw intervalOutOfRange();
        }
        int rm = (int) m;
        int rd = (int) d;
        double monthRemainderDays = tsround((months / factor - rm) * 30);
        double secRemainder =
                tsround(
                        (days / factor - rd + monthRemainderDays - (int) monthRemainderDays)
                                * 86_400);
        if (Math.abs(secRemainder) >= 86_400) {
            rd = addDays(rd, (int) (secRemainder / 86_400));
            secRemainder -= (int) (secRemainder / 86_400) * 86_400;
        }
        rd = addDays(rd, (int) monthRemainderDays);
        double t = Math.rint(micros / factor + secRemainder * 1_000_000.0);
        if (Double.isNaN(t) || t >= 0x1p63 || t < -0x1p63) {
            throw intervalOutOfRange();
        }
        return new Interval(rm, rd, (long) t);
    }

    private static int addDays(int a, int b) {
        long r = (long) a + b;
        if (r > Integer.MAX_VALUE || r < Integer.MIN_VALUE) {
            throw intervalOutOfRange();
        }
        return (int) r;
    }

    static Interval add(Interval a, Interval b) {
        try {
            return a.plus(b);
        } catch (ArithmeticException e) {
            throw intervalOutOfRange();
        }
    }

    static Interval negate(Interval a) {
        try {
            return a.negate();
        } catch (ArithmeticException e) {
            throw intervalOutOfRange();
        }
    }

    /** One operator's kernel. */
    private record Kernel(String symbol, Op op, DataType type) implements ScalarFunction {
        @Override
        public String name() {
            return symbol;
        }

        @Override
        public DataType resultType() {
            return type;
        }

        @Override
        public Column apply(Column[] args, long @Nullable [] nulls, int rows, EvalContext ctx) {
            return switch (type.kind()) {
                case INTERVAL -> intervals(args, nulls, rows, ctx);
                default -> longs(args, nulls, rows, ctx);
            };
        }

        private Column longs(Column[] args, long @Nullable [] nulls, int rows, EvalContext ctx) {
            long[] out = new long[rows];
            ZoneId zone = ctx.timeZone();
            for (int i = 0; i < rows; i++) {
                if (NullBits.isNull(nulls, i)) {
                    continue;
                }
                try {
                    out[i] = longAt(args, i, zone);
                } catch (FreshetException e) {
                    nulls = ArithmeticFunctions.fail(ctx, e, nulls, i, rows);
                } catch (ArithmeticException e) {
                    nulls =
                            ArithmeticFunctions.fail(
                                    ctx,
                                    type.kind() == dev.freshet.engine.type.TypeKind.DATE
                                            ? dateOutOfRange()
                                            : timestampOutOfRange(),
                                    nulls,
                                    i,
                                    rows);
                }
            }
            return new LongColumn(type, out, nulls, rows);
        }

        private long longAt(Column[] args, int i, ZoneId zone) {
            switch (op) {
                case DATE_PLUS_INT, INT_PLUS_DATE, DATE_MINUS_INT -> {
                    long d = ((LongColumn) args[op == Op.INT_PLUS_DATE ? 1 : 0]).get(i);
                    long n = ((LongColumn) args[op == Op.INT_PLUS_DATE ? 0 : 1]).get(i);
                    if (!PgCalendar.isFinite(d)) {
                        return d;
                    }
                    long r = op == Op.DATE_MINUS_INT ? d - n : d + n;
                    if (!PgCalendar.isValidDate(r)) {
                        throw dateOutOfRange();
                    }
                    return r;
                }
                case DATE_MINUS_DATE -> {
                    long a = ((LongColumn) args[0]).get(i);
                    long b = ((LongColumn) args[1]).get(i);
                    if (!PgCalendar.isFinite(a) || !PgCalendar.isFinite(b)) {
                        throw new FreshetException(
                                ErrorCode.DATETIME_FIELD_OVERFLOW,
                                "cannot subtract infinite dates");
                    }
                    return a - b;
                }
                case DATE_PLUS_TIME, TIME_PLUS_DATE -> {
                    long d = ((LongColumn) args[op == Op.DATE_PLUS_TIME ? 0 : 1]).get(i);
                    long t = ((LongColumn) args[op == Op.DATE_PLUS_TIME ? 1 : 0]).get(i);
                    if (!PgCalendar.isFinite(d)) {
                        return d;
                    }
                    long r = PgCalendar.timestamp(d, t);
                    if (!PgCalendar.isValidTimestamp(r)) {
                        throw timestampOutOfRange();
                    }
                    return r;
                }
                case DATE_PLUS_IV,
                        IV_PLUS_DATE,
                        DATE_MINUS_IV,
                        TS_PLUS_IV,
                        IV_PLUS_TS,
                        TS_MINUS_IV,
                        TSTZ_PLUS_IV,
                        IV_PLUS_TSTZ,
                        TSTZ_MINUS_IV -> {
                    boolean ivFirst =
                            op == Op.IV_PLUS_TS || op == Op.IV_PLUS_TSTZ || op == Op.IV_PLUS_DATE;
                    long ts = ((LongColumn) args[ivFirst ? 1 : 0]).get(i);
                    if (op == Op.DATE_PLUS_IV || op == Op.IV_PLUS_DATE || op == Op.DATE_MINUS_IV) {
                        if (PgCalendar.isFinite(ts)
                                && !PgCalendar.isValidTimestamp(ts * DAY_MICROS)) {
                            throw timestampOutOfRange();
                        }
                        ts = PgCalendar.isFinite(ts) ? ts * DAY_MICROS : ts;
                    }
                    IntervalColumn iv = (IntervalColumn) args[ivFirst ? 0 : 1];
                    int m = iv.months(i);
                    int d = iv.days(i);
                    long u = iv.micros(i);
                    if (op == Op.TS_MINUS_IV || op == Op.TSTZ_MINUS_IV || op == Op.DATE_MINUS_IV) {
                        m = Math.negateExact(m);
                        d = Math.negateExact(d);
                        u = Math.negateExact(u);
                    }
                    boolean tz =
                            op == Op.TSTZ_PLUS_IV
                                    || op == Op.IV_PLUS_TSTZ
                                    || op == Op.TSTZ_MINUS_IV;
                    return tz ? plusIntervalTz(ts, m, d, u, zone) : plusInterval(ts, m, d, u);
                }
                case TIME_PLUS_IV, IV_PLUS_TIME, TIME_MINUS_IV -> {
                    boolean ivFirst = op == Op.IV_PLUS_TIME;
                    long t = ((LongColumn) args[ivFirst ? 1 : 0]).get(i);
                    long u = ((IntervalColumn) args[ivFirst ? 0 : 1]).micros(i);
                    long r =
                            op == Op.TIME_MINUS_IV
                                    ? t - (u % PgCalendar.MICROS_PER_DAY)
                                    : t + (u % PgCalendar.MICROS_PER_DAY);
                    return Math.floorMod(r, PgCalendar.MICROS_PER_DAY);
                }
                default -> throw new IllegalStateException(op.name());
            }
        }

        private Column intervals(
                Column[] args, long @Nullable [] nulls, int rows, EvalContext ctx) {
            IntervalColumnBuilder b =
                    (IntervalColumnBuilder)
                            dev.freshet.engine.batch.ColumnBuilder.forType(type, Math.max(rows, 1));
            for (int i = 0; i < rows; i++) {
                if (NullBits.isNull(nulls, i)) {
                    b.appendNull();
                    continue;
                }
                try {
                    Interval r = intervalAt(args, i);
                    b.appendInterval(r.months(), r.days(), r.micros());
                } catch (FreshetException e) {
                    ctx.fail(e);
                    b.appendNull();
                }
            }
            return b.build();
        }

        private Interval intervalAt(Column[] args, int i) {
            return switch (op) {
                case TS_MINUS_TS ->
                        difference(((LongColumn) args[0]).get(i), ((LongColumn) args[1]).get(i));
                case TIME_MINUS_TIME ->
                        new Interval(
                                0,
                                0,
                                ((LongColumn) args[0]).get(i) - ((LongColumn) args[1]).get(i));
                case IV_PLUS_IV ->
                        add(((IntervalColumn) args[0]).get(i), ((IntervalColumn) args[1]).get(i));
                case IV_MINUS_IV ->
                        add(
                                ((IntervalColumn) args[0]).get(i),
                                negate(((IntervalColumn) args[1]).get(i)));
                case IV_NEGATE -> negate(((IntervalColumn) args[0]).get(i));
                case IV_TIMES_F8, F8_TIMES_IV -> {
                    boolean ivFirst = op == Op.IV_TIMES_F8;
                    IntervalColumn iv = (IntervalColumn) args[ivFirst ? 0 : 1];
                    double f =
                            ((dev.freshet.engine.batch.DoubleColumn) args[ivFirst ? 1 : 0]).get(i);
                    yield multiply(iv.months(i), iv.days(i), iv.micros(i), f);
                }
                case IV_DIVIDE_F8 -> {
                    IntervalColumn iv = (IntervalColumn) args[0];
                    double f = ((dev.freshet.engine.batch.DoubleColumn) args[1]).get(i);
                    yield divide(iv.months(i), iv.days(i), iv.micros(i), f);
                }
                default -> throw new IllegalStateException(op.name());
            };
        }
    }
}
