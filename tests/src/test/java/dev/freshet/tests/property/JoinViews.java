package dev.freshet.tests.property;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;

/**
 * Joins of two or three relations: inner, left, right and full; on one or two equalities, sometimes
 * with extra non-equality conditions in ON (a residual), and for two relations sometimes on a
 * non-equality alone (a theta join; never FULL, which PostgreSQL supports only on hashable or
 * mergeable conditions). A WHERE may test either side, the NULL-padded one included.
 */
final class JoinViews {
    private record Kind(String sql, Construct construct) {}

    private static final List<Kind> KINDS =
            List.of(
                    new Kind("JOIN", Construct.INNER_JOIN),
                    new Kind("LEFT JOIN", Construct.LEFT_JOIN),
                    new Kind("RIGHT JOIN", Construct.RIGHT_JOIN),
                    new Kind("FULL JOIN", Construct.FULL_JOIN));

    private static final List<String> COMPARISONS = List.of("<", "<=", ">", ">=", "<>");

    private final Dice dice;
    private final Features features;
    private final ExpressionGenerator expressions;

    JoinViews(Dice dice, Features features) {
        this.dice = requireNonNull(dice);
        this.features = requireNonNull(features);
        this.expressions = new ExpressionGenerator(dice, features);
    }

    ViewDef join(String name, Sources sources) {
        Usage used = new Usage();
        int count = features.allows(Construct.THREE_WAY_JOIN) && dice.chance(0.3) ? 3 : 2;
        List<Relation> joined = new ArrayList<>();
        List<List<ColumnRef>> joinedRefs = new ArrayList<>();
        StringBuilder from = new StringBuilder();
        List<Kind> kinds = KINDS.stream().filter(k -> features.allows(k.construct())).toList();
        int attempts = 0;
        while (joined.size() < count) {
            if (++attempts > 20) {
                // The relations drawn share no joinable column type: start over with tables
                // only, which all have the INT join key k.
                return join(name, sources.tablesOnly());
            }
            Relation next = sources.pickForJoin(dice);
            String alias = "r" + joined.size();
            List<ColumnRef> nextRefs = ColumnRef.usable(alias, next);
            if (joined.isEmpty()) {
                from.append(next.name()).append(" AS ").append(alias);
                joined.add(next);
                joinedRefs.add(nextRefs);
                continue;
            }
            Kind kind = dice.pick(kinds);
            List<ColumnRef> earlier = joinedRefs.stream().flatMap(List::stream).toList();
            List<String> conditions = new ArrayList<>();
            Construct special = null;
            if (count == 2
                    && !kind.construct().equals(Construct.FULL_JOIN)
                    && features.allows(Construct.THETA_JOIN)
                    && dice.chance(0.12)) {
                comparison(earlier, nextRefs).ifPresent(conditions::add);
                special = Construct.THETA_JOIN;
            } else {
                conditions.addAll(equalities(earlier, nextRefs));
                Construct residual =
                        kind.construct() == Construct.INNER_JOIN
                                ? Construct.INNER_JOIN_RESIDUAL
                                : Construct.OUTER_JOIN_RESIDUAL;
                if (!conditions.isEmpty() && features.allows(residual) && dice.chance(0.3)) {
                    conditions.add(residual(earlier, nextRefs, used));
                    special = residual;
                }
            }
            if (conditions.isEmpty()) {
                continue; // nothing to join on: draw another relation
            }
            used.add(kind.construct());
            if (special != null) {
                used.add(special);
            }
            from.append(' ')
                    .append(kind.sql())
                    .append(' ')
                    .append(next.name())
                    .append(" AS ")
                    .append(alias)
                    .append(" ON ")
                    .append(String.join(" AND ", conditions));
            joined.add(next);
            joinedRefs.add(nextRefs);
        }
        if (count == 3) {
            used.add(Construct.THREE_WAY_JOIN);
        }
        SelectList select = new SelectList();
        for (int i = 0; i < joined.size(); i++) {
            List<ColumnRef> all = ColumnRef.all("r" + i, joined.get(i));
            for (ColumnRef ref : dice.sample(all, dice.between(1, Math.min(3, all.size())))) {
                select.add(ref);
            }
        }
        List<ColumnRef> usable = joinedRefs.stream().flatMap(List::stream).toList();
        if (features.allows(Construct.COALESCE) && dice.chance(0.2)) {
            ColumnRef a = dice.pick(joinedRefs.getFirst());
            List<ColumnRef> same =
                    joinedRefs.getLast().stream().filter(r -> r.type() == a.type()).toList();
            if (!same.isEmpty()) {
                used.add(Construct.COALESCE);
                select.add(
                        new Expression(
                                "coalesce(" + a.sql() + ", " + dice.pick(same).sql() + ")",
                                a.type()));
            }
        }
        String where = dice.chance(0.3) ? " WHERE " + expressions.predicate(usable, 1, used) : "";
        String query = "SELECT " + select.sql() + " FROM " + from + where;
        return new ViewDef(
                name,
                query,
                select.columns(),
                joined.stream().map(Relation::name).distinct().toList(),
                ViewShape.JOIN,
                used.constructs(),
                0);
    }

    /** One or two equalities between the new relation and the ones joined before it. */
    private List<String> equalities(List<ColumnRef> left, List<ColumnRef> right) {
        List<String> pairs = new ArrayList<>();
        for (ColumnRef l : left) {
            for (ColumnRef r : right) {
                if (l.type().joinsWith(r.type())) {
                    pairs.add(l.sql() + " = " + r.sql());
                }
            }
        }
        if (pairs.isEmpty()) {
            return List.of();
        }
        return dice.sample(pairs, dice.chance(0.2) ? 2 : 1);
    }

    /** A non-equality between an earlier column and a new one of a comparable type, if any. */
    private java.util.Optional<String> comparison(List<ColumnRef> left, List<ColumnRef> right) {
        List<String> pairs = new ArrayList<>();
        for (ColumnRef l : left) {
            for (ColumnRef r : right) {
                if (l.type().joinsWith(r.type()) && l.type().isOrderable()) {
                    pairs.add(l.sql() + " " + dice.pick(COMPARISONS) + " " + r.sql());
                }
            }
        }
        return pairs.isEmpty()
                ? java.util.Optional.empty()
                : java.util.Optional.of(dice.pick(pairs));
    }

    /** An extra ON condition: across the sides, or on one side only. */
    private String residual(List<ColumnRef> left, List<ColumnRef> right, Usage used) {
        double roll = dice.roll();
        if (roll < 0.4) {
            java.util.Optional<String> across = comparison(left, right);
            if (across.isPresent()) {
                return across.get();
            }
        }
        return expressions.predicate(roll < 0.7 ? right : left, 0, used);
    }
}
