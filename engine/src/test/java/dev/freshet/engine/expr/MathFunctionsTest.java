package dev.freshet.engine.expr;

import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * Arithmetic and mathematical functions: PostgreSQL 15's results, evaluated through the planner and
 * kernels.
 */
class MathFunctionsTest {
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
5 / 2  =>  2
-5 % 3  =>  -2
5.0 / 2  =>  2.5000000000000000
2147483647 + 1  =>  ERROR 22003: integer out of range
1 / 0  =>  ERROR 22012: division by zero
abs(-3.25)  =>  3.25
round(2.5)  =>  3
round(2.5::float8)  =>  2
round(-1.555, 2)  =>  -1.56
trunc(-1.555, 2)  =>  -1.55
ceil(-0.5)  =>  0
floor(-0.5)  =>  -1
sign(-2.5)  =>  -1
mod(-7, 3)  =>  -1
div(-7, 2)  =>  -3
power(2, -2)  =>  0.25
2.0 ^ 10  =>  1024.0000000000000000
sqrt(16)  =>  4
sqrt(2.0)  =>  1.414213562373095
exp(0)  =>  1
ln(1)  =>  0
log(1000)  =>  3
log(2, 1024)  =>  10.0000000000000000
ln(-1)  =>  ERROR 2201E: cannot take logarithm of a negative number
sqrt(-4)  =>  ERROR 2201F: cannot take square root of a negative number
power(0, -2)  =>  ERROR 2201F: zero raised to a negative power is undefined
pi()  =>  3.141592653589793
degrees(1)  =>  57.29577951308232
radians(90)  =>  1.5707963267948966
sin(pi() / 2)  =>  1
cosd(90)  =>  0
atan2(-1, -1)  =>  -2.356194490192345
width_bucket(42, 0, 100, 10)  =>  5
width_bucket(4.5, 1, 10, 3)  =>  2
gcd(0, 5)  =>  5
6 & 3  =>  2
1 << 10  =>  1024
            """;
}
