package dev.freshet.engine.type;

/**
 * PostgreSQL's calendar on Freshet's value encodings: DATE as days since 1970-01-01, TIME as
 * microseconds since midnight, TIMESTAMP/TIMESTAMPTZ as microseconds since 1970-01-01 00:00 (UTC
 * for TIMESTAMPTZ).
 *
 * <p>The calendar is the proleptic Gregorian one with astronomical year numbering: year 0 is 1 BC,
 * year -1 is 2 BC (PostgreSQL prints year {@code y <= 0} as {@code 1 - y} followed by {@code BC}).
 * Day and time splits use floor division, so instants before 1970 still have a time of day in
 * {@code [0, 24h)}.
 *
 * <p>Everything here works on primitives and allocates nothing; a (year, month, day) triple travels
 * packed in one {@code long} (see {@link #ymd}), so hot loops ({@code to_char}, {@code date_trunc},
 * {@code extract}) can use it per row.
 */
public final class PgCalendar {
    private PgCalendar() {}

    public static final long MICROS_PER_SECOND = 1_000_000L;
    public static final long MICROS_PER_MINUTE = 60 * MICROS_PER_SECOND;
    public static final long MICROS_PER_HOUR = 60 * MICROS_PER_MINUTE;
    public static final long MICROS_PER_DAY = 24 * MICROS_PER_HOUR;
    public static final int SECONDS_PER_DAY = 86_400;

    /** The DATE and TIMESTAMP(TZ) value {@code -infinity}: sorts before every finite value. */
    public static final long NEG_INFINITY = Long.MIN_VALUE;

    /** The DATE and TIMESTAMP(TZ) value {@code infinity}: sorts after every finite value. */
    public static final long POS_INFINITY = Long.MAX_VALUE;

    /** Days from 4714-11-24 BC (Julian day 0) to 1970-01-01. */
    public static final long UNIX_EPOCH_JULIAN_DAY = 2_440_588;

    /** First valid DATE, 4714-11-24 BC (Julian day 0), as PostgreSQL's. */
    public static final long MIN_DATE = -UNIX_EPOCH_JULIAN_DAY;

    /** Last valid DATE, 5874897-12-31, as PostgreSQL's. */
    public static final long MAX_DATE = 2_145_042_905L;

    /** First valid TIMESTAMP, 4714-11-24 00:00:00 BC, as PostgreSQL's. */
    public static final long MIN_TIMESTAMP = MIN_DATE * MICROS_PER_DAY;

    /**
     * Last valid TIMESTAMP, 294246-12-31 23:59:59.999999. PostgreSQL goes on to 294276-12-31, but
     * microseconds since 1970 in a {@code long} end in January 294247; we stop at the year before.
     */
    public static final long MAX_TIMESTAMP = 9_223_371_244_800_000_000L - 1;

    /** True for a finite DATE or TIMESTAMP value (not ±infinity). */
    public static boolean isFinite(long value) {
        return value != NEG_INFINITY && value != POS_INFINITY;
    }

    /** Leap year in the proleptic Gregorian calendar (astronomical numbering: 0 is a leap year). */
    public static boolean isLeapYear(long year) {
        return (year & 3) == 0 && (year % 100 != 0 || year % 400 == 0);
    }

    /** Days in {@code month} (1-12) of {@code year}. */
    public static int daysInMonth(long year, int month) {
        return switch (month) {
            case 2 -> isLeapYear(year) ? 29 : 28;
            case 4, 6, 9, 11 -> 30;
            default -> 31;
        };
    }

    /**
     * Days since 1970-01-01 of a date. The fields are not validated: month 1-12 and day 1-31 give
     * the expected answer, day 0 or 32 the neighbouring day (a month out of range is not allowed).
     */
    public static long epochDay(long year, int month, int day) {
        // Count from March 1 so the leap day ends a 400-year era (Hinnant's days_from_civil).
        long y = month <= 2 ? year - 1 : year;
        long era = Math.floorDiv(y, 400);
        long yearOfEra = y - era * 400;
        int monthFromMarch = month > 2 ? month - 3 : month + 9;
        long dayOfYear = (153L * monthFromMarch + 2) / 5 + day - 1;
        long dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear;
        return era * 146_097 + dayOfEra - 719_468;
    }

    /**
     * The (year, month, day) of {@code epochDay}, packed into one {@code long}; read it with {@link
     * #ymdYear}, {@link #ymdMonth} and {@link #ymdDay}.
     */
    public static long ymd(long epochDay) {
        long z = epochDay + 719_468;
        long era = Math.floorDiv(z, 146_097);
        long dayOfEra = z - era * 146_097;
        long yearOfEra =
                (dayOfEra - dayOfEra / 1460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365;
        long dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100);
        long mp = (5 * dayOfYear + 2) / 153;
        int day = (int) (dayOfYear - (153 * mp + 2) / 5 + 1);
        int month = (int) (mp < 10 ? mp + 3 : mp - 9);
        long year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
        return packYmd(year, month, day);
    }

    /** Packs a (year, month, day) triple the way {@link #ymd} returns it. */
    public static long packYmd(long year, int month, int day) {
        return (year << 9) | ((long) month << 5) | day;
    }

    /** Year of a packed date (astronomical numbering). */
    public static int ymdYear(long ymd) {
        return (int) (ymd >> 9);
    }

    /** Month (1-12) of a packed date. */
    public static int ymdMonth(long ymd) {
        return (int) ((ymd >> 5) & 15);
    }

    /** Day of month (1-31) of a packed date. */
    public static int ymdDay(long ymd) {
        return (int) (ymd & 31);
    }

    /** Day of week, 0 = Sunday .. 6 = Saturday (PostgreSQL's {@code dow}). */
    public static int dayOfWeek(long epochDay) {
        return (int) Math.floorMod(epochDay + 4, 7);
    }

    /** Day of year, 1-366 (PostgreSQL's {@code doy}). */
    public static int dayOfYear(long epochDay) {
        return (int) (epochDay - epochDay(ymdYear(ymd(epochDay)), 1, 1)) + 1;
    }

    /** The date part (days since 1970-01-01) of a timestamp. */
    public static long epochDayOf(long timestampMicros) {
        return Math.floorDiv(timestampMicros, MICROS_PER_DAY);
    }

    /** The time of day (microseconds since midnight, {@code [0, 24h)}) of a timestamp. */
    public static long microsOfDay(long timestampMicros) {
        return Math.floorMod(timestampMicros, MICROS_PER_DAY);
    }

    /** A timestamp from its date (days since 1970-01-01) and time of day in microseconds. */
    public static long timestamp(long epochDay, long microsOfDay) {
        return epochDay * MICROS_PER_DAY + microsOfDay;
    }

    /** A timestamp from calendar fields (not validated; see {@link #epochDay}). */
    public static long timestamp(
            long year, int month, int day, int hour, int minute, int second, int micros) {
        return timestamp(epochDay(year, month, day), timeOfDay(hour, minute, second, micros));
    }

    /** Microseconds since midnight of a time of day (not validated). */
    public static long timeOfDay(long hour, long minute, long second, long micros) {
        return ((hour * 60 + minute) * 60 + second) * MICROS_PER_SECOND + micros;
    }

    /** True if {@code epochDay} is within PostgreSQL's DATE range. */
    public static boolean isValidDate(long epochDay) {
        return epochDay >= MIN_DATE && epochDay <= MAX_DATE;
    }

    /** True if {@code micros} is within the TIMESTAMP range (see {@link #MAX_TIMESTAMP}). */
    public static boolean isValidTimestamp(long micros) {
        return micros >= MIN_TIMESTAMP && micros <= MAX_TIMESTAMP;
    }
}
