package dev.freshet.engine.expr;

import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/** Casts users write: PostgreSQL 15's results, evaluated through the planner and kernels. */
class CastFunctionsTest {
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
'12'::smallint + 1  =>  13
'  3.25 '::numeric  =>  3.25
3.7::int  =>  4
-3.5::int  =>  -4
(-3.5)::int  =>  -4
4.5::float8::int  =>  4
'1.5e2'::float8::int  =>  150
1.999::numeric(3,1)  =>  2.0
123.45::numeric(4,1)  =>  123.5
true::int + 1  =>  2
0::boolean  =>  f
't'::boolean  =>  t
'2024-02-29'::date::timestamp  =>  2024-02-29 00:00:00
'2024-02-29 23:59:59.9'::timestamp::date  =>  2024-02-29
'2024-02-29 12:00:00+05'::timestamptz::timestamp  =>  2024-02-29 07:00:00
'1 hour 30 min'::interval::text  =>  01:30:00
'1.5 days'::interval  =>  1 day 12:00:00
'P1Y2M3DT4H'::interval  =>  1 year 2 mons 3 days 04:00:00
ARRAY[1.4, 1.6]::int[]  =>  {1,2}
'{a,b}'::text[]  =>  {a,b}
'abc'::int  =>  ERROR 22P02: invalid input syntax for type integer: "abc"
'12345678901'::int  =>  ERROR 22003: value "12345678901" is out of range for type integer
            """;
}
