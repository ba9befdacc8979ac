package dev.freshet.tests.property;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Semi- and anti-joins written as subqueries in WHERE: {@code x IN (SELECT y ...)}, {@code x NOT IN
 * (SELECT y ...)} (where a NULL on either side makes the condition unknown, so a NULL among the
 * {@code y} empties the result), {@code EXISTS} and {@code NOT EXISTS} correlated by an equality
 * (plus, sometimes, a non-equality) or by a non-equality alone. Sometimes with an ordinary
 * condition or a second subquery beside it.
 */
final class SubqueryViews {
    private static final List<Construct> FORMS =
            List.of(
                    Construct.IN_SUBQUERY,
                    Construct.NOT_IN_SUBQUERY,
                    Construct.EXISTS,
                    Construct.NOT_EXISTS);
    private static final List<String> COMPARISONS = List.of("<", "<=", ">", ">=", "<>");

    private final Dice dice;
    private final Features features;
    private final ExpressionGenerator expressions;

    SubqueryViews(Dice dice, Features features) {
        this.dice = requireNonNull(dice);
        this.features = requireNonNull(features);
        this.expressions = new ExpressionGenerator(dice, features);
    }

    ViewDef semiAnti(String name, Sources sources) {
        List<Construct> forms = FORMS.stream().filter(features::allows).toList();
        Relation outer = sources.pick(dice);
        List<ColumnRef> outerRefs = ColumnRef.usable("r0", outer);
        Usage used = new Usage();
        List<String> reads = new ArrayList<>(List.of(outer.name()));
        List<String> conditions = new ArrayList<>();
        int subqueries = features.allows(Construct.TWO_SUBQUERIES) && dice.chance(0.15) ? 2 : 1;
        for (int attempt = 0; conditions.size() < subqueries && attempt < 20; attempt++) {
            Relation inner = sources.pick(dice);
            String alias = "r" + (conditions.size() + 1);
            Optional<String> subquery =
                    subquery(
                            dice.pick(forms),
                            outerRefs,
                            ColumnRef.usable(alias, inner),
                            inner,
                            alias,
                            used);
            if (subquery.isPresent()) {
                conditions.add(subquery.get());
                reads.add(inner.name());
            }
        }
        if (conditions.isEmpty()) {
            // Nothing joinable was drawn; the tables all have the INT key k.
            return semiAnti(name, sources.tablesOnly());
        }
        if (conditions.size() == 2) {
            used.add(Construct.TWO_SUBQUERIES);
        }
        if (dice.chance(0.3)) {
            conditions.add(
                    dice.below(conditions.size() + 1), expressions.predicate(outerRefs, 1, used));
        }
        SelectList select = new SelectList();
        List<ColumnRef> opaque =
                ColumnRef.all("r0", outer).stream().filter(r -> r.column().opaque()).toList();
        int count = dice.between(1, 3);
        for (int i = 0; i < count; i++) {
            if (!opaque.isEmpty() && dice.chance(0.2)) {
                select.add(dice.pick(opaque));
            } else {
                select.add(expressions.scalar(outerRefs, used));
            }
        }
        String query =
                "SELECT "
                        + select.sql()
                        + " FROM "
                        + outer.name()
                        + " AS r0 WHERE "
                        + String.join(" AND ", conditions);
        return new ViewDef(
                name,
                query,
                select.columns(),
                reads.stream().distinct().toList(),
                ViewShape.SEMI_ANTI_JOIN,
                used.constructs(),
                0);
    }

    private Optional<String> subquery(
            Construct form,
            List<ColumnRef> outer,
            List<ColumnRef> inner,
            Relation innerRelation,
            String alias,
            Usage used) {
        List<ColumnRef[]> pairs = new ArrayList<>();
        for (ColumnRef o : outer) {
            for (ColumnRef i : inner) {
                if (o.type().joinsWith(i.type())) {
                    pairs.add(new ColumnRef[] {o, i});
                }
            }
        }
        if (pairs.isEmpty()) {
            return Optional.empty();
        }
        ColumnRef[] pair = dice.pick(pairs);
        String from = " FROM " + innerRelation.name() + " AS " + alias;
        used.add(form);
        return Optional.of(
                switch (form) {
                    case IN_SUBQUERY, NOT_IN_SUBQUERY ->
                            pair[0].sql()
                                    + (form == Construct.IN_SUBQUERY ? " IN " : " NOT IN ")
                                    + "(SELECT "
                                    + pair[1].sql()
                                    + from
                                    + (dice.chance(0.4)
                                            ? " WHERE " + expressions.predicate(inner, 1, used)
                                            : "")
                                    + ")";
                    default -> {
                        List<String> correlation = new ArrayList<>();
                        boolean orderable = pair[0].type().isOrderable();
                        if (orderable
                                && features.allows(Construct.NON_EQUI_CORRELATION)
                                && dice.chance(0.1)) {
                            used.add(Construct.NON_EQUI_CORRELATION);
                            correlation.add(
                                    pair[1].sql()
                                            + " "
                                            + dice.pick(COMPARISONS)
                                            + " "
                                            + pair[0].sql());
                        } else {
                            correlation.add(pair[1].sql() + " = " + pair[0].sql());
                            ColumnRef[] second = dice.pick(pairs);
                            if (second[0].type().isOrderable() && dice.chance(0.2)) {
                                correlation.add(
                                        second[1].sql()
                                                + " "
                                                + dice.pick(COMPARISONS)
                                                + " "
                                                + second[0].sql());
                            }
                        }
                        if (dice.chance(0.4)) {
                            correlation.add(expressions.predicate(inner, 1, used));
                        }
                        yield (form == Construct.EXISTS ? "EXISTS" : "NOT EXISTS")
                                + " (SELECT 1"
                                + from
                                + " WHERE "
                                + String.join(" AND ", correlation)
                                + ")";
                    }
                });
    }
}
