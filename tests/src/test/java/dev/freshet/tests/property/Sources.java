package dev.freshet.tests.property;

import java.util.List;

/**
 * What a new view may read: the tables, and the earlier views that have a column other than opaque
 * ones (a view of averages only cannot be filtered, grouped or joined).
 */
record Sources(List<Relation> tables, List<Relation> views) {
    Sources {
        tables = List.copyOf(tables);
        views = views.stream().filter(Relation::hasUsableColumn).toList();
        if (tables.isEmpty()) {
            throw new IllegalArgumentException("no table");
        }
    }

    /** A table, or with probability 0.4 an earlier view, which makes views on views. */
    Relation pick(Dice dice) {
        if (!views.isEmpty() && dice.chance(0.4)) {
            return dice.pick(views);
        }
        return dice.pick(tables);
    }

    /** Like {@link #pick} but never a join view: joins do not read joins. */
    Relation pickForJoin(Dice dice) {
        List<Relation> notJoins = views.stream().filter(v -> !v.isJoin()).toList();
        if (!notJoins.isEmpty() && dice.chance(0.4)) {
            return dice.pick(notJoins);
        }
        return dice.pick(tables);
    }

    /** Only the tables: every one has the INT join key {@code k}. */
    Sources tablesOnly() {
        return new Sources(tables, List.of());
    }
}
