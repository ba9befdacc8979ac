package dev.freshet.engine.type;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.freshet.engine.batch.ArrayColumnBuilder;
import dev.freshet.engine.batch.BytesColumn;
import dev.freshet.engine.batch.Column;
import dev.freshet.engine.batch.ColumnBuilder;
import dev.freshet.engine.batch.DecimalColumnBuilder;
import dev.freshet.sql.error.ErrorCode;
import dev.freshet.sql.error.FreshetException;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

/**
 * {@link PgText} as a whole: the column path for every type, modifiers, round trips of generated
 * values, and the places where Freshet deliberately differs from PostgreSQL. The PostgreSQL-checked
 * tables per type are in the other {@code *TextTest} classes.
 *
 * <p>Expected strings here that come from PostgreSQL 15.18 were taken as described in {@link
 * PgTextCases}; VARCHAR length checks with {@code INSERT INTO v VALUES (...)} into a {@code
 * varchar(5)} column (a cast would truncate instead).
 */
class PgTextTest {
    private static final ZoneId UTC = ZoneId.of("UTC");

    private static String error(Runnable r) {
        FreshetException e = assertThrows(FreshetException.class, r::run);
        return PgTextCases.describe(e);
    }

    // ---------------------------------------------------------------- column path

    @Test
    void columnOutputMatchesValueOutputForEveryType() {
        Object[][] rows = {
            {DataType.BOOLEAN, "true", "t"},
            {DataType.SMALLINT, "-32768", "-32768"},
            {DataType.BIGINT, "-9223372036854775808", "-9223372036854775808"},
            {DataType.REAL, "3.14159265", "3.1415927"},
            {DataType.DOUBLE, "-1e-5", "-1e-05"},
            {DataType.DECIMAL, "-0.0015", "-0.0015"},
            {DataType.DECIMAL, "12345678901234567890.5", "12345678901234567890.5"},
            {DataType.DECIMAL, "NaN", "NaN"},
            {DataType.VARCHAR, "héllo 😀", "héllo 😀"},
            {DataType.JSONB, "{\"b\":1,\"a\":\"é\"}", "{\"a\": \"é\", \"b\": 1}"},
            {DataType.BYTEA, "\\xDEADbeef", "\\xdeadbeef"},
            {
                DataType.UUID,
                "A0EEBC99-9C0B-4EF8-BB6D-6BB9BD380A11",
                "a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11"
            },
            {DataType.DATE, "0001-01-01 BC", "0001-01-01 BC"},
            {DataType.TIME, "24:00", "24:00:00"},
            {DataType.TIMESTAMP, "infinity", "infinity"},
            {DataType.TIMESTAMPTZ, "2020-07-01 12:00+00", "2020-07-01 12:00:00+00"},
            {DataType.INTERVAL, "-1 days 2 hours", "-1 days +02:00:00"},
            {DataType.array(DataType.VARCHAR), "{a,\"b c\",NULL,\"\"}", "{a,\"b c\",NULL,\"\"}"},
        };
        for (Object[] row : rows) {
            DataType type = (DataType) row[0];
            Object value = PgText.parse(type, (String) row[1], UTC);
            assertEquals(row[2], PgTextCases.formatInColumn(type, value, UTC), type.toString());
            assertEquals(row[2], PgText.format(type, value, UTC), type.toString());
        }
    }

    @Test
    void compactAndWideNumericsPrintTheSameFromColumns() {
        DecimalColumnBuilder b = (DecimalColumnBuilder) ColumnBuilder.forType(DataType.DECIMAL, 8);
        b.appendCompact(0, 2);
        b.appendCompact(-5, 3);
        b.appendCompact(Long.MIN_VALUE, 0);
        b.appendCompact(Long.MIN_VALUE, 25);
        b.appendCompact(123, 1);
        b.appendDecimal(Decimal.of(new BigDecimal(BigInteger.TEN.pow(30).negate(), 4)));
        b.appendDecimal(Decimal.NEGATIVE_INFINITY);
        Column c = b.build();
        String[] expected = {
            "0.00",
            "-0.005",
            "-9223372036854775808",
            "-0.0000009223372036854775808",
            "12.3",
            "-100000000000000000000000000.0000",
            "-Infinity"
        };
        for (int i = 0; i < expected.length; i++) {
            StringBuilder out = new StringBuilder();
            PgText.format(c, i, UTC, out);
            assertEquals(expected[i], out.toString());
        }
    }

    @Test
    void textColumnsDecodeUtf8AndReplaceMalformedBytes() {
        byte[] data = {
            'a',
            (byte) 0xc3,
            (byte) 0xa9,
            (byte) 0xf0,
            (byte) 0x9f,
            (byte) 0x98,
            (byte) 0x80,
            (byte) 0xff,
            (byte) 0xc3,
            'b',
            (byte) 0xe4,
            (byte) 0xb8
        };
        BytesColumn c =
                new BytesColumn(DataType.VARCHAR, new int[] {0, data.length}, data, null, 1);
        StringBuilder out = new StringBuilder();
        PgText.format(c, 0, UTC, out);
        assertEquals("aé😀\uFFFD\uFFFDb\uFFFD\uFFFD", out.toString());
    }

    @Test
    void nestedArraysPrintAsMultidimensionalLiterals() {
        DataType type = DataType.array(DataType.array(DataType.INTEGER));
        List<List<Long>> value = List.of(List.of(1L, 2L), List.of(3L, 4L));
        assertEquals("{{1,2},{3,4}}", PgText.format(type, value, UTC));
        assertEquals("{{1,2},{3,4}}", PgTextCases.formatInColumn(type, value, UTC));
    }

    @Test
    void arrayElementsAreQuotedByTheirText() {
        ArrayColumnBuilder b =
                (ArrayColumnBuilder) ColumnBuilder.forType(DataType.array(DataType.VARCHAR), 1);
        for (String s :
                new String[] {
                    "", "NULL", "null", "a b", "x\"y", "a\\b", "{}", "a,b", "é", "\u000b"
                }) {
            b.elementBuilder().appendObject(s);
        }
        b.elementBuilder().appendNull();
        b.endArray();
        StringBuilder out = new StringBuilder();
        PgText.format(b.build(), 0, UTC, out);
        // PostgreSQL 15: SELECT ARRAY['', 'NULL', 'null', 'a b', 'x"y', 'a\b', '{}', 'a,b', 'é',
        // E'\v', NULL]
        assertEquals(
                "{\"\",\"NULL\",\"null\",\"a b\",\"x\\\"y\",\"a\\\\b\",\"{}\",\"a,b\",é,\"\u000b\",NULL}",
                out.toString());
    }

    // ---------------------------------------------------------------- modifiers

    @Test
    void varcharLengthIsCheckedAsPostgresDoesOnInsert() {
        DataType v5 = DataType.varchar(5);
        assertEquals("abcde", PgText.parse(v5, "abcde   ", UTC));
        assertEquals("ééééé", PgText.parse(v5, "ééééé  ", UTC));
        assertEquals("😀😀😀😀😀", PgText.parse(v5, "😀😀😀😀😀", UTC));
        assertEquals(
                "ERR 22001 value too long for type character varying(5)",
                error(() -> PgText.parse(v5, "abcdef", UTC)));
        assertEquals(
                "ERR 22001 value too long for type character varying(5)",
                error(() -> PgText.parse(v5, "abcdef  ", UTC)));
        assertEquals(
                "ERR 22001 value too long for type character varying(5)",
                error(() -> PgText.parse(v5, "éééééé", UTC)));
        assertEquals("abcdef", PgText.parse(DataType.VARCHAR, "abcdef", UTC));
    }

    @Test
    void numericPrecisionAndScaleApply() {
        assertEquals("1.2", PgText.parse(DataType.decimal(4, 1), "1.234", UTC).toString());
        assertEquals(
                "ERR 22003 numeric field overflow | D: A field with precision 4, scale 1 must round"
                        + " to an absolute value less than 10^3.",
                error(() -> PgText.parse(DataType.decimal(4, 1), "999.95", UTC)));
    }

    // ---------------------------------------------------------------- Freshet's own limits

    @Test
    void transactionRelativeDateWordsAreNotSupported() {
        for (String word : new String[] {"now", "today", "tomorrow", "yesterday"}) {
            FreshetException e =
                    assertThrows(
                            FreshetException.class,
                            () -> PgText.parse(DataType.TIMESTAMPTZ, word, UTC));
            assertEquals(ErrorCode.FEATURE_NOT_SUPPORTED, e.code());
            assertTrue(e.getMessage().contains("\"" + word + "\""), e.getMessage());
        }
        assertEquals(
                ErrorCode.FEATURE_NOT_SUPPORTED,
                assertThrows(FreshetException.class, () -> PgText.parse(DataType.TIME, "now", UTC))
                        .code());
    }

    @Test
    void timestampsStopAtTheEndOfYear294246() {
        assertEquals(
                PgCalendar.MAX_TIMESTAMP,
                PgText.parse(DataType.TIMESTAMP, "294246-12-31 23:59:59.999999", UTC));
        assertEquals(
                "ERR 22008 timestamp out of range: \"294247-01-01 00:00:00\"",
                error(() -> PgText.parse(DataType.TIMESTAMP, "294247-01-01 00:00:00", UTC)));
    }

    @Test
    void multidimensionalArraysAndOtherLowerBoundsAreNotSupported() {
        DataType ints = DataType.array(DataType.INTEGER);
        assertEquals(
                "ERR 0A000 multidimensional arrays are not supported",
                error(() -> PgText.parse(ints, "{{1,2},{3,4}}", UTC)));
        assertEquals(
                "ERR 0A000 array lower bounds other than 1 are not supported",
                error(() -> PgText.parse(ints, "[0:1]={1,2}", UTC)));
        assertEquals(List.of(1L, 2L), PgText.parse(ints, "[1:2]={1,2}", UTC));
    }

    @Test
    void unknownHasNoTextInput() {
        assertEquals(
                "ERR 0A000 text input for type unknown is not supported",
                error(() -> PgText.parse(DataType.UNKNOWN, "x", UTC)));
    }

    @Test
    void deeplyNestedJsonIsRejected() {
        String deep = "[".repeat(JsonText.MAX_DEPTH + 1) + "]".repeat(JsonText.MAX_DEPTH + 1);
        assertEquals(
                "ERR 54000 JSON nesting depth exceeds the maximum of 1000",
                error(() -> PgText.parse(DataType.JSONB, deep, UTC)));
        String ok = "[".repeat(JsonText.MAX_DEPTH) + "]".repeat(JsonText.MAX_DEPTH);
        assertEquals(ok, PgText.parse(DataType.JSONB, ok, UTC));
    }

    // ---------------------------------------------------------------- round trips

    /** Formats, parses back and compares, for {@code count} generated values of {@code type}. */
    private static void roundTrips(DataType type, ZoneId zone, List<Object> values) {
        for (Object v : values) {
            String text = PgText.format(type, v, zone);
            Object back = PgText.parse(type, text, zone);
            assertTrue(
                    PgTextCases.sameValue(v, back),
                    () -> type + ": " + text + " read back as " + PgText.format(type, back, zone));
            assertEquals(text, PgTextCases.formatInColumn(type, v, zone));
        }
    }

    private static List<Object> generate(int count, java.util.function.Function<Random, Object> f) {
        Random r = new Random(42);
        List<Object> out = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            out.add(f.apply(r));
        }
        return out;
    }

    @Test
    void doublesRoundTrip() {
        roundTrips(
                DataType.DOUBLE,
                UTC,
                generate(
                        20_000,
                        r -> {
                            double d = Double.longBitsToDouble(r.nextLong());
                            return Double.isNaN(d) ? 0.0 : d;
                        }));
        roundTrips(
                DataType.DOUBLE,
                UTC,
                List.of(
                        Double.NaN,
                        Double.POSITIVE_INFINITY,
                        Double.NEGATIVE_INFINITY,
                        -0.0,
                        Double.MIN_VALUE,
                        -Double.MIN_VALUE,
                        Double.MIN_NORMAL,
                        Double.MAX_VALUE,
                        2e23,
                        0x1p53,
                        0x1p63));
    }

    @Test
    void realsRoundTrip() {
        roundTrips(
                DataType.REAL,
                UTC,
                generate(
                        20_000,
                        r -> {
                            float f = Float.intBitsToFloat(r.nextInt());
                            return Float.isNaN(f) ? 0.0 : (double) f;
                        }));
        roundTrips(
                DataType.REAL,
                UTC,
                List.of(
                        (double) Float.MIN_VALUE,
                        (double) Float.MAX_VALUE,
                        (double) Float.MIN_NORMAL,
                        -0.0,
                        (double) 0x1p24f));
    }

    @Test
    void numericsRoundTrip() {
        roundTrips(
                DataType.DECIMAL,
                UTC,
                generate(
                        2000,
                        r ->
                                Decimal.of(
                                        new BigDecimal(
                                                new BigInteger(r.nextInt(200) + 1, r)
                                                        .multiply(
                                                                BigInteger.valueOf(
                                                                        r.nextBoolean() ? 1 : -1)),
                                                r.nextInt(40)))));
    }

    @Test
    void datesAndTimestampsRoundTrip() {
        roundTrips(
                DataType.DATE,
                UTC,
                generate(
                        5000,
                        r ->
                                PgCalendar.MIN_DATE
                                        + (long)
                                                (r.nextDouble()
                                                        * (PgCalendar.MAX_DATE
                                                                - PgCalendar.MIN_DATE))));
        roundTrips(
                DataType.TIME,
                UTC,
                generate(5000, r -> (long) (r.nextDouble() * (PgCalendar.MICROS_PER_DAY + 1))));
        java.util.function.Function<Random, Object> instant =
                r ->
                        PgCalendar.MIN_TIMESTAMP
                                + (long)
                                        (r.nextDouble()
                                                * ((double) PgCalendar.MAX_TIMESTAMP
                                                        - PgCalendar.MIN_TIMESTAMP));
        java.util.function.Function<Random, Object> recent =
                r -> (long) ((r.nextDouble() - 0.3) * 4e15);
        roundTrips(DataType.TIMESTAMP, UTC, generate(5000, instant));
        roundTrips(
                DataType.TIMESTAMP,
                UTC,
                List.of(
                        PgCalendar.MIN_TIMESTAMP,
                        PgCalendar.MAX_TIMESTAMP,
                        PgCalendar.NEG_INFINITY,
                        PgCalendar.POS_INFINITY));
        for (String zone :
                new String[] {
                    "UTC",
                    "America/New_York",
                    "Europe/London",
                    "Asia/Kolkata",
                    "Australia/Lord_Howe"
                }) {
            roundTrips(DataType.TIMESTAMPTZ, ZoneId.of(zone), generate(3000, recent));
            // Far from today the zone's rules still apply (LMT before, last rules after).
            roundTrips(
                    DataType.TIMESTAMPTZ,
                    ZoneId.of(zone),
                    generate(
                            3000,
                            r ->
                                    PgCalendar.MIN_TIMESTAMP
                                            + 86_400_000_000L
                                            + (long)
                                                    (r.nextDouble()
                                                            * ((double) PgCalendar.MAX_TIMESTAMP
                                                                    - PgCalendar.MIN_TIMESTAMP
                                                                    - 2 * 86_400_000_000L))));
        }
    }

    @Test
    void intervalsRoundTrip() {
        roundTrips(
                DataType.INTERVAL,
                UTC,
                generate(
                        5000,
                        r ->
                                new Interval(
                                        r.nextInt(5) == 0 ? 0 : r.nextInt(),
                                        r.nextInt(5) == 0 ? 0 : r.nextInt(),
                                        r.nextInt(5) == 0 ? 0 : r.nextLong() >> r.nextInt(64))));
        roundTrips(
                DataType.INTERVAL,
                UTC,
                List.of(
                        Interval.ZERO,
                        new Interval(Integer.MAX_VALUE, Integer.MIN_VALUE, Long.MAX_VALUE),
                        new Interval(Integer.MIN_VALUE + 11, 1, -1),
                        new Interval(-1, 1, 0),
                        new Interval(0, -1, 1)));
    }

    @Test
    void textLikeValuesRoundTrip() {
        roundTrips(DataType.VARCHAR, UTC, generate(2000, PgTextTest::randomText));
        roundTrips(
                DataType.BYTEA,
                UTC,
                generate(
                        2000,
                        r -> {
                            byte[] b = new byte[r.nextInt(20)];
                            r.nextBytes(b);
                            return b;
                        }));
        roundTrips(
                DataType.UUID,
                UTC,
                generate(
                        2000,
                        r -> {
                            byte[] b = new byte[16];
                            r.nextBytes(b);
                            return b;
                        }));
        roundTrips(
                DataType.JSONB,
                UTC,
                generate(
                        500,
                        r -> {
                            StringBuilder json = new StringBuilder("{");
                            for (int i = r.nextInt(5); i > 0; i--) {
                                JsonText.appendQuoted(randomText(r), json);
                                json.append(':');
                                JsonText.appendQuoted(randomText(r), json);
                                json.append(i > 1 ? "," : "");
                            }
                            return JsonText.normalize(json.append('}').toString());
                        }));
    }

    @Test
    void arraysRoundTrip() {
        roundTrips(
                DataType.array(DataType.VARCHAR),
                UTC,
                generate(
                        2000,
                        r -> {
                            List<@Nullable Object> a = new ArrayList<>();
                            for (int i = r.nextInt(6); i > 0; i--) {
                                a.add(r.nextInt(6) == 0 ? null : randomText(r));
                            }
                            return a;
                        }));
        roundTrips(
                DataType.array(DataType.INTERVAL),
                UTC,
                List.of(Arrays.asList(new Interval(1, -1, 1), null, Interval.ZERO)));
    }

    /** Short text mixing the characters that need quoting or escaping in literals. */
    private static String randomText(Random r) {
        String alphabet = "ab \"\\{},\t\nNUL\u0001é😀";
        StringBuilder s = new StringBuilder();
        for (int i = r.nextInt(8); i > 0; i--) {
            int cp =
                    alphabet.codePointAt(
                            alphabet.offsetByCodePoints(
                                    0, r.nextInt(alphabet.codePointCount(0, alphabet.length()))));
            s.appendCodePoint(cp);
        }
        return s.toString();
    }

    // ---------------------------------------------------------------- helpers for other code

    @Test
    void primitiveAppendersAreUsableDirectly() {
        StringBuilder out = new StringBuilder();
        PgDateTimeText.appendTimestamp(PgCalendar.timestamp(2020, 2, 29, 23, 59, 59, 500_000), out);
        out.append('|');
        PgDateTimeText.appendDate(PgCalendar.epochDay(0, 12, 31), out);
        out.append('|');
        PgDateTimeText.appendOffset(-(4 * 3600 + 56 * 60 + 2), out);
        out.append('|');
        PgIntervalText.appendInterval(14, 3, 4 * PgCalendar.MICROS_PER_HOUR, out);
        out.append('|');
        PgFloatText.appendDouble(1e21, out);
        out.append('|');
        PgNumericText.appendDecimal(-15, 3, out);
        assertEquals(
                "2020-02-29 23:59:59.5|0001-12-31 BC|-04:56:02|1 year 2 mons 3 days 04:00:00|1e+21|-0.015",
                out.toString());
        assertEquals(
                PgCalendar.epochDay(1999, 1, 8), PgDateTimeParser.parseDate("January 8, 1999"));
        assertEquals(
                "ERR 22003 value \"40000\" is out of range for type smallint",
                error(() -> PgIntegerText.parseSmallint("40000")));
        byte[] utf8 = "x".getBytes(StandardCharsets.UTF_8);
        out.setLength(0);
        PgText.appendUtf8(utf8, 0, utf8.length, out);
        assertEquals("x", out.toString());
    }
}
