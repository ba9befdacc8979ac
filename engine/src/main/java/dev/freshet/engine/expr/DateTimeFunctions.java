package dev.freshet.engine.expr;

import dev.freshet.engine.batch.BytesColumn;
import dev.freshet.engine.batch.Column;
import dev.freshet.engine.batch.ColumnBuilder;
import dev.freshet.engine.batch.DecimalColumnBuilder;
import dev.freshet.engine.batch.DoubleColumn;
import dev.freshet.engine.batch.IntervalColumn;
import dev.freshet.engine.batch.IntervalColumnBuilder;
import dev.freshet.engine.batch.LongColumn;
import dev.freshet.engine.batch.NullBits;
import dev.freshet.engine.type.DataType;
import dev.freshet.engine.type.Decimal;
import dev.freshet.engine.type.Interval;
import dev.freshet.engine.type.PgCalendar;
import dev.freshet.engine.type.PgIntervalText;
import dev.freshet.engine.type.PgTimeZones;
import dev.freshet.engine.type.TypeKind;
import dev.freshet.sql.error.ErrorCode;
import dev.freshet.sql.error.FreshetException;
import java.math.BigDecimal;
import java.time.ZoneId;
import org.jspecify.annotations.Nullable;

/**
 * PostgreSQL's date/time functions: the statement's clock (now, current_timestamp, current_date,
 * localtimestamp, ...), extract (numeric, as PostgreSQL 15) and date_part (double precision) for
 * every field on dates, times, timestamps, timestamps with time zone and intervals, date_trunc for
 * every unit (timestamptz in the session's time zone, or a given one), make_date, make_time,
 * make_timestamp, make_timestamptz, make_interval, age, justify_days / justify_hours /
 * justify_interval, timezone (AT TIME ZONE), to_timestamp(double precision) and isfinite.
 *
 * <p>extract, date_part and date_trunc are vectorized kernels over the column's long array, with
 * the field or unit resolved once when it is a constant.
 */
final class DateTimeFunctions {
    private DateTimeFunctions() {}

    private static final DataType TEXT = DataType.VARCHAR;
    private static final DataType DATE = DataType.DATE;
    private static final DataType TIME = DataType.TIME;
    private static final DataType TS = DataType.TIMESTAMP;
    private static final DataType TSTZ = DataType.TIMESTAMPTZ;
    private static final DataType IV = DataType.INTERVAL;
    private static final DataType I4 = DataType.INTEGER;
    private static final DataType F8 = DataType.DOUBLE;
    private static final long DAY = PgCalendar.MICROS_PER_DAY;

    static void register(FunctionLibrary lib) {
        clock(lib, "now", TSTZ);
        // process time, for FOR SYSTEM_TIME AS OF PROCTIME() (Flink's and RisingWave's spelling)
        clock(lib, "proctime", TSTZ);
        clock(lib, "current_timestamp", TSTZ);
        clock(lib, "transaction_timestamp", TSTZ);
        clock(lib, "statement_timestamp", TSTZ);
        clock(lib, "localtimestamp", TS);
        clock(lib, "current_date", DATE);
        clock(lib, "current_time", TIME);
        clock(lib, "localtime", TIME);
        lib.define(
                "clock_timestamp",
                TSTZ,
                (a, r) ->
                        new RowFunction(
                                "clock_timestamp",
                                r,
                                false,
                                true,
                                (v, ctx) -> EvalContext.currentMicros()));
        for (DataType t : new DataType[] {TS, TSTZ, DATE, TIME, IV}) {
            lib.define(
                    "extract", DataType.DECIMAL, (a, r) -> new Extract(a.get(0), t, true), TEXT, t);
            lib.define(
                    "date_part",
                    F8,
                    (a, r) -> new Extract(a.get(0), t == DATE ? TS : t, false),
                    TEXT,
                    t);
        }
        lib.define("date_trunc", TS, (a, r) -> new Trunc(a.get(0), TS, false), TEXT, TS);
        lib.define("date_trunc", TSTZ, (a, r) -> new Trunc(a.get(0), TSTZ, false), TEXT, TSTZ);
        lib.define("date_trunc", TSTZ, (a, r) -> new Trunc(a.get(0), TSTZ, true), TEXT, TSTZ, TEXT);
        lib.define("date_trunc", IV, (a, r) -> new Trunc(a.get(0), IV, false), TEXT, IV);
        lib.define(
                "make_date",
                DATE,
                row("make_date", (v, ctx) -> makeDate(l(v[0]), l(v[1]), l(v[2]))),
                I4,
                I4,
                I4);
        lib.define(
                "make_time",
                TIME,
                row("make_time", (v, ctx) -> makeTime(l(v[0]), l(v[1]), (Double) v[2])),
                I4,
                I4,
                F8);
        lib.define(
                "make_timestamp",
                TS,
                row(
                        "make_timestamp",
                        (v, ctx) ->
                                makeTimestamp(
                                        l(v[0]),
                                        l(v[1]),
                                        l(v[2]),
                                        l(v[3]),
                                        l(v[4]),
                                        (Double) v[5])),
                I4,
                I4,
                I4,
                I4,
                I4,
                F8);
        lib.define(
                "make_timestamptz",
                TSTZ,
                row(
                        "make_timestamptz",
                        (v, ctx) ->
                                PgTimeZones.localToUtc(
                                        makeTimestamp(
                                                l(v[0]),
                                                l(v[1]),
                                                l(v[2]),
                                                l(v[3]),
                                                l(v[4]),
                                                (Double) v[5]),
                                        ctx.timeZone())),
                I4,
                I4,
                I4,
                I4,
                I4,
                F8);
        lib.define(
                "make_timestamptz",
                TSTZ,
                row(
                        "make_timestamptz",
                        (v, ctx) ->
                                PgTimeZones.localToUtc(
                                        makeTimestamp(
                                                l(v[0]),
                                                l(v[1]),
                                                l(v[2]),
                                                l(v[3]),
                                                l(v[4]),
                                                (Double) v[5]),
                                        zone((String) v[6]))),
                I4,
                I4,
                I4,
                I4,
                I4,
                F8,
                TEXT);
        DataType[] makeInterval = {I4, I4, I4, I4, I4, I4, F8};
        for (int n = 0; n <= makeInterval.length; n++) {
            DataType[] params = java.util.Arrays.copyOf(makeInterval, n);
            lib.define(
                    "make_interval",
                    IV,
                    (a, r) -> RowFunction.strict("make_interval", r, (v, ctx) -> makeInterval(v)),
                    params);
        }
        lib.define("age", IV, row("age", (v, ctx) -> age(l(v[0]), l(v[1]))), TS, TS);
        lib.define(
                "age",
                IV,
                row(
                        "age",
                        (v, ctx) ->
                                age(
                                        PgTimeZones.utcToLocal(l(v[0]), ctx.timeZone()),
                                        PgTimeZones.utcToLocal(l(v[1]), ctx.timeZone()))),
                TSTZ,
                TSTZ);
        lib.define(
                "age",
                IV,
                (a, r) ->
                        new RowFunction(
                                "age", r, true, true, (v, ctx) -> age(midnightToday(ctx), l(v[0]))),
                TS);
        lib.define(
                "age",
                IV,
                (a, r) ->
                        new RowFunction(
                                "age",
                                r,
                                true,
                                true,
                                (v, ctx) ->
                                        age(
                                                midnightToday(ctx),
                                                PgTimeZones.utcToLocal(l(v[0]), ctx.timeZone()))),
                TSTZ);
        lib.define(
                "justify_days",
                IV,
                row("justify_days", (v, ctx) -> justifyDays((Interval) v[0])),
                IV);
        lib.define(
                "justify_hours",
                IV,
                row("justify_hours", (v, ctx) -> justifyHours((Interval) v[0])),
                IV);
        lib.define(
                "justify_interval",
                IV,
                row("justify_interval", (v, ctx) -> justifyInterval((Interval) v[0])),
                IV);
        lib.define(
                "timezone",
                TSTZ,
                row("timezone", (v, ctx) -> PgTimeZones.localToUtc(l(v[1]), zone((String) v[0]))),
                TEXT,
                TS);
        lib.define(
                "timezone",
                TS,
                row("timezone", (v, ctx) -> PgTimeZones.utcToLocal(l(v[1]), zone((String) v[0]))),
                TEXT,
                TSTZ);
        lib.define(
                "timezone",
                TSTZ,
                row("timezone", (v, ctx) -> shiftFinite(l(v[1]), -intervalZone((Interval) v[0]))),
                IV,
                TS);
        lib.define(
                "timezone",
                TS,
                row("timezone", (v, ctx) -> shiftFinite(l(v[1]), intervalZone((Interval) v[0]))),
                IV,
                TSTZ);
        lib.define(
                "to_timestamp",
                TSTZ,
                row("to_timestamp", (v, ctx) -> toTimestamp((Double) v[0])),
                F8);
        for (DataType t : new DataType[] {DATE, TS, TSTZ}) {
            lib.define(
                    "isfinite",
                    DataType.BOOLEAN,
                    row("isfinite", (v, ctx) -> PgCalendar.isFinite(l(v[0]))),
                    t);
        }
        lib.define("isfinite", DataType.BOOLEAN, row("isfinite", (v, ctx) -> true), IV);
        lib.define(
                "date_bin",
                TS,
                row("date_bin", (v, ctx) -> dateBin((Interval) v[0], l(v[1]), l(v[2]))),
                IV,
                TS,
                TS);
        lib.define(
                "date_bin",
                TSTZ,
                row("date_bin", (v, ctx) -> dateBin((Interval) v[0], l(v[1]), l(v[2]))),
                IV,
                TSTZ,
                TSTZ);
    }

    private static long l(@Nullable Object v) {
        return (Long) v;
    }

    private static Resolution.Binder row(String name, RowFunction.Body body) {
        return (args, result) -> RowFunction.strict(name, result, body);
    }

    /**
     * A function of the statement's clock: stable within a statement, never folded at plan time.
     */
    private static void clock(FunctionLibrary lib, String name, DataType type) {
        lib.define(
                name,
                type,
                (a, r) ->
                        new RowFunction(
                                name,
                                r,
                                false,
                                true,
                                (v, ctx) -> {
                                    long now = ctx.nowMicros();
                                    long local = PgTimeZones.utcToLocal(now, ctx.timeZone());
                                    return switch (r.kind()) {
                                        case TIMESTAMPTZ -> now;
                                        case TIMESTAMP -> local;
                                        case DATE -> Math.floorDiv(local, DAY);
                                        default -> Math.floorMod(local, DAY);
                                    };
                                }));
    }

    private static long midnightToday(EvalContext ctx) {
        long local = PgTimeZones.utcToLocal(ctx.nowMicros(), ctx.timeZone());
        return Math.floorDiv(local, DAY) * DAY;
    }

    static ZoneId zone(String name) {
        ZoneId z = dev.freshet.engine.type.PgTimeZones.zone(name);
        if (z == null) {
            throw new FreshetException(
                    ErrorCode.INVALID_PARAMETER_VALUE, "time zone \"" + name + "\" not recognized");
        }
        return z;
    }

    private static long intervalZone(Interval iv) {
        if (iv.months() != 0 || iv.days() != 0) {
            throw new FreshetException(
                    ErrorCode.INVALID_PARAMETER_VALUE,
                    "interval time zone \""
                            + PgIntervalText.format(iv)
                            + "\" must not include months or days");
        }
        return iv.micros();
    }

    private static long shiftFinite(long ts, long micros) {
        return PgCalendar.isFinite(ts) ? ts + micros : ts;
    }

    // ---------------------------------------------------------------------------------------
    // extract / date_part

    private static String typeName(DataType t) {
        return switch (t.kind()) {
            case TIMESTAMP -> "timestamp without time zone";
            case TIMESTAMPTZ -> "timestamp with time zone";
            case TIME -> "time without time zone";
            default -> t.kind().sqlName();
        };
    }

    static DateField field(String text, DataType source) {
        DateField f = DateField.parse(text);
        if (f == null) {
            throw new FreshetException(
                    ErrorCode.INVALID_PARAMETER_VALUE,
                    "unit \""
                            + text.toLowerCase(java.util.Locale.ROOT)
                            + "\" not recognized for type "
                            + typeName(source));
        }
        return f;
    }

    private static FreshetException unsupported(DateField f, DataType source) {
        FreshetException e =
                new FreshetException(
                        ErrorCode.FEATURE_NOT_SUPPORTED,
                        "unit \""
                                + f.name().toLowerCase(java.util.Locale.ROOT)
                                + "\" not supported for type "
                                + typeName(source));
        return e;
    }

    /** Result scale of a field in extract's numeric result. */
    private static int scaleOf(DateField f, DataType source) {
        return switch (f) {
            case SECOND -> 6;
            case MILLISECONDS -> 3;
            case EPOCH -> source.kind() == TypeKind.DATE ? 0 : 6;
            default -> 0;
        };
    }

    /** Checks that {@code f} applies to {@code source}, as PostgreSQL's extract does. */
    static void checkField(DateField f, DataType source) {
        boolean ok =
                switch (source.kind()) {
                    case DATE ->
                            switch (f) {
                                case DAY,
                                        MONTH,
                                        YEAR,
                                        DECADE,
                                        CENTURY,
                                        MILLENNIUM,
                                        ISOYEAR,
                                        QUARTER,
                                        WEEK,
                                        DOW,
                                        ISODOW,
                                        DOY,
                                        JULIAN,
                                        EPOCH ->
                                        true;
                                default -> false;
                            };
                    case TIME ->
                            switch (f) {
                                case HOUR, MINUTE, SECOND, MILLISECONDS, MICROSECONDS, EPOCH ->
                                        true;
                                default -> false;
                            };
                    case INTERVAL ->
                            switch (f) {
                                case MICROSECONDS,
                                        MILLISECONDS,
                                        SECOND,
                                        MINUTE,
                                        HOUR,
                                        DAY,
                                        MONTH,
                                        QUARTER,
                                        YEAR,
                                        DECADE,
                                        CENTURY,
                                        MILLENNIUM,
                                        EPOCH ->
                                        true;
                                default -> false;
                            };
                    case TIMESTAMP ->
                            f != DateField.TIMEZONE
                                    && f != DateField.TIMEZONE_HOUR
                                    && f != DateField.TIMEZONE_MINUTE;
                    default -> true;
                };
        if (!ok) {
            throw unsupported(f, source);
        }
    }

    private static long isoYearAndWeek(long epochDay, boolean year) {
        int dow = PgCalendar.dayOfWeek(epochDay);
        int isoDow = dow == 0 ? 7 : dow;
        long thursday = epochDay + (4 - isoDow);
        long ymd = PgCalendar.ymd(thursday);
        int y = PgCalendar.ymdYear(ymd);
        if (year) {
            return y;
        }
        long jan1 = PgCalendar.epochDay(y, 1, 1);
        return (thursday - jan1) / 7 + 1;
    }

    /**
     * The unscaled value of {@code f} (scale {@link #scaleOf}) for a timestamp whose wall-clock
     * time is {@code local}; {@code utc} is the instant (for epoch) and {@code offset} the zone
     * offset in seconds (for the timezone fields).
     */
    static long timestampField(DateField f, long local, long utc, int offset) {
        long day = Math.floorDiv(local, DAY);
        long tod = Math.floorMod(local, DAY);
        long ymd = PgCalendar.ymd(day);
        long y = PgCalendar.ymdYear(ymd);
        int m = PgCalendar.ymdMonth(ymd);
        return switch (f) {
            case MICROSECONDS, MILLISECONDS, SECOND -> tod % 60_000_000L;
            case MINUTE -> (tod / 60_000_000L) % 60;
            case HOUR -> tod / 3_600_000_000L;
            case DAY -> PgCalendar.ymdDay(ymd);
            case MONTH -> m;
            case QUARTER -> (m - 1) / 3 + 1;
            case WEEK -> isoYearAndWeek(day, false);
            case YEAR -> y > 0 ? y : y - 1;
            case DECADE -> y >= 0 ? y / 10 : -((8 - (y - 1)) / 10);
            case CENTURY -> y > 0 ? (y + 99) / 100 : -((99 - (y - 1)) / 100);
            case MILLENNIUM -> y > 0 ? (y + 999) / 1000 : -((999 - (y - 1)) / 1000);
            case DOW -> PgCalendar.dayOfWeek(day);
            case ISODOW -> {
                int dow = PgCalendar.dayOfWeek(day);
                yield dow == 0 ? 7 : dow;
            }
            case DOY -> PgCalendar.dayOfYear(day);
            case ISOYEAR -> {
                long iy = isoYearAndWeek(day, true);
                yield iy <= 0 ? iy - 1 : iy;
            }
            case EPOCH -> utc;
            case JULIAN -> day + PgCalendar.UNIX_EPOCH_JULIAN_DAY;
            case TIMEZONE -> offset;
            case TIMEZONE_HOUR -> offset / 3600;
            case TIMEZONE_MINUTE -> (offset / 60) % 60;
        };
    }

    /** The unscaled value of {@code f} for an interval. */
    static long intervalField(DateField f, int months, int days, long micros) {
        int year = months / 12;
        int mon = months % 12;
        return switch (f) {
            case MICROSECONDS, MILLISECONDS, SECOND -> micros % 60_000_000L;
            case MINUTE -> (micros / 60_000_000L) % 60;
            case HOUR -> micros / 3_600_000_000L;
            case DAY -> days;
            case MONTH -> mon;
            case QUARTER -> mon / 3 + 1;
            case YEAR -> year;
            case DECADE -> year / 10;
            case CENTURY -> year / 100;
            case MILLENNIUM -> year / 1000;
            case EPOCH ->
                    Math.addExact(
                            Math.multiplyExact(
                                    (1461L * (months / 12) + 120L * (months % 12) + 4L * days)
                                            * 21_600L,
                                    1_000_000L),
                            micros);
            default -> throw new IllegalStateException(f.name());
        };
    }

    /** The fields that are infinite (not NULL) for an infinite timestamp. */
    private static boolean infiniteField(DateField f) {
        return switch (f) {
            case EPOCH, JULIAN, YEAR, DECADE, CENTURY, MILLENNIUM, ISOYEAR -> true;
            default -> false;
        };
    }

    private static final BigDecimal MICROS_PER_DAY = BigDecimal.valueOf(DAY);

    /** extract (numeric result) or date_part (double precision result). */
    private static final class Extract implements ScalarFunction {
        private final DataType source;
        private final boolean numeric;
        private final @Nullable DateField constant;

        Extract(Expr fieldArg, DataType source, boolean numeric) {
            this.source = source;
            this.numeric = numeric;
            DateField f = null;
            if (fieldArg instanceof Literal l && l.value() instanceof String s) {
                f = field(s, source);
                if (numeric) {
                    checkField(f, source);
                } else {
                    checkField(f, source.kind() == TypeKind.DATE ? TS : source);
                }
            }
            this.constant = f;
        }

        @Override
        public String name() {
            return numeric ? "extract" : "date_part";
        }

        @Override
        public DataType resultType() {
            return numeric ? DataType.DECIMAL : F8;
        }

        @Override
        public Column apply(Column[] args, long @Nullable [] nulls, int rows, EvalContext ctx) {
            Column in = args[1];
            ColumnBuilder out = ColumnBuilder.forType(resultType(), Math.max(rows, 1));
            DecimalColumnBuilder dec = numeric ? (DecimalColumnBuilder) out : null;
            double[] doubles = numeric ? null : new double[rows];
            long[] outNulls = nulls == null ? null : nulls.clone();
            ZoneId zone = ctx.timeZone();
            for (int r = 0; r < rows; r++) {
                if (NullBits.isNull(nulls, r)) {
                    if (dec != null) {
                        dec.appendNull();
                    }
                    continue;
                }
                try {
                    DateField f = constant;
                    if (f == null) {
                        f = field(((BytesColumn) args[0]).getString(r), source);
                        checkField(f, numeric || source.kind() != TypeKind.DATE ? source : TS);
                    }
                    int scale = scaleOf(f, numeric ? source : TS);
                    long unscaled;
                    Decimal exact = null;
                    if (in instanceof IntervalColumn iv) {
                        unscaled = intervalField(f, iv.months(r), iv.days(r), iv.micros(r));
                    } else {
                        long v = ((LongColumn) in).get(r);
                        if (source.kind() != TypeKind.TIME && !PgCalendar.isFinite(v)) {
                            if (!infiniteField(f)) {
                                outNulls = setNull(outNulls, r, rows);
                                if (dec != null) {
                                    dec.appendNull();
                                }
                                continue;
                            }
                            boolean pos = v == PgCalendar.POS_INFINITY;
                            if (dec != null) {
                                dec.appendDecimal(
                                        pos
                                                ? Decimal.POSITIVE_INFINITY
                                                : Decimal.NEGATIVE_INFINITY);
                            } else {
                                doubles[r] =
                                        pos ? Double.POSITIVE_INFINITY : Double.NEGATIVE_INFINITY;
                            }
                            continue;
                        }
                        switch (source.kind()) {
                            case DATE -> {
                                long local = v * DAY;
                                unscaled = timestampField(f, local, local, 0);
                                if (f == DateField.EPOCH) {
                                    unscaled = v * 86_400L;
                                }
                            }
                            case TIME -> {
                                unscaled = f == DateField.EPOCH ? v : timestampField(f, v, v, 0);
                            }
                            case TIMESTAMPTZ -> {
                                int offset = PgTimeZones.offsetSeconds(zone, v);
                                long local = v + offset * 1_000_000L;
                                unscaled = timestampField(f, local, v, offset);
                            }
                            default -> unscaled = timestampField(f, v, v, 0);
                        }
                        if (f == DateField.JULIAN && source.kind() != TypeKind.DATE) {
                            long local =
                                    source.kind() == TypeKind.TIMESTAMPTZ
                                            ? PgTimeZones.utcToLocal(v, zone)
                                            : v;
                            long tod = Math.floorMod(local, DAY);
                            exact =
                                    Decimal.of(unscaled)
                                            .add(
                                                    Decimal.of(BigDecimal.valueOf(tod))
                                                            .divide(Decimal.of(MICROS_PER_DAY)));
                        }
                    }
                    if (dec != null) {
                        if (exact != null) {
                            dec.appendDecimal(exact);
                        } else {
                            dec.appendCompact(unscaled, scale);
                        }
                    } else {
                        doubles[r] =
                                exact != null
                                        ? exact.toDouble()
                                        : (scale == 0
                                                ? (double) unscaled
                                                : unscaled / Math.pow(10, scale));
                    }
                } catch (FreshetException e) {
                    ctx.fail(e);
                    outNulls = setNull(outNulls, r, rows);
                    if (dec != null) {
                        dec.appendNull();
                    }
                } catch (ArithmeticException e) {
                    ctx.fail(DateTimeArithmeticFunctions.intervalOutOfRange());
                    outNulls = setNull(outNulls, r, rows);
                    if (dec != null) {
                        dec.appendNull();
                    }
                }
            }
            if (dec != null) {
                return dec.build();
            }
            return new DoubleColumn(F8, doubles, outNulls, rows);
        }
    }

    private static long[] setNull(long @Nullable [] bits, int row, int rows) {
        long[] b = bits == null ? new long[NullBits.words(rows)] : bits;
        NullBits.set(b, row);
        return b;
    }

    // ---------------------------------------------------------------------------------------
    // date_trunc

    static DateField truncUnit(String text, DataType source) {
        DateField f = field(text, source);
        if (!f.truncatable()) {
            throw unsupported(f, source);
        }
        if (f == DateField.WEEK && source.kind() == TypeKind.INTERVAL) {
            throw new FreshetException(
                    ErrorCode.FEATURE_NOT_SUPPORTED,
                    "unit \"week\" not supported for type interval",
                    0,
                    "Months usually have fractional weeks.",
                    null,
                    null);
        }
        return f;
    }

    /** Truncates a wall-clock timestamp to {@code unit}. */
    static long truncLocal(DateField unit, long local) {
        long day = Math.floorDiv(local, DAY);
        long tod = Math.floorMod(local, DAY);
        switch (unit) {
            case MICROSECONDS:
                return local;
            case MILLISECONDS:
                return day * DAY + tod / 1000 * 1000;
            case SECOND:
                return day * DAY + tod / 1_000_000L * 1_000_000L;
            case MINUTE:
                return day * DAY + tod / 60_000_000L * 60_000_000L;
            case HOUR:
                return day * DAY + tod / 3_600_000_000L * 3_600_000_000L;
            case DAY:
                return day * DAY;
            case WEEK:
                {
                    int dow = PgCalendar.dayOfWeek(day);
                    return (day - ((dow + 6) % 7)) * DAY;
                }
            default:
                break;
        }
        long ymd = PgCalendar.ymd(day);
        long y = PgCalendar.ymdYear(ymd);
        int m = PgCalendar.ymdMonth(ymd);
        switch (unit) {
            case MONTH:
                return PgCalendar.epochDay(y, m, 1) * DAY;
            case QUARTER:
                return PgCalendar.epochDay(y, 3 * ((m - 1) / 3) + 1, 1) * DAY;
            case YEAR:
                return PgCalendar.epochDay(y, 1, 1) * DAY;
            case DECADE:
                y = y > 0 ? (y / 10) * 10 : -((8 - (y - 1)) / 10) * 10;
                return PgCalendar.epochDay(y, 1, 1) * DAY;
            case CENTURY:
                y = y > 0 ? ((y + 99) / 100) * 100 - 99 : -((99 - (y - 1)) / 100) * 100 + 1;
                return PgCalendar.epochDay(y, 1, 1) * DAY;
            case MILLENNIUM:
                y = y > 0 ? ((y + 999) / 1000) * 1000 - 999 : -((999 - (y - 1)) / 1000) * 1000 + 1;
                return PgCalendar.epochDay(y, 1, 1) * DAY;
            default:
                throw new IllegalStateException(unit.name());
        }
    }

    /** date_trunc on a timestamptz: on the wall clock of {@code zone}. */
    static long truncTz(DateField unit, long utc, ZoneId zone) {
        int offset = PgTimeZones.offsetSeconds(zone, utc);
        long local = utc + offset * 1_000_000L;
        long t = truncLocal(unit, local);
        if (unit.ordinal() >= DateField.DAY.ordinal()) {
            return PgTimeZones.localToUtc(t, zone);
        }
        return t - offset * 1_000_000L;
    }

    static Interval truncInterval(DateField unit, int months, int days, long micros) {
        int year = months / 12;
        int mon = months % 12;
        int mday = days;
        long hour = micros / 3_600_000_000L;
        long min = (micros / 60_000_000L) % 60;
        long sec = (micros / 1_000_000L) % 60;
        long fsec = micros % 1_000_000L;
        switch (unit) {
            case MILLENNIUM:
                year = (year / 1000) * 1000;
            // fall through
            case CENTURY:
                year = (year / 100) * 100;
            // fall through
            case DECADE:
                year = (year / 10) * 10;
            // fall through
            case YEAR:
                mon = 0;
            // fall through
            case QUARTER:
                mon = 3 * (mon / 3);
            // fall through
            case MONTH:
                mday = 0;
            // fall through
            case DAY:
                hour = 0;
            // fall through
            case HOUR:
                min = 0;
            // fall through
            case MINUTE:
                sec = 0;
            // fall through
            case SECOND:
                fsec = 0;
            // fall through
            case MILLISECONDS:
                fsec = (fsec / 1000) * 1000;
            // fall through
            case MICROSECONDS:
            default:
                break;
        }
        long time = ((hour * 60 + min) * 60 + sec) * 1_000_000L + fsec;
        return new Interval(year * 12 + mon, mday, time);
    }

    /** date_trunc over timestamps, timestamps with time zone and intervals. */
    private static final class Trunc implements ScalarFunction {
        private final DataType type;
        private final boolean explicitZone;
        private final @Nullable DateField constant;

        Trunc(Expr unitArg, DataType type, boolean explicitZone) {
            this.type = type;
            this.explicitZone = explicitZone;
            this.constant =
                    unitArg instanceof Literal l && l.value() instanceof String s
                            ? truncUnit(s, type)
                            : null;
        }

        @Override
        public String name() {
            return "date_trunc";
        }

        @Override
        public DataType resultType() {
            return type;
        }

        @Override
        public Column apply(Column[] args, long @Nullable [] nulls, int rows, EvalContext ctx) {
            if (type.kind() == TypeKind.INTERVAL) {
                IntervalColumn in = (IntervalColumn) args[1];
                IntervalColumnBuilder b =
                        (IntervalColumnBuilder) ColumnBuilder.forType(type, Math.max(rows, 1));
                for (int r = 0; r < rows; r++) {
                    if (NullBits.isNull(nulls, r)) {
                        b.appendNull();
                        continue;
                    }
                    try {
                        DateField u = unit(args, r);
                        Interval t = truncInterval(u, in.months(r), in.days(r), in.micros(r));
                        b.appendInterval(t.months(), t.days(), t.micros());
                    } catch (FreshetException e) {
                        ctx.fail(e);
                        b.appendNull();
                    }
                }
                return b.build();
            }
            long[] in = ((LongColumn) args[1]).values();
            long[] out = new long[rows];
            boolean tz = type.kind() == TypeKind.TIMESTAMPTZ;
            ZoneId zone = ctx.timeZone();
            String lastZone = null;
            for (int r = 0; r < rows; r++) {
                if (NullBits.isNull(nulls, r)) {
                    continue;
                }
                try {
                    DateField u = unit(args, r);
                    long v = in[r];
                    if (!PgCalendar.isFinite(v)) {
                        out[r] = v;
                        continue;
                    }
                    if (explicitZone) {
                        String z = ((BytesColumn) args[2]).getString(r);
                        if (!z.equals(lastZone)) {
                            zone = zone(z);
                            lastZone = z;
                        }
                    }
                    out[r] = tz ? truncTz(u, v, zone) : truncLocal(u, v);
                } catch (FreshetException e) {
                    nulls = ArithmeticFunctions.fail(ctx, e, nulls, r, rows);
                }
            }
            return new LongColumn(type, out, nulls, rows);
        }

        private DateField unit(Column[] args, int r) {
            DateField u = constant;
            return u != null ? u : truncUnit(((BytesColumn) args[0]).getString(r), type);
        }
    }

    // ---------------------------------------------------------------------------------------
    // make_*, age, justify_*, to_timestamp

    private static FreshetException fieldOutOfRange(String what, String value) {
        return new FreshetException(
                ErrorCode.DATETIME_FIELD_OVERFLOW, what + " field value out of range: " + value);
    }

    static long makeDate(long year, long month, long day) {
        // negative years are BC; there is no year 0
        long y = year < 0 ? year + 1 : year;
        if (year == 0
                || month < 1
                || month > 12
                || day < 1
                || y > 5_874_897
                || y < -4713
                || day > PgCalendar.daysInMonth(y, (int) month)) {
            throw fieldOutOfRange("date", year + "-" + pad2(month) + "-" + pad2(day));
        }
        long d = PgCalendar.epochDay(y, (int) month, (int) day);
        if (!PgCalendar.isValidDate(d)) {
            throw DateTimeArithmeticFunctions.dateOutOfRange();
        }
        return d;
    }

    private static String pad2(long v) {
        return v >= 0 && v < 10 ? "0" + v : Long.toString(v);
    }

    static long makeTime(long hour, long min, double sec) {
        long micros = (long) Math.rint(sec * 1_000_000.0);
        if (hour < 0
                || min < 0
                || min > 59
                || sec < 0
                || Double.isNaN(sec)
                || micros > 60_000_000L
                || hour > 24
                || (hour == 24 && (min > 0 || micros > 0))) {
            throw fieldOutOfRange("time", hour + ":" + pad2(min) + ":" + pad2((long) sec));
        }
        return (hour * 60 + min) * 60_000_000L + micros;
    }

    static long makeTimestamp(long year, long month, long day, long hour, long min, double sec) {
        long d = makeDate(year, month, day);
        long micros = (long) Math.rint(sec * 1_000_000.0);
        if (hour < 0
                || hour > 24
                || min < 0
                || min > 59
                || sec < 0
                || Double.isNaN(sec)
                || micros > 60_000_000L
                || (hour == 24 && (min > 0 || micros > 0))) {
            throw fieldOutOfRange(
                    "date/time",
                    year
                            + "-"
                            + pad2(month)
                            + "-"
                            + pad2(day)
                            + " "
                            + hour
                            + ":"
                            + pad2(min)
                            + ":"
                            + sec);
        }
        long r = d * DAY + (hour * 60 + min) * 60_000_000L + micros;
        if (!PgCalendar.isValidTimestamp(r)) {
            throw DateTimeArithmeticFunctions.timestampOutOfRange();
        }
        return r;
    }

    private static Interval makeInterval(@Nullable Object[] v) {
        long[] f = new long[6];
        for (int k = 0; k < 6; k++) {
            f[k] = k < v.length ? (Long) v[k] : 0;
        }
        double secs = v.length > 6 ? (Double) v[6] : 0.0;
        try {
            int months = Math.toIntExact(Math.addExact(Math.multiplyExact(f[0], 12), f[1]));
            int days = Math.toIntExact(Math.addExact(Math.multiplyExact(f[2], 7), f[3]));
            double micros =
                    (f[4] * 3600.0 + f[5] * 60.0) * 1_000_000.0 + Math.rint(secs * 1_000_000.0);
            if (Double.isNaN(micros) || Double.isInfinite(micros) || Math.abs(micros) >= 0x1p63) {
                throw DateTimeArithmeticFunctions.intervalOutOfRange();
            }
            return new Interval(months, days, (long) micros);
        } catch (ArithmeticException e) {
            throw DateTimeArithmeticFunctions.intervalOutOfRange();
        }
    }

    /** PostgreSQL's timestamp_age on wall-clock times: field-wise difference with borrowing. */
    static Interval age(long a, long b) {
        if (!PgCalendar.isFinite(a) || !PgCalendar.isFinite(b)) {
            throw new FreshetException(
                    ErrorCode.DATETIME_FIELD_OVERFLOW, "cannot subtract infinite timestamps");
        }
        long ya = PgCalendar.ymd(Math.floorDiv(a, DAY));
        long yb = PgCalendar.ymd(Math.floorDiv(b, DAY));
        long ta = Math.floorMod(a, DAY);
        long tb = Math.floorMod(b, DAY);
        long fsec = ta % 1_000_000L - tb % 1_000_000L;
        long sec = (ta / 1_000_000L) % 60 - (tb / 1_000_000L) % 60;
        long min = (ta / 60_000_000L) % 60 - (tb / 60_000_000L) % 60;
        long hour = ta / 3_600_000_000L - tb / 3_600_000_000L;
        long mday = PgCalendar.ymdDay(ya) - PgCalendar.ymdDay(yb);
        long mon = PgCalendar.ymdMonth(ya) - PgCalendar.ymdMonth(yb);
        long year = (long) PgCalendar.ymdYear(ya) - PgCalendar.ymdYear(yb);
        boolean flip = a < b;
        if (flip) {
            fsec = -fsec;
            sec = -sec;
            min = -min;
            hour = -hour;
            mday = -mday;
            mon = -mon;
            year = -year;
        }
        while (fsec < 0) {
            fsec += 1_000_000L;
            sec--;
        }
        while (sec < 0) {
            sec += 60;
            min--;
        }
        while (min < 0) {
            min += 60;
            hour--;
        }
        while (hour < 0) {
            hour += 24;
            mday--;
        }
        while (mday < 0) {
            long ref = flip ? ya : yb;
            mday += PgCalendar.daysInMonth(PgCalendar.ymdYear(ref), PgCalendar.ymdMonth(ref));
            mon--;
        }
        while (mon < 0) {
            mon += 12;
            year--;
        }
        if (flip) {
            fsec = -fsec;
            sec = -sec;
            min = -min;
            hour = -hour;
            mday = -mday;
            mon = -mon;
            year = -year;
        }
        long months = year * 12 + mon;
        long time = ((hour * 60 + min) * 60 + sec) * 1_000_000L + fsec;
        if (months > Integer.MAX_VALUE || months < Integer.MIN_VALUE) {
            throw DateTimeArithmeticFunctions.intervalOutOfRange();
        }
        return new Interval((int) months, (int) mday, time);
    }

    static Interval justifyDays(Interval s) {
        int month = s.months();
        int day = s.days();
        int wholeMonth = day / 30;
        day -= wholeMonth * 30;
        month = addExact(month, wholeMonth);
        if (month > 0 && day < 0) {
            day += 30;
            month--;
        } else if (month < 0 && day > 0) {
            day -= 30;
            month++;
        }
        return new Interval(month, day, s.micros());
    }

    static Interval justifyHours(Interval s) {
        long time = s.micros();
        long wholeDay = time / DAY;
        time -= wholeDay * DAY;
        int day = addExact(s.days(), wholeDay);
        if (day > 0 && time < 0) {
            time += DAY;
            day--;
        } else if (day < 0 && time > 0) {
            time -= DAY;
            day++;
        }
        return new Interval(s.months(), day, time);
    }

    static Interval justifyInterval(Interval s) {
        int month = s.months();
        int day = s.days();
        long time = s.micros();
        if ((day > 0 && time > 0) || (day < 0 && time < 0)) {
            int wholeMonth = day / 30;
            day -= wholeMonth * 30;
            month = addExact(month, wholeMonth);
        }
        long wholeDay = time / DAY;
        time -= wholeDay * DAY;
        day = addExact(day, wholeDay);
        int wholeMonth = day / 30;
        day -= wholeMonth * 30;
        month = addExact(month, wholeMonth);
        if (month > 0 && (day < 0 || (day == 0 && time < 0))) {
            day += 30;
            month--;
        } else if (month < 0 && (day > 0 || (day == 0 && time > 0))) {
            day -= 30;
            month++;
        }
        if (day > 0 && time < 0) {
            time += DAY;
            day--;
        } else if (day < 0 && time > 0) {
            time -= DAY;
            day++;
        }
        return new Interval(month, day, time);
    }

    private static int addExact(int a, long b) {
        long r = a + b;
        if (r > Integer.MAX_VALUE || r < Integer.MIN_VALUE) {
            throw DateTimeArithmeticFunctions.intervalOutOfRange();
        }
        return (int) r;
    }

    /** to_timestamp(seconds since 1970): rounded to microseconds as PostgreSQL rounds them. */
    static long toTimestamp(double seconds) {
        if (Double.isNaN(seconds)) {
            throw new FreshetException(
                    ErrorCode.DATETIME_FIELD_OVERFLOW, "timestamp cannot be NaN");
        }
        if (Double.isInfinite(seconds)) {
            return seconds > 0 ? PgCalendar.POS_INFINITY : PgCalendar.NEG_INFINITY;
        }
        double min = (double) PgCalendar.MIN_DATE * 86_400;
        double max = (double) (PgCalendar.MAX_TIMESTAMP / 1_000_000L);
        if (seconds < min || seconds >= max) {
            throw new FreshetException(
                    ErrorCode.DATETIME_FIELD_OVERFLOW,
                    "timestamp out of range: \"" + formatG(seconds) + "\"");
        }
        // PostgreSQL rounds relative to its own epoch, 2000-01-01
        double pg = seconds - 946_684_800.0;
        long micros = (long) Math.rint(pg * 1_000_000.0);
        return micros + 946_684_800L * 1_000_000L;
    }

    private static String formatG(double d) {
        return dev.freshet.engine.type.PgFloatText.formatDouble(d);
    }

    /** date_bin(stride, source, origin) (PostgreSQL 14). */
    static long dateBin(Interval stride, long source, long origin) {
        if (stride.months() != 0) {
            throw new FreshetException(
                    ErrorCode.FEATURE_NOT_SUPPORTED,
                    "timestamps cannot be binned into intervals containing months or years");
        }
        long s = stride.days() * DAY + stride.micros();
        if (s <= 0) {
            throw new FreshetException(
                    ErrorCode.DATETIME_FIELD_OVERFLOW, "stride must be greater than zero");
        }
        if (!PgCalendar.isFinite(source)) {
            return source;
        }
        long delta = source - origin;
        long bin = delta - Math.floorMod(delta, s);
        return origin + bin;
    }
}
