package dev.freshet.engine;

import dev.freshet.engine.api.Prepared;
import dev.freshet.engine.api.Session;
import dev.freshet.engine.api.StatementResult;
import dev.freshet.engine.batch.Batch;
import java.util.ArrayList;
import java.util.List;

/** Statements and queries on an engine session, for the planner's tests. */
public final class EngineSql {
    private EngineSql() {}

    /** Runs the statements of {@code sql}. */
    public static void run(Session s, String sql) {
        for (Prepared p : s.prepareAll(sql)) {
            s.execute(p, List.of());
        }
    }

    /** The rows of a query, each as its values joined by {@code " | "}. */
    public static List<String> rows(Session s, String sql) {
        List<String> out = new ArrayList<>();
        for (Prepared p : s.prepareAll(sql)) {
            if (s.execute(p, List.of()) instanceof StatementResult.Rows rows) {
                for (Batch b = rows.cursor().next(); b != null; b = rows.cursor().next()) {
                    for (int r = 0; r < b.size(); r++) {
                        StringBuilder line = new StringBuilder();
                        for (int c = 0; c < b.columnCount(); c++) {
                            line.append(c == 0 ? "" : " | ").append(b.column(c).getObject(r));
                        }
                        out.add(line.toString());
                    }
                }
            }
        }
        return out;
    }
}
