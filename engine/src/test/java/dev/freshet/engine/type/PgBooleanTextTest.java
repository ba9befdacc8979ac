package dev.freshet.engine.type;

import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * PostgreSQL text output and input of BOOLEAN: the accepted words, unique prefixes, case and
 * whitespace.
 *
 * <p>Expected strings are PostgreSQL 15.18's (DateStyle ISO, MDY; IntervalStyle postgres;
 * extra_float_digits 1), taken with {@code SELECT t('boolean', input, 'UTC')} where {@code t} is
 * the helper described in {@link PgTextCases}; see there for the notation and what each case
 * checks.
 */
class PgBooleanTextTest {

    @TestFactory
    Stream<DynamicTest> booleanValues() {
        return PgTextCases.tests(DataType.BOOLEAN, "UTC", BOOLEAN_VALUES);
    }

    private static final String[][] BOOLEAN_VALUES = {
        {"t", "t"},
        {"TRUE", "t"},
        {" yes ", "t"},
        {"o", "ERR 22P02 invalid input syntax for type boolean: \"o\""},
        {"on", "t"},
        {"of", "f"},
        {"off", "f"},
        {"OFF ", "f"},
        {"1", "t"},
        {"0", "f"},
        {"2", "ERR 22P02 invalid input syntax for type boolean: \"2\""},
        {"tr", "t"},
        {"ye", "t"},
        {"y", "t"},
        {"n", "f"},
        {"nO", "f"},
        {"no", "f"},
        {"", "ERR 22P02 invalid input syntax for type boolean: \"\""},
        {"truex", "ERR 22P02 invalid input syntax for type boolean: \"truex\""},
        {" f ", "f"},
        {"false", "f"},
        {"falsey", "ERR 22P02 invalid input syntax for type boolean: \"falsey\""},
        {"yess", "ERR 22P02 invalid input syntax for type boolean: \"yess\""},
        {"ONN", "ERR 22P02 invalid input syntax for type boolean: \"ONN\""},
        {"\t1\t", "t"},
        {"01", "ERR 22P02 invalid input syntax for type boolean: \"01\""},
        {"T", "t"},
        {"F", "f"},
        {"True", "t"},
        {"fa", "f"},
    };
}
