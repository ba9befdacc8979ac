package dev.freshet.engine.type;

import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * PostgreSQL text input of SMALLINT, INTEGER, BIGINT and NUMERIC, and NUMERIC output.
 *
 * <p>Expected strings are PostgreSQL 15.18's (DateStyle ISO, MDY; IntervalStyle postgres;
 * extra_float_digits 1), taken with {@code SELECT t('integer', input, 'UTC')} (and smallint,
 * bigint, numeric, numeric(4,1)) where {@code t} is the helper described in {@link PgTextCases};
 * see there for the notation and what each case checks.
 */
class PgNumberTextTest {

    @TestFactory
    Stream<DynamicTest> smallint() {
        return PgTextCases.tests(DataType.SMALLINT, "UTC", SMALLINT);
    }

    @TestFactory
    Stream<DynamicTest> integer() {
        return PgTextCases.tests(DataType.INTEGER, "UTC", INTEGER);
    }

    @TestFactory
    Stream<DynamicTest> bigint() {
        return PgTextCases.tests(DataType.BIGINT, "UTC", BIGINT);
    }

    @TestFactory
    Stream<DynamicTest> numeric() {
        return PgTextCases.tests(DataType.DECIMAL, "UTC", NUMERIC);
    }

    @TestFactory
    Stream<DynamicTest> numericWithPrecisionAndScale() {
        return PgTextCases.tests(DataType.decimal(4, 1), "UTC", NUMERIC_WITH_PRECISION_AND_SCALE);
    }

    private static final String[][] SMALLINT = {
        {"0", "0"},
        {" 12 ", "12"},
        {"+5", "5"},
        {"-0", "0"},
        {"00012", "12"},
        {"\t7\t", "7"},
        {"abc", "ERR 22P02 invalid input syntax for type smallint: \"abc\""},
        {"", "ERR 22P02 invalid input syntax for type smallint: \"\""},
        {" ", "ERR 22P02 invalid input syntax for type smallint: \" \""},
        {"1.5", "ERR 22P02 invalid input syntax for type smallint: \"1.5\""},
        {"1e3", "ERR 22P02 invalid input syntax for type smallint: \"1e3\""},
        {"0x10", "ERR 22P02 invalid input syntax for type smallint: \"0x10\""},
        {"1_000", "ERR 22P02 invalid input syntax for type smallint: \"1_000\""},
        {"- 1", "ERR 22P02 invalid input syntax for type smallint: \"- 1\""},
        {"--1", "ERR 22P02 invalid input syntax for type smallint: \"--1\""},
        {"12 3", "ERR 22P02 invalid input syntax for type smallint: \"12 3\""},
        {"7x", "ERR 22P02 invalid input syntax for type smallint: \"7x\""},
        {"+", "ERR 22P02 invalid input syntax for type smallint: \"+\""},
        {"-", "ERR 22P02 invalid input syntax for type smallint: \"-\""},
        {"32767", "32767"},
        {"32768", "ERR 22003 value \"32768\" is out of range for type smallint"},
        {"-32768", "-32768"},
        {"-32769", "ERR 22003 value \"-32769\" is out of range for type smallint"},
        {"99999x", "ERR 22003 value \"99999x\" is out of range for type smallint"},
    };

    private static final String[][] INTEGER = {
        {"0", "0"},
        {" 12 ", "12"},
        {"+5", "5"},
        {"-0", "0"},
        {"00012", "12"},
        {"\t7\t", "7"},
        {"abc", "ERR 22P02 invalid input syntax for type integer: \"abc\""},
        {"", "ERR 22P02 invalid input syntax for type integer: \"\""},
        {" ", "ERR 22P02 invalid input syntax for type integer: \" \""},
        {"1.5", "ERR 22P02 invalid input syntax for type integer: \"1.5\""},
        {"1e3", "ERR 22P02 invalid input syntax for type integer: \"1e3\""},
        {"0x10", "ERR 22P02 invalid input syntax for type integer: \"0x10\""},
        {"1_000", "ERR 22P02 invalid input syntax for type integer: \"1_000\""},
        {"- 1", "ERR 22P02 invalid input syntax for type integer: \"- 1\""},
        {"--1", "ERR 22P02 invalid input syntax for type integer: \"--1\""},
        {"12 3", "ERR 22P02 invalid input syntax for type integer: \"12 3\""},
        {"7x", "ERR 22P02 invalid input syntax for type integer: \"7x\""},
        {"+", "ERR 22P02 invalid input syntax for type integer: \"+\""},
        {"-", "ERR 22P02 invalid input syntax for type integer: \"-\""},
        {"2147483647", "2147483647"},
        {"2147483648", "ERR 22003 value \"2147483648\" is out of range for type integer"},
        {"-2147483648", "-2147483648"},
        {"-2147483649", "ERR 22003 value \"-2147483649\" is out of range for type integer"},
        {"99999999999", "ERR 22003 value \"99999999999\" is out of range for type integer"},
        {"99999999999x", "ERR 22003 value \"99999999999x\" is out of range for type integer"},
        {"0000000000000000000000001", "1"},
    };

    private static final String[][] BIGINT = {
        {"0", "0"},
        {" 12 ", "12"},
        {"+5", "5"},
        {"-0", "0"},
        {"00012", "12"},
        {"\t7\t", "7"},
        {"abc", "ERR 22P02 invalid input syntax for type bigint: \"abc\""},
        {"", "ERR 22P02 invalid input syntax for type bigint: \"\""},
        {" ", "ERR 22P02 invalid input syntax for type bigint: \" \""},
        {"1.5", "ERR 22P02 invalid input syntax for type bigint: \"1.5\""},
        {"1e3", "ERR 22P02 invalid input syntax for type bigint: \"1e3\""},
        {"0x10", "ERR 22P02 invalid input syntax for type bigint: \"0x10\""},
        {"1_000", "ERR 22P02 invalid input syntax for type bigint: \"1_000\""},
        {"- 1", "ERR 22P02 invalid input syntax for type bigint: \"- 1\""},
        {"--1", "ERR 22P02 invalid input syntax for type bigint: \"--1\""},
        {"12 3", "ERR 22P02 invalid input syntax for type bigint: \"12 3\""},
        {"7x", "ERR 22P02 invalid input syntax for type bigint: \"7x\""},
        {"+", "ERR 22P02 invalid input syntax for type bigint: \"+\""},
        {"-", "ERR 22P02 invalid input syntax for type bigint: \"-\""},
        {"9223372036854775807", "9223372036854775807"},
        {
            "9223372036854775808",
            "ERR 22003 value \"9223372036854775808\" is out of range for type bigint"
        },
        {"-9223372036854775808", "-9223372036854775808"},
        {
            "-9223372036854775809",
            "ERR 22003 value \"-9223372036854775809\" is out of range for type bigint"
        },
        {
            "99999999999999999999999",
            "ERR 22003 value \"99999999999999999999999\" is out of range for type bigint"
        },
    };

    private static final String[][] NUMERIC = {
        {"0", "0"},
        {"-0", "0"},
        {"-0.00", "0.00"},
        {"1.50", "1.50"},
        {"1e3", "1000"},
        {"1.5e-3", "0.0015"},
        {" 12.3 ", "12.3"},
        {"NaN", "NaN"},
        {"nan", "NaN"},
        {"Infinity", "Infinity"},
        {"-inf", "-Infinity"},
        {"+inf", "Infinity"},
        {"abc", "ERR 22P02 invalid input syntax for type numeric: \"abc\""},
        {"", "ERR 22P02 invalid input syntax for type numeric: \"\""},
        {"1e", "ERR 22P02 invalid input syntax for type numeric: \"1e\""},
        {".5", "0.5"},
        {"5.", "5"},
        {"+.5", "0.5"},
        {"1_000", "ERR 22P02 invalid input syntax for type numeric: \"1_000\""},
        {"0x10", "ERR 22P02 invalid input syntax for type numeric: \"0x10\""},
        {"00012.3400", "12.3400"},
        {"-.0", "0.0"},
        {"1E+2", "100"},
        {"12345678901234567890.123456789", "12345678901234567890.123456789"},
        {"-12345678901234567890.123456789", "-12345678901234567890.123456789"},
        {"9223372036854775807", "9223372036854775807"},
        {"9223372036854775808", "9223372036854775808"},
        {"-9223372036854775809", "-9223372036854775809"},
        {"0.000000000000000000001", "0.000000000000000000001"},
        {"1e-5", "0.00001"},
        {"-1e-5", "-0.00001"},
        {"100e-2", "1.00"},
        {"1e131072", "ERR 22003 value overflows numeric format"},
        {"1e-16384", "ERR 22003 value overflows numeric format"},
        {"10e-16384", "ERR 22003 value overflows numeric format"},
        {"1e99999999999999999999", "ERR 22003 value overflows numeric format"},
        {"0.5e-16383", "ERR 22003 value overflows numeric format"},
    };

    private static final String[][] NUMERIC_WITH_PRECISION_AND_SCALE = {
        {"1.234", "1.2"},
        {"12.345", "12.3"},
        {"123.45", "123.5"},
        {"-99.95", "-100.0"},
        {"99.95", "100.0"},
        {"99.94", "99.9"},
        {"NaN", "NaN"},
        {
            "Infinity",
            "ERR 22003 numeric field overflow | D: A field with precision 4, scale 1 cannot hold an infinite value."
        },
        {
            "-Infinity",
            "ERR 22003 numeric field overflow | D: A field with precision 4, scale 1 cannot hold an infinite value."
        },
        {"0.05", "0.1"},
        {"-0.05", "-0.1"},
        {"999.9", "999.9"},
        {
            "1000",
            "ERR 22003 numeric field overflow | D: A field with precision 4, scale 1 must round to an absolute value less than 10^3."
        },
    };
}
