package dev.freshet.tests.property;

import static java.util.Objects.requireNonNull;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

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
        return script(steps, viewKeyword, views.stream().map(ViewDef::name).toList());
    }

    /**
     * Like {@link #script(int, String)} but with only the view {@code view} and the views it reads,
     * directly or through other views: the others cannot change what {@code view} contains.
     */
    public String scriptFor(int steps, String viewKeyword, String view) {
        return script(steps, viewKeyword, dependencies(view));
    }

    /** {@code view} and every view it reads, directly or not. */
    public Set<String> dependencies(String view) {
        Set<String> names = new LinkedHashSet<>();
        Deque<String> pending = new ArrayDeque<>(List.of(view));
        while (!pending.isEmpty()) {
            String name = pending.pop();
            if (!names.add(name)) {
                continue;
            }
            views.stream()
                    .filter(v -> v.name().equals(name))
                    .findFirst()
                    .ifPresent(v -> pending.addAll(v.reads()));
        }
        return names;
    }

    private String script(int steps, String viewKeyword, java.util.Collection<String> included) {
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
                if (!included.contains(view.name())) {
                    continue;
                }
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
