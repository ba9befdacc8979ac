package dev.freshet.engine.type;

import java.time.ZoneId;

/**
 * PostgreSQL's text output for DATE, TIME, TIMESTAMP and TIMESTAMPTZ with DateStyle ISO: {@code
 * 1999-01-08}, {@code 04:05:06.5}, {@code 1999-01-08 04:05:06}, {@code 1999-01-08 04:05:06+05:30},
 * years before 1 AD as {@code 0001-01-01 BC}, and {@code infinity} / {@code -infinity}.
 *
 * <p>Every method appends to the caller's builder and allocates nothing.
 */
public final class PgDateTimeText {
    private PgDateTimeText() {}

    /** Appends a DATE (days since 1970-01-01) as {@code YYYY-MM-DD[ BC]}. */
    public static void appendDate(long epochDay, StringBuilder out) {
        if (!PgCalendar.isFinite(epochDay)) {
            out.append(epochDay == PgCalendar.POS_INFINITY ? "infinity" : "-infinity");
            return;
        }
        long ymd = PgCalendar.ymd(epochDay);
        int year = PgCalendar.ymdYear(ymd);
        appendYmd(year, PgCalendar.ymdMonth(ymd), PgCalendar.ymdDay(ymd), out);
        if (year <= 0) {
            out.append(" BC");
        }
    }

    /**
     * Appends a TIME (microseconds since midnight, up to 24:00:00) as {@code HH:MM:SS[.ffffff]},
     * trailing fractional zeros dropped.
     */
    public static void appendTime(long micros, StringBuilder out) {
        appendTimeOfDay(micros, out);
    }

    /** Appends a TIMESTAMP as {@code YYYY-MM-DD HH:MM:SS[.ffffff][ BC]}. */
    public static void appendTimestamp(long micros, StringBuilder out) {
        if (!PgCalendar.isFinite(micros)) {
            out.append(micros == PgCalendar.POS_INFINITY ? "infinity" : "-infinity");
            return;
        }
        int year = appendDateTime(micros, out);
        if (year <= 0) {
            out.append(" BC");
        }
    }

    /**
     * Appends a TIMESTAMPTZ (µs since 1970-01-01 UTC) as the wall-clock time in {@code zone}
     * followed by its UTC offset: {@code 2020-01-01 12:00:00+00}, {@code -05}, {@code +05:30},
     * {@code -04:56:02}.
     */
    public static void appendTimestampTz(long micros, ZoneId zone, StringBuilder out) {
        if (!PgCalendar.isFinite(micros)) {
            out.append(micros == PgCalendar.POS_INFINITY ? "infinity" : "-infinity");
            return;
        }
        int offset = PgTimeZones.offsetSeconds(zone, micros);
        int year = appendDateTime(micros + offset * PgCalendar.MICROS_PER_SECOND, out);
        appendOffset(offset, out);
        if (year <= 0) {
            out.append(" BC");
        }
    }

    /**
     * Appends a UTC offset (seconds east of Greenwich) as PostgreSQL prints it: sign and hours,
     * then {@code :MM} if minutes or seconds are non-zero, then {@code :SS} if seconds are.
     */
    public static void appendOffset(int offsetSeconds, StringBuilder out) {
        int abs = Math.abs(offsetSeconds);
        int hours = abs / 3600;
        int minutes = abs / 60 % 60;
        int seconds = abs % 60;
        out.append(offsetSeconds >= 0 ? '+' : '-');
        appendPadded(hours, 2, out);
        if (minutes != 0 || seconds != 0) {
            out.append(':');
            appendPadded(minutes, 2, out);
            if (seconds != 0) {
                out.append(':');
                appendPadded(seconds, 2, out);
            }
        }
    }

    /** Appends the date and time of a local timestamp; returns the (astronomical) year. */
    private static int appendDateTime(long localMicros, StringBuilder out) {
        long ymd = PgCalendar.ymd(PgCalendar.epochDayOf(localMicros));
        int year = PgCalendar.ymdYear(ymd);
        appendYmd(year, PgCalendar.ymdMonth(ymd), PgCalendar.ymdDay(ymd), out);
        out.append(' ');
        appendTimeOfDay(PgCalendar.microsOfDay(localMicros), out);
        return year;
    }

    private static void appendYmd(int year, int month, int day, StringBuilder out) {
        appendPadded(year > 0 ? year : 1 - (long) year, 4, out);
        out.append('-');
        appendPadded(month, 2, out);
        out.append('-');
        appendPadded(day, 2, out);
    }

    private static void appendTimeOfDay(long micros, StringBuilder out) {
        long seconds = micros / PgCalendar.MICROS_PER_SECOND;
        appendPadded(seconds / 3600, 2, out);
        out.append(':');
        appendPadded(seconds / 60 % 60, 2, out);
        out.append(':');
        appendSeconds(seconds % 60, micros % PgCalendar.MICROS_PER_SECOND, out);
    }

    /**
     * Appends two-digit seconds and, if {@code fraction} (µs, sign ignored) is non-zero, a point
     * and up to six digits without trailing zeros.
     */
    static void appendSeconds(long seconds, long fraction, StringBuilder out) {
        appendPadded(Math.abs(seconds), 2, out);
        fraction = Math.abs(fraction);
        if (fraction != 0) {
            out.append('.');
            int digits = 6;
            while (fraction % 10 == 0) {
                fraction /= 10;
                digits--;
            }
            appendPadded(fraction, digits, out);
        }
    }

    /** Appends a non-negative number with leading zeros up to {@code width} digits. */
    static void appendPadded(long value, int width, StringBuilder out) {
        if (width == 2 && value >= 0 && value < 100) {
            // Hours, minutes, seconds, months and days: two characters, no number formatting.
            out.append((char) ('0' + value / 10)).append((char) ('0' + value % 10));
            return;
        }
        long limit = 10;
        for (int i = 1; i < width; i++) {
            if (value < limit) {
                out.append('0');
            }
            limit *= 10;
        }
        out.append(value);
    }
}
