package dev.freshet.engine.type;

import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;

/**
 * PostgreSQL text output and input of BYTEA (hex and escape formats) and UUID.
 *
 * <p>Expected strings are PostgreSQL 15.18's (DateStyle ISO, MDY; IntervalStyle postgres;
 * extra_float_digits 1), taken with {@code SELECT t('bytea', input, 'UTC')} and {@code t('uuid',
 * ...)} where {@code t} is the helper described in {@link PgTextCases}; see there for the notation
 * and what each case checks.
 */
class PgByteaUuidTextTest {

    @TestFactory
    Stream<DynamicTest> bytea() {
        return PgTextCases.tests(DataType.BYTEA, "UTC", BYTEA);
    }

    @TestFactory
    Stream<DynamicTest> uuid() {
        return PgTextCases.tests(DataType.UUID, "UTC", UUID);
    }

    private static final String[][] BYTEA = {
        {"\\x", "\\x"},
        {"\\x0102ff", "\\x0102ff"},
        {"\\xDEADbeef", "\\xdeadbeef"},
        {"\\x 01 02", "\\x0102"},
        {"\\x0", "ERR 22023 invalid hexadecimal data: odd number of digits"},
        {"\\x0g", "ERR 22023 invalid hexadecimal digit: \"g\""},
        {"\\x01 2", "ERR 22023 invalid hexadecimal data: odd number of digits"},
        {"\\x0 1", "ERR 22023 invalid hexadecimal digit: \" \""},
        {"abc", "\\x616263"},
        {"a\\\\b", "\\x615c62"},
        {"a\\001b", "\\x610162"},
        {"a\\b", "ERR 22P02 invalid input syntax for type bytea"},
        {"é", "\\xc3a9"},
        {"\\", "ERR 22P02 invalid input syntax for type bytea"},
        {"\\x01\\n", "ERR 22023 invalid hexadecimal digit: \"\\\""},
        {"\\X01", "ERR 22P02 invalid input syntax for type bytea"},
        {"\\\\x01", "\\x5c783031"},
        {"a\\377", "\\x61ff"},
        {"a\\400", "ERR 22P02 invalid input syntax for type bytea"},
        {" \\x01", "ERR 22P02 invalid input syntax for type bytea"},
        {"\\x01é", "ERR 22023 invalid hexadecimal digit: \"é\""},
        {"\\x\t01\n02", "\\x0102"},
        {"a\\0", "ERR 22P02 invalid input syntax for type bytea"},
        {"a\\000", "\\x6100"},
        {"\\\\\\\\", "\\x5c5c"},
        {"", "\\x"},
        {"tab\there", "\\x7461620968657265"},
    };

    private static final String[][] UUID = {
        {"a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11", "a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11"},
        {"A0EEBC99-9C0B-4EF8-BB6D-6BB9BD380A11", "a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11"},
        {"{a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11}", "a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11"},
        {"a0eebc999c0b4ef8bb6d6bb9bd380a11", "a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11"},
        {"a0ee-bc99-9c0b-4ef8-bb6d-6bb9-bd38-0a11", "a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11"},
        {"{a0eebc999c0b4ef8bb6d6bb9bd380a11}", "a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11"},
        {"a0eebc99-9c0b4ef8-bb6d6bb9-bd380a11", "a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11"},
        {
            " a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11",
            "ERR 22P02 invalid input syntax for type uuid: \" a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11\""
        },
        {
            "a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a1",
            "ERR 22P02 invalid input syntax for type uuid: \"a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a1\""
        },
        {
            "a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11-",
            "ERR 22P02 invalid input syntax for type uuid: \"a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11-\""
        },
        {
            "a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a1g",
            "ERR 22P02 invalid input syntax for type uuid: \"a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a1g\""
        },
        {
            "a0e-ebc99-9c0b-4ef8-bb6d-6bb9bd380a11",
            "ERR 22P02 invalid input syntax for type uuid: \"a0e-ebc99-9c0b-4ef8-bb6d-6bb9bd380a11\""
        },
        {
            "{a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11",
            "ERR 22P02 invalid input syntax for type uuid: \"{a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11\""
        },
        {"x", "ERR 22P02 invalid input syntax for type uuid: \"x\""},
        {"", "ERR 22P02 invalid input syntax for type uuid: \"\""},
        {
            "a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11 ",
            "ERR 22P02 invalid input syntax for type uuid: \"a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11 \""
        },
        {
            "a0eebc99--9c0b-4ef8-bb6d-6bb9bd380a11",
            "ERR 22P02 invalid input syntax for type uuid: \"a0eebc99--9c0b-4ef8-bb6d-6bb9bd380a11\""
        },
        {"00000000-0000-0000-0000-000000000000", "00000000-0000-0000-0000-000000000000"},
        {"ffffffff-ffff-ffff-ffff-ffffffffffff", "ffffffff-ffff-ffff-ffff-ffffffffffff"},
        {
            "{a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11}}",
            "ERR 22P02 invalid input syntax for type uuid: \"{a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11}}\""
        },
    };
}
