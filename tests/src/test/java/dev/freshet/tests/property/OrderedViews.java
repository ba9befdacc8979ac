package dev.freshet.tests.property;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;

/**
 * Views whose contents depend on an order, written so that the contents are still deterministic:
 *
 * <ul>
 *   <li>TopN: {@code ORDER BY ... LIMIT n [OFFSET m]} (or {@code OFFSET m ROWS FETCH FIRST n ROWS
 *       ONLY}) ordered by every output column, so rows tied in the order are equal rows; {@code
 *       FETCH FIRST n ROWS WITH TIES} ordered by any prefix, ties being kept (by every column when
 *       there is an OFFSET, which could split ties); over a filter and projection or over a GROUP
 *       BY;
 *   <li>per-group TopN: {@code row_number() OVER (PARTITION BY ... ORDER BY <every output
 *       expression>) <= n}, or {@code rank()}/{@code dense_rank()} over a partial order (ties are
 *       kept, so any order is deterministic);
 *   <li>{@code SELECT DISTINCT ON (keys)} ordered by the keys and then every other output column.
 * </ul>
 *
 * Opaque columns never appear: ordering by them would depend on rounding.
 */
final class OrderedViews {
    private final Dice dice;
    private final Features features;
    private final ExpressionGenerator expressions;
    private final AggregateCalls aggregates;
    private final OrderKeys orderKeys;

    OrderedViews(Dice dice, Features features) {
        this.dice = requireNonNull(dice);
        this.features = requireNonNull(features);
        this.expressions = new ExpressionGenerator(dice, features);
        this.aggregates = new AggregateCalls(dice, features);
        this.orderKeys = new OrderKeys(dice);
    }

    ViewDef topN(String name, Relation source) {
        List<ColumnRef> refs = ColumnRef.usable("r0", source);
        Usage used = new Usage();
        SelectList select = new SelectList();
        String groupBy = "";
        if (features.allows(Construct.TOP_N_OVER_AGGREGATE) && dice.chance(0.25)) {
            used.add(Construct.TOP_N_OVER_AGGREGATE);
            ColumnRef key = dice.pick(refs);
            select.add(key);
            groupBy = " GROUP BY " + key.sql();
            List<Expression> calls = new ArrayList<>();
            int count = dice.between(1, 2);
            for (int i = 0; i < count; i++) {
                calls.add(aggregates.call(refs, used, false));
            }
            aggregates.settled(calls, "", used).forEach(select::add);
        } else {
            int count = dice.between(1, 4);
            for (int i = 0; i < count; i++) {
                select.add(expressions.scalar(refs, used));
            }
        }
        List<String> names = new ArrayList<>();
        for (int i = 0; i < select.size(); i++) {
            // Output names or positions; PostgreSQL takes a bare name in ORDER BY as the output
            // column even where an input column has the same name.
            names.add(dice.chance(0.7) ? "c" + i : Integer.toString(i + 1));
        }
        names = dice.shuffle(names);
        int limit = dice.between(1, 5);
        int offset = features.allows(Construct.OFFSET) && dice.chance(0.4) ? dice.between(1, 3) : 0;
        if (offset > 0) {
            used.add(Construct.OFFSET);
        }
        String tail;
        double roll = dice.roll();
        if (features.allows(Construct.FETCH_WITH_TIES) && roll < 0.3) {
            used.add(Construct.FETCH_WITH_TIES);
            // Rows tied across the OFFSET boundary would make the skipped ones arbitrary: with an
            // offset, order by every column.
            if (offset > 0 && !features.allows(Construct.OFFSET_WITH_TIES)) {
                offset = 0;
                used.remove(Construct.OFFSET);
            }
            if (offset > 0) {
                used.add(Construct.OFFSET_WITH_TIES);
            }
            List<String> prefix =
                    offset > 0 ? names : names.subList(0, dice.between(1, names.size()));
            tail =
                    " ORDER BY "
                            + orderKeys.of(prefix)
                            + (offset > 0 ? " OFFSET " + offset + " ROWS" : "")
                            + " FETCH FIRST "
                            + limit
                            + " ROWS WITH TIES";
        } else if (roll < 0.45) {
            used.add(Construct.LIMIT);
            tail =
                    " ORDER BY "
                            + orderKeys.of(names)
                            + (offset > 0 ? " OFFSET " + offset + " ROWS" : "")
                            + " FETCH FIRST "
                            + limit
                            + " ROWS ONLY";
        } else {
            used.add(Construct.LIMIT);
            tail =
                    " ORDER BY "
                            + orderKeys.of(names)
                            + " LIMIT "
                            + limit
                            + (offset > 0 ? " OFFSET " + offset : "");
        }
        String query =
                "SELECT "
                        + select.sql()
                        + " FROM "
                        + source.name()
                        + " AS r0"
                        + where(refs, 0.4, used)
                        + groupBy
                        + tail;
        return new ViewDef(
                name,
                query,
                select.columns(),
                List.of(source.name()),
                ViewShape.TOP_N,
                used.constructs(),
                0);
    }

    ViewDef groupTopN(String name, Relation source) {
        List<ColumnRef> refs = ColumnRef.usable("r0", source);
        List<Construct> functions =
                List.of(
                                Construct.GROUP_TOP_N_ROW_NUMBER,
                                Construct.GROUP_TOP_N_RANK,
                                Construct.GROUP_TOP_N_DENSE_RANK)
                        .stream()
                        .filter(features::allows)
                        .toList();
        if (functions.isEmpty()) {
            return topN(name, source);
        }
        Usage used = new Usage();
        List<ColumnRef> partition =
                dice.chance(0.9)
                        ? dice.sample(refs, dice.between(1, Math.min(2, refs.size())))
                        : List.of();
        SelectList inner = new SelectList();
        List<String> orderable = new ArrayList<>();
        for (ColumnRef key : partition) {
            if (dice.chance(0.8)) {
                inner.add(key);
            }
        }
        int count = dice.between(1, 3);
        for (int i = 0; i < count; i++) {
            Expression e = expressions.scalar(refs, used);
            inner.add(e);
            orderable.add(e.sql());
        }
        Construct function = dice.pick(functions);
        used.add(function);
        List<String> order =
                function == Construct.GROUP_TOP_N_ROW_NUMBER
                        ? dice.shuffle(orderable)
                        : dice.sample(orderable, dice.between(1, Math.min(2, orderable.size())));
        String call =
                switch (function) {
                    case GROUP_TOP_N_ROW_NUMBER -> "row_number()";
                    case GROUP_TOP_N_RANK -> "rank()";
                    default -> "dense_rank()";
                };
        String rank = "c" + inner.size();
        String over =
                call
                        + " OVER ("
                        + (partition.isEmpty()
                                ? ""
                                : "PARTITION BY "
                                        + String.join(
                                                ", ",
                                                partition.stream().map(ColumnRef::sql).toList())
                                        + " ")
                        + "ORDER BY "
                        + orderKeys.of(order)
                        + ")";
        List<Column> columns = new ArrayList<>(inner.columns());
        inner.add(new Expression(over, SqlType.BIGINT));
        boolean showRank = dice.chance(0.5);
        if (showRank) {
            columns.add(inner.columns().getLast());
        }
        String filter =
                switch (dice.below(3)) {
                    case 0 -> "s." + rank + " <= " + dice.between(1, 3);
                    case 1 -> "s." + rank + " < " + dice.between(2, 4);
                    default -> "s." + rank + " = 1";
                };
        String query =
                "SELECT "
                        + String.join(
                                ", ",
                                columns.stream()
                                        .map(c -> "s." + c.name() + " AS " + c.name())
                                        .toList())
                        + " FROM (SELECT "
                        + inner.sql()
                        + " FROM "
                        + source.name()
                        + " AS r0"
                        + where(refs, 0.3, used)
                        + ") AS s WHERE "
                        + filter;
        return new ViewDef(
                name,
                query,
                columns,
                List.of(source.name()),
                ViewShape.GROUP_TOP_N,
                used.constructs(),
                0);
    }

    ViewDef distinctOn(String name, Relation source) {
        if (!features.allows(Construct.DISTINCT_ON)) {
            return topN(name, source);
        }
        List<ColumnRef> refs = ColumnRef.usable("r0", source);
        Usage used = new Usage(Construct.DISTINCT_ON);
        List<ColumnRef> keys = dice.sample(refs, dice.between(1, Math.min(2, refs.size())));
        SelectList select = new SelectList();
        List<String> rest = new ArrayList<>();
        for (ColumnRef key : keys) {
            select.add(key);
        }
        int more = dice.between(0, 2);
        for (int i = 0; i < more; i++) {
            Expression e = expressions.scalar(refs, used);
            select.add(e);
            rest.add(e.sql());
        }
        List<String> keySql = keys.stream().map(ColumnRef::sql).toList();
        List<String> order = new ArrayList<>(keySql);
        order.addAll(dice.shuffle(rest));
        String query =
                "SELECT DISTINCT ON ("
                        + String.join(", ", keySql)
                        + ") "
                        + select.sql()
                        + " FROM "
                        + source.name()
                        + " AS r0"
                        + where(refs, 0.3, used)
                        + " ORDER BY "
                        + orderKeys.of(order);
        return new ViewDef(
                name,
                query,
                select.columns(),
                List.of(source.name()),
                ViewShape.DISTINCT_ON,
                used.constructs(),
                0);
    }

    private String where(List<ColumnRef> refs, double probability, Usage used) {
        return dice.chance(probability) ? " WHERE " + expressions.predicate(refs, 1, used) : "";
    }
}
