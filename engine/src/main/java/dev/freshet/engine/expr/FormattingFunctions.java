package dev.freshet.engine.expr;

import dev.freshet.engine.type.DataType;
import dev.freshet.engine.type.Decimal;
import dev.freshet.engine.type.Interval;
import dev.freshet.engine.type.PgCalendar;
import dev.freshet.engine.type.PgTimeZones;
import dev.freshet.sql.error.ErrorCode;
import dev.freshet.sql.error.FreshetException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * PostgreSQL's data type formatting functions: {@code to_char} for timestamps, timestamps with time
 * zone, intervals and numbers, and {@code to_timestamp(text, text)} / {@code to_date(text, text)}.
 * A constant template is compiled once per call site.
 *
 * <p>Number templates support {@code 9 0 . D , G S MI PL SG PR FM TH RN}; {@code EEEE} and {@code
 * V} are rejected (0A000). Parsing supports the numeric fields, {@code AM/PM}, month and day names,
 * {@code TZH}/{@code TZM}, and PostgreSQL's lenient separator matching.
 */
final class FormattingFunctions {
    private FormattingFunctions() {}

    private static final DataType TEXT = DataType.VARCHAR;

    private static final String[] MONTHS = {
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December"
    };
    private static final String[] DAYS = {
        "Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"
    };
    private static final String[] ROMAN_MONTHS = {
        "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII"
    };

    static void register(FunctionLibrary lib) {
        lib.define(
                "to_char", TEXT, (a, r) -> toChar(a, DataType.TIMESTAMP), DataType.TIMESTAMP, TEXT);
        lib.define(
                "to_char",
                TEXT,
                (a, r) -> toChar(a, DataType.TIMESTAMPTZ),
                DataType.TIMESTAMPTZ,
                TEXT);
        lib.define(
                "to_char", TEXT, (a, r) -> toChar(a, DataType.INTERVAL), DataType.INTERVAL, TEXT);
        for (DataType t :
                new DataType[] {
                    DataType.INTEGER,
                    DataType.BIGINT,
                    DataType.DECIMAL,
                    DataType.REAL,
                    DataType.DOUBLE
                }) {
            lib.define("to_char", TEXT, (a, r) -> numberToChar(a, t), t, TEXT);
        }
        lib.define("to_timestamp", DataType.TIMESTAMPTZ, (a, r) -> parser(a, r, false), TEXT, TEXT);
        lib.define("to_date", DataType.DATE, (a, r) -> parser(a, r, true), TEXT, TEXT);
    }

    private static @Nullable String constant(Expr e) {
        return e instanceof Literal l && l.value() instanceof String s ? s : null;
    }

    // ---------------------------------------------------------------------------------------
    // to_char for date/time values

    private static ScalarFunction toChar(java.util.List<Expr> args, DataType type) {
        String f = constant(args.get(1));
        DateTimeFormat constant = f == null ? null : DateTimeFormat.compile(f);
        return RowFunction.strict(
                "to_char",
                TEXT,
                (v, ctx) -> {
                    DateTimeFormat fmt =
                            constant != null ? constant : DateTimeFormat.compile((String) v[1]);
                    if (type.kind() == dev.freshet.engine.type.TypeKind.INTERVAL) {
                        return formatInterval(fmt, (Interval) v[0]);
                    }
                    long ts = (Long) v[0];
                    if (!PgCalendar.isFinite(ts)) {
                        return null;
                    }
                    boolean tz = type.kind() == dev.freshet.engine.type.TypeKind.TIMESTAMPTZ;
                    ZoneId zone = ctx.timeZone();
                    int offset = tz ? PgTimeZones.offsetSeconds(zone, ts) : 0;
                    long local = ts + offset * 1_000_000L;
                    return formatTimestamp(fmt, local, tz ? zone : null, ts, offset);
                });
    }

    /** The calendar fields of one value, as PostgreSQL's {@code struct pg_tm}. */
    private record Fields(
            long year,
            int month,
            long day,
            long hour,
            int minute,
            int second,
            int micros,
            long epochDay,
            boolean interval) {}

    private static String formatTimestamp(
            DateTimeFormat fmt, long local, @Nullable ZoneId zone, long utc, int offset) {
        long day = Math.floorDiv(local, PgCalendar.MICROS_PER_DAY);
        long tod = Math.floorMod(local, PgCalendar.MICROS_PER_DAY);
        long ymd = PgCalendar.ymd(day);
        Fields f =
                new Fields(
                        PgCalendar.ymdYear(ymd),
                        PgCalendar.ymdMonth(ymd),
                        PgCalendar.ymdDay(ymd),
                        tod / 3_600_000_000L,
                        (int) ((tod / 60_000_000L) % 60),
                        (int) ((tod / 1_000_000L) % 60),
                        (int) (tod % 1_000_000L),
                        day,
                        false);
        return format(fmt, f, zone, utc, offset);
    }

    private static String formatInterval(DateTimeFormat fmt, Interval iv) {
        long t = iv.micros();
        Fields f =
                new Fields(
                        iv.months() / 12,
                        iv.months() % 12,
                        iv.days(),
                        t / 3_600_000_000L,
                        (int) ((t / 60_000_000L) % 60),
                        (int) ((t / 1_000_000L) % 60),
                        (int) (t % 1_000_000L),
                        0,
                        true);
        return format(fmt, f, null, 0, 0);
    }

    private static String pad(long v, int width, boolean fill) {
        String s = Long.toString(Math.abs(v));
        StringBuilder sb = new StringBuilder();
        if (v < 0) {
            sb.append('-');
        }
        if (!fill) {
            for (int k = s.length(); k < width; k++) {
                sb.append('0');
            }
        }
        return sb.append(s).toString();
    }

    private static String word(String w, DateTimeFormat.Case c, int width, boolean fill) {
        String s = DateTimeFormat.applyCase(w, c);
        if (!fill && s.length() < width) {
            s = s + " ".repeat(width - s.length());
        }
        return s;
    }

    private static String format(
            DateTimeFormat fmt, Fields f, @Nullable ZoneId zone, long utc, int offset) {
        StringBuilder out = new StringBuilder();
        // years as printed: BC years count down from 1
        long displayYear = f.interval ? f.year : (f.year <= 0 ? 1 - f.year : f.year);
        boolean bc = !f.interval && f.year <= 0;
        for (DateTimeFormat.Node n : fmt.nodes()) {
            DateTimeFormat.Key k = n.key();
            if (k == null) {
                out.append(n.literal());
                continue;
            }
            boolean fm = n.fillMode();
            DateTimeFormat.Case c = n.textCase();
            long number = Long.MIN_VALUE;
            String text =
                    switch (k) {
                        case HH, HH12 -> {
                            long h = f.hour % 12;
                            number = h == 0 ? 12 : h;
                            yield pad(number, 2, fm);
                        }
                        case HH24 -> {
                            number = f.hour;
                            yield pad(number, 2, fm);
                        }
                        case MI -> pad(number = f.minute, 2, fm);
                        case SS -> pad(number = f.second, 2, fm);
                        case MS -> pad(number = f.micros / 1000, 3, fm);
                        case US -> pad(number = f.micros, 6, fm);
                        case FF1, FF2, FF3, FF4, FF5, FF6 -> {
                            int digits = k.ordinal() - DateTimeFormat.Key.FF1.ordinal() + 1;
                            number = f.micros / (long) Math.pow(10, 6 - digits);
                            yield pad(number, digits, fm);
                        }
                        case SSSS, SSSSS ->
                                Long.toString(number = (f.hour * 60 + f.minute) * 60 + f.second);
                        case AM, PM -> f.hour % 24 >= 12 ? caseOf("PM", c) : caseOf("AM", c);
                        case A_M, P_M -> f.hour % 24 >= 12 ? caseOf("P.M.", c) : caseOf("A.M.", c);
                        case AD, BC -> bc ? caseOf("BC", c) : caseOf("AD", c);
                        case A_D, B_C -> bc ? caseOf("B.C.", c) : caseOf("A.D.", c);
                        case YYYY -> pad(number = displayYear, 4, fm);
                        case YYY -> pad(number = displayYear % 1000, 3, fm);
                        case YY -> pad(number = displayYear % 100, 2, fm);
                        case Y -> pad(number = displayYear % 10, 1, fm);
                        case Y_YYY -> {
                            number = displayYear;
                            yield (displayYear / 1000) + "," + pad(displayYear % 1000, 3, false);
                        }
                        case IYYY, IYY, IY, I -> {
                            long iy = f.interval ? f.year : isoYear(f.epochDay);
                            long shown = iy <= 0 && !f.interval ? 1 - iy : iy;
                            int width = 4 - (k.ordinal() - DateTimeFormat.Key.IYYY.ordinal());
                            long mod = (long) Math.pow(10, width);
                            number = width == 4 ? shown : shown % mod;
                            yield pad(number, width, fm);
                        }
                        case CC -> {
                            long y = f.year;
                            number =
                                    f.interval
                                            ? y / 100
                                            : (y > 0 ? (y + 99) / 100 : -((99 - (y - 1)) / 100));
                            yield pad(number, 2, fm);
                        }
                        case MONTH ->
                                f.month == 0 && f.interval
                                        ? ""
                                        : word(MONTHS[f.month - 1], c, 9, fm);
                        case MON ->
                                f.month == 0 && f.interval
                                        ? ""
                                        : word(MONTHS[f.month - 1].substring(0, 3), c, 3, fm);
                        case MM -> pad(number = f.month, 2, fm);
                        case RM -> {
                            if (f.month == 0) {
                                yield "";
                            }
                            String r = ROMAN_MONTHS[f.month - 1];
                            yield word(
                                    r,
                                    c == DateTimeFormat.Case.LOWER ? c : DateTimeFormat.Case.UPPER,
                                    4,
                                    fm);
                        }
                        case DAY ->
                                f.interval
                                        ? ""
                                        : word(DAYS[PgCalendar.dayOfWeek(f.epochDay)], c, 9, fm);
                        case DY ->
                                f.interval
                                        ? ""
                                        : word(
                                                DAYS[PgCalendar.dayOfWeek(f.epochDay)].substring(
                                                        0, 3),
                                                c,
                                                3,
                                                fm);
                        case DDD ->
                                pad(
                                        number =
                                                f.interval
                                                        ? f.day
                                                        : PgCalendar.dayOfYear(f.epochDay),
                                        3,
                                        fm);
                        case IDDD -> {
                            long iy = isoYear(f.epochDay);
                            long start = isoYearStart(iy);
                            number = f.epochDay - start + 1;
                            yield pad(number, 3, fm);
                        }
                        case DD -> pad(number = f.day, 2, fm);
                        case D -> Long.toString(number = PgCalendar.dayOfWeek(f.epochDay) + 1);
                        case ID -> {
                            int dow = PgCalendar.dayOfWeek(f.epochDay);
                            yield Long.toString(number = dow == 0 ? 7 : dow);
                        }
                        case W -> Long.toString(number = (f.day - 1) / 7 + 1);
                        case WW ->
                                pad(number = (PgCalendar.dayOfYear(f.epochDay) - 1) / 7 + 1, 2, fm);
                        case IW -> pad(number = isoWeek(f.epochDay), 2, fm);
                        case J ->
                                Long.toString(
                                        number = f.epochDay + PgCalendar.UNIX_EPOCH_JULIAN_DAY);
                        case Q ->
                                f.interval && f.month == 0
                                        ? ""
                                        : Long.toString(number = (f.month - 1) / 3 + 1);
                        case TZ -> zone == null ? "" : caseOf(abbreviation(zone, utc), c);
                        case TZH -> {
                            if (zone == null) {
                                yield "";
                            }
                            yield (offset < 0 ? "-" : "+") + pad(Math.abs(offset) / 3600, 2, fm);
                        }
                        case TZM -> zone == null ? "" : pad((Math.abs(offset) / 60) % 60, 2, fm);
                        case OF -> {
                            if (zone == null) {
                                yield "";
                            }
                            int a = Math.abs(offset);
                            String s = (offset < 0 ? "-" : "+") + pad(a / 3600, 2, false);
                            if ((a / 60) % 60 != 0) {
                                s += ":" + pad((a / 60) % 60, 2, false);
                            }
                            yield s;
                        }
                    };
            out.append(text);
            if (n.ordinal() && number != Long.MIN_VALUE) {
                String suffix = DateTimeFormat.ordinalSuffix(number);
                out.append(n.ordinalUpper() ? suffix.toUpperCase(Locale.ROOT) : suffix);
            }
        }
        return out.toString();
    }

    private static String caseOf(String upper, DateTimeFormat.Case c) {
        return c == DateTimeFormat.Case.LOWER ? upper.toLowerCase(Locale.ROOT) : upper;
    }

    private static long isoYear(long epochDay) {
        int dow = PgCalendar.dayOfWeek(epochDay);
        int isoDow = dow == 0 ? 7 : dow;
        return PgCalendar.ymdYear(PgCalendar.ymd(epochDay + (4 - isoDow)));
    }

    private static long isoYearStart(long isoYear) {
        long jan4 = PgCalendar.epochDay(isoYear, 1, 4);
        int dow = PgCalendar.dayOfWeek(jan4);
        int isoDow = dow == 0 ? 7 : dow;
        return jan4 - (isoDow - 1);
    }

    private static long isoWeek(long epochDay) {
        long start = isoYearStart(isoYear(epochDay));
        return (epochDay - start) / 7 + 1;
    }

    /** The zone's abbreviation at an instant, as PostgreSQL's tzdata spells it. */
    static String abbreviation(ZoneId zone, long utcMicros) {
        if (zone instanceof ZoneOffset off) {
            return off.getTotalSeconds() == 0 ? "UTC" : offsetName(off.getTotalSeconds());
        }
        Instant at = Instant.ofEpochSecond(Math.floorDiv(utcMicros, 1_000_000L));
        String id = zone.getId();
        if (id.equals("UTC") || id.equals("Etc/UTC") || id.equals("Z")) {
            return "UTC";
        }
        boolean dst = zone.getRules().isDaylightSavings(at);
        String name =
                java.util.TimeZone.getTimeZone(zone)
                        .getDisplayName(dst, java.util.TimeZone.SHORT, Locale.ROOT);
        if (name.startsWith("GMT") && name.length() > 3) {
            return offsetName(zone.getRules().getOffset(at).getTotalSeconds());
        }
        return name;
    }

    private static String offsetName(int seconds) {
        int a = Math.abs(seconds);
        String s = (seconds < 0 ? "-" : "+") + (a / 3600 < 10 ? "0" : "") + a / 3600;
        if ((a / 60) % 60 != 0) {
            s += ((a / 60) % 60 < 10 ? "0" : "") + (a / 60) % 60;
        }
        return s;
    }

    // ---------------------------------------------------------------------------------------
    // to_char for numbers

    private static ScalarFunction numberToChar(java.util.List<Expr> args, DataType type) {
        String f = constant(args.get(1));
        NumberFormat constant = f == null ? null : NumberFormat.compile(f);
        boolean floating = type.physical() == dev.freshet.engine.type.PhysicalType.DOUBLE;
        return RowFunction.strict(
                "to_char",
                TEXT,
                (v, ctx) -> {
                    NumberFormat fmt =
                            constant != null ? constant : NumberFormat.compile((String) v[1]);
                    Object x = v[0];
                    BigDecimal value;
                    if (x instanceof Decimal d) {
                        if (!d.isFinite()) {
                            return fmt.special(d.toString());
                        }
                        value = d.bigDecimal();
                    } else if (x instanceof Double d) {
                        if (Double.isNaN(d) || Double.isInfinite(d)) {
                            return fmt.special(
                                    d.isNaN() ? "NaN" : (d > 0 ? "Infinity" : "-Infinity"));
                        }
                        value = new BigDecimal(d);
                    } else {
                        value = BigDecimal.valueOf((Long) x);
                    }
                    return fmt.format(value, floating);
                });
    }

    // ---------------------------------------------------------------------------------------
    // to_timestamp(text, text) and to_date(text, text)

    private static ScalarFunction parser(java.util.List<Expr> args, DataType result, boolean date) {
        String f = constant(args.get(1));
        DateTimeFormat constant = f == null ? null : DateTimeFormat.compile(f);
        return RowFunction.strict(
                date ? "to_date" : "to_timestamp",
                result,
                (v, ctx) -> {
                    DateTimeFormat fmt =
                            constant != null ? constant : DateTimeFormat.compile((String) v[1]);
                    Parsed p = parse(fmt, (String) v[0]);
                    long local;
                    try {
                        local = p.toLocal();
                    } catch (FreshetException e) {
                        if (e.getMessage().startsWith("date/time field value out of range")) {
                            // PostgreSQL quotes the whole input
                            throw new FreshetException(
                                    ErrorCode.DATETIME_FIELD_OVERFLOW,
                                    "date/time field value out of range: \"" + v[0] + "\"");
                        }
                        throw e;
                    }
                    if (date) {
                        return Math.floorDiv(local, PgCalendar.MICROS_PER_DAY);
                    }
                    if (p.hasOffset) {
                        return local - p.offsetSeconds * 1_000_000L;
                    }
                    return PgTimeZones.localToUtc(local, ctx.timeZone());
                });
    }

    /** Fields read from the input of to_timestamp / to_date. */
    private static final class Parsed {
        long year = 1;
        boolean yearSet;
        boolean bc;
        int month = 1;
        int day = 1;
        int doy = -1;
        long hour;
        boolean twelveHour;
        boolean pm;
        boolean pmSet;
        int minute;
        int second;
        int micros;
        boolean hasOffset;
        int offsetSeconds;
        int tzSign = 1;
        int tzHour;
        int tzMinute;
        long julian = -1;

        long toLocal() {
            long y = year;
            if (bc) {
                y = 1 - y;
            }
            long h = hour;
            if (twelveHour || pmSet) {
                if (h < 1 || h > 12) {
                    throw new FreshetException(
                                    ErrorCode.INVALID_DATETIME_FORMAT,
                                    "hour \"" + h + "\" is invalid for the 12-hour clock")
                            .withHint("Use the 24-hour clock, or give an hour between 1 and 12.");
                }
                if (pm && h < 12) {
                    h += 12;
                } else if (!pm && h == 12) {
                    h = 0;
                }
            }
            long d;
            if (julian >= 0) {
                d = julian - PgCalendar.UNIX_EPOCH_JULIAN_DAY;
            } else if (doy > 0) {
                d = PgCalendar.epochDay(y, 1, 1) + doy - 1;
            } else {
                if (month < 1 || month > 12 || day < 1 || day > PgCalendar.daysInMonth(y, month)) {
                    throw new FreshetException(
                            ErrorCode.DATETIME_FIELD_OVERFLOW,
                            "date/time field value out of range: \""
                                    + (bc ? year + "-" : y + "-")
                                    + month
                                    + "-"
                                    + day
                                    + "\"");
                }
                d = PgCalendar.epochDay(y, month, day);
            }
            if (h > 24 || minute > 59 || second > 60) {
                throw new FreshetException(
                        ErrorCode.DATETIME_FIELD_OVERFLOW, "date/time field value out of range");
            }
            if (hasOffset) {
                offsetSeconds = tzSign * (tzHour * 3600 + tzMinute * 60);
            }
            long r =
                    d * PgCalendar.MICROS_PER_DAY
                            + ((h * 60 + minute) * 60 + second) * 1_000_000L
                            + micros;
            if (!PgCalendar.isValidTimestamp(r)) {
                throw DateTimeArithmeticFunctions.timestampOutOfRange();
            }
            return r;
        }
    }

    private static FreshetException invalidValue(String value, DateTimeFormat.Key k) {
        return new FreshetException(
                ErrorCode.INVALID_DATETIME_FORMAT,
                "invalid value \"" + value + "\" for \"" + k.text + "\"");
    }

    private static Parsed parse(DateTimeFormat fmt, String in) {
        Parsed p = new Parsed();
        int[] pos = {0};
        int n = in.length();
        List<DateTimeFormat.Node> nodes = fmt.nodes();
        for (int ni = 0; ni < nodes.size(); ni++) {
            DateTimeFormat.Node node = nodes.get(ni);
            DateTimeFormat.Key k = node.key();
            // a number followed by a separator (or nothing) is read whole; one followed by
            // another field takes exactly its width, as PostgreSQL's non-FX mode does
            boolean whole = ni + 1 >= nodes.size() || nodes.get(ni + 1).key() == null;
            if (k == null) {
                // a literal matches any one character per template character (PostgreSQL's
                // non-FX mode); spaces in the template skip any whitespace
                String lit = node.literal();
                for (int c = 0; c < lit.length() && pos[0] < n; c++) {
                    if (lit.charAt(c) == ' ') {
                        while (pos[0] < n && Character.isWhitespace(in.charAt(pos[0]))) {
                            pos[0]++;
                        }
                    } else if (!Character.isLetterOrDigit(in.charAt(pos[0]))
                            || in.charAt(pos[0]) == lit.charAt(c)) {
                        pos[0]++;
                    }
                }
                continue;
            }
            // skip spaces before a field
            while (pos[0] < n && in.charAt(pos[0]) == ' ') {
                pos[0]++;
            }
            switch (k) {
                case YYYY, IYYY -> {
                    p.year = number(in, pos, k, 4, whole);
                    p.yearSet = true;
                }
                case Y_YYY -> {
                    long thousands = number(in, pos, k, 3, whole);
                    if (pos[0] < n && in.charAt(pos[0]) == ',') {
                        pos[0]++;
                    }
                    p.year = thousands * 1000 + number(in, pos, k, 3, whole);
                }
                case YYY, IYY -> p.year = adjustYear(number(in, pos, k, 3, whole), 3);
                case YY, IY -> p.year = adjustYear(number(in, pos, k, 2, whole), 2);
                case Y, I -> p.year = adjustYear(number(in, pos, k, 1, whole), 1);
                case MM -> p.month = (int) number(in, pos, k, 2, whole);
                case DD -> p.day = (int) number(in, pos, k, 2, whole);
                case DDD, IDDD -> p.doy = (int) number(in, pos, k, 3, whole);
                case HH, HH12 -> {
                    p.hour = number(in, pos, k, 2, whole);
                    p.twelveHour = true;
                }
                case HH24 -> p.hour = number(in, pos, k, 2, whole);
                case MI -> p.minute = (int) number(in, pos, k, 2, whole);
                case SS -> p.second = (int) number(in, pos, k, 2, whole);
                case MS -> {
                    int start = pos[0];
                    long ms = number(in, pos, k, 3, whole);
                    int digits = pos[0] - start;
                    p.micros = (int) (ms * (long) Math.pow(10, 3 - digits) * 1000);
                }
                case US, FF1, FF2, FF3, FF4, FF5, FF6 -> {
                    int start = pos[0];
                    int max =
                            k == DateTimeFormat.Key.US
                                    ? 6
                                    : k.ordinal() - DateTimeFormat.Key.FF1.ordinal() + 1;
                    long us = number(in, pos, k, max, whole);
                    int digits = pos[0] - start;
                    p.micros = (int) (us * (long) Math.pow(10, 6 - digits));
                }
                case SSSS, SSSSS -> {
                    long s = number(in, pos, k, 5, whole);
                    p.hour = s / 3600;
                    p.minute = (int) ((s / 60) % 60);
                    p.second = (int) (s % 60);
                }
                case AM, PM, A_M, P_M -> {
                    String w = k.text.contains(".") ? word(in, pos, 4) : word(in, pos, 2);
                    String u = w.toUpperCase(Locale.ROOT).replace(".", "");
                    if (!u.equals("AM") && !u.equals("PM")) {
                        throw invalidValue(w, k);
                    }
                    p.pm = u.equals("PM");
                    p.pmSet = true;
                }
                case AD, BC, A_D, B_C -> {
                    String w = k.text.contains(".") ? word(in, pos, 4) : word(in, pos, 2);
                    String u = w.toUpperCase(Locale.ROOT).replace(".", "");
                    if (!u.equals("AD") && !u.equals("BC")) {
                        throw invalidValue(w, k);
                    }
                    p.bc = u.equals("BC");
                }
                case MONTH, MON ->
                        p.month = name(in, pos, k, MONTHS, k == DateTimeFormat.Key.MON) + 1;
                case DAY, DY -> name(in, pos, k, DAYS, k == DateTimeFormat.Key.DY);
                case RM -> {
                    String w = word(in, pos, 4).toUpperCase(Locale.ROOT);
                    int found = -1;
                    for (int m = 11; m >= 0; m--) {
                        if (w.startsWith(ROMAN_MONTHS[m])) {
                            found = m;
                            break;
                        }
                    }
                    if (found < 0) {
                        throw invalidValue(w, k);
                    }
                    pos[0] -= w.length() - ROMAN_MONTHS[found].length();
                    p.month = found + 1;
                }
                case D, ID -> number(in, pos, k, 1, whole);
                case W, WW, IW, Q, CC -> number(in, pos, k, 2, whole);
                case J -> p.julian = number(in, pos, k, 7, true);
                case TZH -> {
                    p.hasOffset = true;
                    if (pos[0] < n && (in.charAt(pos[0]) == '+' || in.charAt(pos[0]) == '-')) {
                        p.tzSign = in.charAt(pos[0]) == '-' ? -1 : 1;
                        pos[0]++;
                    }
                    p.tzHour = (int) number(in, pos, k, 2, whole);
                }
                case TZM -> {
                    p.hasOffset = true;
                    p.tzMinute = (int) number(in, pos, k, 2, whole);
                }
                case TZ, OF ->
                        throw new FreshetException(
                                ErrorCode.FEATURE_NOT_SUPPORTED,
                                "formatting field \"" + k.text + "\" is only supported in to_char");
            }
        }
        return p;
    }

    private static long adjustYear(long y, int digits) {
        // PostgreSQL: a short year is taken as the year nearest 2020
        return switch (digits) {
            case 1 -> y + 2020;
            case 2 -> y < 70 ? y + 2000 : y + 1900;
            case 3 -> y < 100 ? y + 2000 : y + 1000;
            default -> y;
        };
    }

    private static long number(
            String in, int[] pos, DateTimeFormat.Key k, int max, boolean greedy) {
        int start = pos[0];
        int i = start;
        boolean negative = false;
        if (i < in.length() && (in.charAt(i) == '-' || in.charAt(i) == '+')) {
            negative = in.charAt(i) == '-';
            i++;
        }
        int digitsStart = i;
        while (i < in.length()
                && Character.isDigit(in.charAt(i))
                && (greedy || i - digitsStart < max)) {
            i++;
        }
        if (i == digitsStart) {
            String rest = in.substring(start, Math.min(in.length(), start + Math.max(max, 1)));
            if (rest.isEmpty()) {
                throw new FreshetException(
                                ErrorCode.INVALID_DATETIME_FORMAT,
                                "source string too short for \"" + k.text + "\" formatting field")
                        .withHint("Field requires " + max + " characters, but only 0 remain.");
            }
            throw new FreshetException(
                            ErrorCode.INVALID_DATETIME_FORMAT,
                            "invalid value \"" + rest + "\" for \"" + k.text + "\"")
                    .withHint("Value must be an integer.");
        }
        pos[0] = i;
        long v = Long.parseLong(in.substring(digitsStart, i));
        return negative ? -v : v;
    }

    private static String word(String in, int[] pos, int len) {
        int end = Math.min(in.length(), pos[0] + len);
        String w = in.substring(pos[0], end);
        pos[0] = end;
        return w;
    }

    private static int name(
            String in, int[] pos, DateTimeFormat.Key k, String[] names, boolean abbreviated) {
        String rest = in.substring(pos[0]).toLowerCase(Locale.ROOT);
        for (int m = 0; m < names.length; m++) {
            String full = names[m].toLowerCase(Locale.ROOT);
            String candidate = abbreviated ? full.substring(0, 3) : full;
            if (rest.startsWith(candidate)) {
                pos[0] += candidate.length();
                return m;
            }
            if (!abbreviated && rest.startsWith(full.substring(0, 3))) {
                pos[0] += 3;
                return m;
            }
        }
        String shown = in.substring(pos[0], Math.min(in.length(), pos[0] + (abbreviated ? 3 : 9)));
        throw new FreshetException(
                ErrorCode.INVALID_DATETIME_FORMAT,
                "invalid value \"" + shown + "\" for \"" + k.text + "\"",
                0,
                "The given value did not match any of the allowed values for this field.",
                null,
                null);
    }

    static BigDecimal round(BigDecimal v, int scale, boolean floating) {
        return v.setScale(scale, floating ? RoundingMode.HALF_EVEN : RoundingMode.HALF_UP);
    }
}
