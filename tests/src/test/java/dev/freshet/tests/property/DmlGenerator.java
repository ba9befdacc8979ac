package dev.freshet.tests.property;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Random DML over the generated tables, valid PostgreSQL that cannot fail:
 *
 * <ul>
 *   <li>INSERT of one to four rows, sometimes with a row repeated (tables without a key keep
 *       duplicates);
 *   <li>into a table with a primary key, distinct keys per statement and either {@code ON CONFLICT
 *       (id) DO UPDATE SET ...} (an upsert) or {@code ON CONFLICT (id) DO NOTHING};
 *   <li>re-insertion of the rows of an earlier INSERT, typically after they were deleted;
 *   <li>UPDATE of non-key columns to literals or small increments, with a WHERE;
 *   <li>DELETE with a WHERE, sometimes of a whole join-key group ({@code k = v}, which removes
 *       groups' last rows) and rarely of everything.
 * </ul>
 *
 * <p>It keeps no model of the tables' contents: the statements are a pure function of the seed.
 */
final class DmlGenerator {
    private final Dice dice;
    private final ExpressionGenerator expressions;
    private final List<Table> tables;
    private final Map<String, List<String>> insertedRows = new HashMap<>();

    DmlGenerator(Dice dice, List<Table> tables) {
        this.dice = requireNonNull(dice);
        this.expressions = new ExpressionGenerator(dice, Features.everything());
        this.tables = List.copyOf(tables);
    }

    /** The next statement. */
    String next() {
        Table table = dice.pick(tables);
        double roll = dice.roll();
        if (roll < 0.45) {
            return insert(table);
        }
        if (roll < 0.55 && insertedRows.containsKey(table.name())) {
            return reinsert(table);
        }
        if (roll < 0.75) {
            return update(table);
        }
        return delete(table);
    }

    private String insert(Table table) {
        int rows = dice.between(1, 4);
        List<String> values = new ArrayList<>();
        if (table.primaryKey().isEmpty()) {
            for (int i = 0; i < rows; i++) {
                values.add(i > 0 && dice.roll() < 0.3 ? values.get(i - 1) : row(table, -1));
            }
        } else {
            Set<Integer> keys = new LinkedHashSet<>();
            while (keys.size() < rows) {
                keys.add(dice.below(ValueDomain.PRIMARY_KEYS));
            }
            for (int key : keys) {
                values.add(row(table, key));
            }
        }
        insertedRows.computeIfAbsent(table.name(), n -> new ArrayList<>()).addAll(values);
        return insertSql(table, values);
    }

    private String reinsert(Table table) {
        List<String> earlier = insertedRows.get(table.name());
        int from = dice.below(earlier.size());
        int to = Math.min(earlier.size(), from + dice.between(1, 3));
        List<String> values = new ArrayList<>(new LinkedHashSet<>(earlier.subList(from, to)));
        if (table.primaryKey().isPresent()) {
            // One statement may not upsert the same key twice: keep the first row per key.
            Map<String, String> byKey = new java.util.LinkedHashMap<>();
            for (String row : values) {
                byKey.putIfAbsent(row.substring(1, row.indexOf(',')), row);
            }
            values = new ArrayList<>(byKey.values());
        }
        return insertSql(table, values);
    }

    private String insertSql(Table table, List<String> values) {
        StringBuilder sql =
                new StringBuilder("INSERT INTO ")
                        .append(table.name())
                        .append(" (")
                        .append(
                                String.join(
                                        ", ", table.columns().stream().map(Column::name).toList()))
                        .append(") VALUES ")
                        .append(String.join(", ", values));
        if (table.primaryKey().isPresent()) {
            List<Column> updatable = table.updatableColumns();
            if (dice.chance(0.5)) {
                sql.append(" ON CONFLICT (id) DO UPDATE SET ");
                for (int i = 0; i < updatable.size(); i++) {
                    String name = updatable.get(i).name();
                    sql.append(i > 0 ? ", " : "").append(name).append(" = EXCLUDED.").append(name);
                }
            } else {
                sql.append(" ON CONFLICT (id) DO NOTHING");
            }
        }
        return sql.toString();
    }

    /** One row's {@code (v1, v2, ...)}; the primary key, if any, first and equal to {@code key}. */
    private String row(Table table, int key) {
        List<String> values = new ArrayList<>();
        for (Column column : table.columns()) {
            if (table.primaryKey().filter(column.name()::equals).isPresent()) {
                values.add(Integer.toString(key));
            } else {
                values.add(ValueDomain.value(column, dice));
            }
        }
        return "(" + String.join(", ", values) + ")";
    }

    private String update(Table table) {
        List<Column> updatable = table.updatableColumns();
        List<String> assignments = new ArrayList<>();
        int count = dice.between(1, Math.min(2, updatable.size()));
        List<Column> shuffled = new ArrayList<>(updatable);
        for (int i = 0; i < count; i++) {
            Column column = shuffled.remove(dice.below(shuffled.size()));
            String value =
                    column.type().isNumeric() && dice.roll() < 0.3
                            ? column.name() + " + " + ValueDomain.increment(column.type(), dice)
                            : ValueDomain.value(column, dice);
            assignments.add(column.name() + " = " + value);
        }
        return "UPDATE "
                + table.name()
                + " SET "
                + String.join(", ", assignments)
                + " WHERE "
                + expressions.predicate(ColumnRef.unqualified(table), 1, new Usage());
    }

    private String delete(Table table) {
        double roll = dice.roll();
        String where;
        if (roll < 0.05) {
            where = "TRUE";
        } else if (roll < 0.35) {
            where = "k = " + dice.pick(ValueDomain.JOIN_KEYS);
        } else {
            where = expressions.predicate(ColumnRef.unqualified(table), 1, new Usage());
        }
        return "DELETE FROM " + table.name() + " WHERE " + where;
    }
}
