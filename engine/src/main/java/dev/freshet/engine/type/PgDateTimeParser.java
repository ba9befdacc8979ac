package dev.freshet.engine.type;

import dev.freshet.sql.error.ErrorCode;
import dev.freshet.sql.error.FreshetException;
import java.time.ZoneId;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * PostgreSQL's text input for DATE, TIME, TIMESTAMP and TIMESTAMPTZ (DateStyle ISO, MDY): the
 * fields of {@link DateTimeFields} interpreted by the rules of PostgreSQL's {@code DecodeDateTime}
 * and {@code DecodeTimeOnly}, with the same errors.
 *
 * <p>Accepted: ISO dates ({@code 1999-01-08}, {@code 19990108}, {@code 990108}, {@code 1999.008}),
 * month names ({@code Jan 8 1999}, {@code January 8, 1999}, {@code 1999-Jan-08}, {@code
 * 08-Jan-99}), MDY numeric dates ({@code 1/8/1999}, {@code 01/02/03}), two-digit years (1970-2069),
 * {@code AD}/{@code BC}, day names (ignored), Julian days ({@code J2451187}); times {@code
 * HH:MM[:SS[.f]]}, {@code HHMMSS}, {@code AM}/{@code PM}, {@code 24:00:00} and leap second {@code
 * :60} (rolled into the next minute, as PostgreSQL does), the {@code T} separator; zones as offsets
 * ({@code +05}, {@code -08:00}, {@code +0530}, {@code Z}), IANA names, fixed abbreviations (see
 * {@link PgTimeZones}) and POSIX offsets ({@code UTC+3}); the special values {@code epoch}, {@code
 * infinity}, {@code -infinity} and {@code allballs}. A zone is checked but ignored for DATE, TIME
 * and TIMESTAMP, as in PostgreSQL.
 *
 * <p>Not accepted (22007 or 0A000): {@code now}, {@code today}, {@code tomorrow}, {@code yesterday}
 * (0A000: they depend on the transaction's clock); the {@code DST} modifier; the undocumented
 * {@code y1999m01d08} unit syntax; zone abbreviations outside {@link PgTimeZones}'s table.
 */
public final class PgDateTimeParser {
    // Field bits: PostgreSQL's DTK_M() masks, named after the field they record.
    private static final int RESERV = 0;
    private static final int MONTH = 1;
    private static final int YEAR = 2;
    private static final int DAY = 3;
    private static final int TZ = 5;
    private static final int DTZ = 6;
    private static final int IGNORE = 8;
    private static final int AMPM = 9;
    private static final int HOUR = 10;
    private static final int MINUTE = 11;
    private static final int SECOND = 12;
    private static final int MILLISECOND = 13;
    private static final int MICROSECOND = 14;
    private static final int DOY = 15;
    private static final int DOW = 16;
    private static final int UNITS = 17;
    private static final int ADBC = 18;
    private static final int ISOTIME = 23;
    private static final int DTZMOD = 28;
    private static final int UNKNOWN = 31;

    private static final int DATE_M = m(YEAR) | m(MONTH) | m(DAY);
    private static final int TIME_M =
            m(HOUR) | m(MINUTE) | m(SECOND) | m(MILLISECOND) | m(MICROSECOND);

    private static int m(int field) {
        return 1 << field;
    }

    // Values of RESERV keywords, and the kinds of result.
    private static final int V_DATE = 0;
    private static final int V_EPOCH = 1;
    private static final int V_LATE = 2;
    private static final int V_EARLY = 3;
    private static final int V_NOW = 4;
    private static final int V_ZULU = 5;

    // Values of UNITS keywords ("j 2451187", "t 040506"); the others are not supported here.
    private static final int U_JULIAN = 1;
    private static final int U_TIME = 2;
    private static final int U_OTHER = 3;

    private static final int AM = 0;
    private static final int PM = 1;
    private static final int HR24 = 2;
    private static final int BC = 1;

    /** PostgreSQL's TOKMAXLEN: keywords and abbreviations match on their first 10 characters. */
    static final int TOKEN_MAX_LENGTH = 10;

    private record Keyword(int type, int value) {}

    /** PostgreSQL's {@code datetktbl}: date/time keywords (lower case). */
    private static final Map<String, Keyword> KEYWORDS =
            Map.ofEntries(
                    Map.entry("-infinity", new Keyword(RESERV, V_EARLY)),
                    Map.entry("ad", new Keyword(ADBC, 0)),
                    Map.entry("allballs", new Keyword(RESERV, V_ZULU)),
                    Map.entry("am", new Keyword(AMPM, AM)),
                    Map.entry("apr", new Keyword(MONTH, 4)),
                    Map.entry("april", new Keyword(MONTH, 4)),
                    Map.entry("at", new Keyword(IGNORE, 0)),
                    Map.entry("aug", new Keyword(MONTH, 8)),
                    Map.entry("august", new Keyword(MONTH, 8)),
                    Map.entry("bc", new Keyword(ADBC, BC)),
                    Map.entry("d", new Keyword(UNITS, U_OTHER)),
                    Map.entry("dec", new Keyword(MONTH, 12)),
                    Map.entry("december", new Keyword(MONTH, 12)),
                    Map.entry("dow", new Keyword(UNITS, U_OTHER)),
                    Map.entry("doy", new Keyword(UNITS, U_OTHER)),
                    Map.entry("dst", new Keyword(DTZMOD, 0)),
                    Map.entry("epoch", new Keyword(RESERV, V_EPOCH)),
                    Map.entry("feb", new Keyword(MONTH, 2)),
                    Map.entry("february", new Keyword(MONTH, 2)),
                    Map.entry("fri", new Keyword(DOW, 5)),
                    Map.entry("friday", new Keyword(DOW, 5)),
                    Map.entry("h", new Keyword(UNITS, U_OTHER)),
                    Map.entry("infinity", new Keyword(RESERV, V_LATE)),
                    Map.entry("isodow", new Keyword(UNITS, U_OTHER)),
                    Map.entry("isoyear", new Keyword(UNITS, U_OTHER)),
                    Map.entry("j", new Keyword(UNITS, U_JULIAN)),
                    Map.entry("jan", new Keyword(MONTH, 1)),
                    Map.entry("january", new Keyword(MONTH, 1)),
                    Map.entry("jd", new Keyword(UNITS, U_JULIAN)),
                    Map.entry("jul", new Keyword(MONTH, 7)),
                    Map.entry("julian", new Keyword(UNITS, U_JULIAN)),
                    Map.entry("july", new Keyword(MONTH, 7)),
                    Map.entry("jun", new Keyword(MONTH, 6)),
                    Map.entry("june", new Keyword(MONTH, 6)),
                    Map.entry("m", new Keyword(UNITS, U_OTHER)),
                    Map.entry("mar", new Keyword(MONTH, 3)),
                    Map.entry("march", new Keyword(MONTH, 3)),
                    Map.entry("may", new Keyword(MONTH, 5)),
                    Map.entry("mm", new Keyword(UNITS, U_OTHER)),
                    Map.entry("mon", new Keyword(DOW, 1)),
                    Map.entry("monday", new Keyword(DOW, 1)),
                    Map.entry("nov", new Keyword(MONTH, 11)),
                    Map.entry("november", new Keyword(MONTH, 11)),
                    Map.entry("now", new Keyword(RESERV, V_NOW)),
                    Map.entry("oct", new Keyword(MONTH, 10)),
                    Map.entry("october", new Keyword(MONTH, 10)),
                    Map.entry("on", new Keyword(IGNORE, 0)),
                    Map.entry("pm", new Keyword(AMPM, PM)),
                    Map.entry("s", new Keyword(UNITS, U_OTHER)),
                    Map.entry("sat", new Keyword(DOW, 6)),
                    Map.entry("saturday", new Keyword(DOW, 6)),
                    Map.entry("sep", new Keyword(MONTH, 9)),
                    Map.entry("sept", new Keyword(MONTH, 9)),
                    Map.entry("september", new Keyword(MONTH, 9)),
                    Map.entry("sun", new Keyword(DOW, 0)),
                    Map.entry("sunday", new Keyword(DOW, 0)),
                    Map.entry("t", new Keyword(ISOTIME, U_TIME)),
                    Map.entry("thu", new Keyword(DOW, 4)),
                    Map.entry("thur", new Keyword(DOW, 4)),
                    Map.entry("thurs", new Keyword(DOW, 4)),
                    Map.entry("thursday", new Keyword(DOW, 4)),
                    Map.entry("today", new Keyword(RESERV, V_NOW)),
                    Map.entry("tomorrow", new Keyword(RESERV, V_NOW)),
                    Map.entry("tue", new Keyword(DOW, 2)),
                    Map.entry("tues", new Keyword(DOW, 2)),
                    Map.entry("tuesday", new Keyword(DOW, 2)),
                    Map.entry("wed", new Keyword(DOW, 3)),
                    Map.entry("wednesday", new Keyword(DOW, 3)),
                    Map.entry("weds", new Keyword(DOW, 3)),
                    Map.entry("y", new Keyword(UNITS, U_OTHER)),
                    Map.entry("yesterday", new Keyword(RESERV, V_NOW)));

    private static @Nullable Keyword keyword(String lower) {
        return KEYWORDS.get(truncateToken(lower));
    }

    /** True if {@code lower} is a date/time keyword (how the field splitter tells words apart). */
    static boolean isKeyword(String lower) {
        return keyword(lower) != null;
    }

    static String truncateToken(String s) {
        return s.length() > TOKEN_MAX_LENGTH ? s.substring(0, TOKEN_MAX_LENGTH) : s;
    }

    // ---------------------------------------------------------------- errors

    // PostgreSQL's DTERR_* codes.
    static final int BAD_FORMAT = 1;
    static final int FIELD_OVERFLOW = 2;
    static final int MD_FIELD_OVERFLOW = 3;
    static final int INTERVAL_OVERFLOW = 4;
    static final int TZDISP_OVERFLOW = 5;
    static final int BAD_TIMEZONE = 6;

    /** A decoding failure, turned into the user-facing error by {@link #error}. */
    static final class Failure extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final int code;
        final @Nullable String zoneName;

        Failure(int code, @Nullable String zoneName) {
            super(null, null, false, false);
            this.code = code;
            this.zoneName = zoneName;
        }
    }

    static Failure fail(int code) {
        return new Failure(code, null);
    }

    /** The error PostgreSQL's {@code DateTimeParseError} raises for {@code f}. */
    static FreshetException error(Failure f, String text, String typeName) {
        return switch (f.code) {
            case FIELD_OVERFLOW ->
                    new FreshetException(
                            ErrorCode.DATETIME_FIELD_OVERFLOW,
                            "date/time field value out of range: \"" + text + "\"");
            case MD_FIELD_OVERFLOW ->
                    new FreshetException(
                                    ErrorCode.DATETIME_FIELD_OVERFLOW,
                                    "date/time field value out of range: \"" + text + "\"")
                            .withHint("Perhaps you need a different \"datestyle\" setting.");
            case INTERVAL_OVERFLOW ->
                    new FreshetException(
                            ErrorCode.INTERVAL_FIELD_OVERFLOW,
                            "interval field value out of range: \"" + text + "\"");
            case TZDISP_OVERFLOW ->
                    new FreshetException(
                            ErrorCode.INVALID_TIME_ZONE_DISPLACEMENT_VALUE,
                            "time zone displacement out of range: \"" + text + "\"");
            case BAD_TIMEZONE ->
                    new FreshetException(
                            ErrorCode.INVALID_PARAMETER_VALUE,
                            "time zone \"" + f.zoneName + "\" not recognized");
            default -> invalidSyntax(typeName, text);
        };
    }

    static FreshetException invalidSyntax(String typeName, String text) {
        return new FreshetException(
                ErrorCode.INVALID_DATETIME_FORMAT,
                "invalid input syntax for type " + typeName + ": \"" + text + "\"");
    }

    private static FreshetException outOfRange(String what, String text) {
        return new FreshetException(
                ErrorCode.DATETIME_FIELD_OVERFLOW, what + " out of range: \"" + text + "\"");
    }

    // ---------------------------------------------------------------- entry points

    /** Parses DATE input into days since 1970-01-01 or ±infinity. */
    public static long parseDate(String text) {
        PgDateTimeParser p = new PgDateTimeParser();
        int kind;
        try {
            kind = p.decodeDateTime(split(text), false);
        } catch (Failure f) {
            throw error(f, text, "date");
        }
        return switch (kind) {
            case V_EPOCH -> 0;
            case V_LATE -> PgCalendar.POS_INFINITY;
            case V_EARLY -> PgCalendar.NEG_INFINITY;
            default -> {
                if (!isValidJulian(p.year, p.mon)) {
                    throw outOfRange("date", text);
                }
                long date = PgCalendar.epochDay(p.year, p.mon, p.mday);
                if (!PgCalendar.isValidDate(date)) {
                    throw outOfRange("date", text);
                }
                yield date;
            }
        };
    }

    /** Parses TIME input into microseconds since midnight. */
    public static long parseTime(String text) {
        PgDateTimeParser p = new PgDateTimeParser();
        try {
            p.decodeTimeOnly(split(text));
        } catch (Failure f) {
            throw error(f, text, "time");
        }
        return PgCalendar.timeOfDay(p.hour, p.min, p.sec, p.fsec);
    }

    /** Parses TIMESTAMP input; a zone in the text is checked and ignored. */
    public static long parseTimestamp(String text) {
        return parseTimestamp(text, null, "timestamp");
    }

    /** Parses TIMESTAMPTZ input; text without a zone is wall-clock time in {@code zone}. */
    public static long parseTimestampTz(String text, ZoneId zone) {
        return parseTimestamp(text, zone, "timestamp with time zone");
    }

    private static long parseTimestamp(String text, @Nullable ZoneId zone, String typeName) {
        PgDateTimeParser p = new PgDateTimeParser();
        p.sessionZone = zone;
        int kind;
        try {
            kind = p.decodeDateTime(split(text), zone != null);
        } catch (Failure f) {
            throw error(f, text, typeName);
        }
        return switch (kind) {
            case V_EPOCH -> 0;
            case V_LATE -> PgCalendar.POS_INFINITY;
            case V_EARLY -> PgCalendar.NEG_INFINITY;
            default -> {
                if (!isValidJulian(p.year, p.mon)) {
                    throw outOfRange("timestamp", text);
                }
                long date = PgCalendar.epochDay(p.year, p.mon, p.mday);
                // Keep the multiplication below far from overflow; the range check is exact.
                if (date < PgCalendar.MIN_DATE - 2 || date > 110_000_000L) {
                    throw outOfRange("timestamp", text);
                }
                long local =
                        PgCalendar.timestamp(
                                date, PgCalendar.timeOfDay(p.hour, p.min, p.sec, p.fsec));
                long result =
                        zone == null ? local : local - p.tzEast * PgCalendar.MICROS_PER_SECOND;
                if (!PgCalendar.isValidTimestamp(result)) {
                    throw outOfRange("timestamp", text);
                }
                yield result;
            }
        };
    }

    private static DateTimeFields split(String text) {
        DateTimeFields f = DateTimeFields.split(text, PgDateTimeParser::isKeyword);
        if (f == null) {
            throw fail(BAD_FORMAT);
        }
        return f;
    }

    /** PostgreSQL's IS_VALID_JULIAN: the year and month are in range for date arithmetic. */
    private static boolean isValidJulian(long year, int month) {
        return (year > -4713 || (year == -4713 && month >= 11))
                && (year < 5_874_898 || (year == 5_874_898 && month < 6));
    }

    // ---------------------------------------------------------------- decoding state

    private long year;
    private int mon;
    private int mday;
    private int yday;
    private int hour;
    private int min;
    private int sec;
    private int fsec;
    private boolean is2digits;
    private int tzEast;
    private @Nullable ZoneId sessionZone;

    /** End position of the last {@link #parseInteger}. */
    private int end;

    private PgDateTimeParser() {}

    /**
     * PostgreSQL's {@code DecodeDateTime}. Returns {@link #V_DATE} with the fields set, or {@link
     * #V_EPOCH}, {@link #V_LATE}, {@link #V_EARLY}.
     *
     * @param resolveZone whether to compute {@link #tzEast} (TIMESTAMPTZ); zones are validated
     *     either way
     */
    private int decodeDateTime(DateTimeFields f, boolean resolveZone) {
        int fmask = 0;
        int ptype = 0;
        int mer = HR24;
        int kind = V_DATE;
        boolean haveTextMonth = false;
        boolean isJulian = false;
        boolean bc = false;
        boolean haveOffset = false;
        ZoneId namedZone = null;
        for (int i = 0; i < f.count; i++) {
            String field = f.text[i];
            int tmask;
            switch (f.kind[i]) {
                case DateTimeFields.DATE -> {
                    if (ptype == U_JULIAN) {
                        // Integral Julian day with an attached zone, e.g. "j2451187-08".
                        long jday = parseInteger(field, 0);
                        if (jday < 0 || jday > Integer.MAX_VALUE) {
                            throw fail(FIELD_OVERFLOW);
                        }
                        setJulianDay(jday);
                        isJulian = true;
                        tzEast = decodeTimezone(field.substring(end));
                        haveOffset = true;
                        tmask = DATE_M | TIME_M | m(TZ);
                        ptype = 0;
                    } else if (ptype != 0 || (fmask & (m(MONTH) | m(DAY))) == (m(MONTH) | m(DAY))) {
                        // A zone name with punctuation, or a run-together time with a zone.
                        if (DateTimeFields.isDigit(field.charAt(0)) || ptype != 0) {
                            if (ptype != 0) {
                                if (ptype != U_TIME) {
                                    throw fail(BAD_FORMAT);
                                }
                                ptype = 0;
                            }
                            if ((fmask & TIME_M) == TIME_M) {
                                throw fail(BAD_FORMAT);
                            }
                            int dash = field.indexOf('-');
                            if (dash < 0) {
                                throw fail(BAD_FORMAT);
                            }
                            tzEast = decodeTimezone(field.substring(dash));
                            haveOffset = true;
                            decodeNumberField(field.substring(0, dash), fmask);
                            tmask = lastMask | m(TZ);
                        } else {
                            namedZone = PgTimeZones.zone(field);
                            if (namedZone == null) {
                                throw new Failure(BAD_TIMEZONE, field);
                            }
                            tmask = m(TZ);
                        }
                    } else {
                        tmask = decodeDate(field, fmask);
                    }
                }
                case DateTimeFields.TIME -> {
                    if (ptype != 0) {
                        if (ptype != U_TIME) {
                            throw fail(BAD_FORMAT);
                        }
                        ptype = 0;
                    }
                    tmask = decodeTime(field);
                    if (timeOverflows()) {
                        throw fail(FIELD_OVERFLOW);
                    }
                }
                case DateTimeFields.TZ -> {
                    tzEast = decodeTimezone(field);
                    haveOffset = true;
                    tmask = m(TZ);
                }
                case DateTimeFields.NUMBER -> {
                    if (ptype != 0) {
                        long value = parseInteger(field, 0);
                        if (value > Integer.MAX_VALUE || value < Integer.MIN_VALUE) {
                            throw fail(FIELD_OVERFLOW);
                        }
                        if (end < field.length() && field.charAt(end) != '.') {
                            throw fail(BAD_FORMAT);
                        }
                        switch (ptype) {
                            case U_JULIAN -> {
                                if (value < 0) {
                                    throw fail(FIELD_OVERFLOW);
                                }
                                tmask = DATE_M;
                                setJulianDay(value);
                                isJulian = true;
                                if (end < field.length()) {
                                    double dayFraction = parseFraction(field.substring(end));
                                    setTimeOfDay((long) (dayFraction * PgCalendar.MICROS_PER_DAY));
                                    tmask |= TIME_M;
                                }
                            }
                            case U_TIME -> {
                                decodeNumberField(field, fmask | DATE_M);
                                tmask = lastMask;
                                if (tmask != TIME_M) {
                                    throw fail(BAD_FORMAT);
                                }
                            }
                            default -> throw fail(BAD_FORMAT);
                        }
                        ptype = 0;
                    } else {
                        int flen = field.length();
                        int point = field.indexOf('.');
                        if (point >= 0 && (fmask & DATE_M) == 0) {
                            tmask = decodeDate(field, fmask);
                        } else if (point > 2) {
                            decodeNumberField(field, fmask);
                            tmask = lastMask;
                        } else if (flen >= 6 && ((fmask & DATE_M) == 0 || (fmask & TIME_M) == 0)) {
                            // Six or more digits: YYMMDD or HHMMSS, unless both are known.
                            decodeNumberField(field, fmask);
                            tmask = lastMask;
                        } else {
                            tmask = decodeNumber(field, haveTextMonth, fmask);
                        }
                    }
                }
                case DateTimeFields.STRING, DateTimeFields.SPECIAL -> {
                    PgTimeZones.Abbreviation abbrev =
                            PgTimeZones.abbreviation(truncateToken(field));
                    int type;
                    int val;
                    if (abbrev != null) {
                        type = abbrev.daylight() ? DTZ : TZ;
                        val = abbrev.offsetSeconds();
                    } else {
                        Keyword k = keyword(field);
                        type = k == null ? UNKNOWN : k.type();
                        val = k == null ? 0 : k.value();
                    }
                    if (type == IGNORE) {
                        continue;
                    }
                    tmask = m(type);
                    switch (type) {
                        case RESERV -> {
                            switch (val) {
                                case V_NOW -> throw unsupportedNow(field);
                                case V_ZULU -> {
                                    tmask = TIME_M | m(TZ);
                                    hour = 0;
                                    min = 0;
                                    sec = 0;
                                    tzEast = 0;
                                    haveOffset = true;
                                }
                                default -> kind = val;
                            }
                        }
                        case MONTH -> {
                            // A numeric month already seen may really have been the day.
                            if ((fmask & m(MONTH)) != 0
                                    && !haveTextMonth
                                    && (fmask & m(DAY)) == 0
                                    && mon >= 1
                                    && mon <= 31) {
                                mday = mon;
                                tmask = m(DAY);
                            }
                            haveTextMonth = true;
                            mon = val;
                        }
                        case DTZ -> {
                            tmask |= m(TZ);
                            tzEast = val;
                            haveOffset = true;
                        }
                        case TZ -> {
                            tzEast = val;
                            haveOffset = true;
                        }
                        case AMPM -> mer = val;
                        case ADBC -> bc = val == BC;
                        case DOW -> {
                            // The day of the week is accepted and ignored.
                        }
                        case UNITS -> {
                            tmask = 0;
                            ptype = val;
                        }
                        case ISOTIME -> {
                            tmask = 0;
                            if ((fmask & DATE_M) != DATE_M || !timeFollows(f, i)) {
                                throw fail(BAD_FORMAT);
                            }
                            ptype = val;
                        }
                        case UNKNOWN -> {
                            namedZone = PgTimeZones.zone(field);
                            if (namedZone == null) {
                                throw fail(BAD_FORMAT);
                            }
                            tmask = m(TZ);
                        }
                        default -> throw fail(BAD_FORMAT);
                    }
                }
                default -> throw fail(BAD_FORMAT);
            }
            if ((tmask & fmask) != 0) {
                throw fail(BAD_FORMAT);
            }
            fmask |= tmask;
        }
        // PostgreSQL 15 ignores a unit word left without a value ("1999-01-08 j"), and checks
        // the fields even of "epoch" and "infinity".
        validateDate(fmask, isJulian, bc);
        applyMeridian(mer);
        if (kind != V_DATE) {
            return kind;
        }
        if ((fmask & DATE_M) != DATE_M) {
            // Time only (PostgreSQL returns 1 here, which every caller treats as an error).
            throw fail(BAD_FORMAT);
        }
        if (resolveZone) {
            if (namedZone != null) {
                tzEast = zoneOffset(namedZone);
            } else if (!haveOffset) {
                tzEast = zoneOffset(Objects.requireNonNull(sessionZone));
            }
        }
        return V_DATE;
    }

    /** PostgreSQL's {@code DecodeTimeOnly} (TIME input; a zone is checked, then ignored). */
    private void decodeTimeOnly(DateTimeFields f) {
        int fmask = 0;
        int ptype = 0;
        int mer = HR24;
        boolean isJulian = false;
        boolean bc = false;
        ZoneId namedZone = null;
        for (int i = 0; i < f.count; i++) {
            String field = f.text[i];
            int tmask;
            switch (f.kind[i]) {
                case DateTimeFields.DATE -> {
                    if (i == 0
                            && f.count >= 2
                            && (f.kind[f.count - 1] == DateTimeFields.DATE
                                    || f.kind[1] == DateTimeFields.TIME)) {
                        tmask = decodeDate(field, fmask);
                    } else if (DateTimeFields.isDigit(field.charAt(0))) {
                        if ((fmask & TIME_M) == TIME_M) {
                            throw fail(BAD_FORMAT);
                        }
                        int dash = field.indexOf('-');
                        if (dash < 0) {
                            throw fail(BAD_FORMAT);
                        }
                        tzEast = decodeTimezone(field.substring(dash));
                        decodeNumberField(field.substring(0, dash), fmask | DATE_M);
                        tmask = lastMask | m(TZ);
                    } else {
                        namedZone = PgTimeZones.zone(field);
                        if (namedZone == null) {
                            throw new Failure(BAD_TIMEZONE, field);
                        }
                        tmask = m(TZ);
                    }
                }
                case DateTimeFields.TIME -> {
                    // PostgreSQL 15 lets a unit word stand before a time here ("d 04:05").
                    if (ptype == U_TIME) {
                        ptype = 0;
                    }
                    tmask = decodeTime(field);
                }
                case DateTimeFields.TZ -> {
                    tzEast = decodeTimezone(field);
                    tmask = m(TZ);
                }
                case DateTimeFields.NUMBER -> {
                    if (ptype != 0) {
                        long value = parseInteger(field, 0);
                        if (value > Integer.MAX_VALUE || value < Integer.MIN_VALUE) {
                            throw fail(FIELD_OVERFLOW);
                        }
                        if (end < field.length() && field.charAt(end) != '.') {
                            throw fail(BAD_FORMAT);
                        }
                        switch (ptype) {
                            case U_JULIAN -> {
                                if (value < 0) {
                                    throw fail(FIELD_OVERFLOW);
                                }
                                tmask = DATE_M;
                                setJulianDay(value);
                                isJulian = true;
                                if (end < field.length()) {
                                    double dayFraction = parseFraction(field.substring(end));
                                    setTimeOfDay((long) (dayFraction * PgCalendar.MICROS_PER_DAY));
                                    tmask |= TIME_M;
                                }
                            }
                            case U_TIME -> {
                                decodeNumberField(field, fmask | DATE_M);
                                tmask = lastMask;
                                if (tmask != TIME_M) {
                                    throw fail(BAD_FORMAT);
                                }
                            }
                            default -> throw fail(BAD_FORMAT);
                        }
                        ptype = 0;
                    } else {
                        int flen = field.length();
                        int point = field.indexOf('.');
                        if (point >= 0) {
                            if (i == 0
                                    && f.count >= 2
                                    && f.kind[f.count - 1] == DateTimeFields.DATE) {
                                tmask = decodeDate(field, fmask);
                            } else if (point > 2) {
                                decodeNumberField(field, fmask | DATE_M);
                                tmask = lastMask;
                            } else {
                                throw fail(BAD_FORMAT);
                            }
                        } else if (flen > 4) {
                            decodeNumberField(field, fmask | DATE_M);
                            tmask = lastMask;
                        } else {
                            tmask = decodeNumber(field, false, fmask | DATE_M);
                        }
                    }
                }
                case DateTimeFields.STRING, DateTimeFields.SPECIAL -> {
                    PgTimeZones.Abbreviation abbrev =
                            PgTimeZones.abbreviation(truncateToken(field));
                    int type;
                    int val;
                    if (abbrev != null) {
                        type = abbrev.daylight() ? DTZ : TZ;
                        val = abbrev.offsetSeconds();
                    } else {
                        Keyword k = keyword(field);
                        type = k == null ? UNKNOWN : k.type();
                        val = k == null ? 0 : k.value();
                    }
                    if (type == IGNORE) {
                        continue;
                    }
                    tmask = m(type);
                    switch (type) {
                        case RESERV -> {
                            if (val == V_NOW && field.equals("now")) {
                                throw unsupportedNow(field);
                            }
                            if (val != V_ZULU) {
                                throw fail(BAD_FORMAT);
                            }
                            tmask = TIME_M | m(TZ);
                            hour = 0;
                            min = 0;
                            sec = 0;
                        }
                        case DTZ -> {
                            tmask |= m(TZ);
                            tzEast = val;
                        }
                        case TZ -> tzEast = val;
                        case AMPM -> mer = val;
                        case ADBC -> bc = val == BC;
                        case UNITS -> {
                            tmask = 0;
                            ptype = val;
                        }
                        case ISOTIME -> {
                            tmask = 0;
                            if (!timeFollows(f, i)) {
                                throw fail(BAD_FORMAT);
                            }
                            ptype = val;
                        }
                        case UNKNOWN -> {
                            namedZone = PgTimeZones.zone(field);
                            if (namedZone == null) {
                                throw fail(BAD_FORMAT);
                            }
                            tmask = m(TZ);
                        }
                        default -> throw fail(BAD_FORMAT);
                    }
                }
                default -> throw fail(BAD_FORMAT);
            }
            if ((tmask & fmask) != 0) {
                throw fail(BAD_FORMAT);
            }
            fmask |= tmask;
        }
        validateDate(fmask, isJulian, bc);
        applyMeridian(mer);
        if (timeOverflows()) {
            throw fail(FIELD_OVERFLOW);
        }
        if ((fmask & TIME_M) != TIME_M) {
            throw fail(BAD_FORMAT);
        }
        // A zone whose offset changes over time needs a date to be meaningful.
        if (namedZone != null
                && !PgTimeZones.isFixedOffset(namedZone)
                && (fmask & DATE_M) != DATE_M) {
            throw fail(BAD_FORMAT);
        }
    }

    /** After the ISO {@code T}, a field that can be a time: hhmmss, hh:mm:ss or hhmmss-zz. */
    private static boolean timeFollows(DateTimeFields f, int i) {
        if (i >= f.count - 1) {
            return false;
        }
        int next = f.kind[i + 1];
        return next == DateTimeFields.NUMBER
                || next == DateTimeFields.TIME
                || next == DateTimeFields.DATE;
    }

    private static FreshetException unsupportedNow(String word) {
        return new FreshetException(
                ErrorCode.FEATURE_NOT_SUPPORTED,
                "date/time value \""
                        + word
                        + "\" is not supported in text input; use current_date,"
                        + " current_timestamp or now()");
    }

    private void applyMeridian(int mer) {
        if (mer != HR24 && hour > 12) {
            throw fail(FIELD_OVERFLOW);
        }
        if (mer == AM && hour == 12) {
            hour = 0;
        } else if (mer == PM && hour != 12) {
            hour += 12;
        }
    }

    /** PostgreSQL's time_overflows: fields in range and at most 24:00:00. */
    private boolean timeOverflows() {
        if (hour < 0 || hour > 24 || min < 0 || min >= 60 || sec < 0 || sec > 60) {
            return true;
        }
        if (fsec < 0 || fsec > PgCalendar.MICROS_PER_SECOND) {
            return true;
        }
        return PgCalendar.timeOfDay(hour, min, sec, fsec) > PgCalendar.MICROS_PER_DAY;
    }

    /** The UTC offset of the decoded local time in {@code zone} (UTC when out of range). */
    private int zoneOffset(ZoneId zone) {
        if (!isValidJulian(year, mon)) {
            return 0;
        }
        long local =
                PgCalendar.timestamp(
                        PgCalendar.epochDay(year, mon, mday),
                        PgCalendar.timeOfDay(hour, min, sec, 0));
        return PgTimeZones.localOffsetSeconds(zone, local);
    }

    private void setJulianDay(long julianDay) {
        long ymd = PgCalendar.ymd(julianDay - PgCalendar.UNIX_EPOCH_JULIAN_DAY);
        year = PgCalendar.ymdYear(ymd);
        mon = PgCalendar.ymdMonth(ymd);
        mday = PgCalendar.ymdDay(ymd);
    }

    private void setTimeOfDay(long micros) {
        hour = (int) (micros / PgCalendar.MICROS_PER_HOUR);
        micros -= hour * PgCalendar.MICROS_PER_HOUR;
        min = (int) (micros / PgCalendar.MICROS_PER_MINUTE);
        micros -= min * PgCalendar.MICROS_PER_MINUTE;
        sec = (int) (micros / PgCalendar.MICROS_PER_SECOND);
        fsec = (int) (micros - sec * PgCalendar.MICROS_PER_SECOND);
    }

    /** PostgreSQL's {@code ValidateDate}: BC and two-digit years, day of year, field ranges. */
    private void validateDate(int fmask, boolean isJulian, boolean bc) {
        if ((fmask & m(YEAR)) != 0) {
            if (isJulian) {
                // already an astronomical year
            } else if (bc) {
                if (year <= 0) {
                    throw fail(FIELD_OVERFLOW);
                }
                year = -(year - 1);
            } else if (is2digits) {
                if (year < 0) {
                    throw fail(FIELD_OVERFLOW);
                }
                if (year < 70) {
                    year += 2000;
                } else if (year < 100) {
                    year += 1900;
                }
            } else if (year <= 0) {
                throw fail(FIELD_OVERFLOW);
            }
        }
        if ((fmask & m(DOY)) != 0) {
            long ymd = PgCalendar.ymd(PgCalendar.epochDay(year, 1, 1) + yday - 1);
            year = PgCalendar.ymdYear(ymd);
            mon = PgCalendar.ymdMonth(ymd);
            mday = PgCalendar.ymdDay(ymd);
        }
        if ((fmask & m(MONTH)) != 0 && (mon < 1 || mon > 12)) {
            throw fail(MD_FIELD_OVERFLOW);
        }
        if ((fmask & m(DAY)) != 0 && (mday < 1 || mday > 31)) {
            throw fail(MD_FIELD_OVERFLOW);
        }
        if ((fmask & DATE_M) == DATE_M && mday > PgCalendar.daysInMonth(year, mon)) {
            throw fail(FIELD_OVERFLOW);
        }
    }

    /**
     * PostgreSQL's {@code DecodeDate}: a field with separators, words being month names. Returns
     * the mask of fields found.
     */
    private int decodeDate(String str, int fmask) {
        String[] parts = new String[DateTimeFields.MAX_FIELDS];
        int nf = 0;
        int n = str.length();
        int i = 0;
        while (i < n && nf < DateTimeFields.MAX_FIELDS) {
            while (i < n && !DateTimeFields.isAlnum(str.charAt(i))) {
                i++;
            }
            if (i == n) {
                throw fail(BAD_FORMAT);
            }
            int start = i;
            if (DateTimeFields.isDigit(str.charAt(i))) {
                while (i < n && DateTimeFields.isDigit(str.charAt(i))) {
                    i++;
                }
            } else {
                while (i < n && DateTimeFields.isAlpha(str.charAt(i))) {
                    i++;
                }
            }
            parts[nf++] = str.substring(start, i);
            // PostgreSQL overwrites the character after each run with the terminator.
            if (i < n) {
                i++;
            }
        }
        int tmask = 0;
        boolean haveTextMonth = false;
        for (int k = 0; k < nf; k++) {
            String part = parts[k];
            if (part != null && DateTimeFields.isAlpha(part.charAt(0))) {
                Keyword kw = keyword(part);
                if (kw != null && kw.type() == IGNORE) {
                    continue;
                }
                if (kw == null || kw.type() != MONTH) {
                    throw fail(BAD_FORMAT);
                }
                mon = kw.value();
                haveTextMonth = true;
                int dmask = m(MONTH);
                if ((fmask & dmask) != 0) {
                    throw fail(BAD_FORMAT);
                }
                fmask |= dmask;
                tmask |= dmask;
                parts[k] = null;
            }
        }
        for (int k = 0; k < nf; k++) {
            String part = parts[k];
            if (part == null) {
                continue;
            }
            int dmask = decodeNumber(part, haveTextMonth, fmask);
            if ((fmask & dmask) != 0) {
                throw fail(BAD_FORMAT);
            }
            fmask |= dmask;
            tmask |= dmask;
        }
        if ((fmask & ~(m(DOY) | m(TZ))) != DATE_M) {
            throw fail(BAD_FORMAT);
        }
        return tmask;
    }

    /** PostgreSQL's {@code DecodeNumber}: a plain number placed by what was seen before. */
    private int decodeNumber(String str, boolean haveTextMonth, int fmask) {
        int flen = str.length();
        long val = parseInteger(str, 0);
        if (val > Integer.MAX_VALUE || val < Integer.MIN_VALUE) {
            throw fail(FIELD_OVERFLOW);
        }
        if (end == 0) {
            throw fail(BAD_FORMAT);
        }
        if (end < flen && str.charAt(end) == '.') {
            if (end > 2) {
                // A date or run-together time with fraction: 2001.360, 20011225, 040506.789.
                decodeNumberField(str, fmask | DATE_M);
                return lastMask;
            }
            fsec = parseFractionalSecond(str.substring(end));
        } else if (end != flen) {
            throw fail(BAD_FORMAT);
        }
        if (flen == 3 && (fmask & DATE_M) == m(YEAR) && val >= 1 && val <= 366) {
            yday = (int) val;
            return m(DOY) | m(MONTH) | m(DAY);
        }
        int tmask;
        switch (fmask & DATE_M) {
            case 0 -> {
                // Nothing yet: a long number is the year, else the order of DateStyle (MDY).
                if (flen >= 3) {
                    tmask = m(YEAR);
                    year = val;
                } else {
                    tmask = m(MONTH);
                    mon = (int) val;
                }
            }
            case 1 << YEAR -> {
                tmask = m(MONTH);
                mon = (int) val;
            }
            case 1 << MONTH -> {
                if (haveTextMonth && flen >= 3) {
                    tmask = m(YEAR);
                    year = val;
                } else {
                    tmask = m(DAY);
                    mday = (int) val;
                }
            }
            case (1 << YEAR) | (1 << MONTH) -> {
                if (haveTextMonth && flen >= 3 && is2digits) {
                    // DD-MON-YYYY: the two-digit "year" seen first was the day.
                    tmask = m(DAY);
                    mday = (int) year;
                    year = val;
                    is2digits = false;
                } else {
                    tmask = m(DAY);
                    mday = (int) val;
                }
            }
            case 1 << DAY -> {
                tmask = m(MONTH);
                mon = (int) val;
            }
            case (1 << MONTH) | (1 << DAY) -> {
                tmask = m(YEAR);
                year = val;
            }
            case (1 << YEAR) | (1 << MONTH) | (1 << DAY) -> {
                decodeNumberField(str, fmask);
                return lastMask;
            }
            default -> throw fail(BAD_FORMAT);
        }
        if (tmask == m(YEAR)) {
            is2digits = flen <= 2;
        }
        return tmask;
    }

    /** Mask of the fields set by the last {@link #decodeNumberField}. */
    private int lastMask;

    /**
     * PostgreSQL's {@code DecodeNumberField}: run-together digits, {@code YYYYMMDD}/{@code YYMMDD}
     * or {@code HHMMSS}/{@code HHMM}, optionally with a fraction of a second.
     */
    private void decodeNumberField(String str, int fmask) {
        for (int i = 0; i < str.length(); i++) {
            char c = str.charAt(i);
            if (!DateTimeFields.isDigit(c) && c != '.') {
                throw fail(BAD_FORMAT);
            }
        }
        int point = str.indexOf('.');
        if (point >= 0) {
            fsec = parseFractionalSecond(str.substring(point));
            str = str.substring(0, point);
        } else if ((fmask & DATE_M) != DATE_M && str.length() >= 6) {
            int len = str.length();
            mday = digits(str, len - 2, len);
            mon = digits(str, len - 4, len - 2);
            year = atoi(str, 0, len - 4);
            if (len - 4 == 2) {
                is2digits = true;
            }
            lastMask = DATE_M;
            return;
        }
        if ((fmask & TIME_M) != TIME_M) {
            if (str.length() == 6) {
                hour = digits(str, 0, 2);
                min = digits(str, 2, 4);
                sec = digits(str, 4, 6);
                lastMask = TIME_M;
                return;
            }
            if (str.length() == 4) {
                hour = digits(str, 0, 2);
                min = digits(str, 2, 4);
                sec = 0;
                lastMask = TIME_M;
                return;
            }
        }
        throw fail(BAD_FORMAT);
    }

    /**
     * C's {@code atoi} on the digits {@code s[from, to)}, as PostgreSQL uses it here: {@code
     * strtol} saturating at the {@code long} range, then truncated to {@code int}.
     */
    private static int atoi(String s, int from, int to) {
        long v = 0;
        for (int i = from; i < to; i++) {
            int d = s.charAt(i) - '0';
            v = v > (Long.MAX_VALUE - d) / 10 ? Long.MAX_VALUE : v * 10 + d;
        }
        return (int) v;
    }

    private static int digits(String s, int from, int to) {
        int v = 0;
        for (int i = from; i < to; i++) {
            v = v * 10 + (s.charAt(i) - '0');
        }
        return v;
    }

    /** PostgreSQL's {@code DecodeTime}: {@code hh:mm[:ss[.f]]} or {@code mm:ss.f}. */
    private int decodeTime(String str) {
        long[] t = decodeTimeFields(str);
        if (t[0] > Integer.MAX_VALUE) {
            throw fail(FIELD_OVERFLOW);
        }
        hour = (int) t[0];
        min = (int) t[1];
        sec = (int) t[2];
        fsec = (int) t[3];
        return TIME_M;
    }

    /**
     * PostgreSQL's {@code DecodeTimeCommon}: {@code hh:mm[:ss[.f]]} or {@code mm:ss.f} into {hours,
     * minutes, seconds, microseconds}; hours are not limited to a day, seconds may be 60.
     */
    static long[] decodeTimeFields(String str) {
        int[] pos = new int[1];
        long h = strtoll(str, 0, pos);
        if (pos[0] >= str.length() || str.charAt(pos[0]) != ':') {
            throw fail(BAD_FORMAT);
        }
        long mi = strtoll(str, pos[0] + 1, pos);
        long s = 0;
        long frac = 0;
        int end = pos[0];
        if (end == str.length()) {
            s = 0;
        } else if (str.charAt(end) == '.') {
            frac = parseFractionalSecond(str.substring(end));
            if (h > Integer.MAX_VALUE || h < Integer.MIN_VALUE) {
                throw fail(FIELD_OVERFLOW);
            }
            s = mi;
            mi = h;
            h = 0;
        } else if (str.charAt(end) == ':') {
            s = strtoll(str, end + 1, pos);
            end = pos[0];
            if (end < str.length()) {
                if (str.charAt(end) != '.') {
                    throw fail(BAD_FORMAT);
                }
                frac = parseFractionalSecond(str.substring(end));
            }
        } else {
            throw fail(BAD_FORMAT);
        }
        if (mi > Integer.MAX_VALUE || s > Integer.MAX_VALUE) {
            throw fail(FIELD_OVERFLOW);
        }
        if (h < 0 || mi < 0 || mi > 59 || s < 0 || s > 60 || frac < 0 || frac > 1_000_000) {
            throw fail(FIELD_OVERFLOW);
        }
        return new long[] {h, mi, s, frac};
    }

    /**
     * PostgreSQL's {@code DecodeTimezone}: {@code +hh}, {@code -hh:mm[:ss]}, {@code +hhmm}. Returns
     * the offset in seconds east of UTC.
     */
    static int decodeTimezone(String str) {
        if (str.isEmpty() || (str.charAt(0) != '+' && str.charAt(0) != '-')) {
            throw fail(BAD_FORMAT);
        }
        int[] pos = new int[1];
        long hr = strtol(str, 1, pos, TZDISP_OVERFLOW);
        long mi;
        long s = 0;
        if (pos[0] < str.length() && str.charAt(pos[0]) == ':') {
            mi = strtol(str, pos[0] + 1, pos, TZDISP_OVERFLOW);
            if (pos[0] < str.length() && str.charAt(pos[0]) == ':') {
                s = strtol(str, pos[0] + 1, pos, TZDISP_OVERFLOW);
            }
        } else if (pos[0] == str.length() && str.length() > 3) {
            mi = hr % 100;
            hr = hr / 100;
        } else {
            mi = 0;
        }
        if (hr < 0 || hr > PgTimeZones.MAX_OFFSET_HOURS || mi < 0 || mi >= 60 || s < 0 || s >= 60) {
            throw fail(TZDISP_OVERFLOW);
        }
        int tz = (int) ((hr * 60 + mi) * 60 + s);
        if (pos[0] != str.length()) {
            throw fail(BAD_FORMAT);
        }
        return str.charAt(0) == '-' ? -tz : tz;
    }

    /**
     * C's {@code strtol} limited to int: optional sign and digits from {@code from}; {@code pos[0]}
     * receives the end (or {@code from} when there are no digits, the value then being 0).
     */
    private static long strtol(String s, int from, int[] pos, int overflowCode) {
        int i = from;
        boolean negative = false;
        if (i < s.length() && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
            negative = s.charAt(i) == '-';
            i++;
        }
        int digitsStart = i;
        long v = 0;
        while (i < s.length() && DateTimeFields.isDigit(s.charAt(i))) {
            v = v * 10 + (s.charAt(i) - '0');
            if (v > Integer.MAX_VALUE + 1L) {
                throw fail(overflowCode);
            }
            i++;
        }
        if (i == digitsStart) {
            pos[0] = from;
            return 0;
        }
        v = negative ? -v : v;
        if (v > Integer.MAX_VALUE) {
            throw fail(overflowCode);
        }
        pos[0] = i;
        return v;
    }

    /**
     * C's {@code strtoll}: optional sign and digits from {@code from}; sets {@link #end} (to {@code
     * from} when there are no digits, returning 0). Values beyond a {@code long} are {@link
     * #FIELD_OVERFLOW}.
     */
    private long parseInteger(String s, int from) {
        int[] pos = new int[1];
        long v = strtoll(s, from, pos);
        end = pos[0];
        return v;
    }

    /** As {@link #parseInteger}, returning the end in {@code pos[0]}. */
    static long strtoll(String s, int from, int[] pos) {
        int i = from;
        boolean negative = false;
        if (i < s.length() && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
            negative = s.charAt(i) == '-';
            i++;
        }
        int digitsStart = i;
        long v = 0;
        while (i < s.length() && DateTimeFields.isDigit(s.charAt(i))) {
            int d = s.charAt(i) - '0';
            // Accumulate negatively so Long.MIN_VALUE fits.
            if (v < (Long.MIN_VALUE + d) / 10) {
                throw fail(FIELD_OVERFLOW);
            }
            v = v * 10 - d;
            i++;
        }
        if (i == digitsStart) {
            pos[0] = from;
            return 0;
        }
        if (!negative && v == Long.MIN_VALUE) {
            throw fail(FIELD_OVERFLOW);
        }
        pos[0] = i;
        return negative ? v : -v;
    }

    /**
     * PostgreSQL's {@code ParseFraction}: {@code s} is a point followed by digits (or nothing);
     * returns its value.
     */
    static double parseFraction(String s) {
        if (s.length() == 1) {
            return 0;
        }
        for (int i = 1; i < s.length(); i++) {
            if (!DateTimeFields.isDigit(s.charAt(i))) {
                throw fail(BAD_FORMAT);
            }
        }
        return Double.parseDouble(s);
    }

    /** A fraction of a second in whole microseconds, rounded half to even as C's rint. */
    static int parseFractionalSecond(String s) {
        return (int) Math.rint(parseFraction(s) * 1_000_000);
    }
}
