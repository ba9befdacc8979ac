package dev.freshet.tests.property;

import static java.util.Objects.requireNonNull;

import java.util.List;
import java.util.random.RandomGenerator;

/**
 * Random predicates and scalar expressions over columns. Everything it writes is valid PostgreSQL
 * for the column types involved and cannot raise an error at run time (no division, no casts that
 * can fail, additions too small to overflow).
 */
final class ExpressionGenerator {
    private final RandomGenerator random;

    ExpressionGenerator(RandomGenerator random) {
        this.random = requireNonNull(random);
    }

    /** A boolean condition; {@code depth} bounds nesting of AND, OR and NOT. */
    String predicate(List<ColumnRef> refs, int depth) {
        if (depth > 0 && random.nextDouble() < 0.35) {
            return switch (random.nextInt(3)) {
                case 0 ->
                        "("
                                + predicate(refs, depth - 1)
                                + " AND "
                                + predicate(refs, depth - 1)
                                + ")";
                case 1 ->
                        "("
                                + predicate(refs, depth - 1)
                                + " OR "
                                + predicate(refs, depth - 1)
                                + ")";
                default -> "NOT (" + predicate(refs, depth - 1) + ")";
            };
        }
        return atom(pick(refs));
    }

    private String atom(ColumnRef ref) {
        String x = ref.sql();
        SqlType type = ref.type();
        int choice = random.nextInt(10);
        if (choice == 0) {
            return x + " IS NULL";
        }
        if (choice == 1) {
            return x + " IS NOT NULL";
        }
        if (type == SqlType.BOOLEAN) {
            return switch (random.nextInt(3)) {
                case 0 -> x;
                case 1 -> "NOT " + x;
                default -> x + " = " + ValueDomain.literal(type, random);
            };
        }
        String a = ValueDomain.literal(type, random);
        return switch (choice) {
            case 2, 3 -> x + " = " + a;
            case 4 -> x + " <> " + a;
            case 5 -> x + " < " + a;
            case 6 -> x + " >= " + a;
            case 7 -> x + " IN (" + a + ", " + ValueDomain.literal(type, random) + ")";
            case 8 ->
                    type.isNumeric()
                            ? x + " BETWEEN " + a + " AND " + ValueDomain.literal(type, random)
                            : x + " <= " + a;
            default -> x + " > " + a;
        };
    }

    /** A scalar expression over one column, of a type the column's operations allow. */
    Expression scalar(List<ColumnRef> refs) {
        ColumnRef ref = pick(refs);
        String x = ref.sql();
        SqlType type = ref.type();
        int choice = random.nextInt(4);
        if (choice == 0) {
            return new Expression(x, type);
        }
        if (choice == 1) {
            return switch (random.nextInt(3)) {
                case 0 ->
                        new Expression(
                                "coalesce(" + x + ", " + ValueDomain.literal(type, random) + ")",
                                type);
                case 1 -> new Expression(x + " IS NOT NULL", SqlType.BOOLEAN);
                default ->
                        new Expression(
                                "CASE WHEN "
                                        + predicate(refs, 1)
                                        + " THEN "
                                        + x
                                        + " ELSE "
                                        + ValueDomain.literal(type, random)
                                        + " END",
                                type);
            };
        }
        return switch (type) {
            case INT, BIGINT, DECIMAL, DOUBLE ->
                    switch (random.nextInt(4)) {
                        case 0 ->
                                new Expression(
                                        x + " + " + ValueDomain.increment(type, random), type);
                        case 1 -> new Expression(x + " * 2", type);
                        case 2 -> new Expression("abs(" + x + ")", type);
                        default -> new Expression("-" + x, type);
                    };
            case VARCHAR ->
                    switch (random.nextInt(3)) {
                        case 0 -> new Expression("upper(" + x + ")", SqlType.VARCHAR);
                        case 1 -> new Expression(x + " || 'x'", SqlType.VARCHAR);
                        default -> new Expression("length(" + x + ")", SqlType.INT);
                    };
            case BOOLEAN -> new Expression("NOT " + x, SqlType.BOOLEAN);
            case TIMESTAMP ->
                    random.nextBoolean()
                            ? new Expression("date_trunc('day', " + x + ")", SqlType.TIMESTAMP)
                            : new Expression(x + " + INTERVAL '1 hour'", SqlType.TIMESTAMP);
        };
    }

    private ColumnRef pick(List<ColumnRef> refs) {
        return refs.get(random.nextInt(refs.size()));
    }
}
