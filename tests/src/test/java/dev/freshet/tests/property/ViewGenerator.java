package dev.freshet.tests.property;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;

/**
 * Random view queries over tables and earlier views: filter/project with expressions, grouped and
 * global aggregates ({@code count(*)}, {@code count}, {@code sum}, {@code avg}, {@code min}, {@code
 * max}, each possibly with {@code FILTER (WHERE ...)}), and inner, left, right and full equi-joins
 * of two or three relations. A view reads an earlier view with probability 0.4 when there is one,
 * which makes views on views.
 *
 * <p>Relations are aliased {@code r0, r1, r2}; output columns are named {@code c0, c1, ...} so
 * later views can refer to them.
 */
final class ViewGenerator {
    private static final String[] JOIN_KINDS = {"JOIN", "LEFT JOIN", "RIGHT JOIN", "FULL JOIN"};

    private final RandomGenerator random;
    private final ExpressionGenerator expressions;

    ViewGenerator(RandomGenerator random) {
        this.random = requireNonNull(random);
        this.expressions = new ExpressionGenerator(random);
    }

    /** A new view named {@code name} over {@code tables} and {@code views} (created before). */
    ViewDef view(String name, List<Relation> tables, List<Relation> views) {
        double roll = random.nextDouble();
        if (roll < 0.3) {
            return filterProject(name, source(tables, views));
        }
        if (roll < 0.65) {
            return aggregate(name, source(tables, views));
        }
        return join(name, tables, views);
    }

    private Relation source(List<Relation> tables, List<Relation> views) {
        if (!views.isEmpty() && random.nextDouble() < 0.4) {
            return views.get(random.nextInt(views.size()));
        }
        return tables.get(random.nextInt(tables.size()));
    }

    private ViewDef filterProject(String name, Relation source) {
        List<ColumnRef> refs = refs("r0", source);
        int count = 1 + random.nextInt(4);
        List<String> select = new ArrayList<>();
        List<Column> columns = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            Expression e = expressions.scalar(refs);
            select.add(e.sql() + " AS c" + i);
            columns.add(new Column("c" + i, e.type(), true));
        }
        String query =
                "SELECT "
                        + String.join(", ", select)
                        + " FROM "
                        + source.name()
                        + " AS r0"
                        + where(refs, 0.7);
        return new ViewDef(
                name, query, columns, List.of(source.name()), ViewShape.FILTER_PROJECT, 0);
    }

    private ViewDef aggregate(String name, Relation source) {
        List<ColumnRef> refs = refs("r0", source);
        List<String> select = new ArrayList<>();
        List<Column> columns = new ArrayList<>();
        List<String> groupBy = new ArrayList<>();
        int keys = random.nextDouble() < 0.2 ? 0 : 1 + random.nextInt(2);
        List<ColumnRef> keyCandidates = new ArrayList<>(refs);
        for (int i = 0; i < keys && !keyCandidates.isEmpty(); i++) {
            ColumnRef key = keyCandidates.remove(random.nextInt(keyCandidates.size()));
            groupBy.add(key.sql());
            select.add(key.sql() + " AS c" + columns.size());
            columns.add(new Column("c" + columns.size(), key.type(), true));
        }
        int aggregates = 1 + random.nextInt(4);
        for (int i = 0; i < aggregates; i++) {
            Expression aggregate = aggregate(refs);
            select.add(aggregate.sql() + " AS c" + columns.size());
            columns.add(new Column("c" + columns.size(), aggregate.type(), true));
        }
        String query =
                "SELECT "
                        + String.join(", ", select)
                        + " FROM "
                        + source.name()
                        + " AS r0"
                        + where(refs, 0.4)
                        + (groupBy.isEmpty() ? "" : " GROUP BY " + String.join(", ", groupBy));
        ViewShape shape =
                groupBy.isEmpty() ? ViewShape.GLOBAL_AGGREGATE : ViewShape.GROUPED_AGGREGATE;
        return new ViewDef(name, query, columns, List.of(source.name()), shape, 0);
    }

    private Expression aggregate(List<ColumnRef> refs) {
        List<ColumnRef> numeric = refs.stream().filter(r -> r.type().isNumeric()).toList();
        List<ColumnRef> orderable = refs.stream().filter(r -> r.type().isOrderable()).toList();
        Expression aggregate =
                switch (random.nextInt(6)) {
                    case 0 -> new Expression("count(*)", SqlType.BIGINT);
                    case 1 -> new Expression("count(" + pick(refs).sql() + ")", SqlType.BIGINT);
                    case 2 -> {
                        if (numeric.isEmpty()) {
                            yield new Expression("count(*)", SqlType.BIGINT);
                        }
                        ColumnRef x = pick(numeric);
                        yield new Expression("sum(" + x.sql() + ")", x.type().sumType());
                    }
                    case 3 -> {
                        if (numeric.isEmpty()) {
                            yield new Expression("count(*)", SqlType.BIGINT);
                        }
                        ColumnRef x = pick(numeric);
                        yield new Expression("avg(" + x.sql() + ")", x.type().avgType());
                    }
                    default -> {
                        if (orderable.isEmpty()) {
                            yield new Expression("count(*)", SqlType.BIGINT);
                        }
                        ColumnRef x = pick(orderable);
                        yield new Expression(
                                (random.nextBoolean() ? "min(" : "max(") + x.sql() + ")", x.type());
                    }
                };
        if (random.nextDouble() < 0.3) {
            return new Expression(
                    aggregate.sql() + " FILTER (WHERE " + expressions.predicate(refs, 1) + ")",
                    aggregate.type());
        }
        return aggregate;
    }

    private ViewDef join(String name, List<Relation> tables, List<Relation> allViews) {
        List<Relation> views = allViews.stream().filter(v -> !v.isJoin()).toList();
        int count = random.nextDouble() < 0.35 ? 3 : 2;
        List<Relation> joined = new ArrayList<>();
        List<List<ColumnRef>> joinedRefs = new ArrayList<>();
        StringBuilder from = new StringBuilder();
        int attempts = 0;
        while (joined.size() < count) {
            if (++attempts > 20) {
                // The relations drawn share no joinable column type: start over with tables
                // only, which all have the INT join key k.
                return join(name, tables, List.of());
            }
            Relation next = source(tables, views);
            String alias = "r" + joined.size();
            List<ColumnRef> nextRefs = refs(alias, next);
            if (joined.isEmpty()) {
                from.append(next.name()).append(" AS ").append(alias);
            } else {
                List<String> conditions = joinConditions(joinedRefs, nextRefs);
                if (conditions.isEmpty()) {
                    continue; // no column to join on: draw another relation
                }
                from.append(' ')
                        .append(JOIN_KINDS[random.nextInt(JOIN_KINDS.length)])
                        .append(' ')
                        .append(next.name())
                        .append(" AS ")
                        .append(alias)
                        .append(" ON ")
                        .append(String.join(" AND ", conditions));
            }
            joined.add(next);
            joinedRefs.add(nextRefs);
        }
        List<String> select = new ArrayList<>();
        List<Column> columns = new ArrayList<>();
        for (List<ColumnRef> refs : joinedRefs) {
            List<ColumnRef> candidates = new ArrayList<>(refs);
            int take = 1 + random.nextInt(Math.min(3, candidates.size()));
            for (int i = 0; i < take; i++) {
                ColumnRef ref = candidates.remove(random.nextInt(candidates.size()));
                select.add(ref.sql() + " AS c" + columns.size());
                columns.add(new Column("c" + columns.size(), ref.type(), true));
            }
        }
        String query =
                "SELECT "
                        + String.join(", ", select)
                        + " FROM "
                        + from
                        + where(joinedRefs.getFirst(), 0.25);
        return new ViewDef(
                name,
                query,
                columns,
                joined.stream().map(Relation::name).distinct().toList(),
                ViewShape.JOIN,
                0);
    }

    /** One or two equalities between the new relation and the ones joined before it. */
    private List<String> joinConditions(List<List<ColumnRef>> left, List<ColumnRef> right) {
        List<String> pairs = new ArrayList<>();
        for (List<ColumnRef> earlier : left) {
            for (ColumnRef l : earlier) {
                for (ColumnRef r : right) {
                    if (l.type().joinsWith(r.type())) {
                        pairs.add(l.sql() + " = " + r.sql());
                    }
                }
            }
        }
        if (pairs.isEmpty()) {
            return List.of();
        }
        List<String> chosen = new ArrayList<>();
        chosen.add(pairs.remove(random.nextInt(pairs.size())));
        if (!pairs.isEmpty() && random.nextDouble() < 0.2) {
            chosen.add(pairs.get(random.nextInt(pairs.size())));
        }
        return chosen;
    }

    private String where(List<ColumnRef> refs, double probability) {
        return random.nextDouble() < probability ? " WHERE " + expressions.predicate(refs, 1) : "";
    }

    private ColumnRef pick(List<ColumnRef> refs) {
        return refs.get(random.nextInt(refs.size()));
    }

    private static List<ColumnRef> refs(String alias, Relation relation) {
        return relation.columns().stream()
                .map(c -> new ColumnRef(alias + "." + c.name(), c))
                .toList();
    }
}
