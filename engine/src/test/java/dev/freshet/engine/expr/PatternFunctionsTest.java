package dev.freshet.engine.expr;

import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * LIKE, SIMILAR TO and regular expressions: PostgreSQL 15's results, evaluated through the planner
 * and kernels.
 */
class PatternFunctionsTest {
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
'hello' LIKE 'h%o'  =>  t
'hello' LIKE 'h_l'  =>  f
'HELLO' ILIKE '%ell%'  =>  t
'a_c' LIKE 'a\\_c'  =>  t
'abc' LIKE 'a%' ESCAPE '#'  =>  t
'100%' LIKE '100#%' ESCAPE '#'  =>  t
'abc' SIMILAR TO '(a|x)(b|y)c'  =>  t
'abc' SIMILAR TO 'a_'  =>  f
'abc' ~ '^a.c$'  =>  t
'ABC' ~* 'abc'  =>  t
'abc' !~ 'b'  =>  f
regexp_replace('2021-03-04', '(\\d+)-(\\d+)-(\\d+)', '\\3/\\2/\\1')  =>  04/03/2021
regexp_replace('aAa', 'a', '-', 'gi')  =>  ---
regexp_match('key=value', '(\\w+)=(\\w+)')  =>  {key,value}
regexp_split_to_array('a1b22c', '\\d+')  =>  {a,b,c}
regexp_count('banana', 'an')  =>  2
regexp_like('abc', 'B', 'i')  =>  t
'x' ~ '('  =>  ERROR 2201B: invalid regular expression: parentheses () not balanced
            """;
}
