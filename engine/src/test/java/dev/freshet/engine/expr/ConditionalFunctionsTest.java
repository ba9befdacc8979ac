package dev.freshet.engine.expr;

import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * CASE, COALESCE, NULLIF, GREATEST/LEAST, DISTINCT FROM, BETWEEN, IN: PostgreSQL 15's results,
 * evaluated through the planner and kernels.
 */
class ConditionalFunctionsTest {
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
CASE WHEN 1 = 2 THEN 'x' END  =>  NULL
CASE 2 WHEN 1 THEN 'one' WHEN 2 THEN 'two' ELSE 'many' END  =>  two
coalesce(NULL, NULL, 'c')  =>  c
coalesce(1, 2.5)  =>  1
nullif(2, 2)  =>  NULL
nullif(2, 3)  =>  2
greatest(3, NULL, 7, 5)  =>  7
least('b', 'a', NULL)  =>  a
greatest(1, 2.5)  =>  2.5
NULL IS DISTINCT FROM 1  =>  t
2 IS NOT DISTINCT FROM 2.0  =>  t
3 BETWEEN 1 AND 5  =>  t
3 BETWEEN SYMMETRIC 5 AND 1  =>  t
3 IN (1, 2, NULL)  =>  NULL
3 NOT IN (1, 2)  =>  t
            """;
}
