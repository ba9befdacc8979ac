package dev.freshet.tests.property;

import static java.util.Objects.requireNonNull;

import java.util.List;

/**
 * One generated test case: the tables, the views (each created after some number of DML
 * statements), and the DML statements, all a function of {@code seed}.
 */
public record Scenario(long seed, List<Table> tables, List<ViewDef> views, List<String> dml) {
    public Scenario {
        tables = List.copyOf(tables);
        views = List.copyOf(views);
        dml = List.copyOf(dml);
    }

    /** The views created right after {@code step} DML statements (0: before any). */
    public List<ViewDef> viewsCreatedAfter(int step) {
        return views.stream().filter(v -> v.createdAfterStep() == step).toList();
    }

    /**
     * A runnable SQL script that rebuilds the state after the first {@code steps} DML statements:
     * the tables, each view as a materialized view at the point it is created, and the DML.
     */
    public String script(int steps, String viewKeyword) {
        requireNonNull(viewKeyword);
        StringBuilder sql = new StringBuilder("-- seed ").append(seed).append('\n');
        for (Table table : tables) {
            sql.append(table.createSql()).append(";\n");
        }
        for (int step = 0; step <= Math.min(steps, dml.size()); step++) {
            if (step > 0) {
                sql.append(dml.get(step - 1)).append(";  -- step ").append(step).append('\n');
            }
            for (ViewDef view : viewsCreatedAfter(step)) {
                sql.append("CREATE ")
                        .append(viewKeyword)
                        .append(' ')
                        .append(view.name())
                        .append(" AS ")
                        .append(view.query())
                        .append(";\n");
            }
        }
        return sql.toString();
    }
}
