package dev.freshet.engine.expr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.freshet.engine.type.DataType;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Function and operator resolution picks the signature PostgreSQL 15 picks (checked with {@code
 * pg_typeof} and {@code \df}): exact matches first, then preferred types, then untyped literals as
 * text, then as the other arguments' type.
 */
class FunctionResolutionTest {
    private static final FunctionLibrary LIB = FunctionLibrary.standard();
    private static final DataType UNKNOWN = DataType.UNKNOWN;
    private static final DataType INT = DataType.INTEGER;
    private static final DataType TEXT = DataType.VARCHAR;

    private static Resolution resolve(String name, DataType... args) {
        Optional<Resolution> r = LIB.resolve(name, List.of(args));
        assertTrue(r.isPresent(), () -> name + List.of(args) + " did not resolve");
        return r.get();
    }

    private static void resolvesTo(
            DataType result, List<DataType> params, String name, DataType... args) {
        Resolution r = resolve(name, args);
        assertEquals(result, r.resultType(), name + List.of(args));
        assertEquals(params, r.argTypes(), name + List.of(args));
    }

    @Test
    void numbersWidenAsPostgres() {
        resolvesTo(DataType.INTEGER, List.of(INT, INT), "+", INT, INT);
        resolvesTo(DataType.BIGINT, List.of(INT, DataType.BIGINT), "+", INT, DataType.BIGINT);
        resolvesTo(
                DataType.DECIMAL,
                List.of(DataType.DECIMAL, DataType.DECIMAL),
                "+",
                INT,
                DataType.DECIMAL);
        // integer + real: PostgreSQL's float84pl (the integer goes to the preferred double)
        resolvesTo(
                DataType.DOUBLE, List.of(DataType.DOUBLE, DataType.REAL), "+", INT, DataType.REAL);
        // an untyped literal takes the other operand's type
        resolvesTo(DataType.INTEGER, List.of(INT, INT), "*", INT, UNKNOWN);
    }

    @Test
    void functionsPreferDoubleForIntegers() {
        // round(5) is round(double precision), as pg_typeof(round(5)) shows
        resolvesTo(DataType.DOUBLE, List.of(DataType.DOUBLE), "round", INT);
        resolvesTo(
                DataType.DECIMAL, List.of(DataType.DECIMAL, INT), "round", DataType.DECIMAL, INT);
        resolvesTo(DataType.DOUBLE, List.of(DataType.DOUBLE, DataType.DOUBLE), "^", INT, INT);
    }

    @Test
    void dateTimeOperators() {
        resolvesTo(DataType.DATE, List.of(DataType.DATE, INT), "+", DataType.DATE, INT);
        resolvesTo(
                DataType.INTEGER,
                List.of(DataType.DATE, DataType.DATE),
                "-",
                DataType.DATE,
                DataType.DATE);
        resolvesTo(
                DataType.TIMESTAMP,
                List.of(DataType.DATE, DataType.INTERVAL),
                "+",
                DataType.DATE,
                DataType.INTERVAL);
        // timestamp - 'literal' is timestamp - timestamp in PostgreSQL too
        resolvesTo(
                DataType.INTERVAL,
                List.of(DataType.TIMESTAMP, DataType.TIMESTAMP),
                "-",
                DataType.TIMESTAMP,
                UNKNOWN);
        resolvesTo(
                DataType.TIMESTAMPTZ,
                List.of(DataType.TIMESTAMPTZ, DataType.INTERVAL),
                "+",
                DataType.TIMESTAMPTZ,
                DataType.INTERVAL);
    }

    @Test
    void untypedLiteralsPreferText() {
        resolvesTo(DataType.INTEGER, List.of(TEXT), "length", UNKNOWN);
        // substring(x FROM 'pattern') is the regular expression form
        resolvesTo(TEXT, List.of(TEXT, TEXT), "substring", TEXT, UNKNOWN);
        resolvesTo(TEXT, List.of(TEXT, INT), "substring", TEXT, INT);
        resolvesTo(
                DataType.JSONB,
                List.of(DataType.JSONB, TEXT),
                "jsonb_get",
                DataType.JSONB,
                UNKNOWN);
        resolvesTo(DataType.JSONB, List.of(DataType.JSONB, INT), "jsonb_get", DataType.JSONB, INT);
    }

    @Test
    void polymorphicArgumentsShareOneType() {
        DataType intArray = DataType.array(INT);
        resolvesTo(intArray, List.of(intArray, INT), "array_append", intArray, INT);
        DataType numArray = DataType.array(DataType.DECIMAL);
        resolvesTo(
                numArray,
                List.of(numArray, DataType.DECIMAL),
                "array_append",
                intArray,
                DataType.DECIMAL);
        resolvesTo(
                DataType.DECIMAL,
                List.of(DataType.DECIMAL, DataType.DECIMAL, DataType.DECIMAL),
                "greatest",
                INT,
                DataType.DECIMAL,
                UNKNOWN);
        resolvesTo(INT, List.of(intArray), "cardinality", intArray);
    }

    @Test
    void noImplicitCastFromNumbersToText() {
        assertTrue(LIB.resolve("lower", List.of(INT)).isEmpty());
        assertTrue(LIB.resolve("%", List.of(DataType.DOUBLE, DataType.DOUBLE)).isEmpty());
        assertTrue(LIB.resolve("||", List.of(INT, INT)).isEmpty());
    }
}
