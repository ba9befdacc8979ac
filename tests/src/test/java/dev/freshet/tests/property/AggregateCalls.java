package dev.freshet.tests.property;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Random aggregate calls and HAVING conditions over columns that are not opaque. Results that
 * depend on the engine's arithmetic ({@code avg}, {@code var_*}, {@code stddev_*}) and arrays are
 * opaque; every other result is exact: sums of the generated doubles are exact in any order, and
 * {@code string_agg}/{@code array_agg} order by the aggregated value itself.
 */
final class AggregateCalls {
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
    Expression call(List<ColumnRef> refs, Set<Construct> used, boolean allowOpaque) {
        Expression call = plain(refs, used, allowOpaque);
        if (features.allows(Construct.AGGREGATE_FILTER) && dice.chance(0.25)) {
            used.add(Construct.AGGREGATE_FILTER);
            return new Expression(
                    call.sql() + " FILTER (WHERE " + expressions.predicate(refs, 1) + ")",
                    call.type(),
                    call.opaque());
        }
        return call;
    }

    private Expression plain(List<ColumnRef> refs, Set<Construct> used, boolean allowOpaque) {
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
        switch (dice.below(14)) {
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
            case 12 -> {
                if (varchars.isEmpty() || !features.allows(Construct.STRING_AGG)) {
                    return countStar;
                }
                used.add(Construct.STRING_AGG);
                String x = dice.pick(varchars).sql();
                String distinct = "";
                if (features.allows(Construct.DISTINCT_AGGREGATE) && dice.chance(0.2)) {
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

    /** A HAVING condition of one or two aggregate comparisons. */
    String having(List<ColumnRef> refs, Set<Construct> used) {
        used.add(Construct.HAVING);
        String condition = havingAtom(refs, used);
        if (dice.chance(0.3)) {
            condition =
                    "(" + condition + dice.oneOf(" AND ", " OR ") + havingAtom(refs, used) + ")";
        }
        return condition;
    }

    private String havingAtom(List<ColumnRef> refs, Set<Construct> used) {
        List<ColumnRef> numeric = refs.stream().filter(r -> r.type().isNumeric()).toList();
        List<ColumnRef> orderable = refs.stream().filter(r -> r.type().isOrderable()).toList();
        List<ColumnRef> booleans = of(refs, SqlType.BOOLEAN);
        switch (dice.below(6)) {
            case 1 -> {
                if (!numeric.isEmpty()) {
                    ColumnRef x = dice.pick(numeric);
                    return "sum("
                            + x.sql()
                            + ")"
                            + dice.oneOf(" > ", " < ", " <> ")
                            + ValueDomain.literal(x.type(), dice);
                }
            }
            case 2 -> {
                if (!orderable.isEmpty()) {
                    ColumnRef x = dice.pick(orderable);
                    return dice.oneOf("min(", "max(")
                            + x.sql()
                            + ")"
                            + dice.oneOf(" > ", " <= ", " = ")
                            + ValueDomain.literal(x.type(), dice);
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

    private static List<ColumnRef> of(List<ColumnRef> refs, SqlType type) {
        return new ArrayList<>(refs.stream().filter(r -> r.type() == type).toList());
    }
}
