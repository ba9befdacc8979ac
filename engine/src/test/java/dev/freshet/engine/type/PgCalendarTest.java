package dev.freshet.engine.type;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@link PgCalendar} and {@link PgTimeZones} against {@code java.time}, which uses the same
 * proleptic Gregorian calendar with astronomical years, and against PostgreSQL's range limits.
 */
class PgCalendarTest {

    @Test
    void epochDaysAgreeWithJavaTimeOverTheWholeDateRange() {
        Random r = new Random(7);
        for (int i = 0; i < 200_000; i++) {
            long day =
                    PgCalendar.MIN_DATE
                            + (long) (r.nextDouble() * (PgCalendar.MAX_DATE - PgCalendar.MIN_DATE));
            LocalDate d = LocalDate.ofEpochDay(day);
            long ymd = PgCalendar.ymd(day);
            assertEquals(d.getYear(), PgCalendar.ymdYear(ymd));
            assertEquals(d.getMonthValue(), PgCalendar.ymdMonth(ymd));
            assertEquals(d.getDayOfMonth(), PgCalendar.ymdDay(ymd));
            assertEquals(
                    day, PgCalendar.epochDay(d.getYear(), d.getMonthValue(), d.getDayOfMonth()));
            assertEquals(d.getDayOfWeek().getValue() % 7, PgCalendar.dayOfWeek(day));
            assertEquals(d.getDayOfYear(), PgCalendar.dayOfYear(day));
        }
    }

    @Test
    void rangeLimitsAreThoseOfPostgres() {
        // 4714-11-24 BC is Julian day 0; 5874897-12-31 is the last date PostgreSQL accepts.
        assertEquals(PgCalendar.epochDay(-4713, 11, 24), PgCalendar.MIN_DATE);
        assertEquals(PgCalendar.epochDay(5_874_897, 12, 31), PgCalendar.MAX_DATE);
        assertEquals(PgCalendar.epochDay(1970, 1, 1), 0);
        assertEquals(PgCalendar.MIN_DATE * PgCalendar.MICROS_PER_DAY, PgCalendar.MIN_TIMESTAMP);
        assertEquals(
                PgCalendar.timestamp(294_246, 12, 31, 23, 59, 59, 999_999),
                PgCalendar.MAX_TIMESTAMP);
        assertTrue(PgCalendar.isValidTimestamp(PgCalendar.MAX_TIMESTAMP));
        assertFalse(PgCalendar.isValidTimestamp(PgCalendar.MAX_TIMESTAMP + 1));
        assertFalse(PgCalendar.isFinite(PgCalendar.POS_INFINITY));
        assertFalse(PgCalendar.isFinite(PgCalendar.NEG_INFINITY));
    }

    @Test
    void leapYearsFollowTheGregorianRuleAndYearZeroIsOneBc() {
        assertTrue(PgCalendar.isLeapYear(2000));
        assertFalse(PgCalendar.isLeapYear(1900));
        assertTrue(PgCalendar.isLeapYear(2024));
        assertFalse(PgCalendar.isLeapYear(2023));
        assertTrue(PgCalendar.isLeapYear(0));
        assertTrue(PgCalendar.isLeapYear(-4));
        assertFalse(PgCalendar.isLeapYear(-1));
        assertEquals(29, PgCalendar.daysInMonth(2000, 2));
        assertEquals(28, PgCalendar.daysInMonth(1900, 2));
        assertEquals(30, PgCalendar.daysInMonth(2021, 11));
    }

    @Test
    void timestampsSplitWithFloorDivisionBefore1970() {
        long t = PgCalendar.timestamp(1969, 12, 31, 23, 59, 59, 999_999);
        assertEquals(-1, t);
        assertEquals(-1, PgCalendar.epochDayOf(t));
        assertEquals(PgCalendar.MICROS_PER_DAY - 1, PgCalendar.microsOfDay(t));
        assertEquals(t, PgCalendar.timestamp(PgCalendar.epochDayOf(t), PgCalendar.microsOfDay(t)));
    }

    @Test
    void offsetsAgreeWithJavaTimeWhateverTheOrderOfLookups() {
        ZoneId[] zones = {
            ZoneId.of("America/New_York"),
            ZoneId.of("Europe/London"),
            ZoneId.of("Australia/Lord_Howe"),
            ZoneId.of("Asia/Kolkata"),
            ZoneOffset.ofHoursMinutes(5, 30),
            ZoneId.of("UTC")
        };
        Random r = new Random(3);
        for (int i = 0; i < 100_000; i++) {
            ZoneId zone = zones[r.nextInt(zones.length)];
            long micros = (long) ((r.nextDouble() - 0.5) * 2e16);
            int expected =
                    zone.getRules()
                            .getOffset(Instant.ofEpochSecond(Math.floorDiv(micros, 1_000_000L)))
                            .getTotalSeconds();
            assertEquals(expected, PgTimeZones.offsetSeconds(zone, micros), zone + " " + micros);
        }
    }

    @Test
    void localTimesInGapsAndOverlapsResolveAsPostgresDoes() {
        ZoneId ny = ZoneId.of("America/New_York");
        // Spring forward 2021-03-14 02:00 -> 03:00: 02:30 takes the offset before (-05).
        long gap = PgCalendar.timestamp(2021, 3, 14, 2, 30, 0, 0);
        assertEquals(-5 * 3600, PgTimeZones.localOffsetSeconds(ny, gap));
        // Fall back 2021-11-07 02:00 -> 01:00: 01:30 takes the offset after (-05).
        long overlap = PgCalendar.timestamp(2021, 11, 7, 1, 30, 0, 0);
        assertEquals(-5 * 3600, PgTimeZones.localOffsetSeconds(ny, overlap));
        long normal = PgCalendar.timestamp(2021, 7, 1, 12, 0, 0, 0);
        assertEquals(-4 * 3600, PgTimeZones.localOffsetSeconds(ny, normal));
        assertEquals(normal + 4 * PgCalendar.MICROS_PER_HOUR, PgTimeZones.localToUtc(normal, ny));
        assertEquals(normal, PgTimeZones.utcToLocal(PgTimeZones.localToUtc(normal, ny), ny));
    }

    @Test
    void zoneNamesAreCaseInsensitiveAndPosixOffsetsCountWest() {
        assertEquals(ZoneId.of("America/New_York"), PgTimeZones.zone("america/NEW_york"));
        assertEquals(ZoneOffset.ofHours(-3), PgTimeZones.zone("UTC+3"));
        assertEquals(ZoneOffset.ofHoursMinutes(3, 30), PgTimeZones.zone("foo-3:30"));
        assertNull(PgTimeZones.zone("Foo/Bar"));
        assertNull(PgTimeZones.zone("EST5BAR"));
    }
}
