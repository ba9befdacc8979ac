package dev.freshet.engine.expr;

import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Array functions and operators: PostgreSQL 15's results, evaluated through the planner and
 * kernels.
 */
class ArrayFunctionsTest {
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
(ARRAY[1, 2, 3])[3]  =>  3
(ARRAY[1, 2, 3])[-1]  =>  NULL
cardinality(ARRAY['a', 'b'])  =>  2
array_append(ARRAY[1], NULL)  =>  {1,NULL}
array_prepend('z', ARRAY['a'])  =>  {z,a}
array_cat(ARRAY[1], ARRAY[2, 3])  =>  {1,2,3}
ARRAY[1] || ARRAY[2]  =>  {1,2}
array_position(ARRAY['x', 'y'], 'y')  =>  2
array_remove(ARRAY[1, 2, 1], 1)  =>  {2}
array_replace(ARRAY[1, 2, 1], 1, 0)  =>  {0,2,0}
array_to_string(ARRAY[1.5, NULL, 2], ';', 'n/a')  =>  1.5;n/a;2
string_to_array('x|y|z', '|')  =>  {x,y,z}
1 = ANY(ARRAY[1, 2])  =>  t
4 < ALL(ARRAY[5, 6])  =>  t
            """;
}
