package dev.freshet.tests.property;

import java.util.ArrayList;
import java.util.List;

/**
 * The select list of a view under construction: each item is aliased {@code c0, c1, ...} in order,
 * and becomes a view column of the item's type (always nullable).
 */
final class SelectList {
    private final List<String> expressions = new ArrayList<>();
    private final List<Column> columns = new ArrayList<>();

    /** Adds {@code expression AS c<n>}; returns the new column. */
    Column add(Expression expression) {
        Column column =
                new Column("c" + columns.size(), expression.type(), true, expression.opaque());
        expressions.add(expression.sql());
        columns.add(column);
        return column;
    }

    /** Adds a column reference as is. */
    Column add(ColumnRef ref) {
        return add(new Expression(ref.sql(), ref.type(), ref.column().opaque()));
    }

    int size() {
        return columns.size();
    }

    /** The item expressions, without aliases. */
    List<String> expressions() {
        return List.copyOf(expressions);
    }

    List<Column> columns() {
        return List.copyOf(columns);
    }

    /** {@code e0 AS c0, e1 AS c1, ...}. */
    String sql() {
        List<String> items = new ArrayList<>(expressions.size());
        for (int i = 0; i < expressions.size(); i++) {
            items.add(expressions.get(i) + " AS " + columns.get(i).name());
        }
        return String.join(", ", items);
    }
}
