package dev.freshet.engine.type;

import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * PostgreSQL text output (IntervalStyle postgres) and input of INTERVAL: units and abbreviations,
 * fractions spilling into smaller units, signs, {@code @ ... ago}, SQL and ISO 8601 forms, overflow
 * and syntax errors.
 *
 * <p>Expected strings are PostgreSQL 15.18's (DateStyle ISO, MDY; IntervalStyle postgres;
 * extra_float_digits 1), taken with {@code SELECT t('interval', input, 'UTC')} where {@code t} is
 * the helper described in {@link PgTextCases}; see there for the notation and what each case
 * checks.
 */
class PgIntervalTextTest {

    @TestFactory
    Stream<DynamicTest> interval() {
        return PgTextCases.tests(DataType.INTERVAL, "UTC", INTERVAL);
    }

    @TestFactory
    Stream<DynamicTest> intervalGenerated() {
        return PgTextCases.tests(DataType.INTERVAL, "UTC", INTERVAL_GENERATED);
    }

    private static final String[][] INTERVAL = {
        {"1 year 2 months 3 days 4 hours 5 minutes 6.5 seconds", "1 year 2 mons 3 days 04:05:06.5"},
        {"1 day", "1 day"},
        {"-1 day", "-1 days"},
        {"1 days -1 hours", "1 day -01:00:00"},
        {"-1 days +02:00:00", "-1 days +02:00:00"},
        {"-1 days 02:00:00", "-1 days +02:00:00"},
        {"00:00:00", "00:00:00"},
        {"0", "00:00:00"},
        {"-00:00:01", "-00:00:01"},
        {"1.5 days", "1 day 12:00:00"},
        {"1.5 months", "1 mon 15 days"},
        {"1.5 years", "1 year 6 mons"},
        {"0.1 years", "1 mon"},
        {"1.5 weeks", "10 days 12:00:00"},
        {"1.5 hours", "01:30:00"},
        {"1.5 minutes", "00:01:30"},
        {"0.5 seconds", "00:00:00.5"},
        {"1.5 ms", "00:00:00.0015"},
        {"1.5 us", "00:00:00.000001"},
        {"@ 1 day ago", "-1 days"},
        {"@ 1 year 2 mons -3 days 04:05:06 ago", "-1 years -2 mons +3 days -04:05:06"},
        {"1 day ago", "-1 days"},
        {"P1Y2M3DT4H5M6S", "1 year 2 mons 3 days 04:05:06"},
        {"PT1H", "01:00:00"},
        {"P1W", "7 days"},
        {"P0.5Y", "6 mons"},
        {"P0001-02-03T04:05:06", "1 year 2 mons 3 days 04:05:06"},
        {"P1.5D", "1 day 12:00:00"},
        {"PT1.5S", "00:00:01.5"},
        {"P", "ERR 22007 invalid input syntax for type interval: \"P\""},
        {"PT", "00:00:00"},
        {"1-2", "1 year 2 mons"},
        {"-1-2", "-1 years -2 mons"},
        {"3 4:05:06", "3 days 04:05:06"},
        {"3 +4:05:06", "3 days 04:05:06"},
        {"3 -4:05:06", "3 days -04:05:06"},
        {"1 yr 2 mon 3 d 4 h 5 m 6 s", "1 year 2 mons 3 days 04:05:06"},
        {"1y 2mon", "1 year 2 mons"},
        {"2 hrs 3 mins 4 secs", "02:03:04"},
        {"5 millisecond", "00:00:00.005"},
        {"5 microseconds", "00:00:00.000005"},
        {"7 w", "49 days"},
        {"1 decade", "10 years"},
        {"1 century", "100 years"},
        {"1 millennium", "1000 years"},
        {"2 centuries", "200 years"},
        {"1 day 2 days", "ERR 22007 invalid input syntax for type interval: \"1 day 2 days\""},
        {"1 2", "ERR 22007 invalid input syntax for type interval: \"1 2\""},
        {"x", "ERR 22007 invalid input syntax for type interval: \"x\""},
        {"", "ERR 22007 invalid input syntax for type interval: \"\""},
        {"5", "00:00:05"},
        {"1.5", "00:00:01.5"},
        {"-5", "-00:00:05"},
        {"+5", "00:00:05"},
        {"04:05", "04:05:00"},
        {"-04:05", "-04:05:00"},
        {"+04:05", "04:05:00"},
        {"1 day -04:05:06", "1 day -04:05:06"},
        {"04:05:06.123456789", "04:05:06.123457"},
        {"100000000 hours", "100000000:00:00"},
        {"2147483647 days", "2147483647 days"},
        {"2147483648 days", "ERR 22015 interval field value out of range: \"2147483648 days\""},
        {"178956970 years", "178956970 years"},
        {"178956971 years", "ERR 22008 interval out of range"},
        {"-178956970 years -8 months", "-178956970 years -8 mons"},
        {"9223372036 seconds", "2562047:47:16"},
        {"2562047788:00:54.775807", "2562047788:00:54.775807"},
        {"2562047789:00:00", "ERR 22015 interval field value out of range: \"2562047789:00:00\""},
        {
            "-2562047788:00:54.775808",
            "ERR 22007 invalid input syntax for type interval: \"-2562047788:00:54.775808\""
        },
        {"1 hour 1 hour", "ERR 22007 invalid input syntax for type interval: \"1 hour 1 hour\""},
        {"1 day ago ago", "-1 days"},
        {"ago", "ERR 22007 invalid input syntax for type interval: \"ago\""},
        {"1 fortnight", "ERR 22007 invalid input syntax for type interval: \"1 fortnight\""},
        {"1 mins 30", "00:01:30"},
        {"1.5.5 days", "ERR 22007 invalid input syntax for type interval: \"1.5.5 days\""},
        {"1 year 13 months", "2 years 1 mon"},
        {"1e3 days", "ERR 22007 invalid input syntax for type interval: \"1e3 days\""},
        {".5 days", "12:00:00"},
        {"1. days", "1 day"},
        {"- 1 day", "-1 days"},
        {"1 dayz", "ERR 22007 invalid input syntax for type interval: \"1 dayz\""},
        {"-1 years -2 mons +3 days", "-1 years -2 mons +3 days"},
        {"infinity", "ERR 22007 invalid input syntax for type interval: \"infinity\""},
        {"@1 day", "1 day"},
        {"1 day hour", "1 day"},
        {"hour 1", "00:00:01"},
        {"-1.5 months", "-1 mons -15 days"},
        {"-1.5 days", "-1 days -12:00:00"},
        {"-0.5 years", "-6 mons"},
        {"0.0000005 seconds", "00:00:00"},
        {"0.0000015 seconds", "00:00:00.000001"},
        {"2.5 us", "00:00:00.000002"},
        {"-1.5 us", "-00:00:00.000001"},
        {"0.3333333333 days", "07:59:59.999997"},
        {"1 day 1 hour 1 minute 1 second 1 millisecond 1 microsecond", "1 day 01:01:01.001001"},
        {
            "1.5 seconds 1 millisecond",
            "ERR 22007 invalid input syntax for type interval: \"1.5 seconds 1 millisecond\""
        },
        {"P1Y-2M", "10 mons"},
        {"PT-1H", "-01:00:00"},
        {"P1D2H", "ERR 22007 invalid input syntax for type interval: \"P1D2H\""},
        {"P1.5Y", "1 year 6 mons"},
        {"P1Y2M3W4DT5H6M7.5S", "1 year 2 mons 25 days 05:06:07.5"},
        {"p1d", "ERR 22007 invalid input syntax for type interval: \"p1d\""},
        {"P20010203T040506", "2001 years 2 mons 3 days 04:05:06"},
        {"PT040506", "04:05:06"},
        {"PT01:02:03.5", "01:02:03.5"},
        {"P1e2D", "100 days"},
        {" P1D", "ERR 22007 invalid input syntax for type interval: \" P1D\""},
        {"1:60", "ERR 22015 interval field value out of range: \"1:60\""},
        {"1:00:60", "01:01:00"},
        {"1:00:61", "ERR 22015 interval field value out of range: \"1:00:61\""},
        {"-1:00:00.5", "-01:00:00.5"},
        {"1 -1:00", "1 day -01:00:00"},
        {"+-1 day", "ERR 22007 invalid input syntax for type interval: \"+-1 day\""},
        {"1 +1", "ERR 22007 invalid input syntax for type interval: \"1 +1\""},
        {"1 days 1", "1 day 00:00:01"},
        {"1 mon 1 month", "ERR 22007 invalid input syntax for type interval: \"1 mon 1 month\""},
        {"1 qtr", "ERR 22007 invalid input syntax for type interval: \"1 qtr\""},
        {"5 ago", "ERR 22007 invalid input syntax for type interval: \"5 ago\""},
        {"5 microsecondsxyz", "00:00:00.000005"},
        {"3 4 hours", "3 days 04:00:00"},
        {"02:00 1.5 days", "1 day 02:00:00"},
        {"1.5 days 02:00", "1 day 14:00:00"},
        {"-2147483648 days", "-2147483648 days"},
        {"-2147483649 days", "ERR 22015 interval field value out of range: \"-2147483649 days\""},
        {"2147483647 mons 1 year", "ERR 22008 interval out of range"},
        {
            "-9223372036854775808 us",
            "-2562047788:00:54.775808",
            "PostgreSQL cannot read its own output of the most negative interval either"
        },
        {
            "-9223372036854775808 us ago",
            "ERR 22015 interval field value out of range: \"-9223372036854775808 us ago\""
        },
        {
            "9223372036854775808 us",
            "ERR 22015 interval field value out of range: \"9223372036854775808 us\""
        },
        {"1 mon", "1 mon"},
        {"2 mons", "2 mons"},
        {"-1 mons", "-1 mons"},
        {"1 year", "1 year"},
        {"-1 years 1 mon", "-11 mons"},
        {"1 year -1 mons", "11 mons"},
        {"12 mons", "1 year"},
        {"-13 mons", "-1 years -1 mons"},
        {"00:00:00.000001", "00:00:00.000001"},
        {"-00:00:00.000001", "-00:00:00.000001"},
        {"1 day 00:00:00.5", "1 day 00:00:00.5"},
        {"-1 days -00:00:00.5", "-1 days -00:00:00.5"},
        {"P17e400be", "ERR 22007 invalid input syntax for type interval: \"P17e400be\""},
        {"P1e-400D", "ERR 22007 invalid input syntax for type interval: \"P1e-400D\""},
        {"P-infD", "ERR 22015 interval field value out of range: \"P-infD\""},
        {"P0.0000000001D", "00:00:00.000009"},
    };

    private static final String[][] INTERVAL_GENERATED = {
        {
            "823secs +310 yr 8513455924secs 19:00.598154",
            "ERR 22007 invalid input syntax for type interval: \"823secs +310 yr 8513455924secs 19:00.598154\""
        },
        {"-14:37", "-14:37:00"},
        {"724days", "724 days"},
        {"+13.38129yr", "13 years 5 mons"},
        {"50393818h ago", "-50393818:00:00"},
        {"987us 11 87.73307 hrs", "11 days 87:43:59.052987"},
        {"+430 year -3 hour", "430 years -03:00:00"},
        {"+264 us", "00:00:00.000264"},
        {
            "15d +852 millennium -29.80012 microsecond 87.50883s ago",
            "ERR 22007 invalid input syntax for type interval: \"15d +852 millennium -29.80012 microsecond 87.50883s ago\""
        },
        {"@ 432522875331h", "ERR 22015 interval field value out of range: \"@ 432522875331h\""},
        {"233m 35.27839 microsecond +255 years", "255 years 03:53:00.000035"},
        {"+338 second -717years ago", "717 years -00:05:38"},
        {
            "74 hrs 43.46115 millisecond +966 millennium +388 s ago",
            "-966000 years -74:06:28.043461"
        },
        {"@ -9746771", "-2707:26:11"},
        {"-76.11499year", "-76 years -1 mons"},
        {
            "+8:57:19.3398634 -84.57924week 81.56478 mon -26.17848 minute",
            "ERR 22007 invalid input syntax for type interval: \"+8:57:19.3398634 -84.57924week 81.56478 mon -26.17848 minute\""
        },
        {"-26:10:30.3591672", "-26:10:30.359167"},
        {"+41.9788 w -584 82.17810hrs -30.18464 secs", "-291 days +102:36:29.21536"},
        {
            "60.33559 +547 mons 50.91722 yr",
            "ERR 22007 invalid input syntax for type interval: \"60.33559 +547 mons 50.91722 yr\""
        },
        {
            "385hrs 901368286685 mon 1000m -20855431177",
            "ERR 22015 interval field value out of range: \"385hrs 901368286685 mon 1000m -20855431177\""
        },
        {
            "@ -499 mon 13:51:34.2357202 +77705506 us -93.73601 min",
            "ERR 22007 invalid input syntax for type interval: \"@ -499 mon 13:51:34.2357202 +77705506 us -93.73601 min\""
        },
        {
            "311 m 52.70241 min 528m",
            "ERR 22007 invalid input syntax for type interval: \"311 m 52.70241 min 528m\""
        },
        {
            "+423w -444min 947month 1:12:00",
            "ERR 22007 invalid input syntax for type interval: \"+423w -444min 947month 1:12:00\""
        },
        {
            "65.81726ms +2.49248century 884 min 29.97094mons",
            "251 years 8 mons 29 days 17:48:36.545817"
        },
        {"910 month -12:06:60", "75 years 10 mons -12:07:00"},
        {
            "25.74697century -514 14250342 +18.24847 y",
            "ERR 22007 invalid input syntax for type interval: \"25.74697century -514 14250342 +18.24847 y\""
        },
        {"137 334 -440 s", "ERR 22007 invalid input syntax for type interval: \"137 334 -440 s\""},
        {"13:29:23", "13:29:23"},
        {"+583 min", "09:43:00"},
        {
            "834month -3045895 43.39543y ago",
            "ERR 22007 invalid input syntax for type interval: \"834month -3045895 43.39543y ago\""
        },
        {"-226542second", "-62:55:42"},
        {
            "@ +73.2991 s +411 us 264w +66.74446",
            "ERR 22007 invalid input syntax for type interval: \"@ +73.2991 s +411 us 264w +66.74446\""
        },
        {
            "@ 17:38 +22699257m +430min -494m",
            "ERR 22007 invalid input syntax for type interval: \"@ 17:38 +22699257m +430min -494m\""
        },
        {
            "81.20524us -766years -9.29321microsecond",
            "ERR 22007 invalid input syntax for type interval: \"81.20524us -766years -9.29321microsecond\""
        },
        {
            "+147 s 19:26:13",
            "ERR 22007 invalid input syntax for type interval: \"+147 s 19:26:13\""
        },
        {
            "+76.34357d 30:18.1910397 -281s",
            "ERR 22007 invalid input syntax for type interval: \"+76.34357d 30:18.1910397 -281s\""
        },
        {"31.65817 millisecond -265year", "-265 years +00:00:00.031658"},
        {
            "563 secs -215 858 decade",
            "ERR 22007 invalid input syntax for type interval: \"563 secs -215 858 decade\""
        },
        {
            "+19.48359 secs -9:35",
            "ERR 22007 invalid input syntax for type interval: \"+19.48359 secs -9:35\""
        },
        {"442century", "44200 years"},
        {"711minute", "11:51:00"},
        {
            "-375 +582 -71163747hrs",
            "ERR 22007 invalid input syntax for type interval: \"-375 +582 -71163747hrs\""
        },
        {"709890second -816m", "183:35:30"},
        {"-2.28998 m 666yr", "666 years -00:02:17.3988"},
        {"920yr ago", "-920 years"},
        {"+7:45:48", "07:45:48"},
        {"65503774 ms -873 decade +980 min", "-8730 years +34:31:43.774"},
        {"@ 251 secs", "00:04:11"},
        {"-7.61793microsecond 7.98714year", "8 years -00:00:00.000008"},
        {"-222 s", "-00:03:42"},
        {"+932secs +63538days", "63538 days 00:15:32"},
        {"222 decade", "2220 years"},
        {
            "21:59:00 730 +790month",
            "ERR 22007 invalid input syntax for type interval: \"21:59:00 730 +790month\""
        },
        {"-573997084 month 841 century", "-47748990 years -4 mons"},
        {"95.76891", "00:01:35.76891"},
        {"+6:58", "06:58:00"},
        {"@ -323hour +683 d +692microsecond +6", "683 days -322:59:53.999308"},
        {"876 s -43.98949m 385 days", "385 days -00:29:23.3694"},
        {
            "-14:52:06.1583709 23.25318years 3:14:07 -29:52:32.3446932",
            "ERR 22007 invalid input syntax for type interval: \"-14:52:06.1583709 23.25318years 3:14:07 -29:52:32.3446932\""
        },
        {
            "671735926363decade 8:21:19 -807century -98.70626m",
            "ERR 22007 invalid input syntax for type interval: \"671735926363decade 8:21:19 -807century -98.70626m\""
        },
        {"580 secs 31.62637ms", "00:09:40.031626"},
        {
            "@ +262575422531 m -615 89793week",
            "ERR 22007 invalid input syntax for type interval: \"@ +262575422531 m -615 89793week\""
        },
        {"58.4197mons 9:48", "4 years 10 mons 12 days 23:59:02.4"},
        {"146y", "146 years"},
        {"-6.84109 microsecond +614 minute", "10:13:59.999993"},
        {
            "+28:29 926min 328 day +23:24:48",
            "ERR 22007 invalid input syntax for type interval: \"+28:29 926min 328 day +23:24:48\""
        },
        {"+995 minute 69.40147week", "485 days 36:01:49.056"},
        {
            "227 925 y +0week",
            "ERR 22007 invalid input syntax for type interval: \"227 925 y +0week\""
        },
        {"@ +365 years -315minute", "365 years -05:15:00"},
        {
            "200 +2 m 665 day -30:57:26",
            "ERR 22007 invalid input syntax for type interval: \"200 +2 m 665 day -30:57:26\""
        },
        {
            "-123 w -809d 18:33:19 655 hrs",
            "ERR 22007 invalid input syntax for type interval: \"-123 w -809d 18:33:19 655 hrs\""
        },
        {"-550h", "-550:00:00"},
        {"@ 285 5:50 +2years", "2 years 285 days 05:50:00"},
        {
            "529min 19:49.7307633 -805 w",
            "ERR 22007 invalid input syntax for type interval: \"529min 19:49.7307633 -805 w\""
        },
        {
            "586millennium 623 +740millennium 3:58:40",
            "ERR 22007 invalid input syntax for type interval: \"586millennium 623 +740millennium 3:58:40\""
        },
        {"-839us 387week", "2709 days -00:00:00.000839"},
        {
            "-715 ms +773 4:47:47 93m",
            "ERR 22007 invalid input syntax for type interval: \"-715 ms +773 4:47:47 93m\""
        },
        {"37.33188", "00:00:37.33188"},
        {
            "-44177 years 94.44984 hrs 6354002 13:22:50",
            "ERR 22007 invalid input syntax for type interval: \"-44177 years 94.44984 hrs 6354002 13:22:50\""
        },
        {"+57.64253 millennium +9.6181d", "57642 years 6 mons 9 days 14:50:03.84"},
        {
            "+18:59.1734917 -140 microsecond",
            "ERR 22007 invalid input syntax for type interval: \"+18:59.1734917 -140 microsecond\""
        },
        {
            "+2:54.8712415 500 mon 26.40931h",
            "ERR 22007 invalid input syntax for type interval: \"+2:54.8712415 500 mon 26.40931h\""
        },
        {"+150 century +17.50660week 143 millennium ago", "-158000 years -122 days -13:06:31.68"},
        {"-21:42:54.5928621", "-21:42:54.592862"},
        {"54.15703minute -291ms +206us", "00:54:09.131006"},
        {"+19.62692ms 924", "00:15:24.019627"},
        {"+507", "00:08:27"},
        {
            "355 -268 secs -3.75519 us ago",
            "ERR 22007 invalid input syntax for type interval: \"355 -268 secs -3.75519 us ago\""
        },
        {"@ 849hrs 699day 153 w 66.121year", "66 years 1 mon 1770 days 849:00:00"},
        {"-33.45438 year", "-33 years -5 mons"},
        {"341decade -375week 939 yr -57", "4349 years -2625 days -00:00:57"},
        {"+5hour", "05:00:00"},
        {
            "-91.89501mons 72.55128 s -25:10:24 60.76746 w",
            "ERR 22007 invalid input syntax for type interval: \"-91.89501mons 72.55128 s -25:10:24 60.76746 w\""
        },
        {
            "6.20618 millennium 414year +5:23:28 -7:25",
            "ERR 22007 invalid input syntax for type interval: \"6.20618 millennium 414year +5:23:28 -7:25\""
        },
        {"23499299 m +443", "391655:06:23"},
        {"-80.52448days", "-80 days -12:35:15.072"},
        {"8.934millisecond +143 millennium -826m ago", "-143000 years +13:45:59.991066"},
        {
            "76672503 mons 34680388218 -8.67403year",
            "ERR 22015 interval field value out of range: \"76672503 mons 34680388218 -8.67403year\""
        },
        {
            "@ 94.64879day 29:60:53 9 week",
            "ERR 22015 interval field value out of range: \"@ 94.64879day 29:60:53 9 week\""
        },
        {
            "-20:40:19.5395981 759 mon -696 mons",
            "ERR 22007 invalid input syntax for type interval: \"-20:40:19.5395981 759 mon -696 mons\""
        },
        {
            "409 hour 2yr 18:20:61",
            "ERR 22015 interval field value out of range: \"409 hour 2yr 18:20:61\""
        },
        {
            "21:24.3077678 4:46.927810",
            "ERR 22007 invalid input syntax for type interval: \"21:24.3077678 4:46.927810\""
        },
        {
            "15.96819 +429min 65.4221hrs 953month",
            "ERR 22007 invalid input syntax for type interval: \"15.96819 +429min 65.4221hrs 953month\""
        },
        {
            "-6:47:35 +113 13w ago",
            "ERR 22007 invalid input syntax for type interval: \"-6:47:35 +113 13w ago\""
        },
        {"+8787 millennium 75 m 9.65097 us", "8787000 years 01:15:00.00001"},
        {"25:23:21.5801352", "25:23:21.580135"},
        {
            "+31minute 675608857microsecond +48.2014",
            "ERR 22007 invalid input syntax for type interval: \"+31minute 675608857microsecond +48.2014\""
        },
        {
            "185 mons 284 w -39.25710 ago",
            "ERR 22007 invalid input syntax for type interval: \"185 mons 284 w -39.25710 ago\""
        },
        {"@ -27:19.1198756 +285month", "23 years 9 mons -00:27:19.119876"},
        {
            "+593 day 62914180547 minute 57.83841 d",
            "ERR 22007 invalid input syntax for type interval: \"+593 day 62914180547 minute 57.83841 d\""
        },
        {"688 year -397w 705917452 hrs -16", "688 years -2779 days +705917451:59:44"},
        {
            "19898572753 +517minute 2.51791century",
            "ERR 22007 invalid input syntax for type interval: \"19898572753 +517minute 2.51791century\""
        },
        {"+671", "00:11:11"},
        {"+47.18738y 0:10", "47 years 2 mons 00:10:00"},
        {
            "13:29:23 44 99.12356min 132 min",
            "ERR 22007 invalid input syntax for type interval: \"13:29:23 44 99.12356min 132 min\""
        },
        {
            "222mons 829 month",
            "ERR 22007 invalid input syntax for type interval: \"222mons 829 month\""
        },
        {
            "179634 month 23:47.8909952 +307 hour -549 millisecond",
            "ERR 22007 invalid input syntax for type interval: \"179634 month 23:47.8909952 +307 hour -549 millisecond\""
        },
        {
            "4712277527w -7:23:50 +119 day 5:33:20.3735772",
            "ERR 22007 invalid input syntax for type interval: \"4712277527w -7:23:50 +119 day 5:33:20.3735772\""
        },
        {"532microsecond ago", "-00:00:00.000532"},
        {"46.78388century", "4678 years 5 mons"},
        {"-54 mon", "-4 years -6 mons"},
        {
            "292 yr -336 days -657years +639 ago",
            "ERR 22007 invalid input syntax for type interval: \"292 yr -336 days -657years +639 ago\""
        },
        {
            "593 century +10:43 25:05:48.7510786",
            "ERR 22007 invalid input syntax for type interval: \"593 century +10:43 25:05:48.7510786\""
        },
        {"14.46651 ms 944 y 19.35917h +205minute", "944 years 22:46:33.026467"},
        {
            "98.76784mon -9922126hrs -4929909663days -359second ago",
            "ERR 22015 interval field value out of range: \"98.76784mon -9922126hrs -4929909663days -359second ago\""
        },
        {
            "+79.8551 h +120 86.40180 years",
            "ERR 22007 invalid input syntax for type interval: \"+79.8551 h +120 86.40180 years\""
        },
        {"457decade 223 millennium", "227570 years"},
        {"920ms", "00:00:00.92"},
        {"-31year -33143 w -812min", "-31 years -232001 days -13:32:00"},
        {"68.98354day -76395798793 minute", "68 days -1273263289:36:42.144"},
        {"-29.9877 309", "ERR 22007 invalid input syntax for type interval: \"-29.9877 309\""},
        {"-893 years", "-893 years"},
        {"55.69074 yr +947 ms", "55 years 8 mons 00:00:00.947"},
        {"138w 69.20281decade ago", "-692 years -966 days"},
        {"982 -889 +2 ms", "ERR 22007 invalid input syntax for type interval: \"982 -889 +2 ms\""},
        {"998century", "99800 years"},
        {"268 second -58.85402 h", "-58:46:46.472"},
        {
            "-189 millisecond -587 mons -757 millisecond ago",
            "ERR 22007 invalid input syntax for type interval: \"-189 millisecond -587 mons -757 millisecond ago\""
        },
        {"56.28552 h", "56:17:07.872"},
        {"+138decade 388m +1.6819years", "1381 years 8 mons 06:28:00"},
        {
            "@ +983 days 210637181999 month",
            "ERR 22015 interval field value out of range: \"@ +983 days 210637181999 month\""
        },
        {
            "-18.9391 microsecond -328 second +97.69040yr 943us",
            "ERR 22007 invalid input syntax for type interval: \"-18.9391 microsecond -328 second +97.69040yr 943us\""
        },
        {"301decade -77.64023", "3010 years -00:01:17.64023"},
        {
            "+556 410 year +626 hrs 311 days",
            "ERR 22007 invalid input syntax for type interval: \"+556 410 year +626 hrs 311 days\""
        },
        {"-170month +54.70794 +238 hrs", "-14 years -2 mons +54 days 254:59:26.016"},
        {
            "-7:35:10 44.62845 minute +21:00",
            "ERR 22007 invalid input syntax for type interval: \"-7:35:10 44.62845 minute +21:00\""
        },
        {"+63 year 286 week 260 secs 968 minute", "63 years 2002 days 16:12:20"},
        {
            "-29:12 701 decade -25:19.7980714",
            "ERR 22007 invalid input syntax for type interval: \"-29:12 701 decade -25:19.7980714\""
        },
        {"+82.80021", "00:01:22.80021"},
        {"-294", "-00:04:54"},
        {"85071 mons 0 days -945430540795847 us", "7089 years 3 mons -262619:35:40.795847"},
        {
            "-571864 mons 33863 days -3807652437705 us",
            "-47655 years -4 mons +33863 days -1057:40:52.437705"
        },
        {
            "448608 mons 506126 days -814888021597854 us",
            "37384 years 506126 days -226357:47:01.597854"
        },
        {"821564 mons 0 days -60719459506783 us", "68463 years 8 mons -16866:30:59.506783"},
        {"-802678 mons 0 days 296721223084337 us", "-66889 years -10 mons +82422:33:43.084337"},
        {"0 mons 0 days 979380685208569 us", "272050:11:25.208569"},
        {"670834 mons 767586 days 0 us", "55902 years 10 mons 767586 days"},
        {"0 mons 784511 days -113956258120429 us", "784511 days -31654:30:58.120429"},
        {"-318377 mons -159192 days 0 us", "-26531 years -5 mons -159192 days"},
        {"0 mons 901698 days 0 us", "901698 days"},
        {"0 mons -50387 days 369264086811987 us", "-50387 days +102573:21:26.811987"},
        {
            "462981 mons 485934 days -294433555098007 us",
            "38581 years 9 mons 485934 days -81787:05:55.098007"
        },
        {"0 mons -767000 days -321803045271933 us", "-767000 days -89389:44:05.271933"},
        {"0 mons 0 days -555089992700812 us", "-154191:39:52.700812"},
        {
            "-142866 mons 573356 days -235923601039094 us",
            "-11905 years -6 mons +573356 days -65534:20:01.039094"
        },
        {
            "-434254 mons 202240 days -348283268176857 us",
            "-36187 years -10 mons +202240 days -96745:21:08.176857"
        },
        {"77068 mons 348473 days 0 us", "6422 years 4 mons 348473 days"},
        {"0 mons -997542 days 0 us", "-997542 days"},
        {"0 mons 0 days 453806294760134 us", "126057:18:14.760134"},
        {"174291 mons -876011 days 0 us", "14524 years 3 mons -876011 days"},
        {"0 mons 0 days -223784778119610 us", "-62162:26:18.11961"},
        {"645631 mons 0 days 432197924981251 us", "53802 years 7 mons 120054:58:44.981251"},
        {"0 mons -883738 days 341445144766865 us", "-883738 days +94845:52:24.766865"},
        {"326239 mons 0 days 0 us", "27186 years 7 mons"},
        {
            "163649 mons -933865 days -875482511864832 us",
            "13637 years 5 mons -933865 days -243189:35:11.864832"
        },
        {"0 mons -986182 days -237022194238718 us", "-986182 days -65839:29:54.238718"},
        {"0 mons 634350 days -926793895514523 us", "634350 days -257442:44:55.514523"},
        {"0 mons -241715 days 0 us", "-241715 days"},
        {"-760464 mons 449037 days 0 us", "-63372 years +449037 days"},
        {"-855497 mons 0 days 0 us", "-71291 years -5 mons"},
        {
            "-930638 mons -685502 days 82918159397405 us",
            "-77553 years -2 mons -685502 days +23032:49:19.397405"
        },
        {"-184681 mons 0 days 560254390742437 us", "-15390 years -1 mons +155626:13:10.742437"},
        {"193214 mons -173940 days 0 us", "16101 years 2 mons -173940 days"},
        {
            "-798455 mons -51072 days -358488164824128 us",
            "-66537 years -11 mons -51072 days -99580:02:44.824128"
        },
        {
            "867103 mons -647538 days -497518706517363 us",
            "72258 years 7 mons -647538 days -138199:38:26.517363"
        },
        {"-732858 mons 0 days -743248157821013 us", "-61071 years -6 mons -206457:49:17.821013"},
        {"0 mons 163490 days -393828846038613 us", "163490 days -109396:54:06.038613"},
        {
            "-323392 mons -668353 days -880381682602108 us",
            "-26949 years -4 mons -668353 days -244550:28:02.602108"
        },
        {"0 mons -126939 days 0 us", "-126939 days"},
        {"0 mons -634014 days 0 us", "-634014 days"},
        {"710347 mons 0 days 0 us", "59195 years 7 mons"},
        {"0 mons -146475 days 29735224754094 us", "-146475 days +8259:47:04.754094"},
        {"336982 mons 0 days 0 us", "28081 years 10 mons"},
        {
            "-881989 mons 26416 days -987045050978612 us",
            "-73499 years -1 mons +26416 days -274179:10:50.978612"
        },
        {
            "-480220 mons 59844 days -390864732421883 us",
            "-40018 years -4 mons +59844 days -108573:32:12.421883"
        },
        {"0 mons 0 days 211239457724326 us", "58677:37:37.724326"},
        {"319438 mons 0 days 0 us", "26619 years 10 mons"},
        {"0 mons 473319 days -195389257160020 us", "473319 days -54274:47:37.16002"},
        {"0 mons -519049 days -477522408385628 us", "-519049 days -132645:06:48.385628"},
        {
            "-53017 mons -347976 days 921420153903204 us",
            "-4418 years -1 mons -347976 days +255950:02:33.903204"
        },
        {
            "-74877 mons -709052 days -106734425698724 us",
            "-6239 years -9 mons -709052 days -29648:27:05.698724"
        },
        {"388140 mons 473008 days 94641637247469 us", "32345 years 473008 days 26289:20:37.247469"},
        {"350174 mons 0 days 0 us", "29181 years 2 mons"},
        {"760783 mons 0 days 427752727608439 us", "63398 years 7 mons 118820:12:07.608439"},
        {"911988 mons 0 days 81165960277445 us", "75999 years 22546:06:00.277445"},
        {
            "-75801 mons -335308 days 730949882473296 us",
            "-6316 years -9 mons -335308 days +203041:38:02.473296"
        },
        {"-476297 mons 0 days 664023964646294 us", "-39691 years -5 mons +184451:06:04.646294"},
        {
            "-44307 mons -621372 days 568770536292803 us",
            "-3692 years -3 mons -621372 days +157991:48:56.292803"
        },
        {"0 mons 791003 days 0 us", "791003 days"},
        {"0 mons 263968 days -173978111501071 us", "263968 days -48327:15:11.501071"},
        {"831530 mons 0 days 559718332336449 us", "69294 years 2 mons 155477:18:52.336449"},
        {
            "266585 mons 362203 days 16608986392694 us",
            "22215 years 5 mons 362203 days 4613:36:26.392694"
        },
        {"-271147 mons 815562 days 0 us", "-22595 years -7 mons +815562 days"},
        {
            "816600 mons -519584 days -347508673627477 us",
            "68050 years -519584 days -96530:11:13.627477"
        },
        {"-856773 mons 376256 days 0 us", "-71397 years -9 mons +376256 days"},
        {
            "474105 mons -112951 days -593091214875521 us",
            "39508 years 9 mons -112951 days -164747:33:34.875521"
        },
        {"-770772 mons 0 days 0 us", "-64231 years"},
        {"572404 mons -913112 days 0 us", "47700 years 4 mons -913112 days"},
        {"0 mons 146330 days 582904768645528 us", "146330 days 161917:59:28.645528"},
        {"-813530 mons -656431 days 0 us", "-67794 years -2 mons -656431 days"},
        {"-608162 mons -792762 days 0 us", "-50680 years -2 mons -792762 days"},
        {"480694 mons -99644 days 0 us", "40057 years 10 mons -99644 days"},
        {
            "-387997 mons -401361 days -284983889100234 us",
            "-32333 years -1 mons -401361 days -79162:11:29.100234"
        },
        {"0 mons 741985 days -956260185560274 us", "741985 days -265627:49:45.560274"},
        {
            "390854 mons -309139 days -292549667089427 us",
            "32571 years 2 mons -309139 days -81263:47:47.089427"
        },
        {"-23156 mons -834614 days 0 us", "-1929 years -8 mons -834614 days"},
        {"0 mons 0 days -115517597753128 us", "-32088:13:17.753128"},
        {"0 mons 819687 days -512212936078475 us", "819687 days -142281:22:16.078475"},
        {"0 mons 382418 days 541201070928480 us", "382418 days 150333:37:50.92848"},
        {"97386 mons 0 days -490141256547868 us", "8115 years 6 mons -136150:20:56.547868"},
    };
}
