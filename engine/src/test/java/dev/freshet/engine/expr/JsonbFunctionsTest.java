package dev.freshet.engine.expr;

import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * JSONB operators and functions: PostgreSQL 15's results, evaluated through the planner and
 * kernels.
 */
class JsonbFunctionsTest {
    private static SqlRunner sql;

    @BeforeAll
    static void start() {
        sql = new SqlRunner();
    }

    @AfterAll
    static void stop() {
        sql.close();
    }

    @TestFactory
    List<DynamicTest> matchesPostgres() {
        return PgCases.of(sql, CASES);
    }

    private static final String CASES =
"""
'{"a": {"b": 1}}'::jsonb -> 'a' -> 'b'  =>  1
'{"a": [1, 2, 3]}'::jsonb -> 'a' -> 2  =>  3
'{"a": "x y"}'::jsonb ->> 'a'  =>  x y
'[1, 2]'::jsonb ->> -1  =>  2
jsonb_typeof('{"a": 1}'::jsonb -> 'a')  =>  number
jsonb_array_length('[1, 2, [3]]')  =>  3
jsonb_build_object('b', 2, 'a', 1)  =>  {"a": 1, "b": 2}
jsonb_build_array(1, NULL, 'x')  =>  [1, null, "x"]
to_jsonb(ARRAY['a', 'b'])  =>  ["a", "b"]
to_jsonb(12.5::float8)  =>  12.5
'{"a": 1}'::jsonb || '{"b": 2}'::jsonb  =>  {"a": 1, "b": 2}
jsonb_extract_path_text('{"a": [{"b": "c"}]}', 'a', '0', 'b')  =>  c
'{"n": 3}'::jsonb -> 'n' = '3'::jsonb  =>  t
('{"n": "3"}'::jsonb ->> 'n')::int + 1  =>  4
'2.5'::jsonb::numeric  =>  2.5
'[1, 2'::jsonb  =>  ERROR 22P02: invalid input syntax for type json
'"x"'::jsonb::numeric  =>  ERROR 22023: cannot cast jsonb string to type numeric
            """;
}
