package dev.freshet.engine.type;

import dev.freshet.sql.error.ErrorCode;
import dev.freshet.sql.error.FreshetException;
import java.util.Map;

/**
 * PostgreSQL's INTERVAL text output (IntervalStyle {@code postgres}) and input.
 *
 * <p>Output: {@code 1 year 2 mons 3 days 04:05:06.5}, {@code -1 days +02:00:00}, {@code 00:00:00},
 * {@code -00:00:01}. A unit is printed when non-zero, plural unless exactly 1; after a negative
 * unit the next non-negative one carries a {@code +}; the time part appears when non-zero or when
 * everything is zero, with one sign in front.
 *
 * <p>Input, by PostgreSQL's rules ({@code DecodeInterval}, read right to left, then {@code
 * DecodeISO8601Interval}): numbers with units and their abbreviations ({@code year(s) yr(s) y,
 * month(s) mon(s), week(s) w, day(s) d, hour(s) hr(s) h, minute(s) min(s) m, second(s) sec(s) s,
 * millisecond(s) ms msec(s), microsecond(s) us usec(s), decade(s), century/centuries,
 * millennium/millennia}), a fraction spilling into smaller units ({@code 1.5 days} = 1 day 12
 * hours, {@code 1.5 months} = 1 month 15 days, {@code 0.5 years} = 6 months), {@code
 * [+-]hh:mm[:ss[.f]]}, a bare number (seconds; days before a time or hours: {@code 3 04:05}), SQL
 * year-month {@code 1-2}, {@code @} and {@code ago}, and ISO 8601 {@code P1Y2M3W4DT5H6M7.5S} or
 * {@code P0001-02-03T04:05:06}. Each unit may appear once. Not supported: {@code infinity}
 * (PostgreSQL 15 has none either), interval typmods ({@code INTERVAL DAY TO SECOND}).
 */
public final class PgIntervalText {
    private PgIntervalText() {}

    // ---------------------------------------------------------------- output

    /** Appends an interval in IntervalStyle {@code postgres}. */
    public static void appendInterval(int months, int days, long micros, StringBuilder out) {
        int year = months / 12;
        int mon = months % 12;
        long hour = micros / PgCalendar.MICROS_PER_HOUR;
        long rest = micros % PgCalendar.MICROS_PER_HOUR;
        long min = rest / PgCalendar.MICROS_PER_MINUTE;
        rest %= PgCalendar.MICROS_PER_MINUTE;
        long sec = rest / PgCalendar.MICROS_PER_SECOND;
        long fsec = rest % PgCalendar.MICROS_PER_SECOND;
        int state = ZERO;
        state = appendPart(year, "year", state, out);
        state = appendPart(mon, "mon", state, out);
        state = appendPart(days, "day", state, out);
        boolean zero = (state & ZERO) != 0;
        if (zero || hour != 0 || min != 0 || sec != 0 || fsec != 0) {
            boolean minus = hour < 0 || min < 0 || sec < 0 || fsec < 0;
            if (!zero) {
                out.append(' ');
            }
            if (minus) {
                out.append('-');
            } else if ((state & BEFORE) != 0) {
                out.append('+');
            }
            PgDateTimeText.appendPadded(Math.abs(hour), 2, out);
            out.append(':');
            PgDateTimeText.appendPadded(Math.abs(min), 2, out);
            out.append(':');
            PgDateTimeText.appendSeconds(sec, fsec, out);
        }
    }

    /** Nothing printed yet. */
    private static final int ZERO = 1;

    /** The previous printed unit was negative: the next positive one gets a {@code +}. */
    private static final int BEFORE = 2;

    private static int appendPart(long value, String unit, int state, StringBuilder out) {
        if (value == 0) {
            return state;
        }
        if ((state & ZERO) == 0) {
            out.append(' ');
        }
        if ((state & BEFORE) != 0 && value > 0) {
            out.append('+');
        }
        out.append(value).append(' ').append(unit);
        if (value != 1) {
            out.append('s');
        }
        return value < 0 ? BEFORE : 0;
    }

    /** The text of an interval in IntervalStyle {@code postgres}. */
    public static String format(Interval value) {
        StringBuilder b = new StringBuilder(32);
        appendInterval(value.months(), value.days(), value.micros(), b);
        return b.toString();
    }

    // ---------------------------------------------------------------- input

    // Interval units (PostgreSQL's DTK_* values used by DecodeInterval).
    private static final int NONE = -1;
    private static final int INVALID = 0;
    private static final int MICROSEC = 1;
    private static final int MILLISEC = 2;
    private static final int SECOND = 3;
    private static final int MINUTE = 4;
    private static final int HOUR = 5;
    private static final int DAY = 6;
    private static final int WEEK = 7;
    private static final int MONTH = 8;
    private static final int YEAR = 9;
    private static final int DECADE = 10;
    private static final int CENTURY = 11;
    private static final int MILLENNIUM = 12;
    private static final int AGO = 13;
    private static final int IGNORE = 14;

    /** The field bit each unit records, so each unit can be given once. */
    private static int mask(int unit) {
        return 1 << unit;
    }

    private static final int ALL_SECONDS_M = mask(SECOND) | mask(MILLISEC) | mask(MICROSEC);
    private static final int TIME_M = mask(HOUR) | mask(MINUTE) | ALL_SECONDS_M;

    /** PostgreSQL's {@code deltatktbl}: interval unit words, matched on their first 10 letters. */
    private static final Map<String, Integer> UNITS =
            Map.ofEntries(
                    Map.entry("@", IGNORE),
                    Map.entry("ago", AGO),
                    Map.entry("c", CENTURY),
                    Map.entry("cent", CENTURY),
                    Map.entry("centuries", CENTURY),
                    Map.entry("century", CENTURY),
                    Map.entry("d", DAY),
                    Map.entry("day", DAY),
                    Map.entry("days", DAY),
                    Map.entry("dec", DECADE),
                    Map.entry("decade", DECADE),
                    Map.entry("decades", DECADE),
                    Map.entry("decs", DECADE),
                    Map.entry("h", HOUR),
                    Map.entry("hour", HOUR),
                    Map.entry("hours", HOUR),
                    Map.entry("hr", HOUR),
                    Map.entry("hrs", HOUR),
                    Map.entry("m", MINUTE),
                    Map.entry("microsecon", MICROSEC),
                    Map.entry("mil", MILLENNIUM),
                    Map.entry("millennia", MILLENNIUM),
                    Map.entry("millennium", MILLENNIUM),
                    Map.entry("millisecon", MILLISEC),
                    Map.entry("mils", MILLENNIUM),
                    Map.entry("min", MINUTE),
                    Map.entry("mins", MINUTE),
                    Map.entry("minute", MINUTE),
                    Map.entry("minutes", MINUTE),
                    Map.entry("mon", MONTH),
                    Map.entry("mons", MONTH),
                    Map.entry("month", MONTH),
                    Map.entry("months", MONTH),
                    Map.entry("ms", MILLISEC),
                    Map.entry("msec", MILLISEC),
                    Map.entry("msecs", MILLISEC),
                    Map.entry("mseconds", MILLISEC),
                    Map.entry("s", SECOND),
                    Map.entry("sec", SECOND),
                    Map.entry("second", SECOND),
                    Map.entry("seconds", SECOND),
                    Map.entry("secs", SECOND),
                    Map.entry("us", MICROSEC),
                    Map.entry("usec", MICROSEC),
                    Map.entry("usecs", MICROSEC),
                    Map.entry("useconds", MICROSEC),
                    Map.entry("w", WEEK),
                    Map.entry("week", WEEK),
                    Map.entry("weeks", WEEK),
                    Map.entry("y", YEAR),
                    Map.entry("year", YEAR),
                    Map.entry("years", YEAR),
                    Map.entry("yr", YEAR),
                    Map.entry("yrs", YEAR));

    private long usec;
    private int mday;
    private int mon;
    private int year;

    /** Parses interval input; errors are PostgreSQL's (22007, 22015, 22008). */
    public static Interval parse(String text) {
        PgIntervalText p = new PgIntervalText();
        try {
            try {
                DateTimeFields f = DateTimeFields.split(text, PgDateTimeParser::isKeyword);
                if (f == null) {
                    throw PgDateTimeParser.fail(PgDateTimeParser.BAD_FORMAT);
                }
                p.decode(f);
            } catch (PgDateTimeParser.Failure f) {
                if (f.code != PgDateTimeParser.BAD_FORMAT) {
                    throw f;
                }
                p = new PgIntervalText();
                p.decodeIso8601(text);
            }
        } catch (PgDateTimeParser.Failure f) {
            PgDateTimeParser.Failure reported =
                    f.code == PgDateTimeParser.FIELD_OVERFLOW
                            ? PgDateTimeParser.fail(PgDateTimeParser.INTERVAL_OVERFLOW)
                            : f;
            throw PgDateTimeParser.error(reported, text, "interval");
        }
        long months = (long) p.year * 12 + p.mon;
        if (months != (int) months) {
            throw new FreshetException(ErrorCode.DATETIME_FIELD_OVERFLOW, "interval out of range");
        }
        return new Interval((int) months, p.mday, p.usec);
    }

    private static PgDateTimeParser.Failure badFormat() {
        return PgDateTimeParser.fail(PgDateTimeParser.BAD_FORMAT);
    }

    private static PgDateTimeParser.Failure overflow() {
        return PgDateTimeParser.fail(PgDateTimeParser.FIELD_OVERFLOW);
    }

    /** PostgreSQL 15's {@code DecodeInterval}: fields read right to left, units before numbers. */
    private void decode(DateTimeFields f) {
        int fmask = 0;
        int type = NONE;
        boolean isBefore = false;
        for (int i = f.count - 1; i >= 0; i--) {
            String field = f.text[i];
            int tmask;
            int kind = f.kind[i];
            if (kind == DateTimeFields.TZ && field.indexOf(':', 1) >= 0 && signedTime(field)) {
                tmask = TIME_M;
                type = DAY;
            } else {
                switch (kind) {
                    case DateTimeFields.TIME -> {
                        decodeTime(field);
                        tmask = TIME_M;
                        type = DAY;
                    }
                    case DateTimeFields.TZ, DateTimeFields.DATE, DateTimeFields.NUMBER -> {
                        if (type == NONE) {
                            type = SECOND;
                        }
                        int[] pos = new int[1];
                        long val = PgDateTimeParser.strtoll(field, 0, pos);
                        double fval;
                        int end = pos[0];
                        if (end < field.length() && field.charAt(end) == '-') {
                            // SQL year-month: "1-2"
                            long val2 = strtoInt(field, end + 1, pos);
                            if (val2 < 0 || val2 >= 12) {
                                throw overflow();
                            }
                            if (pos[0] != field.length()) {
                                throw badFormat();
                            }
                            type = MONTH;
                            if (field.charAt(0) == '-') {
                                val2 = -val2;
                            }
                            try {
                                val = Math.addExact(Math.multiplyExact(val, 12), val2);
                            } catch (ArithmeticException e) {
                                throw overflow();
                            }
                            fval = 0;
                        } else if (end < field.length() && field.charAt(end) == '.') {
                            fval = PgDateTimeParser.parseFraction(field.substring(end));
                            if (field.charAt(0) == '-') {
                                fval = -fval;
                            }
                        } else if (end == field.length()) {
                            fval = 0;
                        } else {
                            throw badFormat();
                        }
                        tmask = applyUnit(type, val, fval);
                        if (type == HOUR) {
                            // A bare number before hours means days: "3 4 hours".
                            type = DAY;
                        }
                    }
                    case DateTimeFields.STRING, DateTimeFields.SPECIAL -> {
                        Integer unit = UNITS.get(PgDateTimeParser.truncateToken(field));
                        if (unit == null) {
                            throw badFormat();
                        }
                        if (unit == IGNORE) {
                            continue;
                        }
                        if (unit == AGO) {
                            isBefore = true;
                            // Nothing may follow "ago" to its left without a unit of its own.
                            type = INVALID;
                        } else {
                            type = unit;
                        }
                        tmask = 0;
                    }
                    default -> throw badFormat();
                }
            }
            if ((tmask & fmask) != 0) {
                throw badFormat();
            }
            fmask |= tmask;
        }
        if (fmask == 0) {
            throw badFormat();
        }
        if (isBefore) {
            if (usec == Long.MIN_VALUE
                    || mday == Integer.MIN_VALUE
                    || mon == Integer.MIN_VALUE
                    || year == Integer.MIN_VALUE) {
                throw overflow();
            }
            usec = -usec;
            mday = -mday;
            mon = -mon;
            year = -year;
        }
    }

    /** A signed {@code [+-]hh:mm[:ss]} field; false (nothing changed) if it is not one. */
    private boolean signedTime(String field) {
        long saved = usec;
        try {
            decodeTime(field.substring(1));
        } catch (PgDateTimeParser.Failure e) {
            usec = saved;
            return false;
        }
        if (field.charAt(0) == '-') {
            if (usec == Long.MIN_VALUE) {
                throw overflow();
            }
            usec = -usec;
        }
        return true;
    }

    /**
     * PostgreSQL's {@code DecodeTimeForInterval}. Like PostgreSQL, it replaces the microseconds
     * accumulated so far (every unit that adds to them conflicts with a time field anyway, except
     * the fraction of a day or week).
     */
    private void decodeTime(String str) {
        long[] t = PgDateTimeParser.decodeTimeFields(str);
        long total = t[3];
        try {
            total = Math.addExact(total, Math.multiplyExact(t[0], PgCalendar.MICROS_PER_HOUR));
            total = Math.addExact(total, Math.multiplyExact(t[1], PgCalendar.MICROS_PER_MINUTE));
            total = Math.addExact(total, Math.multiplyExact(t[2], PgCalendar.MICROS_PER_SECOND));
        } catch (ArithmeticException e) {
            throw overflow();
        }
        usec = total;
    }

    private static long strtoInt(String s, int from, int[] pos) {
        long v = PgDateTimeParser.strtoll(s, from, pos);
        if (v > Integer.MAX_VALUE || v < Integer.MIN_VALUE) {
            throw overflow();
        }
        return v;
    }

    /** Adds {@code val + fval} of {@code unit}; returns the field bits it records. */
    private int applyUnit(int unit, long val, double fval) {
        switch (unit) {
            case MICROSEC -> {
                addMicros(val, fval, 1);
                return mask(MICROSEC);
            }
            case MILLISEC -> {
                addMicros(val, fval, 1000);
                return mask(MILLISEC);
            }
            case SECOND -> {
                addMicros(val, fval, PgCalendar.MICROS_PER_SECOND);
                // A fraction of a second counts as milli- and microseconds given too.
                return fval == 0 ? mask(SECOND) : ALL_SECONDS_M;
            }
            case MINUTE -> {
                addMicros(val, fval, PgCalendar.MICROS_PER_MINUTE);
                return mask(MINUTE);
            }
            case HOUR -> {
                addMicros(val, fval, PgCalendar.MICROS_PER_HOUR);
                return mask(HOUR);
            }
            case DAY -> {
                addDays(val, 1);
                addFractionMicros(fval, PgCalendar.MICROS_PER_DAY);
                return mask(DAY);
            }
            case WEEK -> {
                addDays(val, 7);
                addFractionDays(fval, 7);
                return mask(WEEK);
            }
            case MONTH -> {
                addMonths(val);
                addFractionDays(fval, 30);
                return mask(MONTH);
            }
            case YEAR -> {
                addYears(val, 1);
                addFractionYears(fval, 1);
                return mask(YEAR);
            }
            case DECADE -> {
                addYears(val, 10);
                addFractionYears(fval, 10);
                return mask(DECADE);
            }
            case CENTURY -> {
                addYears(val, 100);
                addFractionYears(fval, 100);
                return mask(CENTURY);
            }
            case MILLENNIUM -> {
                addYears(val, 1000);
                addFractionYears(fval, 1000);
                return mask(MILLENNIUM);
            }
            default -> throw badFormat();
        }
    }

    /** Adds {@code frac * scale} microseconds, rounding as PostgreSQL (half toward zero). */
    private void addFractionMicros(double frac, long scale) {
        if (frac == 0) {
            return;
        }
        frac *= scale;
        long micros = (long) frac;
        frac -= micros;
        if (frac > 0.5) {
            micros++;
        } else if (frac < -0.5) {
            micros--;
        }
        try {
            usec = Math.addExact(usec, micros);
        } catch (ArithmeticException e) {
            throw overflow();
        }
    }

    /** Adds the whole days of {@code frac * scale} to the days, the rest as microseconds. */
    private void addFractionDays(double frac, int scale) {
        if (frac == 0) {
            return;
        }
        frac *= scale;
        int extraDays = (int) frac;
        try {
            mday = Math.addExact(mday, extraDays);
        } catch (ArithmeticException e) {
            throw overflow();
        }
        addFractionMicros(frac - extraDays, PgCalendar.MICROS_PER_DAY);
    }

    /** Adds {@code frac * scale} years as whole months (rounded half to even). */
    private void addFractionYears(double frac, int scale) {
        int extraMonths = (int) Math.rint(frac * scale * 12);
        try {
            mon = Math.addExact(mon, extraMonths);
        } catch (ArithmeticException e) {
            throw overflow();
        }
    }

    private void addMicros(long val, double fval, long scale) {
        try {
            usec = Math.addExact(usec, Math.multiplyExact(val, scale));
        } catch (ArithmeticException e) {
            throw overflow();
        }
        addFractionMicros(fval, scale);
    }

    private void addDays(long val, int scale) {
        if (val < Integer.MIN_VALUE || val > Integer.MAX_VALUE) {
            throw overflow();
        }
        try {
            mday = Math.addExact(mday, Math.multiplyExact((int) val, scale));
        } catch (ArithmeticException e) {
            throw overflow();
        }
    }

    private void addMonths(long val) {
        if (val < Integer.MIN_VALUE || val > Integer.MAX_VALUE) {
            throw overflow();
        }
        try {
            mon = Math.addExact(mon, (int) val);
        } catch (ArithmeticException e) {
            throw overflow();
        }
    }

    private void addYears(long val, int scale) {
        if (val < Integer.MIN_VALUE || val > Integer.MAX_VALUE) {
            throw overflow();
        }
        try {
            year = Math.addExact(year, Math.multiplyExact((int) val, scale));
        } catch (ArithmeticException e) {
            throw overflow();
        }
    }

    // ---------------------------------------------------------------- ISO 8601

    private long isoInt;
    private double isoFraction;
    private int isoEnd;

    /**
     * PostgreSQL's {@code DecodeISO8601Interval}: format with designators or alternative format.
     */
    private void decodeIso8601(String s) {
        int n = s.length();
        if (n < 2 || s.charAt(0) != 'P') {
            throw badFormat();
        }
        int i = 1;
        boolean datePart = true;
        boolean haveField = false;
        while (i < n) {
            if (s.charAt(i) == 'T') {
                datePart = false;
                haveField = false;
                i++;
                continue;
            }
            int fieldStart = i;
            isoNumber(s, i);
            i = isoEnd;
            char unit = i < n ? s.charAt(i) : '\0';
            i++;
            if (datePart) {
                switch (unit) {
                    case 'Y' -> {
                        addYears(isoInt, 1);
                        addFractionYears(isoFraction, 1);
                    }
                    case 'M' -> {
                        addMonths(isoInt);
                        addFractionDays(isoFraction, 30);
                    }
                    case 'W' -> {
                        addDays(isoInt, 7);
                        addFractionDays(isoFraction, 7);
                    }
                    case 'D' -> {
                        addDays(isoInt, 1);
                        addFractionMicros(isoFraction, PgCalendar.MICROS_PER_DAY);
                    }
                    case 'T', '\0', '-' -> {
                        if (unit != '-' && integerWidth(s, fieldStart) == 8 && !haveField) {
                            // Basic alternative format: PYYYYMMDD
                            long v = isoInt;
                            addYears(v / 10000, 1);
                            addMonths((v / 100) % 100);
                            addDays(v % 100, 1);
                            addFractionMicros(isoFraction, PgCalendar.MICROS_PER_DAY);
                            if (unit == '\0') {
                                return;
                            }
                            datePart = false;
                            haveField = false;
                            continue;
                        }
                        // Extended alternative format: PYYYY-MM-DD
                        if (haveField) {
                            throw badFormat();
                        }
                        addYears(isoInt, 1);
                        addFractionYears(isoFraction, 1);
                        if (unit == '\0') {
                            return;
                        }
                        if (unit == 'T') {
                            datePart = false;
                            haveField = false;
                            continue;
                        }
                        isoNumber(s, i);
                        i = isoEnd;
                        addMonths(isoInt);
                        addFractionDays(isoFraction, 30);
                        if (i == n) {
                            return;
                        }
                        if (s.charAt(i) == 'T') {
                            datePart = false;
                            haveField = false;
                            continue;
                        }
                        if (s.charAt(i) != '-') {
                            throw badFormat();
                        }
                        i++;
                        isoNumber(s, i);
                        i = isoEnd;
                        addDays(isoInt, 1);
                        addFractionMicros(isoFraction, PgCalendar.MICROS_PER_DAY);
                        if (i == n) {
                            return;
                        }
                        if (s.charAt(i) == 'T') {
                            datePart = false;
                            haveField = false;
                            continue;
                        }
                        throw badFormat();
                    }
                    default -> throw badFormat();
                }
            } else {
                switch (unit) {
                    case 'H' -> addMicros(isoInt, isoFraction, PgCalendar.MICROS_PER_HOUR);
                    case 'M' -> addMicros(isoInt, isoFraction, PgCalendar.MICROS_PER_MINUTE);
                    case 'S' -> addMicros(isoInt, isoFraction, PgCalendar.MICROS_PER_SECOND);
                    case '\0', ':' -> {
                        if (unit == '\0' && integerWidth(s, fieldStart) == 6 && !haveField) {
                            // Basic alternative format: PThhmmss (the fraction counts in µs,
                            // as in PostgreSQL).
                            long v = isoInt;
                            addMicros(v / 10000, 0, PgCalendar.MICROS_PER_HOUR);
                            addMicros((v / 100) % 100, 0, PgCalendar.MICROS_PER_MINUTE);
                            addMicros(v % 100, 0, PgCalendar.MICROS_PER_SECOND);
                            addFractionMicros(isoFraction, 1);
                            return;
                        }
                        // Extended alternative format: PThh:mm:ss
                        if (haveField) {
                            throw badFormat();
                        }
                        addMicros(isoInt, isoFraction, PgCalendar.MICROS_PER_HOUR);
                        if (unit == '\0') {
                            return;
                        }
                        isoNumber(s, i);
                        i = isoEnd;
                        addMicros(isoInt, isoFraction, PgCalendar.MICROS_PER_MINUTE);
                        if (i == n) {
                            return;
                        }
                        if (s.charAt(i) != ':') {
                            throw badFormat();
                        }
                        i++;
                        isoNumber(s, i);
                        i = isoEnd;
                        addMicros(isoInt, isoFraction, PgCalendar.MICROS_PER_SECOND);
                        if (i == n) {
                            return;
                        }
                        throw badFormat();
                    }
                    default -> throw badFormat();
                }
            }
            haveField = true;
        }
    }

    /** True if the mantissa of the decimal number {@code s[from, to)} has a non-zero digit. */
    private static boolean hasNonZeroDigit(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (c == 'e' || c == 'E') {
                return false;
            }
            if (c >= '1' && c <= '9') {
                return true;
            }
        }
        return false;
    }

    /** Digits of an ISO 8601 number's integer part (sign and fraction not counted). */
    private static int integerWidth(String s, int from) {
        int i = from;
        if (i < s.length() && s.charAt(i) == '-') {
            i++;
        }
        int start = i;
        while (i < s.length() && DateTimeFields.isDigit(s.charAt(i))) {
            i++;
        }
        return i - start;
    }

    /**
     * PostgreSQL's {@code ParseISO8601Number}: a decimal number as C's {@code strtod} reads it,
     * split into {@link #isoInt} (truncated) and {@link #isoFraction}; sets {@link #isoEnd}.
     */
    private void isoNumber(String s, int from) {
        if (from >= s.length()) {
            throw badFormat();
        }
        char first = s.charAt(from);
        if (!(DateTimeFields.isDigit(first) || first == '-' || first == '.')) {
            throw badFormat();
        }
        int end = PgFloatText.decimalPrefixLength(s, from);
        if (end < 0) {
            // "-inf", "-nan": strtod reads them, then they are out of range.
            if (PgFloatText.specialPrefixLength(s, from) > 0) {
                throw overflow();
            }
            throw badFormat();
        }
        double val = Double.parseDouble(s.substring(from, end));
        // strtod reports ERANGE (taken as a format error) when the number overflows or
        // underflows; a finite number beyond 1e15 is out of range.
        if (Double.isInfinite(val)
                || (val == 0 && hasNonZeroDigit(s, from, end))
                || (val != 0 && Math.abs(val) < Double.MIN_NORMAL)) {
            throw badFormat();
        }
        if (val < -1.0e15 || val > 1.0e15) {
            throw overflow();
        }
        isoInt = val >= 0 ? (long) Math.floor(val) : -(long) Math.floor(-val);
        isoFraction = val - isoInt;
        isoEnd = end;
    }
}
