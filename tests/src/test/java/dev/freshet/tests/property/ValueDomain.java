package dev.freshet.tests.property;

import java.util.List;

/**
 * The small sets of literals values are drawn from, so that duplicates, join matches and group
 * collisions are frequent. Doubles are dyadic fractions: their sums are exact in any order, so
 * incremental and from-scratch results agree bit for bit and tolerance is a safety net only.
 */
final class ValueDomain {
    /** Domain of the join-key column {@code k}. */
    static final List<String> JOIN_KEYS = List.of("0", "1", "2", "3");

    /** Domain of the primary-key column {@code id}. */
    static final int PRIMARY_KEYS = 8;

    private static final List<String> INTS = List.of("-1", "0", "1", "2", "3");
    private static final List<String> BIGINTS = List.of("0", "1", "2", "3000000000", "-3000000000");
    private static final List<String> VARCHARS = List.of("'a'", "'b'", "'c'", "'ab'", "''");
    private static final List<String> DECIMALS = List.of("0.00", "1.50", "2.25", "-1.75", "10.00");
    private static final List<String> DOUBLES = List.of("0", "0.5", "1.25", "-2.5", "100");
    private static final List<String> BOOLEANS = List.of("TRUE", "FALSE");
    private static final List<String> TIMESTAMPS =
            List.of(
                    "TIMESTAMP '2024-01-01 00:00:00'",
                    "TIMESTAMP '2024-01-01 12:30:00'",
                    "TIMESTAMP '2024-01-02 00:00:00'",
                    "TIMESTAMP '2024-02-29 23:59:59'");

    private ValueDomain() {}

    /** A non-null literal of the type. */
    static String literal(SqlType type, Dice dice) {
        List<String> domain =
                switch (type) {
                    case INT -> INTS;
                    case BIGINT -> BIGINTS;
                    case VARCHAR -> VARCHARS;
                    case DECIMAL -> DECIMALS;
                    case DOUBLE -> DOUBLES;
                    case BOOLEAN -> BOOLEANS;
                    case TIMESTAMP -> TIMESTAMPS;
                };
        return domain.get(dice.below(domain.size()));
    }

    /** A literal for the column, NULL with probability 0.15 when it is nullable. */
    static String value(Column column, Dice dice) {
        if (column.nullable() && dice.chance(0.15)) {
            return "NULL";
        }
        if (column.name().equals("k")) {
            return dice.pick(JOIN_KEYS);
        }
        return literal(column.type(), dice);
    }

    /** A small literal to add to a numeric value. */
    static String increment(SqlType type, Dice dice) {
        return switch (type) {
            case DECIMAL -> dice.chance(0.5) ? "1.25" : "1";
            case DOUBLE -> dice.chance(0.5) ? "0.5" : "1";
            case INT, BIGINT -> dice.chance(0.5) ? "1" : "2";
            case VARCHAR, BOOLEAN, TIMESTAMP ->
                    throw new IllegalArgumentException("no increment for " + type);
        };
    }
}
