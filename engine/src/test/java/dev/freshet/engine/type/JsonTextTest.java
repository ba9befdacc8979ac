package dev.freshet.engine.type;

import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * JSONB text input: PostgreSQL's validation (with its error details) and the jsonb normal form
 * printed by {@code jsonb_out}.
 *
 * <p>Expected strings are PostgreSQL 15.18's (DateStyle ISO, MDY; IntervalStyle postgres;
 * extra_float_digits 1), taken with {@code SELECT t('jsonb', input, 'UTC')} where {@code t} is the
 * helper described in {@link PgTextCases}; see there for the notation and what each case checks.
 */
class JsonTextTest {

    @TestFactory
    Stream<DynamicTest> jsonb() {
        return PgTextCases.tests(DataType.JSONB, "UTC", JSONB);
    }

    @TestFactory
    Stream<DynamicTest> jsonbGenerated() {
        return PgTextCases.tests(DataType.JSONB, "UTC", JSONB_GENERATED);
    }

    private static final String[][] JSONB = {
        {"{\"a\": 1, \"b\": [1, 2]}", "{\"a\": 1, \"b\": [1, 2]}"},
        {"{\"b\":1,\"a\":2}", "{\"a\": 2, \"b\": 1}"},
        {"{\"aa\":1,\"b\":2,\"a\":3}", "{\"a\": 3, \"b\": 2, \"aa\": 1}"},
        {"{\"a\":1,\"a\":2}", "{\"a\": 2}"},
        {"{\"a\":{\"b\":1,\"b\":[]},\"a\":3}", "{\"a\": 3}"},
        {"[]", "[]"},
        {"{}", "{}"},
        {"[1,2,[3,{}]]", "[1, 2, [3, {}]]"},
        {"  {\"a\" :  1 }  ", "{\"a\": 1}"},
        {"1", "1"},
        {"-0", "0"},
        {"1.0", "1.0"},
        {"1.50", "1.50"},
        {"1e2", "100"},
        {"1E-2", "0.01"},
        {"-1.5e+3", "-1500"},
        {"0.000001", "0.000001"},
        {
            "1e100",
            "10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000"
        },
        {"12345678901234567890", "12345678901234567890"},
        {"\"abc\"", "\"abc\""},
        {"\"a\\\"b\\\\c\\/d\\b\\f\\n\\r\\tz\"", "\"a\\\"b\\\\c/d\\b\\f\\n\\r\\tz\""},
        {"\"\\u0041\\u00e9\\u4e2d\"", "\"Aé中\""},
        {"\"\\ud83d\\ude00\"", "\"😀\""},
        {"\"é中😀\"", "\"é中😀\""},
        {"\"\\u0001\\u001f\"", "\"\\u0001\\u001f\""},
        {
            "\"\\u0000\"",
            "ERR 22P05 unsupported Unicode escape sequence | D: \\u0000 cannot be converted to text."
        },
        {
            "\"\\ud83d\"",
            "ERR 22P02 invalid input syntax for type json | D: Unicode low surrogate must follow a high surrogate."
        },
        {
            "\"\\ude00\"",
            "ERR 22P02 invalid input syntax for type json | D: Unicode low surrogate must follow a high surrogate."
        },
        {
            "\"\\uZZZZ\"",
            "ERR 22P02 invalid input syntax for type json | D: \"\\u\" must be followed by four hexadecimal digits."
        },
        {"true", "true"},
        {"false", "false"},
        {"null", "null"},
        {"TRUE", "ERR 22P02 invalid input syntax for type json | D: Token \"TRUE\" is invalid."},
        {"nul", "ERR 22P02 invalid input syntax for type json | D: Token \"nul\" is invalid."},
        {
            "{\"a\":}",
            "ERR 22P02 invalid input syntax for type json | D: Expected JSON value, but found \"}\"."
        },
        {
            "{\"a\" 1}",
            "ERR 22P02 invalid input syntax for type json | D: Expected \":\", but found \"1\"."
        },
        {
            "{\"a\":1,}",
            "ERR 22P02 invalid input syntax for type json | D: Expected string, but found \"}\"."
        },
        {
            "[1,]",
            "ERR 22P02 invalid input syntax for type json | D: Expected JSON value, but found \"]\"."
        },
        {
            "[1 2]",
            "ERR 22P02 invalid input syntax for type json | D: Expected \",\" or \"]\", but found \"2\"."
        },
        {"01", "ERR 22P02 invalid input syntax for type json | D: Token \"01\" is invalid."},
        {"1.", "ERR 22P02 invalid input syntax for type json | D: Token \"1.\" is invalid."},
        {".5", "ERR 22P02 invalid input syntax for type json | D: Token \".\" is invalid."},
        {"-", "ERR 22P02 invalid input syntax for type json | D: Token \"-\" is invalid."},
        {"+1", "ERR 22P02 invalid input syntax for type json | D: Token \"+\" is invalid."},
        {"1e", "ERR 22P02 invalid input syntax for type json | D: Token \"1e\" is invalid."},
        {"\"abc", "ERR 22P02 invalid input syntax for type json | D: Token \"\"abc\" is invalid."},
        {"'abc'", "ERR 22P02 invalid input syntax for type json | D: Token \"'\" is invalid."},
        {"{a:1}", "ERR 22P02 invalid input syntax for type json | D: Token \"a\" is invalid."},
        {
            "[\"a\",\"b\"] x",
            "ERR 22P02 invalid input syntax for type json | D: Token \"x\" is invalid."
        },
        {"\"", "ERR 22P02 invalid input syntax for type json | D: Token \"\"\" is invalid."},
        {
            "{\"a\":1}}",
            "ERR 22P02 invalid input syntax for type json | D: Expected end of input, but found \"}\"."
        },
        {"[[[]]]", "[[[]]]"},
        {"{\"x\":null,\"y\":true,\"z\":false}", "{\"x\": null, \"y\": true, \"z\": false}"},
        {"{\"\":1,\"a\":2,\"\":3}", "{\"\": 3, \"a\": 2}"},
        {
            "{\"b\":1,\"aa\":2,\"ab\":3,\"a\":4,\"B\":5,\"é\":6,\"z\":7}",
            "{\"B\": 5, \"a\": 4, \"b\": 1, \"z\": 7, \"aa\": 2, \"ab\": 3, \"é\": 6}"
        },
        {"-1e-5", "-0.00001"},
        {"100e-2", "1.00"},
        {"0.0", "0.0"},
        {"-0.0", "0.0"},
        {"1E+00", "1"},
        {
            "{,}",
            "ERR 22P02 invalid input syntax for type json | D: Expected string or \"}\", but found \",\"."
        },
        {
            "[}",
            "ERR 22P02 invalid input syntax for type json | D: Expected JSON value, but found \"}\"."
        },
        {
            "{\"a\":1 \"b\":2}",
            "ERR 22P02 invalid input syntax for type json | D: Expected \",\" or \"}\", but found \"\"b\"\"."
        },
        {
            "{\"a\":1,\"b\"}",
            "ERR 22P02 invalid input syntax for type json | D: Expected \":\", but found \"}\"."
        },
        {
            "{\"a\"",
            "ERR 22P02 invalid input syntax for type json | D: The input string ended unexpectedly."
        },
        {
            "[",
            "ERR 22P02 invalid input syntax for type json | D: The input string ended unexpectedly."
        },
        {
            "{",
            "ERR 22P02 invalid input syntax for type json | D: The input string ended unexpectedly."
        },
        {
            "\"\\ud83d\\ud83d\"",
            "ERR 22P02 invalid input syntax for type json | D: Unicode high surrogate must not follow a high surrogate."
        },
        {
            "\"\\ud83dx\"",
            "ERR 22P02 invalid input syntax for type json | D: Unicode low surrogate must follow a high surrogate."
        },
        {
            "\"\\x\"",
            "ERR 22P02 invalid input syntax for type json | D: Escape sequence \"\\x\" is invalid."
        },
        {
            "\"\\u12\"",
            "ERR 22P02 invalid input syntax for type json | D: \"\\u\" must be followed by four hexadecimal digits."
        },
        {
            "\"\\u00e\"",
            "ERR 22P02 invalid input syntax for type json | D: \"\\u\" must be followed by four hexadecimal digits."
        },
        {
            "\"abc\\",
            "ERR 22P02 invalid input syntax for type json | D: Token \"\"abc\\\" is invalid."
        },
        {"-a", "ERR 22P02 invalid input syntax for type json | D: Token \"-a\" is invalid."},
        {"1a", "ERR 22P02 invalid input syntax for type json | D: Token \"1a\" is invalid."},
        {"1.5e", "ERR 22P02 invalid input syntax for type json | D: Token \"1.5e\" is invalid."},
        {"truex", "ERR 22P02 invalid input syntax for type json | D: Token \"truex\" is invalid."},
        {
            "nullnull",
            "ERR 22P02 invalid input syntax for type json | D: Token \"nullnull\" is invalid."
        },
        {
            "[true false]",
            "ERR 22P02 invalid input syntax for type json | D: Expected \",\" or \"]\", but found \"false\"."
        },
        {"{\"\\u0041\":1,\"A\":2}", "{\"A\": 2}"},
        {"\"\\u007f\\u0080\\u00ff\"", "\"\u007fÿ\""},
        {"\"tab\\u0009\"", "\"tab\\t\""},
        {
            "{\"a\":[1,{\"b\":2,\"a\":[]}],\"c\":\"d\"}",
            "{\"a\": [1, {\"a\": [], \"b\": 2}], \"c\": \"d\"}"
        },
        {
            "[1.0e+2, -0e0, 1E400]",
            "[100, 0, 10000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000000]"
        },
        {"\"é\\u00e9\"", "\"éé\""},
        {
            "  ",
            "ERR 22P02 invalid input syntax for type json | D: The input string ended unexpectedly."
        },
        {"[1,2,3]  x", "ERR 22P02 invalid input syntax for type json | D: Token \"x\" is invalid."},
        {
            "{\"a\":1}[",
            "ERR 22P02 invalid input syntax for type json | D: Expected end of input, but found \"[\"."
        },
        {"\"\\/\"", "\"/\""},
        {
            "123456789012345678901234567890.000000000000000000001",
            "123456789012345678901234567890.000000000000000000001"
        },
        {"1e131072", "ERR 22003 value overflows numeric format"},
        {
            "\"tab\traw\"",
            "ERR 22P02 invalid input syntax for type json | D: Character with value 0x09 must be escaped."
        },
        {
            "",
            "ERR 22P02 invalid input syntax for type json | D: The input string ended unexpectedly."
        },
    };

    private static final String[][] JSONB_GENERATED = {
        {"{}", "{}"},
        {"\"", "ERR 22P02 invalid input syntax for type json | D: Token \"\"\" is invalid."},
        {"{\"b\" : \"\\u00e9\\n\\t\\\"\"}", "{\"b\": \"é\\n\\t\\\"\"}"},
        {
            "{\"ab\":\"é\\n\\t\\\"\",\"key\":[[[123456789012345678 ,123456789012345678 ,\"str\"] ,[] ,[]], false, \"\", []],\"ab\":  99}",
            "{\"ab\": 99, \"key\": [[[123456789012345678, 123456789012345678, \"str\"], [], []], false, \"\", []]}"
        },
        {"true", "true"},
        {
            "{\"\":  0",
            "ERR 22P02 invalid input syntax for type json | D: The input string ended unexpectedly."
        },
        {
            "{\"a b\":[{\"a\":  [null,1E+5,null],\"\":  [null ,123456789012345678],\"中\":  [0,\"\\u00e9\\n\\t\\\"\",true]} ,\"\\u0001\" ,-0.0]}",
            "{\"a b\": [{\"\": [null, 123456789012345678], \"a\": [null, 100000, null], \"中\": [0, \"é\\n\\t\\\"\", true]}, \"\\u0001\", 0.0]}"
        },
        {
            "[{\"é\" : 123456789012345678,\"é\":99} ,[[[],\"\",[]] ,{\"\\\\\": [null]} ,[{\"z\" : false,\"x\\\"y\" : 1}, {\"\":  \"\\u0001\",\"\\\\\" : \"x/y\",\"é\":null,\"kéy\":  -0.0,\"a\" : -1}, {\"aa\" : \"x/y\",\"\\\\\":-0.0,\"aa\" : 99}, \"str\"] ,\"\\u00e9\\n\\t\\\"\"]]",
            "[{\"é\": 99}, [[[], \"\", []], {\"\\\\\": [null]}, [{\"z\": false, \"x\\\"y\": 1}, {\"\": \"\\u0001\", \"\\\\\": \"x/y\", \"a\": -1, \"é\": null, \"kéy\": 0.0}, {\"\\\\\": 0.0, \"aa\": 99}, \"str\"], \"é\\n\\t\\\"\"]]"
        },
        {
            "[[[{\"B\":\"\\u00e9\\n\\t\\\"\"}, -1x],[\"str\" ,[false]],{\"ab\" : [\"\\u0001\",\"\",123456789012345678],\"z\":{\"中\" : \"\",\"z\":123456789012345678,\"\\u4e2d\":99},\"b\" : {\"ab\":\"\\u0001\",\"b\":false,\"ab\":  99},\"\\\\\" : 1.5}] ,false ,[{\"a b\":  [\"\", 0.000],\"\\u4e2d\" : 0,\"é\":[1e2,\"x/y\",\"x/y\",null],\"a b\" : 99}]]",
            "ERR 22P02 invalid input syntax for type json | D: Token \"-1x\" is invalid."
        },
        {"-1", "-1"},
        {
            "123456789[012345678",
            "ERR 22P02 invalid input syntax for type json | D: Expected end of input, but found \"[\"."
        },
        {"[[[]]]", "[[[]]]"},
        {
            "[{} ,{\"a\":  {\"\\u00e9\":  [-0.0],\"\\\\\" : null,\"z\" : [-1 ,\"x/y\"],\"k\\u00e9y\":1,\"b\":-0.0},\"ab\" : 2.5E-3,\"é\":  \"\\u0001\"}]",
            "[{}, {\"a\": {\"\\\\\": null, \"b\": 0.0, \"z\": [-1, \"x/y\"], \"é\": [0.0], \"kéy\": 1}, \"ab\": 0.0025, \"é\": \"\\u0001\"}]"
        },
        {
            "{\"z\":  \"\\u0001\",\"\":  [[[123456789012345678,\"\\u0001\"],123456789012345678], [1E+5,{}]]}",
            "{\"\": [[[123456789012345678, \"\\u0001\"], 123456789012345678], [100000, {}]], \"z\": \"\\u0001\"}"
        },
        {
            "{\"中\":123456:789012345678,\"b\":[[{}] ,{\"kéy\":  [],\"kéy\":  99}],\"\\u4e2d\":99}",
            "ERR 22P02 invalid input syntax for type json | D: Expected \",\" or \"}\", but found \":\"."
        },
        {
            "[[{\"aa\":  {},\"key\" : [\"\"],\"kéy\" : [\"x/y\" ,\"\\u0001\" ,\"x/y\" ,\"str\"],\"aa\":  99},{\"b\":  {\"key\" : \"str\",\"kéy\":\"é\\n\\t\\\"\"},\"\":  1.5,\"z\":  1e+20}]]",
            "[[{\"aa\": 99, \"key\": [\"\"], \"kéy\": [\"x/y\", \"\\u0001\", \"x/y\", \"str\"]}, {\"\": 1.5, \"b\": {\"key\": \"str\", \"kéy\": \"é\\n\\t\\\"\"}, \"z\": 100000000000000000000}]]"
        },
        {"1e+20", "100000000000000000000"},
        {
            "{\"\\u00e9\" : \"\",\"a b\" : -1,\"x\\\"",
            "ERR 22P02 invalid input syntax for type json | D: Token \"\"x\\\"\" is invalid."
        },
        {"\"\\u0001\"", "\"\\u0001\""},
        {
            "[-1, {\"aa\" : false,\"a\":  null,\"a b\":0,\"aa\":  99}, [{},{\"\\\\\":  [\"str\"],\"k\\u00e9y\":  {\"中\":  2.5E-3,\"key\" : 1,\"\\u4e2d\" : 99},\"b\" : null},\"str\",false], {\"b\":{},\"B\" : [{\"x\\\"y\":\"str\",\"\\\\\":123456789012345678,\"k\\u00e9y\":  \"\"}]}]",
            "[-1, {\"a\": null, \"aa\": 99, \"a b\": 0}, [{}, {\"\\\\\": [\"str\"], \"b\": null, \"kéy\": {\"key\": 1, \"中\": 99}}, \"str\", false], {\"B\": [{\"\\\\\": 123456789012345678, \"x\\\"y\": \"str\", \"kéy\": \"\"}], \"b\": {}}]"
        },
        {
            "{\"ab\":{\"k\\u00e9y\":  123456789012345678,\"ab\":  {\"a b\":  [\"\\u00e9\\n\\t\\\"\"],\"ab\":[0,0,0,\"x/y\"],\"B\":{\"key\":  true,\"key\" : 99}},\"z\" : \"x/y\"},\"é\":false,\"key\" : {\"key\":true,\"\\\\\":  0.000,\"aa\":[[], true, [\"\\u0001\"], {\"aa\":123456789012345678,\"kéy\":  1}],\"\\u4e2d\" : [{\"\":  -0.0,\"z\" : 1.50,\"a\" : \"\",\"\":  99} ,123456789012345678 ,1e2],\"key\":99}}",
            "{\"ab\": {\"z\": \"x/y\", \"ab\": {\"B\": {\"key\": 99}, \"ab\": [0, 0, 0, \"x/y\"], \"a b\": [\"é\\n\\t\\\"\"]}, \"kéy\": 123456789012345678}, \"é\": false, \"key\": {\"\\\\\": 0.000, \"aa\": [[], true, [\"\\u0001\"], {\"aa\": 123456789012345678, \"kéy\": 1}], \"key\": 99, \"中\": [{\"\": 99, \"a\": \"\", \"z\": 1.50}, 123456789012345678, 100]}}"
        },
        {
            "{\"z\":{\"é\":null},\"key\":\"x/y\",\"\\u4e2d\" : {},\"z\":99}",
            "{\"z\": 99, \"key\": \"x/y\", \"中\": {}}"
        },
        {"\"\\u00e9\\n\\t\\\"\"", "\"é\\n\\t\\\"\""},
        {"[]", "[]"},
        {"ull", "ERR 22P02 invalid input syntax for type json | D: Token \"ull\" is invalid."},
        {"nul", "ERR 22P02 invalid input syntax for type json | D: Token \"nul\" is invalid."},
        {"01.50", "ERR 22P02 invalid input syntax for type json | D: Token \"01\" is invalid."},
        {
            "[[{}], [{\"é\":1e+20,\"a b\":[\"\\u0001\" ,\"\\u00e9\\n\\t\\\"\" ,tue],\"key\":false,\"b\" : {\"\":false,\"\":  99},\"x\\\"y\":  {}}, {\"\\\\\":  {\"k\\u00e9y\" : \"\\u00e9\\n\\t\\\"\",\"a b\":  -0.0,\"z\":  true},\"ab\":\"\\u0001\",\"x\\\"y\" : [true ,\"str\" ,1e+20 ,\"\\u00e9\\n\\t\\\"\"],\"aa\":{\"B\" : \"é\\n\\t\\\"\",\"a b\" : \"str\",\"key\" : false,\"ab\" : false},\"b\":[123456789012345678]}, [1]], [[[true, 123456789012345678] ,-0.0 ,1.5 ,\"str\"], 1, null, 123456789012345678], false]",
            "ERR 22P02 invalid input syntax for type json | D: Token \"tue\" is invalid."
        },
        {"1e2", "100"},
        {"false", "false"},
        {"\"\"", "\"\""},
        {"1E+5", "100000"},
        {
            "[{\"a\":  \"\"},[[]],tru]",
            "ERR 22P02 invalid input syntax for type json | D: Token \"tru\" is invalid."
        },
        {
            "[[{}, [{\"é\" : 1,\"ab\" : \"\\u0001\",\"a\":  false,\"key\" : 0} ,\"é\\n\\t\\\"\"]],-0.0,{\"\\u00e9\" : null}]",
            "[[{}, [{\"a\": false, \"ab\": \"\\u0001\", \"é\": 1, \"key\": 0}, \"é\\n\\t\\\"\"]], 0.0, {\"é\": null}]"
        },
        {
            "{\"ab\" : {\"\":[],\"B\":  true,\"kéy\":  \"x/y\"},\"key\" : {},\"a b\":  false,\"z\":-1}",
            "{\"z\": -1, \"ab\": {\"\": [], \"B\": true, \"kéy\": \"x/y\"}, \"a b\": false, \"key\": {}}"
        },
        {"{\"aa\" : false,\"\\\\\":1.5}", "{\"\\\\\": 1.5, \"aa\": false}"},
        {"\"é", "ERR 22P02 invalid input syntax for type json | D: Token \"\"é\" is invalid."},
        {
            "[false, true, {\"a b\":  2.5E-3,\"b\":  null,\"z\" : {\"kéy\":  false,\"ab\":  [\"\"],\"key\":{\"ab\" : \"str\",\"a b\":1e2},\"\":false}}]",
            "[false, true, {\"b\": null, \"z\": {\"\": false, \"ab\": [\"\"], \"key\": {\"ab\": \"str\", \"a b\": 100}, \"kéy\": false}, \"a b\": 0.0025}]"
        },
        {"{\"é", "ERR 22P02 invalid input syntax for type json | D: Token \"\"é\" is invalid."},
        {
            "{\"aa\" : [\"\\u0001\",0],\"B\" : {\"\" : {},\"key\":  [1, [null]],\"B\":  {},\"\\u4e",
            "ERR 22P02 invalid input syntax for type json | D: Token \"\"\\u4e\" is invalid."
        },
        {"\"u0001\"", "\"u0001\""},
        {"1.5", "1.5"},
        {"{\"a\":[{\"\\\\\":  -1}, 1E+5],\"a\":  99}", "{\"a\": 99}"},
        {
            "[{\"ab\" : \"\\u0001\"} ,[] ,{\"a b\":1e2,\"B\" : [{\"kéy\":1e+20,\"\":0,\"z\":\"\\u0001\",\"kéy\":99},{\"\\\\\":\"\\u00e9\\n\\t\\\"\",\"a\" : 1e2,\"aa\" : 0,\"\\u00e9\" : \"x/y\"},null,{\"aa\":  \"\",\"\":true,\"aa\":99}]}]",
            "[{\"ab\": \"\\u0001\"}, [], {\"B\": [{\"\": 0, \"z\": \"\\u0001\", \"kéy\": 99}, {\"\\\\\": \"é\\n\\t\\\"\", \"a\": 100, \"aa\": 0, \"é\": \"x/y\"}, null, {\"\": true, \"aa\": 99}], \"a b\": 100}]"
        },
        {
            "[{\"\\\\\":  [{\"b\" : 2.5E-",
            "ERR 22P02 invalid input syntax for type json | D: Token \"2.5E-\" is invalid."
        },
        {"[\"x/y\", [], 1.5, \"\\u00e9\\n\\t\\\"\"]", "[\"x/y\", [], 1.5, \"é\\n\\t\\\"\"]"},
        {"null", "null"},
        {"{\"a b\" : 0.000,\"a b\":  99}", "{\"a b\": 99}"},
        {"{\"key\" : 1.5,\"B\" : -1}", "{\"B\": -1, \"key\": 1.5}"},
        {"[{}]", "[{}]"},
        {
            "{\"\\u4e2d\" : {\"B\":{},\"a b\":  0},\"ab\":  [[[null,true], \"\"],{\"\\\\\":[true],\"\\u00e9\":[\"str\",\"\",true],\"z\":[1, 0],\"\\\\\":  99}]}",
            "{\"ab\": [[[null, true], \"\"], {\"\\\\\": 99, \"z\": [1, 0], \"é\": [\"str\", \"\", true]}], \"中\": {\"B\": {}, \"a b\": 0}}"
        },
        {"[1.50]", "[1.50]"},
        {
            "{\"é\":\"é\\n\\t\\\"\",\"\\\\\":false,\"a b\":[null, -0.0],\"k\\u00e9y\" : [],\"é\":99}",
            "{\"\\\\\": false, \"é\": 99, \"a b\": [null, 0.0], \"kéy\": []}"
        },
        {"-:1", "ERR 22P02 invalid input syntax for type json | D: Token \"-\" is invalid."},
        {
            "[{\"B\":  {\"B\" : \"str\",\"z\":{},\"b\":  [1e2, 1.50, \"\\u0001\"],\"B\":99},\"b\" : {\"é\":  [0 ,1e+20 ,\"str\" ,1e2],\"z\":  {\"z\" : -1,\"\\\\\":  -1,\"a\":\"x/y\"},\"aa\" : \"x/y\"}}]",
            "[{\"B\": {\"B\": 99, \"b\": [100, 1.50, \"\\u0001\"], \"z\": {}}, \"b\": {\"z\": {\"\\\\\": -1, \"a\": \"x/y\", \"z\": -1}, \"aa\": \"x/y\", \"é\": [0, 100000000000000000000, \"str\", 100]}}]"
        },
        {
            "{\"a\":  false,\"k\\u00e9y\" : [{\"aa\":[\"\",0,\"\\u00e9\\n\\t\\\"\",null]}],\"中\":{},\"b\" : 123456789012345678}",
            "{\"a\": false, \"b\": 123456789012345678, \"中\": {}, \"kéy\": [{\"aa\": [\"\", 0, \"é\\n\\t\\\"\", null]}]}"
        },
        {
            "[{\"é\":0,\"key\":\"\\u0001\"},{\"\\\\\" : 2.5E-3,\"a\" : [[123456789012345678 ,1e2],{\"key\":\"\",\"b\":-1,\"\\\\\":1e+20},1],\"b\":[1,[],0.000,{\"ab\" : 1.5}],\"B\" : {\"x\\\"y\" : 0.000,\"x\\\"y\":  99}},\"\\u0001\"]",
            "[{\"é\": 0, \"key\": \"\\u0001\"}, {\"B\": {\"x\\\"y\": 99}, \"\\\\\": 0.0025, \"a\": [[123456789012345678, 100], {\"\\\\\": 100000000000000000000, \"b\": -1, \"key\": \"\"}, 1], \"b\": [1, [], 0.000, {\"ab\": 1.5}]}, \"\\u0001\"]"
        },
        {"fal.se", "ERR 22P02 invalid input syntax for type json | D: Token \"fal\" is invalid."},
        {"-\"0.0", "ERR 22P02 invalid input syntax for type json | D: Token \"-\" is invalid."},
        {
            "{\"z\":{\"中\" : true,\"é\":  1.50,\"b\":  0},\"a b\":{\"\":  [[0], null, 0, -0.0],\"aa\":  [[0.000,true,\"str\"],1E+5,[1.50 ,123456789012345678 ,0]],\"z\":  -1},\"中\":  \"x/y\",\"k\\u00e9y\":  [],\"b\":  []}",
            "{\"b\": [], \"z\": {\"b\": 0, \"é\": 1.50, \"中\": true}, \"a b\": {\"\": [[0], null, 0, 0.0], \"z\": -1, \"aa\": [[0.000, true, \"str\"], 100000, [1.50, 123456789012345678, 0]]}, \"中\": \"x/y\", \"kéy\": []}"
        },
        {
            "[1e+2",
            "ERR 22P02 invalid input syntax for type json | D: The input string ended unexpectedly."
        },
        {"\"é\\n\\t\\\"\"", "\"é\\n\\t\\\"\""},
        {
            "{\"ab\":0,\"key\":\"é\\n\\t\\\"\",\"a\" : [{},[[]],\"\\u0001\"]}",
            "{\"a\": [{}, [[]], \"\\u0001\"], \"ab\": 0, \"key\": \"é\\n\\t\\\"\"}"
        },
        {"\"é\\\\t\\\"\"", "\"é\\\\t\\\"\""},
        {
            "{\"B\" : [{\"中\" : null,\"a\":{\"B\":  123456789012345678,\"ab\":  1,\"x\\\"y\" : 1},\"B\":{\"kéy\" : true,\"x\\\"y\":  \"\\u0001\"},\"aa\" : [true ,123456789012345678]},[123456789012345678, [1e+20], [123456789012345678,\"x/y\"], 0]],\"中\" : false,\"key\" : [123456789012345678],\"z\":  1e+20,\"B\" : 99}",
            "{\"B\": 99, \"z\": 100000000000000000000, \"key\": [123456789012345678], \"中\": false}"
        },
        {
            "[{\"a\":{\"z\" : \"str\",\"ab\":  {\"x\\\"y\":true,\"a\":  1.50},\"b\":[1],\"k\\u00e9y\":  -1,\"\\u00e9\":  [\"x/y\",-1,1]},\"\\u4e2d\":  1e2,\"a\":99}, null, \\-1]",
            "ERR 22P02 invalid input syntax for type json | D: Token \"\\\" is invalid."
        },
        {
            "[1.50 ,\"\" ,[{\"a b\" : {\"k\\u00e9y\" : false,\"é\":\"str\"},\"\" : {\"B\" : false,\"é\" : \"str\",\"a b\":  \"\",\"B\":  99},\"x\\\"y\":  -0.0,\"a\":  [\"\"],\"\\\\\":\"\\u00e9\\n\\t\\\"\"}, {\"b\":  [\"\", \"x/y\"],\"\\\\\" : {\"a b\" : \"str\",\"\\\\\" : 1e2,\"z\" : 1e2},\"aa\" : 1e+20,\"ab\":\"\\u00e9\\n\\t\\\"\"}, {\"\\\\\" : \"\",\"a b\" : {\"z\":\"x/y\",\"\\u4e2d\" : 0,\"B\" : null,\"b\":1},\"x\\\"[y\":[-1 ,\"\"],\"ab\" : true}]]",
            "[1.50, \"\", [{\"\": {\"B\": 99, \"é\": \"str\", \"a b\": \"\"}, \"\\\\\": \"é\\n\\t\\\"\", \"a\": [\"\"], \"a b\": {\"é\": \"str\", \"kéy\": false}, \"x\\\"y\": 0.0}, {\"\\\\\": {\"\\\\\": 100, \"z\": 100, \"a b\": \"str\"}, \"b\": [\"\", \"x/y\"], \"aa\": 100000000000000000000, \"ab\": \"é\\n\\t\\\"\"}, {\"\\\\\": \"\", \"ab\": true, \"a b\": {\"B\": null, \"b\": 1, \"z\": \"x/y\", \"中\": 0}, \"x\\\"[y\": [-1, \"\"]}]]"
        },
        {"[\"é\\n\\t\\\"\", [[],-0.0]]", "[\"é\\n\\t\\\"\", [[], 0.0]]"},
        {
            "{\"\" : [],\"z\":\"\\u0001\",\"\\u00e9\":  [false, \"x/y\"],\"ab\":true}",
            "{\"\": [], \"z\": \"\\u0001\", \"ab\": true, \"é\": [false, \"x/y\"]}"
        },
        {
            "[{\"b\":123456789012345678,\"b\":99}, null, [{\"ab\":[1e2,true],\"é\" : {\"B\":123456789012345678,\"z\":null,\"ab\":  \"\\u00e9\\n\\t\\\"\",\"é\":  1.5},\"a b\" : [false, -0.0],\"\\\\\":[\"x/y\"],\"ab\":99}]]",
            "[{\"b\": 99}, null, [{\"\\\\\": [\"x/y\"], \"ab\": 99, \"é\": {\"B\": 123456789012345678, \"z\": null, \"ab\": \"é\\n\\t\\\"\", \"é\": 1.5}, \"a b\": [false, 0.0]}]]"
        },
        {
            "[[1E+5, [\"str\"]]",
            "ERR 22P02 invalid input syntax for type json | D: The input string ended unexpectedly."
        },
        {
            "\"\\u009\\n\\t\\\"\"",
            "ERR 22P02 invalid input syntax for type json | D: \"\\u\" must be followed by four hexadecimal digits."
        },
        {"123456789012345678", "123456789012345678"},
        {"0", "0"},
        {"[{\"\\u00e9\":  \"str\"}]", "[{\"é\": \"str\"}]"},
        {
            "[0.000 ,\"\\u0001\" ,{\"B\" : [[false]],\"aa\":  \"\\u0001,\"B\":99} ,{\"\\\\\":[]}]",
            "ERR 22P02 invalid input syntax for type json | D: Token \"B\" is invalid."
        },
        {
            "[[\"\"],\"é\\n\\t\\\",false,[]]",
            "ERR 22P02 invalid input syntax for type json | D: Token \"\"é\\n\\t\\\",false,[]]\" is invalid."
        },
        {"\"{str\"", "\"{str\""},
        {
            "[[{\"a\" : 1,\"k\\u00e9y\" : {\"中\":  \"str\",\"\\\\\": \"\\u00e9\\n\\t\\\"\"},\"a b\":  [\"\\u00e9\\n\\t\\\"\", \"\\u00e9\\n\\t\\\"\", true, null],\"key\":  0,\"a\":99}], [true ,0]]",
            "[[{\"a\": 99, \"a b\": [\"é\\n\\t\\\"\", \"é\\n\\t\\\"\", true, null], \"key\": 0, \"kéy\": {\"\\\\\": \"é\\n\\t\\\"\", \"中\": \"str\"}}], [true, 0]]"
        },
        {
            "[[{\"key\":{\"ab\":\"x/y\",\"aa\":  -0.0,\"b\" : 1.50,\"k\\u00e9y\":-1,\"ab\":99},\"aa\":  {\"B\" : true,\"key\":  \"\"}} ,{\"k\\u00e9y\" : [1.5],\"a b\":{\"x\\\"y\":123456789012345678,\"z\":  \"\\u0001\",\"B\":  0.000,\"a\" : \"é\\n\\t\\\"\"},\"z\":\"x/y\",\"key\" : [true ,1E+5 ,\"x/y\"]}], {\"b\":{\"é\":\"\\u0001\",\"aa\":[\"str\",\"x/y\",1e+20,true]},\"ab\":-1,\"kéy\" : {\"a\" : 1e+20,\"key\":\"é\\n\\t\\\"\",\"b\":{\"key\" : \"x/y\",\"ab\":  0,\"\\\\\":-0.0,\"key\":99},\"x\\\"y\":1e+20}}, []]",
            "[[{\"aa\": {\"B\": true, \"key\": \"\"}, \"key\": {\"b\": 1.50, \"aa\": 0.0, \"ab\": 99, \"kéy\": -1}}, {\"z\": \"x/y\", \"a b\": {\"B\": 0.000, \"a\": \"é\\n\\t\\\"\", \"z\": \"\\u0001\", \"x\\\"y\": 123456789012345678}, \"key\": [true, 100000, \"x/y\"], \"kéy\": [1.5]}], {\"b\": {\"aa\": [\"str\", \"x/y\", 100000000000000000000, true], \"é\": \"\\u0001\"}, \"ab\": -1, \"kéy\": {\"a\": 100000000000000000000, \"b\": {\"\\\\\": 0.0, \"ab\": 0, \"key\": 99}, \"key\": \"é\\n\\t\\\"\", \"x\\\"y\": 100000000000000000000}}, []]"
        },
        {
            "[0 ,{\"\\u00e9\":  [{}],\"B\":{\"kéy\":  0,\"aa\":  {\"aa\":  \"\\u0001\"}},\"é\":  99} ,-0.0 ,123456789012345678]",
            "[0, {\"B\": {\"aa\": {\"aa\": \"\\u0001\"}, \"kéy\": 0}, \"é\": 99}, 0.0, 123456789012345678]"
        },
        {"tru", "ERR 22P02 invalid input syntax for type json | D: Token \"tru\" is invalid."},
        {"{\"\\u4e2d\":  1E+5}", "{\"中\": 100000}"},
        {"fal", "ERR 22P02 invalid input syntax for type json | D: Token \"fal\" is invalid."},
        {"\"str\"", "\"str\""},
        {
            "{{}",
            "ERR 22P02 invalid input syntax for type json | D: Expected string or \"}\", but found \"{\"."
        },
        {
            "{\"a b\" : [null, {\"ab\":  [1e+20 ,-0.0 ,\"str\" ,0],\"key\":[true, 1],\"kéy\":{\"x\\\"y\":  123456789012345678,\"B\" : 123456789012345678},\"\\u00e9\" : {\"a b\":\"\",\"key\" : \"é\\n\\t\\\"\",\"ab\":123456789012345678,\"\\\\\":  1E+5},\"\":[1]}, [1.50], 123456789012345678]}",
            "{\"a b\": [null, {\"\": [1], \"ab\": [100000000000000000000, 0.0, \"str\", 0], \"é\": {\"\\\\\": 100000, \"ab\": 123456789012345678, \"a b\": \"\", \"key\": \"é\\n\\t\\\"\"}, \"key\": [true, 1], \"kéy\": {\"B\": 123456789012345678, \"x\\\"y\": 123456789012345678}}, [1.50], 123456789012345678]}"
        },
        {
            "{\"a b\":\"\",\"\" : [],\"\\\\\":  \"\\u0001\"}",
            "{\"\": [], \"\\\\\": \"\\u0001\", \"a b\": \"\"}"
        },
        {
            "{\"b\":\"\\u0001\",\"ab\":  {\"ab\":{\"\" : 1E+5,\"\\\\\":[true,\"é\\n\\t\\\"\",1],\"é\":false,\"aa\":  [\"é\\n\\t\\\"\"]}},\"aa\" : [],\"\" : [\"\\u0001\", 1, [], \"str\"]}",
            "{\"\": [\"\\u0001\", 1, [], \"str\"], \"b\": \"\\u0001\", \"aa\": [], \"ab\": {\"ab\": {\"\": 100000, \"\\\\\": [true, \"é\\n\\t\\\"\", 1], \"aa\": [\"é\\n\\t\\\"\"], \"é\": false}}}"
        },
        {
            "[[\"\", [], false, [false ,[2.5E-3]]], [1, \"x/y\", [{},[\"x/y\",0,-0.0],{},{\"b\":  -0.0,\"\\\\\":  false}], \"{\\u00e9\\n\\t\\\"\"]]",
            "[[\"\", [], false, [false, [0.0025]]], [1, \"x/y\", [{}, [\"x/y\", 0, 0.0], {}, {\"\\\\\": false, \"b\": 0.0}], \"{é\\n\\t\\\"\"]]"
        },
        {
            "]",
            "ERR 22P02 invalid input syntax for type json | D: Expected JSON value, but found \"]\"."
        },
        {
            "[1e2",
            "ERR 22P02 invalid input syntax for type json | D: The input string ended unexpectedly."
        },
        {
            "[[[{\"a\":  \"\",\"\\u00e9\":-1},{}], 0.000] ,[true, {\"a b\" : true}, true] ,\"str\"]",
            "[[[{\"a\": \"\", \"é\": -1}, {}], 0.000], [true, {\"a b\": true}, true], \"str\"]"
        },
        {
            "[[null0,0,{\"中\" : 123456789012345678}], [{\"x\\\"y\" : -1} ,-0.0 ,null]]",
            "ERR 22P02 invalid input syntax for type json | D: Token \"null0\" is invalid."
        },
        {"-0.0", "0.0"},
        {"[[1]]", "[[1]]"},
        {"[\"x/y\",-1,[],{}]", "[\"x/y\", -1, [], {}]"},
        {
            "{\"b\":  [{},{},[],{\"z\":false}],\"x\\\"y\":  [1e+20, \"\", {\"\\\\\":{\"z\" : 1E+5,\"B\":\"\",\"z\":  99},\"x\\\"y\" : {\"B\":  null,\"\":  \"é\\n\\t\\\"\",\"a b\":  -1,\"k\\u00",
            "ERR 22P02 invalid input syntax for type json | D: Token \"\"k\\u00\" is invalid."
        },
        {
            "{\"\\\" : \"\\u0001\",\"é\":  0}",
            "ERR 22P02 invalid input syntax for type json | D: Token \"\\\" is invalid."
        },
        {
            "{\"ab\" : [\"str\" ,null ,{\"中\" : null} ,{\"\":{\"x\\\"y\":\"\\u0001\",\"x\\\"y\":99},\"\\\\\":  \"é\\n\\t\\\"\",\"ab\":  {},\"\":  99}],\"中\":{\"aa\":  [\"str\",{\"é\":null},[\"\"],[]],\"é\" : {\"B\" : {\"\\u4e2d\":  \"\\u0001\",\"\\u00e9\" : \"\",\"k\\u00e9y\":\"é\\n\\t\\\"\",\"aa\" : 0,\"\\u4e2d\":  99},\"z\":  {\"aa\":-1,\"\\\\\":  \"x/y\"},\"x\\\"y\" : -0.0,\"é\" : \"x/y\"},\"\":{\"é\":  {\"aa\":\"\"}},\"\\u4e2d\" : {},\"aa\":  99},\"é\":\"\\u0001\",\"x\\\"y\":  {},\"aa\":{\"B\":false,\"b\":\"str\",\"\":  {\"kéy\" : {\"key\" : -1,\"a b\":\"str\"\"B\" : 0,\"a\" : \"\"},\"x\\\"y\":  [],\"a\" : [\"é\\n\\t\\\"\"],\"b\":  {\"z\" : 1,\"ab\":0,\"b\" : null,\"\\\\\":  false,\"z\" : 99},\"中\" : [1 ,-0.0 ,-0.0]}},\"ab\":  99}",
            "ERR 22P02 invalid input syntax for type json | D: Expected \",\" or \"}\", but found \"\"B\"\"."
        },
        {
            "{\"a\" : [\"\",null,null,[]],\"a b\" : [{\"x\\\"y\":  \"x/y\",\"\\u00e9\":true,\"aa\":  0,\"ab\":  [\"str\"]} ,{\"\":  true,\"a b\":[false ,0 ,\"x/y\" ,0],\"\\u00e9\":  {\"\\\\\" : true,\"aa\":  false,\"a b\":  false,\"B\":-1}} ,123456789012345678]}",
            "{\"a\": [\"\", null, null, []], \"a b\": [{\"aa\": 0, \"ab\": [\"str\"], \"é\": true, \"x\\\"y\": \"x/y\"}, {\"\": true, \"é\": {\"B\": -1, \"\\\\\": true, \"aa\": false, \"a b\": false}, \"a b\": [false, 0, \"x/y\", 0]}, 123456789012345678]}"
        },
        {
            "{}}",
            "ERR 22P02 invalid input syntax for type json | D: Expected end of input, but found \"}\"."
        },
        {
            "{\"\":[{\"x\\\"y\":false,\"ab\":  \"\\u00e9\\n\\t\\\"\",\"\\\\\":  {\"z\":\"\\u00e9\\n\\t\\\"\",\"a b\":  null},\"a\":[]} ,0.000],\"x\\\"y\" : {\"\":  []}}",
            "{\"\": [{\"\\\\\": {\"z\": \"é\\n\\t\\\"\", \"a b\": null}, \"a\": [], \"ab\": \"é\\n\\t\\\"\", \"x\\\"y\": false}, 0.000], \"x\\\"y\": {\"\": []}}"
        },
        {
            "{\"aa\":{\"ab\" : 123456789012345678},\"B\" : false,\"a b\":{\"\":[[\"\\u0001\" ,\"x/y\" ,\"x/y\"], [0 ,-1 ,\"x[/y\" ,\"str\"], {\"x\\\"y\" : 0.000}],\"aa\":  -1,\"\":99}}",
            "{\"B\": false, \"aa\": {\"ab\": 123456789012345678}, \"a b\": {\"\": 99, \"aa\": -1}}"
        },
        {
            "{\"\\\\\" : [{\"\":  {\"\":\"\",\"b\" : null,\"kéy\":  false},\"aa\":  {},\"x\\\"y\":\"\\u0001\",\"\\u4e2d\":  \"str\",\"key\":  {\"a\":\"\\u00e9\\n\\t\\\"\",\"aa\" : \"é\\n\\t\\\"\",\"B\":  null,\"a\":  99}}],\"key\" : [true,\"\\u00e9\\n\\t\\\"\",[[1, \"str\", \"\\u0001\"]]],\"z\":[],\"é\" : 1e+20}",
            "{\"\\\\\": [{\"\": {\"\": \"\", \"b\": null, \"kéy\": false}, \"aa\": {}, \"key\": {\"B\": null, \"a\": 99, \"aa\": \"é\\n\\t\\\"\"}, \"x\\\"y\": \"\\u0001\", \"中\": \"str\"}], \"z\": [], \"é\": 100000000000000000000, \"key\": [true, \"é\\n\\t\\\"\", [[1, \"str\", \"\\u0001\"]]]}"
        },
        {"\"x/y\"", "\"x/y\""},
        {"0.0e00", "0.0"},
        {
            "{\"aa\":  [],\"a b\" : [-1, {\"\\\\\":true,\"\\u00e9\":  [-0.0 ,0 ,1.5],\"\\\\\":  99}, \"str\", []],\"key\":false}",
            "{\"aa\": [], \"a b\": [-1, {\"\\\\\": 99, \"é\": [0.0, 0, 1.5]}, \"str\", []], \"key\": false}"
        },
        {
            "[{\"b\":  \"x/y\",\"key\":-0.0,\"\\u00e9\" : \"str\",\"ab\":-1,\"a b\" : [\"x/y\", {}]}]",
            "[{\"b\": \"x/y\", \"ab\": -1, \"é\": \"str\", \"a b\": [\"x/y\", {}], \"key\": 0.0}]"
        },
        {"[[],-1]", "[[], -1]"},
        {
            "{\"a b\":  null,\"\\\\\":[{\"\\u4e2d\" : {\"a\":  123456789012345678}} ,[[1e+20, true]]],\"k\\u00e9y\":-1}",
            "{\"\\\\\": [{\"中\": {\"a\": 123456789012345678}}, [[100000000000000000000, true]]], \"a b\": null, \"kéy\": -1}"
        },
        {
            "[{\"B\":  1e2,\"中\" : true,\"a b\":0,\"b\" : {}}]",
            "[{\"B\": 100, \"b\": {}, \"a b\": 0, \"中\": true}]"
        },
        {
            "{\"x\\\"y\":null,\"B\":  {\"aa\":  [{\"\":  1e+20,\"k\\u00e9y\" : 0} ,[123456789012345678,0,1] ,[-0.0,1e+20,0] ,true],\"ab\":  {},\"x\\\"y\" : {},\"z\" : {B\":123456789012345678,\"aa\" : [123456789012345678 ,-1],\"\\u4e2d\":  {\"key\":  true,\"a b\" : 123456789012345678,\"x\\\"y\":-1,\"\":\"\\u00e9\\n\\t\\\"\",\"key\":99}},\"B\" : []}}",
            "ERR 22P02 invalid input syntax for type json | D: Token \"B\" is invalid."
        },
        {
            "[{\"x\\\"y\":[{\"\":\"x/y\",\"kéy\":  0,\"a\" : false},[-0.0 ,true ,true ,2.5E-3]],\"a\" : {\"a\":  {\"x\\\"y\" : 0.000,\"b\":\"\\u0001\",\"a\":  true},\"k\\u00e9y\":  {\"\\\\\":  false,\"kéy\":  -0.0,\"a b\":\"str\"},\"\":  [\"\\u0001\", \"é\\n\\t\\\"\", 2.5E-3, -0.0],\"a\" : 99},\"a b\" : \"\"},{},{\"aa\" : [[\"\\u00e9\\n\\t\\\"\"],{\"k\\u00e9y\" : true,\"\":  \"\",\"a\" : \"\\u0001\"},[0],[1.50 ,1.5 ,\"str\"]],\"ab\" : \"\",\"\\\\\":{\"b\":{},\"\\u00e9\":  true}},[]]",
            "[{\"a\": {\"\": [\"\\u0001\", \"é\\n\\t\\\"\", 0.0025, 0.0], \"a\": 99, \"kéy\": {\"\\\\\": false, \"a b\": \"str\", \"kéy\": 0.0}}, \"a b\": \"\", \"x\\\"y\": [{\"\": \"x/y\", \"a\": false, \"kéy\": 0}, [0.0, true, true, 0.0025]]}, {}, {\"\\\\\": {\"b\": {}, \"é\": true}, \"aa\": [[\"é\\n\\t\\\"\"], {\"\": \"\", \"a\": \"\\u0001\", \"kéy\": true}, [0], [1.50, 1.5, \"str\"]], \"ab\": \"\"}, []]"
        },
        {
            "[",
            "ERR 22P02 invalid input syntax for type json | D: The input string ended unexpectedly."
        },
    };
}
