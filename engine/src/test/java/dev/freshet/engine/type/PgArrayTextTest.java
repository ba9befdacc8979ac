package dev.freshet.engine.type;

import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * PostgreSQL text output and input of one-dimensional arrays: quoting, escapes, NULL, whitespace,
 * dimension prefixes and the {@code malformed array literal} details; elements of every type format
 * by their own rules.
 *
 * <p>Expected strings are PostgreSQL 15.18's (DateStyle ISO, MDY; IntervalStyle postgres;
 * extra_float_digits 1), taken with {@code SELECT t('integer[]', input, 'UTC')} (and text[],
 * float8[], ...) where {@code t} is the helper described in {@link PgTextCases}; see there for the
 * notation and what each case checks.
 */
class PgArrayTextTest {

    @TestFactory
    Stream<DynamicTest> integerArray() {
        return PgTextCases.tests(DataType.array(DataType.INTEGER), "UTC", INTEGER_ARRAY);
    }

    @TestFactory
    Stream<DynamicTest> textArray() {
        return PgTextCases.tests(DataType.array(DataType.VARCHAR), "UTC", TEXT_ARRAY);
    }

    @TestFactory
    Stream<DynamicTest> doubleArray() {
        return PgTextCases.tests(DataType.array(DataType.DOUBLE), "UTC", DOUBLE_ARRAY);
    }

    @TestFactory
    Stream<DynamicTest> timestampArray() {
        return PgTextCases.tests(DataType.array(DataType.TIMESTAMP), "UTC", TIMESTAMP_ARRAY);
    }

    @TestFactory
    Stream<DynamicTest> timestamptzArray() {
        return PgTextCases.tests(
                DataType.array(DataType.TIMESTAMPTZ), "Europe/Paris", TIMESTAMPTZ_ARRAY);
    }

    @TestFactory
    Stream<DynamicTest> intervalArray() {
        return PgTextCases.tests(DataType.array(DataType.INTERVAL), "UTC", INTERVAL_ARRAY);
    }

    @TestFactory
    Stream<DynamicTest> byteaArray() {
        return PgTextCases.tests(DataType.array(DataType.BYTEA), "UTC", BYTEA_ARRAY);
    }

    @TestFactory
    Stream<DynamicTest> jsonbArray() {
        return PgTextCases.tests(DataType.array(DataType.JSONB), "UTC", JSONB_ARRAY);
    }

    @TestFactory
    Stream<DynamicTest> booleanArray() {
        return PgTextCases.tests(DataType.array(DataType.BOOLEAN), "UTC", BOOLEAN_ARRAY);
    }

    @TestFactory
    Stream<DynamicTest> uuidArray() {
        return PgTextCases.tests(DataType.array(DataType.UUID), "UTC", UUID_ARRAY);
    }

    @TestFactory
    Stream<DynamicTest> dateArray() {
        return PgTextCases.tests(DataType.array(DataType.DATE), "UTC", DATE_ARRAY);
    }

    @TestFactory
    Stream<DynamicTest> numericArray() {
        return PgTextCases.tests(DataType.array(DataType.DECIMAL), "UTC", NUMERIC_ARRAY);
    }

    @TestFactory
    Stream<DynamicTest> timeArray() {
        return PgTextCases.tests(DataType.array(DataType.TIME), "UTC", TIME_ARRAY);
    }

    private static final String[][] INTEGER_ARRAY = {
        {"{1,2,NULL}", "{1,2,NULL}"},
        {"{}", "{}"},
        {"{ 1 , 2 }", "{1,2}"},
        {"{\"1\",null,NuLL}", "{1,NULL,NULL}"},
        {"{1,2", "ERR 22P02 malformed array literal: \"{1,2\" | D: Unexpected end of input."},
        {
            "1,2}",
            "ERR 22P02 malformed array literal: \"1,2}\" | D: Array value must start with \"{\" or dimension information."
        },
        {
            "{1,2}x",
            "ERR 22P02 malformed array literal: \"{1,2}x\" | D: Junk after closing right brace."
        },
        {
            "{1,,2}",
            "ERR 22P02 malformed array literal: \"{1,,2}\" | D: Unexpected \",\" character."
        },
        {"[1:2]={1,2}", "{1,2}"},
        {
            "{1,\"2\"x}",
            "ERR 22P02 malformed array literal: \"{1,\"2\"x}\" | D: Unexpected array element."
        },
        {"{1 2}", "ERR 22P02 invalid input syntax for type integer: \"1 2\""},
        {
            "{\"1\" \"2\"}",
            "ERR 22P02 malformed array literal: \"{\"1\" \"2\"}\" | D: Unexpected array element."
        },
        {
            "{1,2,}",
            "ERR 22P02 malformed array literal: \"{1,2,}\" | D: Unexpected \"}\" character."
        },
        {"{,1}", "ERR 22P02 malformed array literal: \"{,1}\" | D: Unexpected \",\" character."},
        {"{\"}", "ERR 22P02 malformed array literal: \"{\"}\" | D: Unexpected end of input."},
        {"{\\1,2}", "{1,2}"},
        {"{\"\",1}", "ERR 22P02 invalid input syntax for type integer: \"\""},
        {"{a}", "ERR 22P02 invalid input syntax for type integer: \"a\""},
        {" {1}", "{1}"},
        {"{1} ", "{1}"},
        {
            "x",
            "ERR 22P02 malformed array literal: \"x\" | D: Array value must start with \"{\" or dimension information."
        },
        {
            "{\"\\\"}",
            "ERR 22P02 malformed array literal: \"{\"\\\"}\" | D: Unexpected end of input."
        },
        {
            "{\"a\\\"}",
            "ERR 22P02 malformed array literal: \"{\"a\\\"}\" | D: Unexpected end of input."
        },
        {
            "{1{2}}",
            "ERR 22P02 malformed array literal: \"{1{2}}\" | D: Unexpected \"{\" character."
        },
        {
            "{1,{2}}",
            "ERR 22P02 malformed array literal: \"{1,{2}}\" | D: Unexpected \"{\" character."
        },
        {
            "{\"a\"{",
            "ERR 22P02 malformed array literal: \"{\"a\"{\" | D: Unexpected \"{\" character."
        },
        {"{a\\", "ERR 22P02 malformed array literal: \"{a\\\" | D: Unexpected end of input."},
        {"{\\", "ERR 22P02 malformed array literal: \"{\\\" | D: Unexpected end of input."},
        {
            "{1}}",
            "ERR 22P02 malformed array literal: \"{1}}\" | D: Junk after closing right brace."
        },
        {"{", "ERR 22P02 malformed array literal: \"{\" | D: Unexpected end of input."},
        {"{}}", "ERR 22P02 malformed array literal: \"{}}\" | D: Junk after closing right brace."},
        {"{}x", "ERR 22P02 malformed array literal: \"{}x\" | D: Junk after closing right brace."},
        {"[3:1]={1,2}", "ERR 2202E upper bound cannot be less than lower bound"},
        {
            "[1:]={1}",
            "ERR 22P02 malformed array literal: \"[1:]={1}\" | D: Missing array dimension value."
        },
        {
            "[1:2={1,2}",
            "ERR 22P02 malformed array literal: \"[1:2={1,2}\" | D: Missing \"]\" after array dimensions."
        },
        {
            "[1:2]",
            "ERR 22P02 malformed array literal: \"[1:2]\" | D: Missing \"=\" after array dimensions."
        },
        {
            "[1:2]=",
            "ERR 22P02 malformed array literal: \"[1:2]=\" | D: Array contents must start with \"{\"."
        },
        {
            "[1:2]=x",
            "ERR 22P02 malformed array literal: \"[1:2]=x\" | D: Array contents must start with \"{\"."
        },
        {
            "[ 1 : 2 ]={1,2}",
            "ERR 22P02 malformed array literal: \"[ 1 : 2 ]={1,2}\" | D: \"[\" must introduce explicitly-specified array dimensions."
        },
        {
            "[1:3]={1,2}",
            "ERR 22P02 malformed array literal: \"[1:3]={1,2}\" | D: Specified array dimensions do not match array contents."
        },
        {"[2]={1,2}", "{1,2}"},
        {
            "[1:2]{1,2}",
            "ERR 22P02 malformed array literal: \"[1:2]{1,2}\" | D: Missing \"=\" after array dimensions."
        },
        {
            "[a]={1}",
            "ERR 22P02 malformed array literal: \"[a]={1}\" | D: \"[\" must introduce explicitly-specified array dimensions."
        },
        {"  [1:2] = {1,2}", "{1,2}"},
        {"[1:0]={}", "ERR 2202E upper bound cannot be less than lower bound"},
        {
            "[]={}",
            "ERR 22P02 malformed array literal: \"[]={}\" | D: \"[\" must introduce explicitly-specified array dimensions."
        },
        {
            "[1:1]={}",
            "ERR 22P02 malformed array literal: \"[1:1]={}\" | D: Specified array dimensions do not match array contents."
        },
        {"{2147483648}", "ERR 22003 value \"2147483648\" is out of range for type integer"},
        {"[1:2]={1,2", "ERR 22P02 malformed array literal: \"{1,2\" | D: Unexpected end of input."},
        {" {1,2", "ERR 22P02 malformed array literal: \"{1,2\" | D: Unexpected end of input."},
        {
            "{1,2}  x",
            "ERR 22P02 malformed array literal: \"{1,2}  x\" | D: Junk after closing right brace."
        },
        {
            "[1:2]={1,2}x",
            "ERR 22P02 malformed array literal: \"{1,2}x\" | D: Junk after closing right brace."
        },
        {"[-]={}", "ERR 2202E upper bound cannot be less than lower bound"},
        {"[+1:+2]={1,2}", "{1,2}"},
        {"[1:-]={1}", "ERR 2202E upper bound cannot be less than lower bound"},
        {"[1-:2]={1,2}", "{1,2}"},
        {
            "[99999999999]={1}",
            "ERR 22P02 malformed array literal: \"[99999999999]={1}\" | D: Specified array dimensions do not match array contents."
        },
        {"  [1:2]  =  {1,2}  ", "{1,2}"},
        {
            " x",
            "ERR 22P02 malformed array literal: \" x\" | D: Array value must start with \"{\" or dimension information."
        },
        {
            "[1:2]= {\"a\"x}",
            "ERR 22P02 malformed array literal: \"{\"a\"x}\" | D: Unexpected array element."
        },
    };

    private static final String[][] TEXT_ARRAY = {
        {"{a,b c,\" d \",NULL,\"NULL\",\"\"}", "{a,\"b c\",\" d \",NULL,\"NULL\",\"\"}"},
        {"{ a b , c }", "{\"a b\",c}"},
        {"{a\\ ,b}", "{\"a \",b}"},
        {"{\"x\\\"y\",\"a\\\\b\",x\\y}", "{\"x\\\"y\",\"a\\\\b\",xy}"},
        {"{a\\,b}", "{\"a,b\"}"},
        {"{\"{}\",\\{\\}}", "{\"{}\",\"{}\"}"},
        {"{ \"a\" , \"b\" }", "{a,b}"},
        {
            "{\"a\"b}",
            "ERR 22P02 malformed array literal: \"{\"a\"b}\" | D: Unexpected array element."
        },
        {
            "{a\"b\"}",
            "ERR 22P02 malformed array literal: \"{a\"b\"}\" | D: Unexpected array element."
        },
        {
            "{a\"b\"c}",
            "ERR 22P02 malformed array literal: \"{a\"b\"c}\" | D: Unexpected array element."
        },
        {"{null,NULL,\"null\",nul,\"nULl\"}", "{NULL,NULL,\"null\",nul,\"nULl\"}"},
        {"{a\tb}", "{\"a\tb\"}"},
        {"{ à , é }", "{à,é}"},
        {"{'a'}", "{'a'}"},
        {
            "{a,b}junk",
            "ERR 22P02 malformed array literal: \"{a,b}junk\" | D: Junk after closing right brace."
        },
        {"{\"\",\"\"}", "{\"\",\"\"}"},
        {"{ }", "{}"},
        {"{a b\\\"c}", "{\"a b\\\"c\"}"},
        {"{\"a\"  ,b}", "{a,b}"},
        {
            "{\"a\"\\b}",
            "ERR 22P02 malformed array literal: \"{\"a\"\\b}\" | D: Unexpected \"\\\" character."
        },
        {"{ab\"", "ERR 22P02 malformed array literal: \"{ab\"\" | D: Unexpected array element."},
        {"{  \"a\"  }", "{a}"},
        {"{\\N\\U\\L\\L}", "{\"NULL\"}"},
        {"{NULL\\ }", "{\"NULL \"}"},
        {"{\"\\\\\"}", "{\"\\\\\"}"},
        {"{a\\\\b}", "{\"a\\\\b\"}"},
        {"{\"a,b\",\"c}d\",\"e{f\"}", "{\"a,b\",\"c}d\",\"e{f\"}"},
        {"{x\\}", "ERR 22P02 malformed array literal: \"{x\\}\" | D: Unexpected end of input."},
    };

    private static final String[][] DOUBLE_ARRAY = {
        {"{1.5,NaN,-0,1e20,-Infinity}", "{1.5,NaN,-0,1e+20,-Infinity}"},
        {"{0.1,1e-5,123456789012345678}", "{0.1,1e-05,1.2345678901234568e+17}"},
        {"{}", "{}"},
        {"{NULL}", "{NULL}"},
    };

    private static final String[][] TIMESTAMP_ARRAY = {
        {
            "{2020-01-01 00:00:00,\"2020-01-01 12:00\",infinity}",
            "{\"2020-01-01 00:00:00\",\"2020-01-01 12:00:00\",infinity}"
        },
        {"{\"2020-01-01 04:05:06.5 BC\"}", "{\"2020-01-01 04:05:06.5 BC\"}"},
    };

    private static final String[][] TIMESTAMPTZ_ARRAY = {
        {
            "{2020-01-01 00:00:00+00,\"2020-06-01 12:00\"}",
            "{\"2020-01-01 01:00:00+01\",\"2020-06-01 12:00:00+02\"}"
        },
    };

    private static final String[][] INTERVAL_ARRAY = {
        {
            "{1 day,\"2 hours\",-00:00:01,\"-1 days +02:00:00\"}",
            "{\"1 day\",02:00:00,-00:00:01,\"-1 days +02:00:00\"}"
        },
    };

    private static final String[][] BYTEA_ARRAY = {
        {"{\"\\\\x01\",abc,\"\\\\x\"}", "{\"\\\\x01\",\"\\\\x616263\",\"\\\\x\"}"},
    };

    private static final String[][] JSONB_ARRAY = {
        {
            "{\"{\\\"a\\\": 1}\",2,\"\\\"x\\\"\",null,\"null\",[1]}",
            "{\"{\\\"a\\\": 1}\",2,\"\\\"x\\\"\",NULL,\"null\",[1]}"
        },
    };

    private static final String[][] BOOLEAN_ARRAY = {
        {"{t,f,true,NULL, yes ,off}", "{t,f,t,NULL,t,f}"},
        {"{maybe}", "ERR 22P02 invalid input syntax for type boolean: \"maybe\""},
    };

    private static final String[][] UUID_ARRAY = {
        {
            "{a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11,NULL}",
            "{a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11,NULL}"
        },
    };

    private static final String[][] DATE_ARRAY = {
        {
            "{2020-01-01,infinity,-infinity,0001-01-01 BC}",
            "{2020-01-01,infinity,-infinity,\"0001-01-01 BC\"}"
        },
        {"{2021-02-29}", "ERR 22008 date/time field value out of range: \"2021-02-29\""},
    };

    private static final String[][] NUMERIC_ARRAY = {
        {"{1.50,NaN,-Infinity,-0.00}", "{1.50,NaN,-Infinity,0.00}"},
    };

    private static final String[][] TIME_ARRAY = {
        {"{04:05:06,24:00,00:00:00.5}", "{04:05:06,24:00:00,00:00:00.5}"},
    };
}
