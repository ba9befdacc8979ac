package dev.freshet.tests.property;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * Random predicates and scalar expressions over columns. Everything it writes is valid PostgreSQL
 * for the column types involved and cannot raise an error at run time (no division, no casts that
 * can fail, additions too small to overflow). Callers pass only columns that are not {@link
 * Column#opaque() opaque}.
 */
final class ExpressionGenerator {
    private final Dice dice;
    private final Features features;

    ExpressionGenerator(Dice dice, Features features) {
        this.dice = requireNonNull(dice);
        this.features = requireNonNull(features);
    }

    /**
     * A boolean condition; {@code depth} bounds nesting of AND, OR and NOT. Unless {@link
     * Construct#DECIMAL_LITERAL_RANGE} is allowed, an expression is compared with a decimal literal
     * at most once per view ({@code used} remembers), so no two such comparisons can be merged into
     * a range.
     */
    String predicate(List<ColumnRef> refs, int depth, Usage used) {
        if (depth > 0 && dice.chance(0.35)) {
            return switch (dice.below(3)) {
                case 0 ->
                        "("
                                + predicate(refs, depth - 1, used)
                                + " AND "
                                + predicate(refs, depth - 1, used)
                                + ")";
                case 1 ->
                        "("
                                + predicate(refs, depth - 1, used)
                                + " OR "
                                + predicate(refs, depth - 1, used)
                                + ")";
                default -> "NOT (" + predicate(refs, depth - 1, used) + ")";
            };
        }
        return atom(dice.pick(refs), used);
    }

    private String atom(ColumnRef ref, Usage used) {
        String x = ref.sql();
        SqlType type = ref.type();
        int choice = dice.below(12);
        if (choice == 0) {
            return x + " IS NULL";
        }
        if (choice == 1) {
            return x + " IS NOT NULL";
        }
        if (choice == 2) {
            return x
                    + (dice.chance(0.5) ? " IS DISTINCT FROM " : " IS NOT DISTINCT FROM ")
                    + ValueDomain.literal(type, dice);
        }
        if (type == SqlType.BOOLEAN) {
            return switch (dice.below(3)) {
                case 0 -> x;
                case 1 -> "NOT " + x;
                default -> x + " = " + ValueDomain.literal(type, dice);
            };
        }
        if (type == SqlType.VARCHAR && choice == 3) {
            return x + dice.oneOf(" LIKE 'a%'", " LIKE '%b'", " NOT LIKE 'a%'");
        }
        String a = ValueDomain.literal(type, dice);
        String b = ValueDomain.literal(type, dice);
        boolean between = choice == 9 && type.isNumeric();
        if (isDecimalLiteral(a) || ((between || choice == 8) && isDecimalLiteral(b))) {
            // BETWEEN is two comparisons.
            if (!compareWithDecimal(x, used) || (between && !compareWithDecimal(x, used))) {
                return x + (dice.chance(0.5) ? " IS NULL" : " IS NOT NULL");
            }
        }
        return switch (choice) {
            case 3, 4 -> x + " = " + a;
            case 5 -> x + " <> " + a;
            case 6 -> x + " < " + a;
            case 7 -> x + " >= " + a;
            case 8 -> x + " IN (" + a + ", " + b + ")";
            case 9 -> between ? x + " BETWEEN " + a + " AND " + b : x + " <= " + a;
            default -> x + " > " + a;
        };
    }

    /**
     * Notes a comparison of {@code expression} with a decimal literal; false if that is not allowed
     * because the view compares it so already and {@link Construct#DECIMAL_LITERAL_RANGE} is
     * avoided (it was Freshet bug FB-4, fixed: such ranges failed to plan; the switch stays for the
     * next bug of its kind).
     */
    boolean compareWithDecimal(String expression, Usage used) {
        if (used.comparedWithDecimal(expression)) {
            if (!features.allows(Construct.DECIMAL_LITERAL_RANGE)) {
                return false;
            }
            used.add(Construct.DECIMAL_LITERAL_RANGE);
        }
        used.compareWithDecimal(expression);
        return true;
    }

    /** Whether a literal is a decimal number, with a point (1.50, 0.5, 10.00; not 2). */
    static boolean isDecimalLiteral(String literal) {
        return literal.matches("-?[0-9]+\\.[0-9]+");
    }

    /**
     * A scalar expression over the columns, of a type the columns' operations allow; the constructs
     * it uses are added to {@code used}.
     */
    Expression scalar(List<ColumnRef> refs, Usage used) {
        ColumnRef ref = dice.pick(refs);
        String x = ref.sql();
        SqlType type = ref.type();
        int choice = dice.below(10);
        if (choice <= 2) {
            return new Expression(x, type);
        }
        switch (choice) {
            case 3 -> {
                used.add(Construct.COALESCE);
                List<ColumnRef> sameType = refs.stream().filter(r -> r.type() == type).toList();
                ColumnRef other = dice.pick(sameType);
                String second = other.sql().equals(x) ? "" : other.sql() + ", ";
                return new Expression(
                        "coalesce(" + x + ", " + second + ValueDomain.literal(type, dice) + ")",
                        type);
            }
            case 4 -> {
                used.add(Construct.NULLIF);
                return new Expression(
                        "nullif(" + x + ", " + ValueDomain.literal(type, dice) + ")", type);
            }
            case 5 -> {
                used.add(Construct.CASE);
                StringBuilder sql = new StringBuilder("CASE WHEN ");
                sql.append(predicate(refs, 1, used)).append(" THEN ").append(x);
                if (dice.chance(0.3)) {
                    sql.append(" WHEN ")
                            .append(predicate(refs, 0, used))
                            .append(" THEN ")
                            .append(ValueDomain.literal(type, dice));
                }
                if (dice.chance(0.8)) {
                    sql.append(" ELSE ").append(ValueDomain.literal(type, dice));
                }
                return new Expression(sql.append(" END").toString(), type);
            }
            case 6 -> {
                used.add(Construct.CASE);
                StringBuilder sql = new StringBuilder("CASE ").append(x);
                int whens = dice.between(1, 2);
                for (int i = 0; i < whens; i++) {
                    sql.append(" WHEN ")
                            .append(ValueDomain.literal(type, dice))
                            .append(" THEN ")
                            .append(ValueDomain.literal(type, dice));
                }
                return new Expression(
                        sql.append(" ELSE ").append(x).append(" END").toString(), type);
            }
            case 7 -> {
                return dice.chance(0.5)
                        ? new Expression(x + " IS NOT NULL", SqlType.BOOLEAN)
                        : new Expression(
                                x + " IS DISTINCT FROM " + ValueDomain.literal(type, dice),
                                SqlType.BOOLEAN);
            }
            default -> {
                return typed(x, type, used);
            }
        }
    }

    /** An operation specific to the column's type. */
    private Expression typed(String x, SqlType type, Usage used) {
        return switch (type) {
            case INT, BIGINT, DECIMAL, DOUBLE ->
                    switch (dice.below(4)) {
                        case 0 ->
                                new Expression(x + " + " + ValueDomain.increment(type, dice), type);
                        case 1 -> new Expression(x + " * 2", type);
                        case 2 -> new Expression("abs(" + x + ")", type);
                        default -> new Expression("-" + x, type);
                    };
            case VARCHAR ->
                    switch (dice.below(4)) {
                        case 0 -> new Expression("upper(" + x + ")", SqlType.VARCHAR);
                        case 1 -> new Expression("lower(" + x + ") || 'x'", SqlType.VARCHAR);
                        case 2 -> new Expression(x + " || 'x'", SqlType.VARCHAR);
                        default -> new Expression("length(" + x + ")", SqlType.INT);
                    };
            case BOOLEAN -> new Expression("NOT " + x, SqlType.BOOLEAN);
            case TIMESTAMP -> {
                if (!features.allows(Construct.DATE_TIME_FUNCTIONS)) {
                    yield new Expression(x, type);
                }
                used.add(Construct.DATE_TIME_FUNCTIONS);
                yield switch (dice.below(3)) {
                    case 0 ->
                            new Expression(
                                    "date_trunc('"
                                            + dice.oneOf("hour", "day", "month")
                                            + "', "
                                            + x
                                            + ")",
                                    SqlType.TIMESTAMP);
                    case 1 ->
                            new Expression(
                                    x
                                            + dice.oneOf(
                                                    " + INTERVAL '1 hour'",
                                                    " - INTERVAL '90 minutes'",
                                                    " + INTERVAL '1 day'"),
                                    SqlType.TIMESTAMP);
                    // numeric in PostgreSQL 14 and later
                    default ->
                            new Expression(
                                    "extract("
                                            + dice.oneOf("day", "hour", "month")
                                            + " FROM "
                                            + x
                                            + ")",
                                    SqlType.DECIMAL);
                };
            }
        };
    }
}
