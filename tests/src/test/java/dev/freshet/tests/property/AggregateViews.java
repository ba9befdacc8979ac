package dev.freshet.tests.property;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Aggregating views: {@code GROUP BY} keys (columns or expressions) or none, aggregates (see {@link
 * AggregateCalls}), {@code HAVING}; and {@code GROUPING SETS}, {@code ROLLUP} and {@code CUBE} with
 * {@code GROUPING(...)}.
 */
final class AggregateViews {
    private final Dice dice;
    private final Features features;
    private final ExpressionGenerator expressions;
    private final AggregateCalls aggregates;
    private final AggregateCalls groupingSetAggregates;

    AggregateViews(Dice dice, Features features) {
        this.dice = requireNonNull(dice);
        this.features = requireNonNull(features);
        this.expressions = new ExpressionGenerator(dice, features);
        this.aggregates = new AggregateCalls(dice, features);
        this.groupingSetAggregates =
                features.allows(Construct.DISTINCT_AGGREGATE_IN_GROUPING_SETS)
                        ? aggregates
                        : new AggregateCalls(dice, features.without(Construct.DISTINCT_AGGREGATE));
    }

    /** {@code SELECT keys, aggregates FROM r [WHERE] [GROUP BY keys] [HAVING]}. */
    ViewDef aggregate(String name, Relation source) {
        List<ColumnRef> refs = ColumnRef.usable("r0", source);
        Usage used = new Usage();
        SelectList select = new SelectList();
        List<String> groupBy = new ArrayList<>();
        int keys = dice.chance(0.2) ? 0 : dice.between(1, 2);
        for (ColumnRef key : dice.sample(refs, keys)) {
            Expression expression =
                    dice.chance(0.2)
                            ? expressions.scalar(List.of(key), used)
                            : new Expression(key.sql(), key.type());
            if (groupBy.contains(expression.sql())) {
                continue;
            }
            groupBy.add(expression.sql());
            select.add(expression);
        }
        List<Expression> calls = new ArrayList<>();
        int count = dice.between(1, 4);
        for (int i = 0; i < count; i++) {
            calls.add(aggregates.call(refs, used, true));
        }
        String having =
                features.allows(Construct.HAVING) && dice.chance(0.25)
                        ? " HAVING " + aggregates.having(refs, used)
                        : "";
        aggregates.settled(calls, having, used).forEach(select::add);
        String query =
                "SELECT "
                        + select.sql()
                        + " FROM "
                        + source.name()
                        + " AS r0"
                        + where(refs, 0.4, used)
                        + (groupBy.isEmpty() ? "" : " GROUP BY " + String.join(", ", groupBy))
                        + having;
        ViewShape shape =
                groupBy.isEmpty() ? ViewShape.GLOBAL_AGGREGATE : ViewShape.GROUPED_AGGREGATE;
        return new ViewDef(
                name, query, select.columns(), List.of(source.name()), shape, used.constructs(), 0);
    }

    /**
     * Two or three key columns grouped by {@code ROLLUP}, {@code CUBE} or explicit {@code GROUPING
     * SETS}; falls back to {@link #aggregate} when the source has fewer than two usable columns or
     * the constructs are avoided.
     */
    ViewDef groupingSets(String name, Relation source) {
        List<ColumnRef> refs = ColumnRef.usable("r0", source);
        List<Construct> forms =
                List.of(Construct.GROUPING_SETS, Construct.ROLLUP, Construct.CUBE).stream()
                        .filter(features::allows)
                        .toList();
        if (refs.size() < 2 || forms.isEmpty()) {
            return aggregate(name, source);
        }
        Usage used = new Usage();
        List<ColumnRef> keys = dice.sample(refs, dice.between(2, Math.min(3, refs.size())));
        List<String> keySql = keys.stream().map(ColumnRef::sql).toList();
        boolean grouping = features.allows(Construct.GROUPING_FUNCTION) && dice.chance(0.7);
        Construct form = dice.pick(forms);
        used.add(form);
        String groupBy =
                switch (form) {
                    case ROLLUP -> "ROLLUP(" + String.join(", ", keySql) + ")";
                    case CUBE -> "CUBE(" + String.join(", ", keySql) + ")";
                    default -> "GROUPING SETS (" + sets(keySql, grouping, used) + ")";
                };
        SelectList select = new SelectList();
        for (ColumnRef key : keys) {
            select.add(key);
        }
        List<Expression> calls = new ArrayList<>();
        int count = dice.between(1, 3);
        for (int i = 0; i < count; i++) {
            calls.add(groupingSetAggregates.call(refs, used, true));
        }
        String having =
                features.allows(Construct.HAVING) && dice.chance(0.15)
                        ? " HAVING " + groupingSetAggregates.having(refs, used)
                        : "";
        groupingSetAggregates.settled(calls, having, used).forEach(select::add);
        if (grouping) {
            used.add(Construct.GROUPING_FUNCTION);
            List<String> arguments = dice.sample(keySql, dice.between(1, keySql.size()));
            select.add(
                    new Expression("GROUPING(" + String.join(", ", arguments) + ")", SqlType.INT));
        }
        if (used.contains(Construct.DISTINCT_AGGREGATE)) {
            used.add(Construct.DISTINCT_AGGREGATE_IN_GROUPING_SETS);
        }
        String query =
                "SELECT "
                        + select.sql()
                        + " FROM "
                        + source.name()
                        + " AS r0"
                        + where(refs, 0.3, used)
                        + " GROUP BY "
                        + groupBy
                        + having;
        return new ViewDef(
                name,
                query,
                select.columns(),
                List.of(source.name()),
                ViewShape.GROUPING_SETS,
                used.constructs(),
                0);
    }

    /**
     * Two or three grouping sets over the keys, {@code ()} among them sometimes, together naming
     * every key (a key in no set could not be selected). Now and then a set comes twice (in another
     * order), which PostgreSQL answers with its groups twice; not beside {@code GROUPING()} while
     * {@link Construct#GROUPING_WITH_DUPLICATE_SETS} is avoided.
     */
    private String sets(List<String> keys, boolean grouping, Usage used) {
        boolean duplicatesAllowed =
                !grouping || features.allows(Construct.GROUPING_WITH_DUPLICATE_SETS);
        List<List<String>> sets = new ArrayList<>();
        Set<Set<String>> distinct = new HashSet<>();
        int wanted = dice.between(2, 3);
        for (int attempt = 0; sets.size() < wanted && attempt < 20; attempt++) {
            List<String> subset = dice.sample(keys, dice.between(0, keys.size()));
            boolean duplicate = !distinct.add(Set.copyOf(subset));
            if (duplicate && !(duplicatesAllowed && dice.chance(0.3))) {
                continue;
            }
            if (duplicate) {
                used.add(Construct.DUPLICATE_GROUPING_SETS);
                if (grouping) {
                    used.add(Construct.GROUPING_WITH_DUPLICATE_SETS);
                }
            }
            sets.add(subset);
        }
        if (!sets.stream().flatMap(List::stream).collect(Collectors.toSet()).containsAll(keys)) {
            // Not drawn yet, or the keys would be covered: a new set, not a duplicate.
            sets.add(dice.shuffle(keys));
        }
        return String.join(
                ", ", sets.stream().map(set -> "(" + String.join(", ", set) + ")").toList());
    }

    private String where(List<ColumnRef> refs, double probability, Usage used) {
        return dice.chance(probability) ? " WHERE " + expressions.predicate(refs, 1, used) : "";
    }
}
