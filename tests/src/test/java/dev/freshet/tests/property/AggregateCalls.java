package dev.freshet.tests.property;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Random aggregate calls and HAVING conditions over columns that are not opaque. Results that
 * depend on the engine's arithmetic ({@code avg}, {@code var_*}, {@code stddev_*}) and arrays are
 * opaque; every other result is exact: sums of the generated doubles are exact in any order, and
 * {@code string_agg}/{@code array_agg} order by the aggregated value itself.
 */
final class AggregateCalls {
    /** The argument of a DISTINCT aggregate in its text. */
    private static final Pattern DISTINCT_ARGUMENT = Pattern.compile("\\(DISTINCT ([^,)]+)");

    private final Dice dice;
    private final Features features;
    private final ExpressionGenerator expressions;

    AggregateCalls(Dice dice, Features features) {
        this.dice = requireNonNull(dice);
        this.features = requireNonNull(features);
        this.expressions = new ExpressionGenerator(dice, features);
    }

    /**
     * One aggregate call, sometimes with {@code FILTER (WHERE ...)}; opaque results only when
     * {@code allowOpaque}.
     */
    Expression call(List<ColumnRef> refs, Usage used, boolean allowOpaque) {
        Expression call = plain(refs, used, allowOpaque);
        boolean stringAgg = call.sql().startsWith("string_agg(");
        if (features.allows(Construct.AGGREGATE_FILTER)
                && (!stringAgg || features.allows(Construct.STRING_AGG_FILTER))
                && dice.chance(0.25)) {
            used.add(Construct.AGGREGATE_FILTER);
            if (stringAgg) {
                used.add(Construct.STRING_AGG_FILTER);
            }
            return new Expression(
                    call.sql() + " FILTER (WHERE " + expressions.predicate(refs, 1, used) + ")",
                    call.type(),
                    call.opaque());
        }
        return call;
    }

    private Expression plain(List<ColumnRef> refs, Usage used, boolean allowOpaque) {
        List<ColumnRef> numeric = refs.stream().filter(r -> r.type().isNumeric()).toList();
        List<ColumnRef> orderable = refs.stream().filter(r -> r.type().isOrderable()).toList();
        List<ColumnRef> booleans = of(refs, SqlType.BOOLEAN);
        List<ColumnRef> integral =
                refs.stream()
                        .filter(r -> r.type() == SqlType.INT || r.type() == SqlType.BIGINT)
                        .toList();
        List<ColumnRef> varchars = of(refs, SqlType.VARCHAR);
        List<ColumnRef> arrayable =
                refs.stream()
                        .filter(
                                r ->
                                        r.type() == SqlType.INT
                                                || r.type() == SqlType.BIGINT
                                                || r.type() == SqlType.VARCHAR
                                                || r.type() == SqlType.BOOLEAN)
                        .toList();
        Expression countStar = new Expression("count(*)", SqlType.BIGINT);
        switch (dice.below(15)) {
            case 0, 1 -> {
                return countStar;
            }
            case 2 -> {
                return new Expression("count(" + dice.pick(refs).sql() + ")", SqlType.BIGINT);
            }
            case 3 -> {
                if (!features.allows(Construct.DISTINCT_AGGREGATE)) {
                    return countStar;
                }
                used.add(Construct.DISTINCT_AGGREGATE);
                if (!numeric.isEmpty() && dice.chance(0.3)) {
                    ColumnRef x = dice.pick(numeric);
                    return new Expression("sum(DISTINCT " + x.sql() + ")", x.type().sumType());
                }
                return new Expression(
                        "count(DISTINCT " + dice.pick(refs).sql() + ")", SqlType.BIGINT);
            }
            case 4, 5 -> {
                if (numeric.isEmpty()) {
                    return countStar;
                }
                ColumnRef x = dice.pick(numeric);
                return new Expression("sum(" + x.sql() + ")", x.type().sumType());
            }
            case 6 -> {
                if (numeric.isEmpty() || !allowOpaque) {
                    return countStar;
                }
                ColumnRef x = dice.pick(numeric);
                return new Expression("avg(" + x.sql() + ")", x.type().avgType(), true);
            }
            case 7, 8 -> {
                if (orderable.isEmpty()) {
                    return countStar;
                }
                ColumnRef x = dice.pick(orderable);
                return new Expression(dice.oneOf("min(", "max(") + x.sql() + ")", x.type());
            }
            case 9 -> {
                if (booleans.isEmpty() || !features.allows(Construct.BOOL_AGGREGATES)) {
                    return countStar;
                }
                used.add(Construct.BOOL_AGGREGATES);
                return new Expression(
                        dice.oneOf("bool_and(", "bool_or(") + dice.pick(booleans).sql() + ")",
                        SqlType.BOOLEAN);
            }
            case 10 -> {
                if (integral.isEmpty() || !features.allows(Construct.BIT_AGGREGATES)) {
                    return countStar;
                }
                used.add(Construct.BIT_AGGREGATES);
                ColumnRef x = dice.pick(integral);
                return new Expression(dice.oneOf("bit_and(", "bit_or(") + x.sql() + ")", x.type());
            }
            case 11 -> {
                if (numeric.isEmpty()
                        || !allowOpaque
                        || !features.allows(Construct.STATISTICAL_AGGREGATES)) {
                    return countStar;
                }
                used.add(Construct.STATISTICAL_AGGREGATES);
                ColumnRef x = dice.pick(numeric);
                return new Expression(
                        dice.oneOf("var_pop(", "var_samp(", "stddev_pop(", "stddev_samp(")
                                + x.sql()
                                + ")",
                        x.type().avgType(),
                        true);
            }
            case 12, 13 -> {
                if (varchars.isEmpty() || !features.allows(Construct.STRING_AGG)) {
                    return countStar;
                }
                used.add(Construct.STRING_AGG);
                String x = dice.pick(varchars).sql();
                String distinct = "";
                if (features.allows(Construct.DISTINCT_AGGREGATE) && dice.chance(0.5)) {
                    used.add(Construct.DISTINCT_AGGREGATE);
                    distinct = "DISTINCT ";
                }
                return new Expression(
                        "string_agg(" + distinct + x + ", ',' ORDER BY " + x + ")",
                        SqlType.VARCHAR);
            }
            default -> {
                if (arrayable.isEmpty() || !allowOpaque || !features.allows(Construct.ARRAY_AGG)) {
                    return countStar;
                }
                used.add(Construct.ARRAY_AGG);
                ColumnRef x = dice.pick(arrayable);
                return new Expression(
                        "array_agg(" + x.sql() + " ORDER BY " + x.sql() + ")",
                        SqlType.VARCHAR,
                        true);
            }
        }
    }

    /**
     * The calls of one aggregation whose HAVING is {@code having} (empty if none), with {@code
     * string_agg(DISTINCT ...)} made plain where the calls would be the combination of the former
     * KNOWN_BUGS.md FB-6 (an ordered DISTINCT aggregate beside a DISTINCT aggregate of another
     * argument and a FILTER) and {@link Construct#FILTER_WITH_MIXED_DISTINCT_AGGREGATES} is
     * avoided.
     */
    List<Expression> settled(List<Expression> calls, String having, Usage used) {
        List<String> texts = new ArrayList<>(calls.stream().map(Expression::sql).toList());
        texts.add(having);
        if (!mixesDistinctWithFilter(texts)) {
            return calls;
        }
        if (features.allows(Construct.FILTER_WITH_MIXED_DISTINCT_AGGREGATES)) {
            used.add(Construct.FILTER_WITH_MIXED_DISTINCT_AGGREGATES);
            return calls;
        }
        return calls.stream()
                .map(
                        c ->
                                new Expression(
                                        c.sql().replace("string_agg(DISTINCT ", "string_agg("),
                                        c.type(),
                                        c.opaque()))
                .toList();
    }

    /** Whether the aggregate texts have FB-6's combination. */
    static boolean mixesDistinctWithFilter(List<String> texts) {
        boolean orderedDistinct = texts.stream().anyMatch(t -> t.contains("string_agg(DISTINCT "));
        Set<String> arguments = new HashSet<>();
        Matcher m = DISTINCT_ARGUMENT.matcher(String.join(" ", texts));
        while (m.find()) {
            arguments.add(m.group(1).strip());
        }
        // the ORDER BY of the ordered DISTINCT call is lost beside another DISTINCT argument even
        // without a FILTER; with a FILTER the plan fails outright
        return orderedDistinct && arguments.size() >= 2;
    }

    /** A HAVING condition of one or two aggregate comparisons. */
    String having(List<ColumnRef> refs, Usage used) {
        used.add(Construct.HAVING);
        String condition = havingAtom(refs, used);
        if (dice.chance(0.3)) {
            condition =
                    "(" + condition + dice.oneOf(" AND ", " OR ") + havingAtom(refs, used) + ")";
        }
        return condition;
    }

    private String havingAtom(List<ColumnRef> refs, Usage used) {
        List<ColumnRef> numeric = refs.stream().filter(r -> r.type().isNumeric()).toList();
        List<ColumnRef> orderable = refs.stream().filter(r -> r.type().isOrderable()).toList();
        List<ColumnRef> booleans = of(refs, SqlType.BOOLEAN);
        switch (dice.below(6)) {
            case 1 -> {
                if (!numeric.isEmpty()) {
                    ColumnRef x = dice.pick(numeric);
                    return comparison("sum(" + x.sql() + ")", x.type(), used, " > ", " < ", " <> ");
                }
            }
            case 2 -> {
                if (!orderable.isEmpty()) {
                    ColumnRef x = dice.pick(orderable);
                    return comparison(
                            dice.oneOf("min(", "max(") + x.sql() + ")",
                            x.type(),
                            used,
                            " > ",
                            " <= ",
                            " = ");
                }
            }
            case 3 -> {
                if (!booleans.isEmpty() && features.allows(Construct.BOOL_AGGREGATES)) {
                    used.add(Construct.BOOL_AGGREGATES);
                    return dice.oneOf("bool_or(", "NOT bool_and(")
                            + dice.pick(booleans).sql()
                            + ")";
                }
            }
            case 4 -> {
                if (features.allows(Construct.DISTINCT_AGGREGATE)) {
                    used.add(Construct.DISTINCT_AGGREGATE);
                    return "count(DISTINCT " + dice.pick(refs).sql() + ") >= 2";
                }
            }
            case 5 -> {
                if (!orderable.isEmpty()) {
                    return dice.oneOf("max(", "min(")
                            + dice.pick(orderable).sql()
                            + ") IS NOT NULL";
                }
            }
            default -> {}
        }
        return "count(*) > " + dice.between(0, 2);
    }

    /**
     * {@code aggregate <op> <literal>}, or {@code aggregate IS NOT NULL} where a decimal literal
     * would make a range the run avoids (see {@link ExpressionGenerator#compareWithDecimal}).
     */
    private String comparison(String aggregate, SqlType type, Usage used, String... operators) {
        String literal = ValueDomain.literal(type, dice);
        if (ExpressionGenerator.isDecimalLiteral(literal)
                && !expressions.compareWithDecimal(aggregate, used)) {
            return aggregate + " IS NOT NULL";
        }
        return aggregate + dice.oneOf(operators) + literal;
    }

    private static List<ColumnRef> of(List<ColumnRef> refs, SqlType type) {
        return new ArrayList<>(refs.stream().filter(r -> r.type() == type).toList());
    }
}
