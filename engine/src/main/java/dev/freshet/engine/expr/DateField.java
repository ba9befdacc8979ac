package dev.freshet.engine.expr;

import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The fields of {@code extract}, {@code date_part} and {@code date_trunc}, with the spellings
 * PostgreSQL accepts ({@code DecodeUnits}: singular, plural and abbreviations, matched on the first
 * ten characters, so {@code microseconds} and {@code microsecond} both work).
 */
enum DateField {
    MICROSECONDS,
    MILLISECONDS,
    SECOND,
    MINUTE,
    HOUR,
    DAY,
    WEEK,
    MONTH,
    QUARTER,
    YEAR,
    DECADE,
    CENTURY,
    MILLENNIUM,
    EPOCH,
    JULIAN,
    DOW,
    ISODOW,
    DOY,
    ISOYEAR,
    TIMEZONE,
    TIMEZONE_HOUR,
    TIMEZONE_MINUTE;

    private static final Map<String, DateField> NAMES =
            Map.ofEntries(
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
                    Map.entry("microsecon", MICROSECONDS),
                    Map.entry("mil", MILLENNIUM),
                    Map.entry("millennia", MILLENNIUM),
                    Map.entry("millennium", MILLENNIUM),
                    Map.entry("millisecon", MILLISECONDS),
                    Map.entry("mils", MILLENNIUM),
                    Map.entry("min", MINUTE),
                    Map.entry("mins", MINUTE),
                    Map.entry("minute", MINUTE),
                    Map.entry("minutes", MINUTE),
                    Map.entry("mon", MONTH),
                    Map.entry("mons", MONTH),
                    Map.entry("month", MONTH),
                    Map.entry("months", MONTH),
                    Map.entry("ms", MILLISECONDS),
                    Map.entry("msec", MILLISECONDS),
                    Map.entry("msecond", MILLISECONDS),
                    Map.entry("mseconds", MILLISECONDS),
                    Map.entry("msecs", MILLISECONDS),
                    Map.entry("qtr", QUARTER),
                    Map.entry("quarter", QUARTER),
                    Map.entry("s", SECOND),
                    Map.entry("sec", SECOND),
                    Map.entry("second", SECOND),
                    Map.entry("seconds", SECOND),
                    Map.entry("secs", SECOND),
                    Map.entry("timezone", TIMEZONE),
                    Map.entry("timezone_h", TIMEZONE_HOUR),
                    Map.entry("timezone_m", TIMEZONE_MINUTE),
                    Map.entry("us", MICROSECONDS),
                    Map.entry("usec", MICROSECONDS),
                    Map.entry("usecond", MICROSECONDS),
                    Map.entry("useconds", MICROSECONDS),
                    Map.entry("usecs", MICROSECONDS),
                    Map.entry("w", WEEK),
                    Map.entry("week", WEEK),
                    Map.entry("weeks", WEEK),
                    Map.entry("y", YEAR),
                    Map.entry("year", YEAR),
                    Map.entry("years", YEAR),
                    Map.entry("yr", YEAR),
                    Map.entry("yrs", YEAR),
                    Map.entry("epoch", EPOCH),
                    Map.entry("julian", JULIAN),
                    Map.entry("j", JULIAN),
                    Map.entry("dow", DOW),
                    Map.entry("isodow", ISODOW),
                    Map.entry("doy", DOY),
                    Map.entry("isoyear", ISOYEAR));

    /** The field named {@code text} (any case), or null if PostgreSQL would not recognize it. */
    static @Nullable DateField parse(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        String key = lower.length() > 10 ? lower.substring(0, 10) : lower;
        return NAMES.get(key);
    }

    /** True for the fields date_trunc accepts. */
    boolean truncatable() {
        return ordinal() <= MILLENNIUM.ordinal();
    }
}
