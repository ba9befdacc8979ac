package dev.freshet.engine.session;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.freshet.engine.api.EngineConfig;
import dev.freshet.engine.api.Prepared;
import dev.freshet.engine.api.Session;
import dev.freshet.engine.api.StatementResult;
import dev.freshet.engine.batch.Batch;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Golden-file test of EXPLAIN: runs {@code explain/views.sql} statement by statement and compares
 * the EXPLAIN output with {@code explain/views.plan}. Run with {@code -Dfreshet.golden.update=true}
 * to rewrite the golden file, then review its diff like code.
 */
class ExplainGoldenTest {
    private static final Path DIR = Path.of("src/test/resources/explain");

    @Test
    void viewsAndQueries(@TempDir Path data) throws IOException {
        String script = Files.readString(DIR.resolve("views.sql"), StandardCharsets.UTF_8);
        StringBuilder actual = new StringBuilder();
        try (FreshetEngine engine = FreshetEngine.start(EngineConfig.of(data));
                Session session = engine.openSession("root", "dev", Map.of())) {
            for (String line : script.split("\n")) {
                String sql = line.strip();
                if (sql.isEmpty() || sql.startsWith("--")) {
                    continue;
                }
                for (Prepared p : session.prepareAll(sql)) {
                    StatementResult r = session.execute(p, List.of());
                    if (sql.startsWith("EXPLAIN")) {
                        actual.append("> ").append(sql).append('\n');
                        for (String planLine : lines(r)) {
                            actual.append(planLine).append('\n');
                        }
                        actual.append('\n');
                    }
                }
            }
        }
        Path golden = DIR.resolve("views.plan");
        if (Boolean.getBoolean("freshet.golden.update")) {
            Files.writeString(golden, actual.toString(), StandardCharsets.UTF_8);
        }
        assertEquals(Files.readString(golden, StandardCharsets.UTF_8), actual.toString());
    }

    private static List<String> lines(StatementResult r) {
        List<String> out = new ArrayList<>();
        if (r instanceof StatementResult.Rows rows) {
            for (Batch b = rows.cursor().next(); b != null; b = rows.cursor().next()) {
                for (int i = 0; i < b.size(); i++) {
                    out.add((String) b.column(0).getObject(i));
                }
            }
        }
        return out;
    }
}
