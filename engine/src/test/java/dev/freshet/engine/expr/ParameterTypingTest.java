package dev.freshet.engine.expr;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Parameters ($n) of library functions and operators take the type the function's resolution gives
 * them, as PostgreSQL infers them (checked with PREPARE and {@code pg_prepared_statements}).
 */
class ParameterTypingTest {
    private static SqlRunner sql;

    @BeforeAll
    static void start() {
        sql = new SqlRunner();
    }

    @AfterAll
    static void stop() {
        sql.close();
    }

    @Test
    void textFunction() {
        assertEquals(
                List.of("params [character varying]", "abc"),
                sql.prepared("SELECT lower($1)", "ABC"));
    }

    @Test
    void arithmeticTakesTheOtherOperandsType() {
        assertEquals(List.of("params [integer]", "42"), sql.prepared("SELECT $1 + 1", 41L));
    }

    @Test
    void jsonbArgument() {
        assertEquals(
                List.of("params [jsonb]", "array"),
                sql.prepared("SELECT jsonb_typeof($1)", "[1, 2]"));
    }

    @Test
    void namedArguments() {
        assertEquals(
                "10 days 01:30:00", sql.value("make_interval(days => 10, hours => 1, mins => 30)"));
        assertEquals(
                "ERROR 42883: function make_interval(bogus => ...) does not exist",
                sql.value("make_interval(bogus => 1)"));
    }
}
