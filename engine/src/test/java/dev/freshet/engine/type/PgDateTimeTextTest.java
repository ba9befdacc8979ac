package dev.freshet.engine.type;

import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * PostgreSQL text output and input of DATE, TIME, TIMESTAMP and TIMESTAMPTZ (DateStyle ISO, MDY):
 * the accepted spellings, BC years, infinity, 24:00 and leap seconds, Feb 29, zones and their
 * offsets, DST gaps and overlaps, and PostgreSQL's errors.
 *
 * <p>Expected strings are PostgreSQL 15.18's (DateStyle ISO, MDY; IntervalStyle postgres;
 * extra_float_digits 1), taken with {@code SELECT t('timestamp with time zone', input,
 * 'America/New_York')} (and date, time, timestamp; the zone as named by each test) where {@code t}
 * is the helper described in {@link PgTextCases}; see there for the notation and what each case
 * checks.
 */
class PgDateTimeTextTest {

    @TestFactory
    Stream<DynamicTest> date() {
        return PgTextCases.tests(DataType.DATE, "UTC", DATE);
    }

    @TestFactory
    Stream<DynamicTest> time() {
        return PgTextCases.tests(DataType.TIME, "UTC", TIME);
    }

    @TestFactory
    Stream<DynamicTest> timestamp() {
        return PgTextCases.tests(DataType.TIMESTAMP, "UTC", TIMESTAMP);
    }

    @TestFactory
    Stream<DynamicTest> timestampGenerated() {
        return PgTextCases.tests(DataType.TIMESTAMP, "UTC", TIMESTAMP_GENERATED);
    }

    @TestFactory
    Stream<DynamicTest> timestamptzNewYork() {
        return PgTextCases.tests(DataType.TIMESTAMPTZ, "America/New_York", TIMESTAMPTZ_NEW_YORK);
    }

    @TestFactory
    Stream<DynamicTest> timestamptzNewYorkGenerated() {
        return PgTextCases.tests(
                DataType.TIMESTAMPTZ, "America/New_York", TIMESTAMPTZ_NEW_YORK_GENERATED);
    }

    @TestFactory
    Stream<DynamicTest> timestamptzLondon() {
        return PgTextCases.tests(DataType.TIMESTAMPTZ, "Europe/London", TIMESTAMPTZ_LONDON);
    }

    @TestFactory
    Stream<DynamicTest> timestamptzKolkata() {
        return PgTextCases.tests(DataType.TIMESTAMPTZ, "Asia/Kolkata", TIMESTAMPTZ_KOLKATA);
    }

    @TestFactory
    Stream<DynamicTest> timestamptzLordHowe() {
        return PgTextCases.tests(
                DataType.TIMESTAMPTZ, "Australia/Lord_Howe", TIMESTAMPTZ_LORD_HOWE);
    }

    @TestFactory
    Stream<DynamicTest> timestamptzUtc() {
        return PgTextCases.tests(DataType.TIMESTAMPTZ, "UTC", TIMESTAMPTZ_UTC);
    }

    private static final String[][] DATE = {
        {"1999-01-08", "1999-01-08"},
        {"1999-1-8", "1999-01-08"},
        {" 1999-01-08 ", "1999-01-08"},
        {"19990108", "1999-01-08"},
        {"990108", "1999-01-08"},
        {"1999.008", "1999-01-08"},
        {"Jan 8 1999", "1999-01-08"},
        {"January 8, 1999", "1999-01-08"},
        {"1999-Jan-08", "1999-01-08"},
        {"Jan-08-1999", "1999-01-08"},
        {"08-Jan-1999", "1999-01-08"},
        {"08-Jan-99", "1999-01-08"},
        {"Jan-08-99", "1999-01-08"},
        {"1/8/1999", "1999-01-08"},
        {"1/18/1999", "1999-01-18"},
        {
            "18/1/1999",
            "ERR 22008 date/time field value out of range: \"18/1/1999\" | H: Perhaps you need a different \"datestyle\" setting."
        },
        {"01/02/03", "2003-01-02"},
        {"1999-01-08 BC", "1999-01-08 BC"},
        {"0001-01-01 BC", "0001-01-01 BC"},
        {"0000-01-01", "ERR 22008 date/time field value out of range: \"0000-01-01\""},
        {"4713-11-24 BC", "4713-11-24 BC"},
        {"4714-11-24 BC", "4714-11-24 BC"},
        {"4714-11-23 BC", "ERR 22008 date out of range: \"4714-11-23 BC\""},
        {"5874897-12-31", "5874897-12-31"},
        {"5874898-01-01", "ERR 22008 date out of range: \"5874898-01-01\""},
        {"2021-02-30", "ERR 22008 date/time field value out of range: \"2021-02-30\""},
        {"2020-02-29", "2020-02-29"},
        {"2021-02-29", "ERR 22008 date/time field value out of range: \"2021-02-29\""},
        {"1900-02-29", "ERR 22008 date/time field value out of range: \"1900-02-29\""},
        {"2000-02-29", "2000-02-29"},
        {
            "2021-13-01",
            "ERR 22008 date/time field value out of range: \"2021-13-01\" | H: Perhaps you need a different \"datestyle\" setting."
        },
        {
            "2021-00-10",
            "ERR 22008 date/time field value out of range: \"2021-00-10\" | H: Perhaps you need a different \"datestyle\" setting."
        },
        {
            "2021-01-32",
            "ERR 22008 date/time field value out of range: \"2021-01-32\" | H: Perhaps you need a different \"datestyle\" setting."
        },
        {"x", "ERR 22007 invalid input syntax for type date: \"x\""},
        {"", "ERR 22007 invalid input syntax for type date: \"\""},
        {"epoch", "1970-01-01"},
        {"infinity", "infinity"},
        {"-infinity", "-infinity"},
        {"+infinity", "ERR 22007 invalid input syntax for type date: \"+infinity\""},
        {"allballs", "ERR 22007 invalid input syntax for type date: \"allballs\""},
        {"1999-01-08 04:05:06", "1999-01-08"},
        {"1999-01-08T04:05", "1999-01-08"},
        {"1999-01-08 America/New_York", "1999-01-08"},
        {"Jan 8", "ERR 22007 invalid input syntax for type date: \"Jan 8\""},
        {"8 Jan 1999", "1999-01-08"},
        {"1999 Jan 8", "1999-01-08"},
        {
            "99-01-08",
            "ERR 22008 date/time field value out of range: \"99-01-08\" | H: Perhaps you need a different \"datestyle\" setting."
        },
        {"1-1-1", "2001-01-01"},
        {"10000-01-01", "10000-01-01"},
        {"12345-06-07", "12345-06-07"},
        {"J2451187", "1999-01-08"},
        {"J0", "4714-11-24 BC"},
        {
            "Friday 1999-01-08",
            "ERR 22007 invalid input syntax for type date: \"Friday 1999-01-08\""
        },
        {"Fri Jan 08 1999", "1999-01-08"},
        {"1999-01-08 AD", "1999-01-08"},
        {"2000-1-1 bc", "2000-01-01 BC"},
        {"1999/01/08", "1999-01-08"},
        {"1999 01 08", "1999-01-08"},
        {
            "1999-01-08garbage",
            "ERR 22007 invalid input syntax for type date: \"1999-01-08garbage\""
        },
        {"1999-01", "ERR 22007 invalid input syntax for type date: \"1999-01\""},
        {"1999-jan08", "1999-01-08"},
        {"1999.365", "1999-12-31"},
        {"1999.366", "2000-01-01"},
        {"2000.366", "2000-12-31"},
        {"jan jan 1999", "ERR 22007 invalid input syntax for type date: \"jan jan 1999\""},
        {"1999-01-08 at", "1999-01-08"},
        {"on Jan 8 1999", "1999-01-08"},
        {"1999-01-08 24:00", "1999-01-08"},
        {"12/31/1999 BC", "1999-12-31 BC"},
        {"2147483648-01-01", "ERR 22008 date/time field value out of range: \"2147483648-01-01\""},
        {"February 29 2000", "2000-02-29"},
        {"feb 29 1900", "ERR 22008 date/time field value out of range: \"feb 29 1900\""},
        {"Sept 9 2009", "2009-09-09"},
        {"septembe 9 2009", "ERR 22007 invalid input syntax for type date: \"septembe 9 2009\""},
        {"1999-01-08 Foo/Bar", "ERR 22023 time zone \"foo/bar\" not recognized"},
        {"1999-01-08 foo", "ERR 22007 invalid input syntax for type date: \"1999-01-08 foo\""},
        {"2 Jan 03", "2003-01-02"},
        {"JAN 8 99 BC", "0099-01-08 BC"},
        {"1999-01-08 +16", "ERR 22009 time zone displacement out of range: \"1999-01-08 +16\""},
        {
            "99999999999999999999",
            "ERR 22008 date/time field value out of range: \"99999999999999999999\" | H: Perhaps you need a different \"datestyle\" setting."
        },
        {
            "9999999999999999999999999",
            "ERR 22008 date/time field value out of range: \"9999999999999999999999999\""
        },
        {
            "epoch99999999999999999999",
            "ERR 22008 date/time field value out of range: \"epoch99999999999999999999\" | H: Perhaps you need a different \"datestyle\" setting."
        },
        {"epoch 1999-02-30", "ERR 22007 invalid input syntax for type date: \"epoch 1999-02-30\""},
        {"J3H]", "4714-11-27 BC"},
        {"1999-01-08 j", "1999-01-08"},
    };

    private static final String[][] TIME = {
        {"04:05:06", "04:05:06"},
        {"04:05", "04:05:00"},
        {"4:5", "04:05:00"},
        {"04:05:06.789", "04:05:06.789"},
        {"24:00", "24:00:00"},
        {"24:00:00.000001", "ERR 22008 date/time field value out of range: \"24:00:00.000001\""},
        {"23:59:60", "24:00:00"},
        {"23:59:60.000001", "ERR 22008 date/time field value out of range: \"23:59:60.000001\""},
        {"23:59:59.9999995", "24:00:00"},
        {"00:00:00.0000005", "00:00:00"},
        {"00:00:00.0000015", "00:00:00.000002"},
        {"1:00 pm", "13:00:00"},
        {"12:00 am", "00:00:00"},
        {"12:00 pm", "12:00:00"},
        {"13:00 am", "ERR 22008 date/time field value out of range: \"13:00 am\""},
        {"040506", "04:05:06"},
        {"0405", "04:05:00"},
        {"04:05:06+05", "04:05:06"},
        {"04:05:06 PST", "04:05:06"},
        {
            "04:05:06 America/New_York",
            "ERR 22007 invalid input syntax for type time: \"04:05:06 America/New_York\""
        },
        {"1999-01-08 04:05:06", "04:05:06"},
        {"1999-01-08 04:05:06 America/New_York", "04:05:06"},
        {"allballs", "00:00:00"},
        {"x", "ERR 22007 invalid input syntax for type time: \"x\""},
        {"", "ERR 22007 invalid input syntax for type time: \"\""},
        {"04", "ERR 22007 invalid input syntax for type time: \"04\""},
        {"04:05:06:07", "ERR 22007 invalid input syntax for type time: \"04:05:06:07\""},
        {"-04:05", "ERR 22007 invalid input syntax for type time: \"-04:05\""},
        {"04:05:06.5 pm", "16:05:06.5"},
        {"T04:05:06", "04:05:06"},
        {"25:00", "ERR 22008 date/time field value out of range: \"25:00\""},
        {"04:60", "ERR 22008 date/time field value out of range: \"04:60\""},
        {"040506.5", "04:05:06.5"},
        {"04:05.5", "00:04:05.5"},
        {"2001-01-01", "ERR 22007 invalid input syntax for type time: \"2001-01-01\""},
        {"epoch", "ERR 22007 invalid input syntax for type time: \"epoch\""},
        {"infinity", "ERR 22007 invalid input syntax for type time: \"infinity\""},
        {"4:05:06 z", "04:05:06"},
        {"1999-01-08 04:05:06 Foo/Bar", "ERR 22023 time zone \"foo/bar\" not recognized"},
        {"04:05:06 foo", "ERR 22007 invalid input syntax for type time: \"04:05:06 foo\""},
        {"04:05:06 UTC", "04:05:06"},
        {"04:05:06 Etc/GMT+3", "04:05:06"},
        {"04:05:06 UTC+3", "04:05:06"},
        {"0405 pm", "16:05:00"},
        {"00:00:60", "00:01:00"},
        {"24:00 pm", "ERR 22008 date/time field value out of range: \"24:00 pm\""},
        {"11:59:59.999999 pm", "23:59:59.999999"},
        {"d 04:05", "04:05:00"},
        {"j 04:05", "04:05:00"},
        {"t 04:05 1", "ERR 22007 invalid input syntax for type time: \"t 04:05 1\""},
        {"04:05 t", "ERR 22007 invalid input syntax for type time: \"04:05 t\""},
        {"04:05 h", "04:05:00"},
    };

    private static final String[][] TIMESTAMP = {
        {"infinity", "infinity"},
        {"-infinity", "-infinity"},
        {"epoch", "1970-01-01 00:00:00"},
        {"current", "ERR 22007 invalid input syntax for type timestamp: \"current\""},
        {"1999-01-08 04:05:06", "1999-01-08 04:05:06"},
        {"1999-01-08T04:05:06.789", "1999-01-08 04:05:06.789"},
        {"1999-01-08 04:05", "1999-01-08 04:05:00"},
        {"1999-01-08", "1999-01-08 00:00:00"},
        {"1999-01-08 04:05:06+02", "1999-01-08 04:05:06"},
        {"1999-01-08 04:05:06 PST", "1999-01-08 04:05:06"},
        {"1999-01-08 04:05:06 America/New_York", "1999-01-08 04:05:06"},
        {"January 8 04:05:06 1999 PST", "1999-01-08 04:05:06"},
        {"1999-01-08 04:05:06.1234567", "1999-01-08 04:05:06.123457"},
        {"1999-01-08 04:05:06.0000005", "1999-01-08 04:05:06"},
        {"1999-01-08 04:05:06.0000015", "1999-01-08 04:05:06.000002"},
        {"1999-01-08 04:05:06.9999995", "1999-01-08 04:05:07"},
        {"1999-01-08 24:00:00", "1999-01-09 00:00:00"},
        {
            "1999-01-08 24:00:01",
            "ERR 22008 date/time field value out of range: \"1999-01-08 24:00:01\""
        },
        {"1999-01-08 23:59:60", "1999-01-09 00:00:00"},
        {
            "1999-01-08 23:59:60.5",
            "ERR 22008 date/time field value out of range: \"1999-01-08 23:59:60.5\""
        },
        {
            "1999-01-08 23:59:61",
            "ERR 22008 date/time field value out of range: \"1999-01-08 23:59:61\""
        },
        {
            "1999-01-08 23:60:00",
            "ERR 22008 date/time field value out of range: \"1999-01-08 23:60:00\""
        },
        {"1999-01-08 25:00", "ERR 22008 date/time field value out of range: \"1999-01-08 25:00\""},
        {"1999-01-08 1:00 pm", "1999-01-08 13:00:00"},
        {"1999-01-08 12:00 am", "1999-01-08 00:00:00"},
        {
            "1999-01-08 13:00 pm",
            "ERR 22008 date/time field value out of range: \"1999-01-08 13:00 pm\""
        },
        {"1999-01-08 04:05:06 BC", "1999-01-08 04:05:06 BC"},
        {"0001-01-01 00:00:00 BC", "0001-01-01 00:00:00 BC"},
        {"4714-11-24 00:00:00 BC", "4714-11-24 00:00:00 BC"},
        {"4714-11-23 23:59:59 BC", "ERR 22008 timestamp out of range: \"4714-11-23 23:59:59 BC\""},
        {"294246-12-31 23:59:58", "294246-12-31 23:59:58"},
        {"2021-02-29 00:00", "ERR 22008 date/time field value out of range: \"2021-02-29 00:00\""},
        {"2020-02-29 12:00", "2020-02-29 12:00:00"},
        {"1999-01-08 04:05:06Z", "1999-01-08 04:05:06"},
        {"19990108T040506", "1999-01-08 04:05:06"},
        {"19990108 040506", "1999-01-08 04:05:06"},
        {"1999-01-08T040506", "1999-01-08 04:05:06"},
        {"J2451187 04:05:06", "1999-01-08 04:05:06"},
        {"J2451187.25", "1999-01-08 06:00:00"},
        {"epoch 04:05", "1970-01-01 00:00:00"},
        {"epoch epoch", "ERR 22007 invalid input syntax for type timestamp: \"epoch epoch\""},
        {"1999-01-08 allballs", "1999-01-08 00:00:00"},
        {"1999-01-08 04:05:06 zulu", "1999-01-08 04:05:06"},
        {"1999-01-08 04:05:06 UTC", "1999-01-08 04:05:06"},
        {"1999-01-08 04:05:06 +05:30", "1999-01-08 04:05:06"},
        {"1999-01-08 04:05:06 -0800", "1999-01-08 04:05:06"},
        {"1999-01-08 04:05:06-8", "1999-01-08 04:05:06"},
        {"1999-01-08 04:05:06 Foo/Bar", "ERR 22023 time zone \"foo/bar\" not recognized"},
        {
            "1999-01-08 04:05:06 foo",
            "ERR 22007 invalid input syntax for type timestamp: \"1999-01-08 04:05:06 foo\""
        },
        {"1999-01-08 04:05:06 +15", "1999-01-08 04:05:06"},
        {
            "1999-01-08 04:05:06 +16",
            "ERR 22009 time zone displacement out of range: \"1999-01-08 04:05:06 +16\""
        },
        {
            "1999-01-08 04:05:06 -080015",
            "ERR 22009 time zone displacement out of range: \"1999-01-08 04:05:06 -080015\""
        },
        {"Fri Jan 08 04:05:06 1999", "1999-01-08 04:05:06"},
        {"1999-01-08 04:05:06.", "1999-01-08 04:05:06"},
        {
            "1999-01-08 04:05:06.5.5",
            "ERR 22007 invalid input syntax for type timestamp: \"1999-01-08 04:05:06.5.5\""
        },
        {"1999-01-08 4:5:6", "1999-01-08 04:05:06"},
        {"1999-01-08 04:05:06 america/new_york", "1999-01-08 04:05:06"},
        {"1999-01-08 04:05:06 EST5EDT", "1999-01-08 04:05:06"},
        {"1999-01-08 04:05:06 GMT+3", "1999-01-08 04:05:06"},
        {"1999-01-08 04:05:06 UTC+3", "1999-01-08 04:05:06"},
        {"1999-01-08 at 04:05", "1999-01-08 04:05:00"},
        {"1999-01-08 04:", "1999-01-08 04:00:00"},
        {"1999-01-08 04:05:06 +05:30:15", "1999-01-08 04:05:06"},
        {"1999-01-08 040506-08", "1999-01-08 04:05:06"},
        {"19990108T040506Z", "1999-01-08 04:05:06"},
        {"1999-01-08 04:05:06 cest", "1999-01-08 04:05:06"},
        {"1999-01-08 04:05:06 Japan", "1999-01-08 04:05:06"},
        {
            "1999-01-08 04:05:06 +05 +06",
            "ERR 22007 invalid input syntax for type timestamp: \"1999-01-08 04:05:06 +05 +06\""
        },
        {"04:05:06", "ERR 22007 invalid input syntax for type timestamp: \"04:05:06\""},
        {
            "Jan 8 040506 1999",
            "ERR 22007 invalid input syntax for type timestamp: \"Jan 8 040506 1999\""
        },
        {
            "America/New_York 1999-01-08 04:05",
            "ERR 22007 invalid input syntax for type timestamp: \"America/New_York 1999-01-08 04:05\""
        },
        {"1999-01-08 America/New_York 04:05", "1999-01-08 04:05:00"},
        {"2021-03-14 02:30", "2021-03-14 02:30:00"},
        {"2021-11-07 01:30", "2021-11-07 01:30:00"},
        {"2021-03-28 02:30 Europe/London", "2021-03-28 02:30:00"},
        {"2021-10-31 01:30 Europe/London", "2021-10-31 01:30:00"},
        {"1800-01-01 00:00", "1800-01-01 00:00:00"},
        {"2100-07-01 12:00", "2100-07-01 12:00:00"},
        {"1999-01-08 t", "ERR 22007 invalid input syntax for type timestamp: \"1999-01-08 t\""},
        {"J2451187 h", "1999-01-08 00:00:00"},
        {"epoch 13:00 pm", "ERR 22008 date/time field value out of range: \"epoch 13:00 pm\""},
        {
            "infinity 99-13-01",
            "ERR 22007 invalid input syntax for type timestamp: \"infinity 99-13-01\""
        },
        {"epoch j", "1970-01-01 00:00:00"},
        {"epoch t", "ERR 22007 invalid input syntax for type timestamp: \"epoch t\""},
        {"d 1999-01-08", "ERR 22007 invalid input syntax for type timestamp: \"d 1999-01-08\""},
        {
            "1999-01-08 d 04:05",
            "ERR 22007 invalid input syntax for type timestamp: \"1999-01-08 d 04:05\""
        },
    };

    private static final String[][] TIMESTAMP_GENERATED = {
        {
            "mar 9 38 21:38 pm +05:30:15",
            "ERR 22008 date/time field value out of range: \"mar 9 38 21:38 pm +05:30:15\""
        },
        {
            "feb 23 255216 19:51:40 AD -3",
            "ERR 22007 invalid input syntax for type timestamp: \"feb 23 255216 19:51:40 AD -3\""
        },
        {"1945-10-09 110804 +05:30:15", "1945-10-09 11:08:04"},
        {"2027-02-26T22:38.714092 Europe/Paris", "2027-02-26 00:22:38.714092"},
        {
            "0094-11-18T20:38:35 foo",
            "ERR 22007 invalid input syntax for type timestamp: \"0094-11-18T20:38:35 foo\""
        },
        {
            "sep 17 63710 173433 foo",
            "ERR 22007 invalid input syntax for type timestamp: \"sep 17 63710 173433 foo\""
        },
        {"135432-10-08T102529 PDT", "135432-10-08 10:25:29"},
        {"290786-07-05 06:19:19.1672026 utc+3", "290786-07-05 06:19:19.167203"},
        {"1989-09-24 +05", "1989-09-24 00:00:00"},
        {"19180422T06:36 Foo/Bar", "ERR 22023 time zone \"foo/bar\" not recognized"},
        {
            "69.372T02:21:51",
            "ERR 22007 invalid input syntax for type timestamp: \"69.372T02:21:51\""
        },
        {
            "212735-03-15 07:54:54.8120970 BC utc+3",
            "ERR 22008 timestamp out of range: \"212735-03-15 07:54:54.8120970 BC utc+3\""
        },
        {"1969080116 153633+05", "196908-01-16 15:36:33"},
        {"262503-01-20 18:28:57.852729 UTC", "262503-01-20 18:28:57.852729"},
        {
            "19030229 22:08 AM foo",
            "ERR 22007 invalid input syntax for type timestamp: \"19030229 22:08 AM foo\""
        },
        {
            "199809.194 15:59:26 AM+05:30:15",
            "ERR 22008 date/time field value out of range: \"199809.194 15:59:26 AM+05:30:15\""
        },
        {"19150610T00:13:40.2157462 Australia/Sydney", "1915-06-10 00:13:40.215746"},
        {"nov 14 41T16:09:07 -08:00", "2041-11-14 16:09:07"},
        {"18-Sept-40 01:54.3684884 CET", "2040-09-18 00:01:54.368488"},
        {"24069-06-27T02:44.256831", "24069-06-27 00:02:44.256831"},
        {"11-apr-18 13:03 AD +0530", "2018-04-11 13:03:00"},
        {"9/8/2001 17:54:48 BC", "2001-09-08 17:54:48 BC"},
        {"2-dec-93 Asia/Tokyo", "1993-12-02 00:00:00"},
        {
            "1080200708T06:02:02 foo",
            "ERR 22007 invalid input syntax for type timestamp: \"1080200708T06:02:02 foo\""
        },
        {
            "jan 17 258120T20:11:15 CET",
            "ERR 22007 invalid input syntax for type timestamp: \"jan 17 258120T20:11:15 CET\""
        },
        {
            "1910-11-31 22:30:12 -3",
            "ERR 22008 date/time field value out of range: \"1910-11-31 22:30:12 -3\""
        },
        {
            "34472-01-24 14:43:51 BC +05",
            "ERR 22008 timestamp out of range: \"34472-01-24 14:43:51 BC +05\""
        },
        {
            "9494-08-27 00:06:48.3110141 BC -3",
            "ERR 22008 timestamp out of range: \"9494-08-27 00:06:48.3110141 BC -3\""
        },
        {"9177-04-15 02:54:57 AM-08:00", "9177-04-15 02:54:57"},
        {"0370-08-01 AD", "0370-08-01 00:00:00"},
        {"0098-03-03T063112 -3", "0098-03-03 06:31:12"},
        {
            "oct 7 24817 10:00:19.5515106 pm BC +05:30:15",
            "ERR 22008 timestamp out of range: \"oct 7 24817 10:00:19.5515106 pm BC +05:30:15\""
        },
        {"69340625T05:03:15.9963087 Australia/Sydney", "6934-06-25 05:03:15.996309"},
        {"1903-07-28T07:55:27 America/New_York", "1903-07-28 07:55:27"},
        {"2073-09-11 12:04:23 AD Asia/Tokyo", "2073-09-11 12:04:23"},
        {"0070-12-20T23:33:24.6678931 Z", "0070-12-20 23:33:24.667893"},
        {"207615-02-28 11:52:12.3044983 AD America/New_York", "207615-02-28 11:52:12.304498"},
        {
            "9-Sept-4300T12:29:27 pm UTC",
            "ERR 22007 invalid input syntax for type timestamp: \"9-Sept-4300T12:29:27 pm UTC\""
        },
        {"3/11/56081 AD America/New_York", "56081-03-11 00:00:00"},
        {"17520127T08:13:57 am Australia/Sydney", "1752-01-27 08:13:57"},
        {"9/16/22T12:09:20.3501862 Foo/Bar", "ERR 22023 time zone \"foo/bar\" not recognized"},
        {
            "9/3/106709 BC America/New_York",
            "ERR 22008 timestamp out of range: \"9/3/106709 BC America/New_York\""
        },
        {"22-feb-4562 04:29:31.3065314 PDT", "4562-02-22 04:29:31.306531"},
        {
            "1/1/234070 AD foo",
            "ERR 22007 invalid input syntax for type timestamp: \"1/1/234070 AD foo\""
        },
        {"3018-10-21 EST", "3018-10-21 00:00:00"},
        {"2062-04-11 213929 Europe/London", "2062-04-11 21:39:29"},
        {"1-jun-1183 PDT", "1183-06-01 00:00:00"},
        {"1998-06-29T20:39:09.5686642 utc+3", "1998-06-29 20:39:09.568664"},
        {"9/24/1986T16:54:02", "1986-09-24 16:54:02"},
        {"10/8/79 20:58:00.7845584-3", "1979-10-08 20:58:00.784558"},
        {
            "26-sep-8645T07:20:53+0530",
            "ERR 22007 invalid input syntax for type timestamp: \"26-sep-8645T07:20:53+0530\""
        },
        {"1987-07-02 Asia/Tokyo", "1987-07-02 00:00:00"},
        {"apr 6 9276", "9276-04-06 00:00:00"},
        {"2017.255 03:51:38 Asia/Tokyo", "2017-09-12 03:51:38"},
        {"feb 15 1945 10:15:01 AM", "1945-02-15 10:15:01"},
        {
            "7.046 Australia/Sydney",
            "ERR 22007 invalid input syntax for type timestamp: \"7.046 Australia/Sydney\""
        },
        {"2047-06-10 14:06:41.6221831 AD PDT", "2047-06-10 14:06:41.622183"},
        {"0044-12-22 01:58 AD UTC", "0044-12-22 01:58:00"},
        {
            "17-aug-252735T18:58 +0530",
            "ERR 22007 invalid input syntax for type timestamp: \"17-aug-252735T18:58 +0530\""
        },
        {"3426.250 utc+3", "3426-09-07 00:00:00"},
        {
            "199478-02-09 BC Europe/London",
            "ERR 22008 timestamp out of range: \"199478-02-09 BC Europe/London\""
        },
        {
            "0016-12-27T17:15:03 am utc+3",
            "ERR 22008 date/time field value out of range: \"0016-12-27T17:15:03 am utc+3\""
        },
        {"62.073 PDT", "ERR 22007 invalid input syntax for type timestamp: \"62.073 PDT\""},
        {"may 10 4632 01:39 AD+05", "4632-05-10 01:39:00"},
        {"11/4/1980 19:58.101138 AD -08:00", "1980-11-04 00:19:58.101138"},
        {
            "90.337T19:10.1912287 Europe/Paris",
            "ERR 22007 invalid input syntax for type timestamp: \"90.337T19:10.1912287 Europe/Paris\""
        },
        {"4-dec-55 19:11:37 Asia/Tokyo", "2055-12-04 19:11:37"},
        {
            "7880-10-22 12:54:06 ADZ",
            "ERR 22007 invalid input syntax for type timestamp: \"7880-10-22 12:54:06 ADZ\""
        },
        {"23-Sept-262625 America/New_York", "262625-09-23 00:00:00"},
        {"Sept 1 93962 Europe/Paris", "93962-09-01 00:00:00"},
        {"20190905 EST", "2019-09-05 00:00:00"},
        {
            "1547-13-24 CET",
            "ERR 22008 date/time field value out of range: \"1547-13-24 CET\" | H: Perhaps you need a different \"datestyle\" setting."
        },
        {
            "25-nov-7814T07:36:06 +05",
            "ERR 22007 invalid input syntax for type timestamp: \"25-nov-7814T07:36:06 +05\""
        },
        {"5/27/6010 23:41-08:00", "6010-05-27 23:41:00"},
        {"apr 10 1932T11:17", "1932-04-10 11:17:00"},
        {"1940-04-09 20:03:00.1061978 -08:00", "1940-04-09 20:03:00.106198"},
        {"10-dec-39 20:25:30 EST", "2039-12-10 20:25:30"},
        {"Sept 13 1905T01:28:44.5319438 Australia/Sydney", "1905-09-13 01:28:44.531944"},
        {"0087-08-19T20:08.2545420 Europe/Paris", "0087-08-19 00:20:08.254542"},
        {
            "29-aug-29 24:53:42 America/New_York",
            "ERR 22008 date/time field value out of range: \"29-aug-29 24:53:42 America/New_York\""
        },
        {"27530515T13:36:51+05:30:15", "2753-05-15 13:36:51"},
        {
            "1/13/65 25:49:31+0530",
            "ERR 22008 date/time field value out of range: \"1/13/65 25:49:31+0530\""
        },
        {"6334-05-04T06:37:42.5070920 AM -3", "6334-05-04 06:37:42.507092"},
        {"18-mar-1978 23:00:09 BC +05", "1978-03-18 23:00:09 BC"},
        {"28-February-2068 01:03:28.2758219 EST", "2068-02-28 01:03:28.275822"},
        {
            "25.035 22:15:18.2869274",
            "ERR 22007 invalid input syntax for type timestamp: \"25.035 22:15:18.2869274\""
        },
        {
            "13.182T11:50:44.2835131+05",
            "ERR 22007 invalid input syntax for type timestamp: \"13.182T11:50:44.2835131+05\""
        },
        {
            "January 8 2039T18:27:00 foo",
            "ERR 22007 invalid input syntax for type timestamp: \"January 8 2039T18:27:00 foo\""
        },
        {
            "13/18/2091 25:35:12 BC-08:00",
            "ERR 22008 date/time field value out of range: \"13/18/2091 25:35:12 BC-08:00\""
        },
        {"January 25 80954 10:16:18", "80954-01-25 10:16:18"},
        {"1922-10-21 06:07:06 BC PDT", "1922-10-21 06:07:06 BC"},
        {
            "7822-08-15 17:01:58 BC Australia/Sydney",
            "ERR 22008 timestamp out of range: \"7822-08-15 17:01:58 BC Australia/Sydney\""
        },
        {"11/16/95 Foo/Bar", "ERR 22023 time zone \"foo/bar\" not recognized"},
        {"1/28/9651T09:14:06.1173558 Asia/Tokyo", "9651-01-28 09:14:06.117356"},
        {"0017-06-22T061243 Foo/Bar", "ERR 22023 time zone \"foo/bar\" not recognized"},
        {
            "dec 5 250897 09:18:21 Europe/London",
            "ERR 22007 invalid input syntax for type timestamp: \"dec 5 250897 09:18:21 Europe/London\""
        },
        {"jan 28 2045T07:14:56 UTC", "2045-01-28 07:14:56"},
        {"276.293 CET", "0276-10-19 00:00:00"},
        {"183733-09-25 04:10 Foo/Bar", "ERR 22023 time zone \"foo/bar\" not recognized"},
        {"145920-10-26T14:02:57 +05", "145920-10-26 14:02:57"},
        {"4/3/155515 10:55:54 AD CET", "155515-04-03 10:55:54"},
        {
            "jun 15 5319 17:58:17 AM",
            "ERR 22008 date/time field value out of range: \"jun 15 5319 17:58:17 AM\""
        },
        {"0036-02-18 -3", "0036-02-18 00:00:00"},
        {"2003.038T012513 UTC", "2003-02-07 01:25:13"},
        {
            "aug 19 7442 16:40 AD foo",
            "ERR 22007 invalid input syntax for type timestamp: \"aug 19 7442 16:40 AD foo\""
        },
        {"196044.164 Asia/Tokyo", "196044-06-12 00:00:00"},
        {"nov 23 1928 00:20 AD PDT", "1928-11-23 00:20:00"},
        {"0090-09-25 BC+05:30:15", "0090-09-25 00:00:00 BC"},
        {
            "February 28 156456 00:50:47 -08:00",
            "ERR 22007 invalid input syntax for type timestamp: \"February 28 156456 00:50:47 -08:00\""
        },
        {"2020-06-02T06:15:44.9118383 am Europe/London", "2020-06-02 06:15:44.911838"},
        {"feb 7 71 05:48:52.5756538 am PDT", "1971-02-07 05:48:52.575654"},
        {
            "00181212 22:40:00 AM utc+3",
            "ERR 22008 date/time field value out of range: \"00181212 22:40:00 AM utc+3\""
        },
        {"5/9/1799T10:11:07.4826416 Asia/Tokyo", "1799-05-09 10:11:07.482642"},
        {
            "7427-07-02 09:40:39 BC PDT",
            "ERR 22008 timestamp out of range: \"7427-07-02 09:40:39 BC PDT\""
        },
        {
            "Sept 26 254054 25:15:59.2480461 Asia/Tokyo",
            "ERR 22007 invalid input syntax for type timestamp: \"Sept 26 254054 25:15:59.2480461 Asia/Tokyo\""
        },
        {
            "0/23/8127T16:41 foo",
            "ERR 22007 invalid input syntax for type timestamp: \"0/23/8127T16:41 foo\""
        },
        {"19710914T15:06 America/New_York", "1971-09-14 15:06:00"},
        {"286378-05-17T23:31 Europe/Paris", "286378-05-17 23:31:00"},
        {
            "1/26/62320 06:03:27 foo",
            "ERR 22007 invalid input syntax for type timestamp: \"1/26/62320 06:03:27 foo\""
        },
        {"15-aug-1921 09:37:57 AD Europe/Paris", "1921-08-15 09:37:57"},
    };

    private static final String[][] TIMESTAMPTZ_NEW_YORK = {
        {"infinity", "infinity"},
        {"-infinity", "-infinity"},
        {"epoch", "1969-12-31 19:00:00-05"},
        {
            "current",
            "ERR 22007 invalid input syntax for type timestamp with time zone: \"current\""
        },
        {"1999-01-08 04:05:06", "1999-01-08 04:05:06-05"},
        {"1999-01-08T04:05:06.789", "1999-01-08 04:05:06.789-05"},
        {"1999-01-08 04:05", "1999-01-08 04:05:00-05"},
        {"1999-01-08", "1999-01-08 00:00:00-05"},
        {"1999-01-08 04:05:06+02", "1999-01-07 21:05:06-05"},
        {"1999-01-08 04:05:06 PST", "1999-01-08 07:05:06-05"},
        {"1999-01-08 04:05:06 America/New_York", "1999-01-08 04:05:06-05"},
        {"January 8 04:05:06 1999 PST", "1999-01-08 07:05:06-05"},
        {"1999-01-08 04:05:06.1234567", "1999-01-08 04:05:06.123457-05"},
        {"1999-01-08 04:05:06.0000005", "1999-01-08 04:05:06-05"},
        {"1999-01-08 04:05:06.0000015", "1999-01-08 04:05:06.000002-05"},
        {"1999-01-08 04:05:06.9999995", "1999-01-08 04:05:07-05"},
        {"1999-01-08 24:00:00", "1999-01-09 00:00:00-05"},
        {
            "1999-01-08 24:00:01",
            "ERR 22008 date/time field value out of range: \"1999-01-08 24:00:01\""
        },
        {"1999-01-08 23:59:60", "1999-01-09 00:00:00-05"},
        {
            "1999-01-08 23:59:60.5",
            "ERR 22008 date/time field value out of range: \"1999-01-08 23:59:60.5\""
        },
        {
            "1999-01-08 23:59:61",
            "ERR 22008 date/time field value out of range: \"1999-01-08 23:59:61\""
        },
        {
            "1999-01-08 23:60:00",
            "ERR 22008 date/time field value out of range: \"1999-01-08 23:60:00\""
        },
        {"1999-01-08 25:00", "ERR 22008 date/time field value out of range: \"1999-01-08 25:00\""},
        {"1999-01-08 1:00 pm", "1999-01-08 13:00:00-05"},
        {"1999-01-08 12:00 am", "1999-01-08 00:00:00-05"},
        {
            "1999-01-08 13:00 pm",
            "ERR 22008 date/time field value out of range: \"1999-01-08 13:00 pm\""
        },
        {"1999-01-08 04:05:06 BC", "1999-01-08 04:05:06-04:56:02 BC"},
        {"0001-01-01 00:00:00 BC", "0001-01-01 00:00:00-04:56:02 BC"},
        {"4714-11-24 00:00:00 BC", "4714-11-24 00:00:00-04:56:02 BC"},
        {"4714-11-23 23:59:59 BC", "4714-11-23 23:59:59-04:56:02 BC"},
        {"2021-02-29 00:00", "ERR 22008 date/time field value out of range: \"2021-02-29 00:00\""},
        {"2020-02-29 12:00", "2020-02-29 12:00:00-05"},
        {"1999-01-08 04:05:06Z", "1999-01-07 23:05:06-05"},
        {"19990108T040506", "1999-01-08 04:05:06-05"},
        {"19990108 040506", "1999-01-08 04:05:06-05"},
        {"1999-01-08T040506", "1999-01-08 04:05:06-05"},
        {"J2451187 04:05:06", "1999-01-08 04:05:06-05"},
        {"J2451187.25", "1999-01-08 06:00:00-05"},
        {"epoch 04:05", "1969-12-31 19:00:00-05"},
        {
            "epoch epoch",
            "ERR 22007 invalid input syntax for type timestamp with time zone: \"epoch epoch\""
        },
        {"1999-01-08 allballs", "1999-01-07 19:00:00-05"},
        {"1999-01-08 04:05:06 zulu", "1999-01-07 23:05:06-05"},
        {"1999-01-08 04:05:06 UTC", "1999-01-07 23:05:06-05"},
        {"1999-01-08 04:05:06 +05:30", "1999-01-07 17:35:06-05"},
        {"1999-01-08 04:05:06 -0800", "1999-01-08 07:05:06-05"},
        {"1999-01-08 04:05:06-8", "1999-01-08 07:05:06-05"},
        {"1999-01-08 04:05:06 Foo/Bar", "ERR 22023 time zone \"foo/bar\" not recognized"},
        {
            "1999-01-08 04:05:06 foo",
            "ERR 22007 invalid input syntax for type timestamp with time zone: \"1999-01-08 04:05:06 foo\""
        },
        {"1999-01-08 04:05:06 +15", "1999-01-07 08:05:06-05"},
        {
            "1999-01-08 04:05:06 +16",
            "ERR 22009 time zone displacement out of range: \"1999-01-08 04:05:06 +16\""
        },
        {
            "1999-01-08 04:05:06 -080015",
            "ERR 22009 time zone displacement out of range: \"1999-01-08 04:05:06 -080015\""
        },
        {"Fri Jan 08 04:05:06 1999", "1999-01-08 04:05:06-05"},
        {"1999-01-08 04:05:06.", "1999-01-08 04:05:06-05"},
        {
            "1999-01-08 04:05:06.5.5",
            "ERR 22007 invalid input syntax for type timestamp with time zone: \"1999-01-08 04:05:06.5.5\""
        },
        {"1999-01-08 4:5:6", "1999-01-08 04:05:06-05"},
        {"1999-01-08 04:05:06 america/new_york", "1999-01-08 04:05:06-05"},
        {"1999-01-08 04:05:06 EST5EDT", "1999-01-08 04:05:06-05"},
        {"1999-01-08 04:05:06 GMT+3", "1999-01-08 02:05:06-05"},
        {"1999-01-08 04:05:06 UTC+3", "1999-01-08 02:05:06-05"},
        {"1999-01-08 at 04:05", "1999-01-08 04:05:00-05"},
        {"1999-01-08 04:", "1999-01-08 04:00:00-05"},
        {"1999-01-08 04:05:06 +05:30:15", "1999-01-07 17:34:51-05"},
        {"1999-01-08 040506-08", "1999-01-08 07:05:06-05"},
        {"19990108T040506Z", "1999-01-07 23:05:06-05"},
        {"1999-01-08 04:05:06 cest", "1999-01-07 21:05:06-05"},
        {"1999-01-08 04:05:06 Japan", "1999-01-07 14:05:06-05"},
        {
            "1999-01-08 04:05:06 +05 +06",
            "ERR 22007 invalid input syntax for type timestamp with time zone: \"1999-01-08 04:05:06 +05 +06\""
        },
        {
            "04:05:06",
            "ERR 22007 invalid input syntax for type timestamp with time zone: \"04:05:06\""
        },
        {
            "Jan 8 040506 1999",
            "ERR 22007 invalid input syntax for type timestamp with time zone: \"Jan 8 040506 1999\""
        },
        {
            "America/New_York 1999-01-08 04:05",
            "ERR 22007 invalid input syntax for type timestamp with time zone: \"America/New_York 1999-01-08 04:05\""
        },
        {"1999-01-08 America/New_York 04:05", "1999-01-08 04:05:00-05"},
        {"2021-03-14 02:30", "2021-03-14 03:30:00-04"},
        {"2021-11-07 01:30", "2021-11-07 01:30:00-05"},
        {"2021-03-28 02:30 Europe/London", "2021-03-27 21:30:00-04"},
        {"2021-10-31 01:30 Europe/London", "2021-10-30 21:30:00-04"},
        {"1800-01-01 00:00", "1800-01-01 00:00:00-04:56:02"},
        {"2100-07-01 12:00", "2100-07-01 12:00:00-04"},
        {
            "1999-01-08 t",
            "ERR 22007 invalid input syntax for type timestamp with time zone: \"1999-01-08 t\""
        },
        {"J2451187 h", "1999-01-08 00:00:00-05"},
        {"epoch 13:00 pm", "ERR 22008 date/time field value out of range: \"epoch 13:00 pm\""},
        {
            "infinity 99-13-01",
            "ERR 22007 invalid input syntax for type timestamp with time zone: \"infinity 99-13-01\""
        },
        {"epoch j", "1969-12-31 19:00:00-05"},
        {
            "epoch t",
            "ERR 22007 invalid input syntax for type timestamp with time zone: \"epoch t\""
        },
        {
            "d 1999-01-08",
            "ERR 22007 invalid input syntax for type timestamp with time zone: \"d 1999-01-08\""
        },
        {
            "1999-01-08 d 04:05",
            "ERR 22007 invalid input syntax for type timestamp with time zone: \"1999-01-08 d 04:05\""
        },
        {"2021-03-14 01:59:59", "2021-03-14 01:59:59-05"},
        {"2021-03-14 02:00", "2021-03-14 03:00:00-04"},
        {"2021-03-14 03:00", "2021-03-14 03:00:00-04"},
        {"2021-11-07 00:30", "2021-11-07 00:30:00-04"},
        {"2021-11-07 01:00", "2021-11-07 01:00:00-05"},
        {"2021-11-07 01:59:59.999999", "2021-11-07 01:59:59.999999-05"},
        {"2021-11-07 02:00", "2021-11-07 02:00:00-05"},
        {"2021-11-07 02:30", "2021-11-07 02:30:00-05"},
        {"1883-11-18 12:03:57", "1883-11-18 12:03:57-05"},
        {"1883-11-18 12:03:58", "1883-11-18 12:03:58-05"},
        {"0001-01-01 00:00 BC", "0001-01-01 00:00:00-04:56:02 BC"},
        {"2200-01-01 12:00", "2200-01-01 12:00:00-05"},
        {"1970-01-01 00:00 UTC", "1969-12-31 19:00:00-05"},
        {"2038-01-19 03:14:08 UTC", "2038-01-18 22:14:08-05"},
        {"4714-11-24 00:00:00+00 BC", "4714-11-23 19:03:58-04:56:02 BC"},
        {"1999-01-08 04:05:06 Asia/Kolkata", "1999-01-07 17:35:06-05"},
        {"1999-01-08 04:05:06 Pacific/Chatham", "1999-01-07 09:20:06-05"},
        {"1999-01-08 04:05:06 Asia/Kathmandu", "1999-01-07 17:20:06-05"},
        {"1999-01-08 04:05:06 Australia/Adelaide", "1999-01-07 12:35:06-05"},
        {"1999-01-08 04:05:06 FOO+3", "1999-01-08 02:05:06-05"},
        {"1999-01-08 04:05:06 UTC-0", "1999-01-07 23:05:06-05"},
    };

    private static final String[][] TIMESTAMPTZ_NEW_YORK_GENERATED = {
        {
            "mar 9 38 21:38 pm +05:30:15",
            "ERR 22008 date/time field value out of range: \"mar 9 38 21:38 pm +05:30:15\""
        },
        {
            "feb 23 255216 19:51:40 AD -3",
            "ERR 22007 invalid input syntax for type timestamp with time zone: \"feb 23 255216 19:51:40 AD -3\""
        },
        {"1945-10-09 110804 +05:30:15", "1945-10-09 00:37:49-05"},
        {"2027-02-26T22:38.714092 Europe/Paris", "2027-02-25 18:22:38.714092-05"},
        {
            "0094-11-18T20:38:35 foo",
            "ERR 22007 invalid input syntax for type timestamp with time zone: \"0094-11-18T20:38:35 foo\""
        },
        {
            "sep 17 63710 173433 foo",
            "ERR 22007 invalid input syntax for type timestamp with time zone: \"sep 17 63710 173433 foo\""
        },
        {"135432-10-08T102529 PDT", "135432-10-08 13:25:29-04"},
        {"290786-07-05 06:19:19.1672026 utc+3", "290786-07-05 05:19:19.167203-04"},
        {"1989-09-24 +05", "1989-09-23 15:00:00-04"},
        {"19180422T06:36 Foo/Bar", "ERR 22023 time zone \"foo/bar\" not recognized"},
        {
            "69.372T02:21:51",
            "ERR 22007 invalid input syntax for type timestamp with time zone: \"69.372T02:21:51\""
        },
        {
            "212735-03-15 07:54:54.8120970 BC utc+3",
            "ERR 22008 timestamp out of range: \"212735-03-15 07:54:54.8120970 BC utc+3\""
        },
        {"1969080116 153633+05", "196908-01-16 05:36:33-05"},
        {"262503-01-20 18:28:57.852729 UTC", "262503-01-20 13:28:57.852729-05"},
        {
            "19030229 22:08 AM foo",
            "ERR 22007 invalid input syntax for type timestamp with time zone: \"19030229 22:08 AM foo\""
        },
        {
            "199809.194 15:59:26 AM+05:30:15",
            "ERR 22008 date/time field value out of range: \"199809.194 15:59:26 AM+05:30:15\""
        },
        {"19150610T00:13:40.2157462 Australia/Sydney", "1915-06-09 09:13:40.215746-05"},
        {"nov 14 41T16:09:07 -08:00", "2041-11-14 19:09:07-05"},
        {"18-Sept-40 01:54.3684884 CET", "2040-09-17 19:01:54.368488-04"},
        {"24069-06-27T02:44.256831", "24069-06-27 00:02:44.256831-04"},
        {"11-apr-18 13:03 AD +0530", "2018-04-11 03:33:00-04"},
        {"9/8/2001 17:54:48 BC", "2001-09-08 17:54:48-04:56:02 BC"},
        {"2-dec-93 Asia/Tokyo", "1993-12-01 10:00:00-05"},
        {
            "1080200708T06:02:02 foo",
            "ERR 22007 invalid input syntax for type timestamp with time zone: \"1080200708T06:02:02 foo\""
        },
        {
            "jan 17 258120T20:11:15 CET",
            "ERR 22007 invalid input syntax for type timestamp with time zone: \"jan 17 258120T20:11:15 CET\""
        },
        {
            "1910-11-31 22:30:12 -3",
            "ERR 22008 date/time field value out of range: \"1910-11-31 22:30:12 -3\""
        },
        {
            "34472-01-24 14:43:51 BC +05",
            "ERR 22008 timestamp out of range: \"34472-01-24 14:43:51 BC +05\""
        },
        {
            "9494-08-27 00:06:48.3110141 BC -3",
            "ERR 22008 timestamp out of range: \"9494-08-27 00:06:48.3110141 BC -3\""
        },
        {"9177-04-15 02:54:57 AM-08:00", "9177-04-14 14:54:57-04"},
        {"0370-08-01 AD", "0370-08-01 00:00:00-04:56:02"},
        {"0098-03-03T063112 -3", "0098-03-03 04:35:10-04:56:02"},
        {
            "oct 7 24817 10:00:19.5515106 pm BC +05:30:15",
            "ERR 22008 timestamp out of range: \"oct 7 24817 10:00:19.5515106 pm BC +05:30:15\""
        },
        {"69340625T05:03:15.9963087 Australia/Sydney", "6934-06-24 15:03:15.996309-04"},
        {"1903-07-28T07:55:27 America/New_York", "1903-07-28 07:55:27-05"},
        {"2073-09-11 12:04:23 AD Asia/Tokyo", "2073-09-10 23:04:23-04"},
        {"0070-12-20T23:33:24.6678931 Z", "0070-12-20 18:37:22.667893-04:56:02"},
        {"207615-02-28 11:52:12.3044983 AD America/New_York", "207615-02-28 11:52:12.304498-05"},
        {
            "9-Sept-4300T12:29:27 pm UTC",
            "ERR 22007 invalid input syntax for type timestamp with time zone: \"9-Sept-4300T12:29:27 pm UTC\""
        },
        {"3/11/56081 AD America/New_York", "56081-03-11 00:00:00-04"},
        {"17520127T08:13:57 am Australia/Sydney", "1752-01-26 17:13:03-04:56:02"},
        {"9/16/22T12:09:20.3501862 Foo/Bar", "ERR 22023 time zone \"foo/bar\" not recognized"},
        {
            "9/3/106709 BC America/New_York",
            "ERR 22008 timestamp out of range: \"9/3/106709 BC America/New_York\""
        },
        {"22-feb-4562 04:29:31.3065314 PDT", "4562-02-22 06:29:31.306531-05"},
        {
            "1/1/234070 AD foo",
            "ERR 22007 invalid input syntax for type timestamp with time zone: \"1/1/234070 AD foo\""
        },
        {"3018-10-21 EST", "3018-10-21 01:00:00-04"},
        {"2062-04-11 213929 Europe/London", "2062-04-11 16:39:29-04"},
        {"1-jun-1183 PDT", "1183-06-01 02:03:58-04:56:02"},
        {"1998-06-29T20:39:09.5686642 utc+3", "1998-06-29 19:39:09.568664-04"},
        {"9/24/1986T16:54:02", "1986-09-24 16:54:02-04"},
        {"10/8/79 20:58:00.7845584-3", "1979-10-08 19:58:00.784558-04"},
        {
            "26-sep-8645T07:20:53+0530",
            "ERR 22007 invalid input syntax for type timestamp with time zone: \"26-sep-8645T07:20:53+0530\""
        },
        {"1987-07-02 Asia/Tokyo", "1987-07-01 11:00:00-04"},
        {"apr 6 9276", "9276-04-06 00:00:00-04"},
        {"2017.255 03:51:38 Asia/Tokyo", "2017-09-11 14:51:38-04"},
        {"feb 15 1945 10:15:01 AM", "1945-02-15 10:15:01-04"},
        {
            "7.046 Australia/Sydney",
            "ERR 22007 invalid input syntax for type timestamp with time zone: \"7.046 Australia/Sydney\""
        },
        {"2047-06-10 14:06:41.6221831 AD PDT", "2047-06-10 17:06:41.622183-04"},
        {"0044-12-22 01:58 AD UTC", "0044-12-21 21:01:58-04:56:02"},
        {
            "17-aug-252735T18:58 +0530",
            "ERR 22007 invalid input syntax for type timestamp with time zone: \"17-aug-252735T18:58 +0530\""
        },
        {"3426.250 utc+3", "3426-09-06 23:00:00-04"},
        {
            "199478-02-09 BC Europe/London",
            "ERR 22008 timestamp out of range: \"199478-02-09 BC Europe/London\""
        },
        {
            "0016-12-27T17:15:03 am utc+3",
            "ERR 22008 date/time field value out of range: \"0016-12-27T17:15:03 am utc+3\""
        },
        {
            "62.073 PDT",
            "ERR 22007 invalid input syntax for type timestamp with time zone: \"62.073 PDT\""
        },
        {"may 10 4632 01:39 AD+05", "4632-05-09 16:39:00-04"},
        {"11/4/1980 19:58.101138 AD -08:00", "1980-11-04 03:19:58.101138-05"},
        {
            "90.337T19:10.1912287 Europe/Paris",
            "ERR 22007 invalid input syntax for type timestamp with time zone: \"90.337T19:10.1912287 Europe/Paris\""
        },
        {"4-dec-55 19:11:37 Asia/Tokyo", "2055-12-04 05:11:37-05"},
        {
            "7880-10-22 12:54:06 ADZ",
            "ERR 22007 invalid input syntax for type timestamp with time zone: \"7880-10-22 12:54:06 ADZ\""
        },
        {"23-Sept-262625 America/New_York", "262625-09-23 00:00:00-04"},
        {"Sept 1 93962 Europe/Paris", "93962-08-31 18:00:00-04"},
        {"20190905 EST", "2019-09-05 01:00:00-04"},
        {
            "1547-13-24 CET",
            "ERR 22008 date/time field value out of range: \"1547-13-24 CET\" | H: Perhaps you need a different \"datestyle\" setting."
        },
        {
            "25-nov-7814T07:36:06 +05",
            "ERR 22007 invalid input syntax for type timestamp with time zone: \"25-nov-7814T07:36:06 +05\""
        },
        {"5/27/6010 23:41-08:00", "6010-05-28 03:41:00-04"},
        {"apr 10 1932T11:17", "1932-04-10 11:17:00-05"},
        {"1940-04-09 20:03:00.1061978 -08:00", "1940-04-09 23:03:00.106198-05"},
        {"10-dec-39 20:25:30 EST", "2039-12-10 20:25:30-05"},
        {"Sept 13 1905T01:28:44.5319438 Australia/Sydney", "1905-09-12 10:28:44.531944-05"},
        {"0087-08-19T20:08.2545420 Europe/Paris", "0087-08-18 19:14:45.254542-04:56:02"},
        {
            "29-aug-29 24:53:42 America/New_York",
            "ERR 22008 date/time field value out of range: \"29-aug-29 24:53:42 America/New_York\""
        },
        {"27530515T13:36:51+05:30:15", "2753-05-15 04:06:36-04"},
        {
            "1/13/65 25:49:31+0530",
            "ERR 22008 date/time field value out of range: \"1/13/65 25:49:31+0530\""
        },
        {"6334-05-04T06:37:42.5070920 AM -3", "6334-05-04 05:37:42.507092-04"},
        {"18-mar-1978 23:00:09 BC +05", "1978-03-18 13:04:07-04:56:02 BC"},
        {"28-February-2068 01:03:28.2758219 EST", "2068-02-28 01:03:28.275822-05"},
        {
            "25.035 22:15:18.2869274",
            "ERR 22007 invalid input syntax for type timestamp with time zone: \"25.035 22:15:18.2869274\""
        },
        {
            "13.182T11:50:44.2835131+05",
            "ERR 22007 invalid input syntax for type timestamp with time zone: \"13.182T11:50:44.2835131+05\""
        },
        {
            "January 8 2039T18:27:00 foo",
            "ERR 22007 invalid input syntax for type timestamp with time zone: \"January 8 2039T18:27:00 foo\""
        },
        {
            "13/18/2091 25:35:12 BC-08:00",
            "ERR 22008 date/time field value out of range: \"13/18/2091 25:35:12 BC-08:00\""
        },
        {"January 25 80954 10:16:18", "80954-01-25 10:16:18-05"},
        {"1922-10-21 06:07:06 BC PDT", "1922-10-21 08:11:04-04:56:02 BC"},
        {
            "7822-08-15 17:01:58 BC Australia/Sydney",
            "ERR 22008 timestamp out of range: \"7822-08-15 17:01:58 BC Australia/Sydney\""
        },
        {"11/16/95 Foo/Bar", "ERR 22023 time zone \"foo/bar\" not recognized"},
        {"1/28/9651T09:14:06.1173558 Asia/Tokyo", "9651-01-27 19:14:06.117356-05"},
        {"0017-06-22T061243 Foo/Bar", "ERR 22023 time zone \"foo/bar\" not recognized"},
        {
            "dec 5 250897 09:18:21 Europe/London",
            "ERR 22007 invalid input syntax for type timestamp with time zone: \"dec 5 250897 09:18:21 Europe/London\""
        },
        {"jan 28 2045T07:14:56 UTC", "2045-01-28 02:14:56-05"},
        {"276.293 CET", "0276-10-18 18:03:58-04:56:02"},
        {"183733-09-25 04:10 Foo/Bar", "ERR 22023 time zone \"foo/bar\" not recognized"},
        {"145920-10-26T14:02:57 +05", "145920-10-26 05:02:57-04"},
        {"4/3/155515 10:55:54 AD CET", "155515-04-03 05:55:54-04"},
        {
            "jun 15 5319 17:58:17 AM",
            "ERR 22008 date/time field value out of range: \"jun 15 5319 17:58:17 AM\""
        },
        {"0036-02-18 -3", "0036-02-17 22:03:58-04:56:02"},
        {"2003.038T012513 UTC", "2003-02-06 20:25:13-05"},
        {
            "aug 19 7442 16:40 AD foo",
            "ERR 22007 invalid input syntax for type timestamp with time zone: \"aug 19 7442 16:40 AD foo\""
        },
        {"196044.164 Asia/Tokyo", "196044-06-11 11:00:00-04"},
        {"nov 23 1928 00:20 AD PDT", "1928-11-23 02:20:00-05"},
        {"0090-09-25 BC+05:30:15", "0090-09-24 13:33:43-04:56:02 BC"},
        {
            "February 28 156456 00:50:47 -08:00",
            "ERR 22007 invalid input syntax for type timestamp with time zone: \"February 28 156456 00:50:47 -08:00\""
        },
        {"2020-06-02T06:15:44.9118383 am Europe/London", "2020-06-02 01:15:44.911838-04"},
        {"feb 7 71 05:48:52.5756538 am PDT", "1971-02-07 07:48:52.575654-05"},
        {
            "00181212 22:40:00 AM utc+3",
            "ERR 22008 date/time field value out of range: \"00181212 22:40:00 AM utc+3\""
        },
        {"5/9/1799T10:11:07.4826416 Asia/Tokyo", "1799-05-08 19:56:06.482642-04:56:02"},
        {
            "7427-07-02 09:40:39 BC PDT",
            "ERR 22008 timestamp out of range: \"7427-07-02 09:40:39 BC PDT\""
        },
        {
            "Sept 26 254054 25:15:59.2480461 Asia/Tokyo",
            "ERR 22007 invalid input syntax for type timestamp with time zone: \"Sept 26 254054 25:15:59.2480461 Asia/Tokyo\""
        },
        {
            "0/23/8127T16:41 foo",
            "ERR 22007 invalid input syntax for type timestamp with time zone: \"0/23/8127T16:41 foo\""
        },
        {"19710914T15:06 America/New_York", "1971-09-14 15:06:00-04"},
        {"286378-05-17T23:31 Europe/Paris", "286378-05-17 17:31:00-04"},
        {
            "1/26/62320 06:03:27 foo",
            "ERR 22007 invalid input syntax for type timestamp with time zone: \"1/26/62320 06:03:27 foo\""
        },
        {"15-aug-1921 09:37:57 AD Europe/Paris", "1921-08-15 04:37:57-04"},
    };

    private static final String[][] TIMESTAMPTZ_LONDON = {
        {"2021-03-14 01:59:59", "2021-03-14 01:59:59+00"},
        {"2021-03-14 02:00", "2021-03-14 02:00:00+00"},
        {"2021-03-14 02:30", "2021-03-14 02:30:00+00"},
        {"2021-03-14 03:00", "2021-03-14 03:00:00+00"},
        {"2021-11-07 00:30", "2021-11-07 00:30:00+00"},
        {"2021-11-07 01:00", "2021-11-07 01:00:00+00"},
        {"2021-11-07 01:30", "2021-11-07 01:30:00+00"},
        {"2021-11-07 01:59:59.999999", "2021-11-07 01:59:59.999999+00"},
        {"2021-11-07 02:00", "2021-11-07 02:00:00+00"},
        {"2021-11-07 02:30", "2021-11-07 02:30:00+00"},
        {"1883-11-18 12:03:57", "1883-11-18 12:03:57+00"},
        {"1883-11-18 12:03:58", "1883-11-18 12:03:58+00"},
        {"1800-01-01 00:00", "1800-01-01 00:00:00-00:01:15"},
        {"0001-01-01 00:00 BC", "0001-01-01 00:00:00-00:01:15 BC"},
        {"2100-07-01 12:00", "2100-07-01 12:00:00+01"},
        {"2200-01-01 12:00", "2200-01-01 12:00:00+00"},
        {"1970-01-01 00:00 UTC", "1970-01-01 01:00:00+01"},
        {"2038-01-19 03:14:08 UTC", "2038-01-19 03:14:08+00"},
        {"4714-11-24 00:00:00+00 BC", "4714-11-23 23:58:45-00:01:15 BC"},
        {"2021-03-28 02:30 Europe/London", "2021-03-28 02:30:00+01"},
        {"2021-10-31 01:30 Europe/London", "2021-10-31 01:30:00+00"},
        {"1999-01-08 04:05:06 Asia/Kolkata", "1999-01-07 22:35:06+00"},
        {"1999-01-08 04:05:06 Pacific/Chatham", "1999-01-07 14:20:06+00"},
        {"1999-01-08 04:05:06 Asia/Kathmandu", "1999-01-07 22:20:06+00"},
        {"1999-01-08 04:05:06 Australia/Adelaide", "1999-01-07 17:35:06+00"},
        {"1999-01-08 04:05:06 FOO+3", "1999-01-08 07:05:06+00"},
        {"1999-01-08 04:05:06 UTC-0", "1999-01-08 04:05:06+00"},
        {"infinity", "infinity"},
        {"-infinity", "-infinity"},
        {"epoch", "1970-01-01 01:00:00+01"},
        {"2007-05-24 08:18:46.471588+00", "2007-05-24 09:18:46.471588+01"},
        {"1950-06-12 08:23:51+00", "1950-06-12 09:23:51+01"},
        {"0660-11-03 03:38:21.287367+00", "0660-11-03 03:37:06.287367-00:01:15"},
        {"1565-11-22 03:37:37+00", "1565-11-22 03:36:22-00:01:15"},
        {"2041-05-15 19:13:31+00", "2041-05-15 20:13:31+01"},
        {"1922-02-01 05:47:26.551304+00", "1922-02-01 05:47:26.551304+00"},
        {"2585-08-10 15:29:27.866844+00", "2585-08-10 16:29:27.866844+01"},
        {"2498-02-19 04:31:45.462846+00 BC", "2498-02-19 04:30:30.462846-00:01:15 BC"},
        {"1905-08-09 11:19:33.658943+00", "1905-08-09 11:19:33.658943+00"},
        {"1049-04-10 00:00:37+00", "1049-04-09 23:59:22-00:01:15"},
        {"1914-04-01 07:16:55+00", "1914-04-01 07:16:55+00"},
        {"1984-01-18 19:47:50+00", "1984-01-18 19:47:50+00"},
        {"1943-07-18 17:49:58.959752+00", "1943-07-18 19:49:58.959752+02"},
        {"2009-02-09 03:08:12.973595+00", "2009-02-09 03:08:12.973595+00"},
        {"2166-01-26 03:16:45.445651+00", "2166-01-26 03:16:45.445651+00"},
        {"1906-03-01 21:58:14+00", "1906-03-01 21:58:14+00"},
        {"2629-08-09 15:20:59.383238+00", "2629-08-09 16:20:59.383238+01"},
        {"0397-01-27 20:59:10.832334+00", "0397-01-27 20:57:55.832334-00:01:15"},
        {"1884-01-15 14:50:55.553804+00 BC", "1884-01-15 14:49:40.553804-00:01:15 BC"},
        {"0333-09-26 07:46:00+00", "0333-09-26 07:44:45-00:01:15"},
        {"1997-06-24 10:01:16.594103+00", "1997-06-24 11:01:16.594103+01"},
        {"2636-01-21 02:28:21+00", "2636-01-21 02:28:21+00"},
        {"1731-07-28 22:30:15.544912+00", "1731-07-28 22:29:00.544912-00:01:15"},
        {"0910-04-26 02:29:55+00", "0910-04-26 02:28:40-00:01:15"},
        {"2831-08-08 23:04:40.752979+00", "2831-08-09 00:04:40.752979+01"},
        {"1527-10-12 15:13:48+00", "1527-10-12 15:12:33-00:01:15"},
        {"2662-03-28 08:30:57.049983+00", "2662-03-28 08:30:57.049983+00"},
        {"1978-11-10 11:42:47.836486+00", "1978-11-10 11:42:47.836486+00"},
        {"1979-05-28 12:37:30+00", "1979-05-28 13:37:30+01"},
        {"1963-06-27 16:27:07.320142+00", "1963-06-27 17:27:07.320142+01"},
        {"1893-02-17 23:14:59.623252+00", "1893-02-17 23:14:59.623252+00"},
        {"1581-12-27 17:52:59.620026+00", "1581-12-27 17:51:44.620026-00:01:15"},
        {"1899-06-28 20:30:53.807532+00", "1899-06-28 20:30:53.807532+00"},
        {"0371-03-16 17:30:20.067696+00", "0371-03-16 17:29:05.067696-00:01:15"},
        {"2029-03-15 15:45:49.371698+00 BC", "2029-03-15 15:44:34.371698-00:01:15 BC"},
        {"1849-09-13 06:15:34.536530+00", "1849-09-13 06:15:34.53653+00"},
        {"1921-02-14 20:21:30+00", "1921-02-14 20:21:30+00"},
        {"2811-05-23 07:51:18.730151+00", "2811-05-23 08:51:18.730151+01"},
        {"0489-04-05 06:25:16.239893+00 BC", "0489-04-05 06:24:01.239893-00:01:15 BC"},
        {"1858-04-11 04:14:03+00", "1858-04-11 04:14:03+00"},
        {"2007-08-15 07:47:03.158385+00", "2007-08-15 08:47:03.158385+01"},
        {"2029-02-16 20:25:01.557741+00", "2029-02-16 20:25:01.557741+00"},
        {"1974-09-03 20:00:21.168997+00", "1974-09-03 21:00:21.168997+01"},
        {"2544-07-01 12:36:15+00", "2544-07-01 13:36:15+01"},
        {"2823-07-23 14:21:23.594945+00", "2823-07-23 15:21:23.594945+01"},
        {"1949-01-05 23:18:07.760992+00", "1949-01-05 23:18:07.760992+00"},
        {"2276-01-02 04:26:41+00", "2276-01-02 04:26:41+00"},
        {"0821-04-10 04:59:53.341212+00", "0821-04-10 04:58:38.341212-00:01:15"},
        {"0844-09-25 00:48:14+00", "0844-09-25 00:46:59-00:01:15"},
        {"2621-10-14 19:01:40+00 BC", "2621-10-14 19:00:25-00:01:15 BC"},
        {"2767-04-20 19:00:51+00", "2767-04-20 20:00:51+01"},
        {"1855-08-25 21:20:11.286421+00", "1855-08-25 21:20:11.286421+00"},
        {"2938-11-24 06:32:11+00", "2938-11-24 06:32:11+00"},
        {"1118-11-13 10:31:11.614906+00", "1118-11-13 10:29:56.614906-00:01:15"},
        {"1972-01-02 11:02:34+00", "1972-01-02 11:02:34+00"},
        {"0118-06-03 16:48:50+00", "0118-06-03 16:47:35-00:01:15"},
        {"1947-06-13 06:07:08+00", "1947-06-13 08:07:08+02"},
        {"1547-12-12 20:04:38.527637+00", "1547-12-12 20:03:23.527637-00:01:15"},
        {"2081-02-13 03:24:24.997615+00", "2081-02-13 03:24:24.997615+00"},
        {"2015-02-11 15:45:29+00", "2015-02-11 15:45:29+00"},
        {"1991-06-18 22:19:16+00", "1991-06-18 23:19:16+01"},
        {"1969-11-13 08:55:20+00", "1969-11-13 09:55:20+01"},
        {"1918-04-25 15:38:55+00", "1918-04-25 16:38:55+01"},
        {"1999-02-04 17:32:30.244623+00", "1999-02-04 17:32:30.244623+00"},
        {"2014-06-20 22:19:30.419514+00", "2014-06-20 23:19:30.419514+01"},
        {"2001-12-25 06:29:26+00", "2001-12-25 06:29:26+00"},
        {"1836-08-10 04:06:32.990756+00", "1836-08-10 04:05:17.990756-00:01:15"},
        {"1997-02-18 07:31:44.176225+00", "1997-02-18 07:31:44.176225+00"},
        {"2021-03-01 18:51:44.602560+00", "2021-03-01 18:51:44.60256+00"},
        {"1976-06-16 10:10:08+00", "1976-06-16 11:10:08+01"},
        {"1957-04-09 11:33:33+00", "1957-04-09 11:33:33+00"},
        {"2012-02-20 00:45:35+00", "2012-02-20 00:45:35+00"},
        {"1975-04-03 11:26:57+00", "1975-04-03 12:26:57+01"},
        {"2002-07-25 01:00:03.063201+00", "2002-07-25 02:00:03.063201+01"},
        {"1936-08-05 08:07:09+00", "1936-08-05 09:07:09+01"},
        {"1323-03-20 13:54:49.817423+00", "1323-03-20 13:53:34.817423-00:01:15"},
        {"1200-10-18 09:04:46.827351+00", "1200-10-18 09:03:31.827351-00:01:15"},
        {"2882-02-18 04:37:09+00", "2882-02-18 04:37:09+00"},
        {"1861-04-05 20:04:57+00", "1861-04-05 20:04:57+00"},
        {"1944-10-16 06:36:11.741570+00", "1944-10-16 07:36:11.74157+01"},
    };

    private static final String[][] TIMESTAMPTZ_KOLKATA = {
        {"2021-03-14 01:59:59", "2021-03-14 01:59:59+05:30"},
        {"2021-03-14 02:00", "2021-03-14 02:00:00+05:30"},
        {"2021-03-14 02:30", "2021-03-14 02:30:00+05:30"},
        {"2021-03-14 03:00", "2021-03-14 03:00:00+05:30"},
        {"2021-11-07 00:30", "2021-11-07 00:30:00+05:30"},
        {"2021-11-07 01:00", "2021-11-07 01:00:00+05:30"},
        {"2021-11-07 01:30", "2021-11-07 01:30:00+05:30"},
        {"2021-11-07 01:59:59.999999", "2021-11-07 01:59:59.999999+05:30"},
        {"2021-11-07 02:00", "2021-11-07 02:00:00+05:30"},
        {"2021-11-07 02:30", "2021-11-07 02:30:00+05:30"},
        {"1883-11-18 12:03:57", "1883-11-18 12:03:57+05:21:10"},
        {"1883-11-18 12:03:58", "1883-11-18 12:03:58+05:21:10"},
        {"1800-01-01 00:00", "1800-01-01 00:00:00+05:53:28"},
        {"0001-01-01 00:00 BC", "0001-01-01 00:00:00+05:53:28 BC"},
        {"2100-07-01 12:00", "2100-07-01 12:00:00+05:30"},
        {"2200-01-01 12:00", "2200-01-01 12:00:00+05:30"},
        {"1970-01-01 00:00 UTC", "1970-01-01 05:30:00+05:30"},
        {"2038-01-19 03:14:08 UTC", "2038-01-19 08:44:08+05:30"},
        {"4714-11-24 00:00:00+00 BC", "4714-11-24 05:53:28+05:53:28 BC"},
        {"2021-03-28 02:30 Europe/London", "2021-03-28 07:00:00+05:30"},
        {"2021-10-31 01:30 Europe/London", "2021-10-31 07:00:00+05:30"},
        {"1999-01-08 04:05:06 Asia/Kolkata", "1999-01-08 04:05:06+05:30"},
        {"1999-01-08 04:05:06 Pacific/Chatham", "1999-01-07 19:50:06+05:30"},
        {"1999-01-08 04:05:06 Asia/Kathmandu", "1999-01-08 03:50:06+05:30"},
        {"1999-01-08 04:05:06 Australia/Adelaide", "1999-01-07 23:05:06+05:30"},
        {"1999-01-08 04:05:06 FOO+3", "1999-01-08 12:35:06+05:30"},
        {"1999-01-08 04:05:06 UTC-0", "1999-01-08 09:35:06+05:30"},
        {"infinity", "infinity"},
        {"-infinity", "-infinity"},
        {"epoch", "1970-01-01 05:30:00+05:30"},
        {"2007-05-24 08:18:46.471588+00", "2007-05-24 13:48:46.471588+05:30"},
        {"1950-06-12 08:23:51+00", "1950-06-12 13:53:51+05:30"},
        {"0660-11-03 03:38:21.287367+00", "0660-11-03 09:31:49.287367+05:53:28"},
        {"1565-11-22 03:37:37+00", "1565-11-22 09:31:05+05:53:28"},
        {"2041-05-15 19:13:31+00", "2041-05-16 00:43:31+05:30"},
        {"1922-02-01 05:47:26.551304+00", "1922-02-01 11:17:26.551304+05:30"},
        {"2585-08-10 15:29:27.866844+00", "2585-08-10 20:59:27.866844+05:30"},
        {"2498-02-19 04:31:45.462846+00 BC", "2498-02-19 10:25:13.462846+05:53:28 BC"},
        {"1905-08-09 11:19:33.658943+00", "1905-08-09 16:40:43.658943+05:21:10"},
        {"1049-04-10 00:00:37+00", "1049-04-10 05:54:05+05:53:28"},
        {"1914-04-01 07:16:55+00", "1914-04-01 12:46:55+05:30"},
        {"1984-01-18 19:47:50+00", "1984-01-19 01:17:50+05:30"},
        {"1943-07-18 17:49:58.959752+00", "1943-07-19 00:19:58.959752+06:30"},
        {"2009-02-09 03:08:12.973595+00", "2009-02-09 08:38:12.973595+05:30"},
        {"2166-01-26 03:16:45.445651+00", "2166-01-26 08:46:45.445651+05:30"},
        {"1906-03-01 21:58:14+00", "1906-03-02 03:28:14+05:30"},
        {"2629-08-09 15:20:59.383238+00", "2629-08-09 20:50:59.383238+05:30"},
        {"0397-01-27 20:59:10.832334+00", "0397-01-28 02:52:38.832334+05:53:28"},
        {"1884-01-15 14:50:55.553804+00 BC", "1884-01-15 20:44:23.553804+05:53:28 BC"},
        {"0333-09-26 07:46:00+00", "0333-09-26 13:39:28+05:53:28"},
        {"1997-06-24 10:01:16.594103+00", "1997-06-24 15:31:16.594103+05:30"},
        {"2636-01-21 02:28:21+00", "2636-01-21 07:58:21+05:30"},
        {"1731-07-28 22:30:15.544912+00", "1731-07-29 04:23:43.544912+05:53:28"},
        {"0910-04-26 02:29:55+00", "0910-04-26 08:23:23+05:53:28"},
        {"2831-08-08 23:04:40.752979+00", "2831-08-09 04:34:40.752979+05:30"},
        {"1527-10-12 15:13:48+00", "1527-10-12 21:07:16+05:53:28"},
        {"2662-03-28 08:30:57.049983+00", "2662-03-28 14:00:57.049983+05:30"},
        {"1978-11-10 11:42:47.836486+00", "1978-11-10 17:12:47.836486+05:30"},
        {"1979-05-28 12:37:30+00", "1979-05-28 18:07:30+05:30"},
        {"1963-06-27 16:27:07.320142+00", "1963-06-27 21:57:07.320142+05:30"},
        {"1893-02-17 23:14:59.623252+00", "1893-02-18 04:36:09.623252+05:21:10"},
        {"1581-12-27 17:52:59.620026+00", "1581-12-27 23:46:27.620026+05:53:28"},
        {"1899-06-28 20:30:53.807532+00", "1899-06-29 01:52:03.807532+05:21:10"},
        {"0371-03-16 17:30:20.067696+00", "0371-03-16 23:23:48.067696+05:53:28"},
        {"2029-03-15 15:45:49.371698+00 BC", "2029-03-15 21:39:17.371698+05:53:28 BC"},
        {"1849-09-13 06:15:34.536530+00", "1849-09-13 12:09:02.53653+05:53:28"},
        {"1921-02-14 20:21:30+00", "1921-02-15 01:51:30+05:30"},
        {"2811-05-23 07:51:18.730151+00", "2811-05-23 13:21:18.730151+05:30"},
        {"0489-04-05 06:25:16.239893+00 BC", "0489-04-05 12:18:44.239893+05:53:28 BC"},
        {"1858-04-11 04:14:03+00", "1858-04-11 10:07:23+05:53:20"},
        {"2007-08-15 07:47:03.158385+00", "2007-08-15 13:17:03.158385+05:30"},
        {"2029-02-16 20:25:01.557741+00", "2029-02-17 01:55:01.557741+05:30"},
        {"1974-09-03 20:00:21.168997+00", "1974-09-04 01:30:21.168997+05:30"},
        {"2544-07-01 12:36:15+00", "2544-07-01 18:06:15+05:30"},
        {"2823-07-23 14:21:23.594945+00", "2823-07-23 19:51:23.594945+05:30"},
        {"1949-01-05 23:18:07.760992+00", "1949-01-06 04:48:07.760992+05:30"},
        {"2276-01-02 04:26:41+00", "2276-01-02 09:56:41+05:30"},
        {"0821-04-10 04:59:53.341212+00", "0821-04-10 10:53:21.341212+05:53:28"},
        {"0844-09-25 00:48:14+00", "0844-09-25 06:41:42+05:53:28"},
        {"2621-10-14 19:01:40+00 BC", "2621-10-15 00:55:08+05:53:28 BC"},
        {"2767-04-20 19:00:51+00", "2767-04-21 00:30:51+05:30"},
        {"1855-08-25 21:20:11.286421+00", "1855-08-26 03:13:31.286421+05:53:20"},
        {"2938-11-24 06:32:11+00", "2938-11-24 12:02:11+05:30"},
        {"1118-11-13 10:31:11.614906+00", "1118-11-13 16:24:39.614906+05:53:28"},
        {"1972-01-02 11:02:34+00", "1972-01-02 16:32:34+05:30"},
        {"0118-06-03 16:48:50+00", "0118-06-03 22:42:18+05:53:28"},
        {"1947-06-13 06:07:08+00", "1947-06-13 11:37:08+05:30"},
        {"1547-12-12 20:04:38.527637+00", "1547-12-13 01:58:06.527637+05:53:28"},
        {"2081-02-13 03:24:24.997615+00", "2081-02-13 08:54:24.997615+05:30"},
        {"2015-02-11 15:45:29+00", "2015-02-11 21:15:29+05:30"},
        {"1991-06-18 22:19:16+00", "1991-06-19 03:49:16+05:30"},
        {"1969-11-13 08:55:20+00", "1969-11-13 14:25:20+05:30"},
        {"1918-04-25 15:38:55+00", "1918-04-25 21:08:55+05:30"},
        {"1999-02-04 17:32:30.244623+00", "1999-02-04 23:02:30.244623+05:30"},
        {"2014-06-20 22:19:30.419514+00", "2014-06-21 03:49:30.419514+05:30"},
        {"2001-12-25 06:29:26+00", "2001-12-25 11:59:26+05:30"},
        {"1836-08-10 04:06:32.990756+00", "1836-08-10 10:00:00.990756+05:53:28"},
        {"1997-02-18 07:31:44.176225+00", "1997-02-18 13:01:44.176225+05:30"},
        {"2021-03-01 18:51:44.602560+00", "2021-03-02 00:21:44.60256+05:30"},
        {"1976-06-16 10:10:08+00", "1976-06-16 15:40:08+05:30"},
        {"1957-04-09 11:33:33+00", "1957-04-09 17:03:33+05:30"},
        {"2012-02-20 00:45:35+00", "2012-02-20 06:15:35+05:30"},
        {"1975-04-03 11:26:57+00", "1975-04-03 16:56:57+05:30"},
        {"2002-07-25 01:00:03.063201+00", "2002-07-25 06:30:03.063201+05:30"},
        {"1936-08-05 08:07:09+00", "1936-08-05 13:37:09+05:30"},
        {"1323-03-20 13:54:49.817423+00", "1323-03-20 19:48:17.817423+05:53:28"},
        {"1200-10-18 09:04:46.827351+00", "1200-10-18 14:58:14.827351+05:53:28"},
        {"2882-02-18 04:37:09+00", "2882-02-18 10:07:09+05:30"},
        {"1861-04-05 20:04:57+00", "1861-04-06 01:58:17+05:53:20"},
        {"1944-10-16 06:36:11.741570+00", "1944-10-16 13:06:11.74157+06:30"},
    };

    private static final String[][] TIMESTAMPTZ_LORD_HOWE = {
        {"2021-03-14 01:59:59", "2021-03-14 01:59:59+11"},
        {"2021-03-14 02:00", "2021-03-14 02:00:00+11"},
        {"2021-03-14 02:30", "2021-03-14 02:30:00+11"},
        {"2021-03-14 03:00", "2021-03-14 03:00:00+11"},
        {"2021-11-07 00:30", "2021-11-07 00:30:00+11"},
        {"2021-11-07 01:00", "2021-11-07 01:00:00+11"},
        {"2021-11-07 01:30", "2021-11-07 01:30:00+11"},
        {"2021-11-07 01:59:59.999999", "2021-11-07 01:59:59.999999+11"},
        {"2021-11-07 02:00", "2021-11-07 02:00:00+11"},
        {"2021-11-07 02:30", "2021-11-07 02:30:00+11"},
        {"1883-11-18 12:03:57", "1883-11-18 12:03:57+10:36:20"},
        {"1883-11-18 12:03:58", "1883-11-18 12:03:58+10:36:20"},
        {"1800-01-01 00:00", "1800-01-01 00:00:00+10:36:20"},
        {"0001-01-01 00:00 BC", "0001-01-01 00:00:00+10:36:20 BC"},
        {"2100-07-01 12:00", "2100-07-01 12:00:00+10:30"},
        {"2200-01-01 12:00", "2200-01-01 12:00:00+11"},
        {"1970-01-01 00:00 UTC", "1970-01-01 10:00:00+10"},
        {"2038-01-19 03:14:08 UTC", "2038-01-19 14:14:08+11"},
        {"4714-11-24 00:00:00+00 BC", "4714-11-24 10:36:20+10:36:20 BC"},
        {"2021-03-28 02:30 Europe/London", "2021-03-28 12:30:00+11"},
        {"2021-10-31 01:30 Europe/London", "2021-10-31 12:30:00+11"},
        {"1999-01-08 04:05:06 Asia/Kolkata", "1999-01-08 09:35:06+11"},
        {"1999-01-08 04:05:06 Pacific/Chatham", "1999-01-08 01:20:06+11"},
        {"1999-01-08 04:05:06 Asia/Kathmandu", "1999-01-08 09:20:06+11"},
        {"1999-01-08 04:05:06 Australia/Adelaide", "1999-01-08 04:35:06+11"},
        {"1999-01-08 04:05:06 FOO+3", "1999-01-08 18:05:06+11"},
        {"1999-01-08 04:05:06 UTC-0", "1999-01-08 15:05:06+11"},
        {"infinity", "infinity"},
        {"-infinity", "-infinity"},
        {"epoch", "1970-01-01 10:00:00+10"},
        {"2007-05-24 08:18:46.471588+00", "2007-05-24 18:48:46.471588+10:30"},
        {"1950-06-12 08:23:51+00", "1950-06-12 18:23:51+10"},
        {"0660-11-03 03:38:21.287367+00", "0660-11-03 14:14:41.287367+10:36:20"},
        {"1565-11-22 03:37:37+00", "1565-11-22 14:13:57+10:36:20"},
        {"2041-05-15 19:13:31+00", "2041-05-16 05:43:31+10:30"},
        {"1922-02-01 05:47:26.551304+00", "1922-02-01 15:47:26.551304+10"},
        {"2585-08-10 15:29:27.866844+00", "2585-08-11 01:59:27.866844+10:30"},
        {"2498-02-19 04:31:45.462846+00 BC", "2498-02-19 15:08:05.462846+10:36:20 BC"},
        {"1905-08-09 11:19:33.658943+00", "1905-08-09 21:19:33.658943+10"},
        {"1049-04-10 00:00:37+00", "1049-04-10 10:36:57+10:36:20"},
        {"1914-04-01 07:16:55+00", "1914-04-01 17:16:55+10"},
        {"1984-01-18 19:47:50+00", "1984-01-19 07:17:50+11:30"},
        {"1943-07-18 17:49:58.959752+00", "1943-07-19 03:49:58.959752+10"},
        {"2009-02-09 03:08:12.973595+00", "2009-02-09 14:08:12.973595+11"},
        {"2166-01-26 03:16:45.445651+00", "2166-01-26 14:16:45.445651+11"},
        {"1906-03-01 21:58:14+00", "1906-03-02 07:58:14+10"},
        {"2629-08-09 15:20:59.383238+00", "2629-08-10 01:50:59.383238+10:30"},
        {"0397-01-27 20:59:10.832334+00", "0397-01-28 07:35:30.832334+10:36:20"},
        {"1884-01-15 14:50:55.553804+00 BC", "1884-01-16 01:27:15.553804+10:36:20 BC"},
        {"0333-09-26 07:46:00+00", "0333-09-26 18:22:20+10:36:20"},
        {"1997-06-24 10:01:16.594103+00", "1997-06-24 20:31:16.594103+10:30"},
        {"2636-01-21 02:28:21+00", "2636-01-21 13:28:21+11"},
        {"1731-07-28 22:30:15.544912+00", "1731-07-29 09:06:35.544912+10:36:20"},
        {"0910-04-26 02:29:55+00", "0910-04-26 13:06:15+10:36:20"},
        {"2831-08-08 23:04:40.752979+00", "2831-08-09 09:34:40.752979+10:30"},
        {"1527-10-12 15:13:48+00", "1527-10-13 01:50:08+10:36:20"},
        {"2662-03-28 08:30:57.049983+00", "2662-03-28 19:30:57.049983+11"},
        {"1978-11-10 11:42:47.836486+00", "1978-11-10 21:42:47.836486+10"},
        {"1979-05-28 12:37:30+00", "1979-05-28 22:37:30+10"},
        {"1963-06-27 16:27:07.320142+00", "1963-06-28 02:27:07.320142+10"},
        {"1893-02-17 23:14:59.623252+00", "1893-02-18 09:51:19.623252+10:36:20"},
        {"1581-12-27 17:52:59.620026+00", "1581-12-28 04:29:19.620026+10:36:20"},
        {"1899-06-28 20:30:53.807532+00", "1899-06-29 06:30:53.807532+10"},
        {"0371-03-16 17:30:20.067696+00", "0371-03-17 04:06:40.067696+10:36:20"},
        {"2029-03-15 15:45:49.371698+00 BC", "2029-03-16 02:22:09.371698+10:36:20 BC"},
        {"1849-09-13 06:15:34.536530+00", "1849-09-13 16:51:54.53653+10:36:20"},
        {"1921-02-14 20:21:30+00", "1921-02-15 06:21:30+10"},
        {"2811-05-23 07:51:18.730151+00", "2811-05-23 18:21:18.730151+10:30"},
        {"0489-04-05 06:25:16.239893+00 BC", "0489-04-05 17:01:36.239893+10:36:20 BC"},
        {"1858-04-11 04:14:03+00", "1858-04-11 14:50:23+10:36:20"},
        {"2007-08-15 07:47:03.158385+00", "2007-08-15 18:17:03.158385+10:30"},
        {"2029-02-16 20:25:01.557741+00", "2029-02-17 07:25:01.557741+11"},
        {"1974-09-03 20:00:21.168997+00", "1974-09-04 06:00:21.168997+10"},
        {"2544-07-01 12:36:15+00", "2544-07-01 23:06:15+10:30"},
        {"2823-07-23 14:21:23.594945+00", "2823-07-24 00:51:23.594945+10:30"},
        {"1949-01-05 23:18:07.760992+00", "1949-01-06 09:18:07.760992+10"},
        {"2276-01-02 04:26:41+00", "2276-01-02 15:26:41+11"},
        {"0821-04-10 04:59:53.341212+00", "0821-04-10 15:36:13.341212+10:36:20"},
        {"0844-09-25 00:48:14+00", "0844-09-25 11:24:34+10:36:20"},
        {"2621-10-14 19:01:40+00 BC", "2621-10-15 05:38:00+10:36:20 BC"},
        {"2767-04-20 19:00:51+00", "2767-04-21 05:30:51+10:30"},
        {"1855-08-25 21:20:11.286421+00", "1855-08-26 07:56:31.286421+10:36:20"},
        {"2938-11-24 06:32:11+00", "2938-11-24 17:32:11+11"},
        {"1118-11-13 10:31:11.614906+00", "1118-11-13 21:07:31.614906+10:36:20"},
        {"1972-01-02 11:02:34+00", "1972-01-02 21:02:34+10"},
        {"0118-06-03 16:48:50+00", "0118-06-04 03:25:10+10:36:20"},
        {"1947-06-13 06:07:08+00", "1947-06-13 16:07:08+10"},
        {"1547-12-12 20:04:38.527637+00", "1547-12-13 06:40:58.527637+10:36:20"},
        {"2081-02-13 03:24:24.997615+00", "2081-02-13 14:24:24.997615+11"},
        {"2015-02-11 15:45:29+00", "2015-02-12 02:45:29+11"},
        {"1991-06-18 22:19:16+00", "1991-06-19 08:49:16+10:30"},
        {"1969-11-13 08:55:20+00", "1969-11-13 18:55:20+10"},
        {"1918-04-25 15:38:55+00", "1918-04-26 01:38:55+10"},
        {"1999-02-04 17:32:30.244623+00", "1999-02-05 04:32:30.244623+11"},
        {"2014-06-20 22:19:30.419514+00", "2014-06-21 08:49:30.419514+10:30"},
        {"2001-12-25 06:29:26+00", "2001-12-25 17:29:26+11"},
        {"1836-08-10 04:06:32.990756+00", "1836-08-10 14:42:52.990756+10:36:20"},
        {"1997-02-18 07:31:44.176225+00", "1997-02-18 18:31:44.176225+11"},
        {"2021-03-01 18:51:44.602560+00", "2021-03-02 05:51:44.60256+11"},
        {"1976-06-16 10:10:08+00", "1976-06-16 20:10:08+10"},
        {"1957-04-09 11:33:33+00", "1957-04-09 21:33:33+10"},
        {"2012-02-20 00:45:35+00", "2012-02-20 11:45:35+11"},
        {"1975-04-03 11:26:57+00", "1975-04-03 21:26:57+10"},
        {"2002-07-25 01:00:03.063201+00", "2002-07-25 11:30:03.063201+10:30"},
        {"1936-08-05 08:07:09+00", "1936-08-05 18:07:09+10"},
        {"1323-03-20 13:54:49.817423+00", "1323-03-21 00:31:09.817423+10:36:20"},
        {"1200-10-18 09:04:46.827351+00", "1200-10-18 19:41:06.827351+10:36:20"},
        {"2882-02-18 04:37:09+00", "2882-02-18 15:37:09+11"},
        {"1861-04-05 20:04:57+00", "1861-04-06 06:41:17+10:36:20"},
        {"1944-10-16 06:36:11.741570+00", "1944-10-16 16:36:11.74157+10"},
    };

    private static final String[][] TIMESTAMPTZ_UTC = {
        {"2021-03-14 01:59:59", "2021-03-14 01:59:59+00"},
        {"2021-03-14 02:00", "2021-03-14 02:00:00+00"},
        {"2021-03-14 02:30", "2021-03-14 02:30:00+00"},
        {"2021-03-14 03:00", "2021-03-14 03:00:00+00"},
        {"2021-11-07 00:30", "2021-11-07 00:30:00+00"},
        {"2021-11-07 01:00", "2021-11-07 01:00:00+00"},
        {"2021-11-07 01:30", "2021-11-07 01:30:00+00"},
        {"2021-11-07 01:59:59.999999", "2021-11-07 01:59:59.999999+00"},
        {"2021-11-07 02:00", "2021-11-07 02:00:00+00"},
        {"2021-11-07 02:30", "2021-11-07 02:30:00+00"},
        {"1883-11-18 12:03:57", "1883-11-18 12:03:57+00"},
        {"1883-11-18 12:03:58", "1883-11-18 12:03:58+00"},
        {"1800-01-01 00:00", "1800-01-01 00:00:00+00"},
        {"0001-01-01 00:00 BC", "0001-01-01 00:00:00+00 BC"},
        {"2100-07-01 12:00", "2100-07-01 12:00:00+00"},
        {"2200-01-01 12:00", "2200-01-01 12:00:00+00"},
        {"1970-01-01 00:00 UTC", "1970-01-01 00:00:00+00"},
        {"2038-01-19 03:14:08 UTC", "2038-01-19 03:14:08+00"},
        {"4714-11-24 00:00:00+00 BC", "4714-11-24 00:00:00+00 BC"},
        {"2021-03-28 02:30 Europe/London", "2021-03-28 01:30:00+00"},
        {"2021-10-31 01:30 Europe/London", "2021-10-31 01:30:00+00"},
        {"1999-01-08 04:05:06 Asia/Kolkata", "1999-01-07 22:35:06+00"},
        {"1999-01-08 04:05:06 Pacific/Chatham", "1999-01-07 14:20:06+00"},
        {"1999-01-08 04:05:06 Asia/Kathmandu", "1999-01-07 22:20:06+00"},
        {"1999-01-08 04:05:06 Australia/Adelaide", "1999-01-07 17:35:06+00"},
        {"1999-01-08 04:05:06 FOO+3", "1999-01-08 07:05:06+00"},
        {"1999-01-08 04:05:06 UTC-0", "1999-01-08 04:05:06+00"},
        {"infinity", "infinity"},
        {"-infinity", "-infinity"},
        {"epoch", "1970-01-01 00:00:00+00"},
        {"2007-05-24 08:18:46.471588+00", "2007-05-24 08:18:46.471588+00"},
        {"1950-06-12 08:23:51+00", "1950-06-12 08:23:51+00"},
        {"0660-11-03 03:38:21.287367+00", "0660-11-03 03:38:21.287367+00"},
        {"1565-11-22 03:37:37+00", "1565-11-22 03:37:37+00"},
        {"2041-05-15 19:13:31+00", "2041-05-15 19:13:31+00"},
        {"1922-02-01 05:47:26.551304+00", "1922-02-01 05:47:26.551304+00"},
        {"2585-08-10 15:29:27.866844+00", "2585-08-10 15:29:27.866844+00"},
        {"2498-02-19 04:31:45.462846+00 BC", "2498-02-19 04:31:45.462846+00 BC"},
        {"1905-08-09 11:19:33.658943+00", "1905-08-09 11:19:33.658943+00"},
        {"1049-04-10 00:00:37+00", "1049-04-10 00:00:37+00"},
        {"1914-04-01 07:16:55+00", "1914-04-01 07:16:55+00"},
        {"1984-01-18 19:47:50+00", "1984-01-18 19:47:50+00"},
        {"1943-07-18 17:49:58.959752+00", "1943-07-18 17:49:58.959752+00"},
        {"2009-02-09 03:08:12.973595+00", "2009-02-09 03:08:12.973595+00"},
        {"2166-01-26 03:16:45.445651+00", "2166-01-26 03:16:45.445651+00"},
        {"1906-03-01 21:58:14+00", "1906-03-01 21:58:14+00"},
        {"2629-08-09 15:20:59.383238+00", "2629-08-09 15:20:59.383238+00"},
        {"0397-01-27 20:59:10.832334+00", "0397-01-27 20:59:10.832334+00"},
        {"1884-01-15 14:50:55.553804+00 BC", "1884-01-15 14:50:55.553804+00 BC"},
        {"0333-09-26 07:46:00+00", "0333-09-26 07:46:00+00"},
        {"1997-06-24 10:01:16.594103+00", "1997-06-24 10:01:16.594103+00"},
        {"2636-01-21 02:28:21+00", "2636-01-21 02:28:21+00"},
        {"1731-07-28 22:30:15.544912+00", "1731-07-28 22:30:15.544912+00"},
        {"0910-04-26 02:29:55+00", "0910-04-26 02:29:55+00"},
        {"2831-08-08 23:04:40.752979+00", "2831-08-08 23:04:40.752979+00"},
        {"1527-10-12 15:13:48+00", "1527-10-12 15:13:48+00"},
        {"2662-03-28 08:30:57.049983+00", "2662-03-28 08:30:57.049983+00"},
        {"1978-11-10 11:42:47.836486+00", "1978-11-10 11:42:47.836486+00"},
        {"1979-05-28 12:37:30+00", "1979-05-28 12:37:30+00"},
        {"1963-06-27 16:27:07.320142+00", "1963-06-27 16:27:07.320142+00"},
        {"1893-02-17 23:14:59.623252+00", "1893-02-17 23:14:59.623252+00"},
        {"1581-12-27 17:52:59.620026+00", "1581-12-27 17:52:59.620026+00"},
        {"1899-06-28 20:30:53.807532+00", "1899-06-28 20:30:53.807532+00"},
        {"0371-03-16 17:30:20.067696+00", "0371-03-16 17:30:20.067696+00"},
        {"2029-03-15 15:45:49.371698+00 BC", "2029-03-15 15:45:49.371698+00 BC"},
        {"1849-09-13 06:15:34.536530+00", "1849-09-13 06:15:34.53653+00"},
        {"1921-02-14 20:21:30+00", "1921-02-14 20:21:30+00"},
        {"2811-05-23 07:51:18.730151+00", "2811-05-23 07:51:18.730151+00"},
        {"0489-04-05 06:25:16.239893+00 BC", "0489-04-05 06:25:16.239893+00 BC"},
        {"1858-04-11 04:14:03+00", "1858-04-11 04:14:03+00"},
        {"2007-08-15 07:47:03.158385+00", "2007-08-15 07:47:03.158385+00"},
        {"2029-02-16 20:25:01.557741+00", "2029-02-16 20:25:01.557741+00"},
        {"1974-09-03 20:00:21.168997+00", "1974-09-03 20:00:21.168997+00"},
        {"2544-07-01 12:36:15+00", "2544-07-01 12:36:15+00"},
        {"2823-07-23 14:21:23.594945+00", "2823-07-23 14:21:23.594945+00"},
        {"1949-01-05 23:18:07.760992+00", "1949-01-05 23:18:07.760992+00"},
        {"2276-01-02 04:26:41+00", "2276-01-02 04:26:41+00"},
        {"0821-04-10 04:59:53.341212+00", "0821-04-10 04:59:53.341212+00"},
        {"0844-09-25 00:48:14+00", "0844-09-25 00:48:14+00"},
        {"2621-10-14 19:01:40+00 BC", "2621-10-14 19:01:40+00 BC"},
        {"2767-04-20 19:00:51+00", "2767-04-20 19:00:51+00"},
        {"1855-08-25 21:20:11.286421+00", "1855-08-25 21:20:11.286421+00"},
        {"2938-11-24 06:32:11+00", "2938-11-24 06:32:11+00"},
        {"1118-11-13 10:31:11.614906+00", "1118-11-13 10:31:11.614906+00"},
        {"1972-01-02 11:02:34+00", "1972-01-02 11:02:34+00"},
        {"0118-06-03 16:48:50+00", "0118-06-03 16:48:50+00"},
        {"1947-06-13 06:07:08+00", "1947-06-13 06:07:08+00"},
        {"1547-12-12 20:04:38.527637+00", "1547-12-12 20:04:38.527637+00"},
        {"2081-02-13 03:24:24.997615+00", "2081-02-13 03:24:24.997615+00"},
        {"2015-02-11 15:45:29+00", "2015-02-11 15:45:29+00"},
        {"1991-06-18 22:19:16+00", "1991-06-18 22:19:16+00"},
        {"1969-11-13 08:55:20+00", "1969-11-13 08:55:20+00"},
        {"1918-04-25 15:38:55+00", "1918-04-25 15:38:55+00"},
        {"1999-02-04 17:32:30.244623+00", "1999-02-04 17:32:30.244623+00"},
        {"2014-06-20 22:19:30.419514+00", "2014-06-20 22:19:30.419514+00"},
        {"2001-12-25 06:29:26+00", "2001-12-25 06:29:26+00"},
        {"1836-08-10 04:06:32.990756+00", "1836-08-10 04:06:32.990756+00"},
        {"1997-02-18 07:31:44.176225+00", "1997-02-18 07:31:44.176225+00"},
        {"2021-03-01 18:51:44.602560+00", "2021-03-01 18:51:44.60256+00"},
        {"1976-06-16 10:10:08+00", "1976-06-16 10:10:08+00"},
        {"1957-04-09 11:33:33+00", "1957-04-09 11:33:33+00"},
        {"2012-02-20 00:45:35+00", "2012-02-20 00:45:35+00"},
        {"1975-04-03 11:26:57+00", "1975-04-03 11:26:57+00"},
        {"2002-07-25 01:00:03.063201+00", "2002-07-25 01:00:03.063201+00"},
        {"1936-08-05 08:07:09+00", "1936-08-05 08:07:09+00"},
        {"1323-03-20 13:54:49.817423+00", "1323-03-20 13:54:49.817423+00"},
        {"1200-10-18 09:04:46.827351+00", "1200-10-18 09:04:46.827351+00"},
        {"2882-02-18 04:37:09+00", "2882-02-18 04:37:09+00"},
        {"1861-04-05 20:04:57+00", "1861-04-05 20:04:57+00"},
        {"1944-10-16 06:36:11.741570+00", "1944-10-16 06:36:11.74157+00"},
    };
}
