package dev.freshet.engine.expr;

import dev.freshet.engine.api.EngineConfig;
import dev.freshet.engine.api.Prepared;
import dev.freshet.engine.api.Session;
import dev.freshet.engine.api.StatementResult;
import dev.freshet.engine.batch.Batch;
import dev.freshet.engine.session.FreshetEngine;
import dev.freshet.engine.type.PgText;
import dev.freshet.sql.error.FreshetException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Runs SQL through a real engine (parser, validator, planner, dataflow) in a temporary data
 * directory and renders results as PostgreSQL's text output, so tests compare against what
 * PostgreSQL prints. An error renders as {@code ERROR <sqlstate>: <message>}.
 */
final class SqlRunner implements AutoCloseable {
    private final Path dir;
    private final FreshetEngine engine;
    private final Session session;

    SqlRunner() {
        try {
            dir = Files.createTempDirectory("freshet-fn-test");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        engine = FreshetEngine.start(EngineConfig.of(dir));
        session = engine.openSession("test", "dev", Map.of("TimeZone", "UTC"));
    }

    /** Runs one statement; returns its rows, each row's values joined by {@code |}. */
    List<String> rows(String sql) {
        try {
            List<Prepared> prepared = session.prepareAll(sql);
            List<String> out = new ArrayList<>();
            for (Prepared p : prepared) {
                out.clear();
                StatementResult r = session.execute(p, List.of());
                if (r instanceof StatementResult.Rows rows) {
                    try (var cursor = rows.cursor()) {
                        for (Batch b = cursor.next(); b != null; b = cursor.next()) {
                            for (int i = 0; i < b.size(); i++) {
                                StringBuilder line = new StringBuilder();
                                for (int c = 0; c < b.columnCount(); c++) {
                                    if (c > 0) {
                                        line.append('|');
                                    }
                                    if (b.column(c).isNull(i)) {
                                        line.append("NULL");
                                    } else {
                                        PgText.format(b.column(c), i, ZoneOffset.UTC, line);
                                    }
                                }
                                out.add(line.toString());
                            }
                        }
                    }
                }
            }
            return out;
        } catch (FreshetException e) {
            return List.of("ERROR " + e.code().sqlState() + ": " + e.getMessage());
        }
    }

    /**
     * Prepares {@code sql} as the extended protocol does (parameter types inferred) and runs it
     * with {@code params}; returns the inferred parameter types and then the rows.
     */
    List<String> prepared(String sql, Object... params) {
        try {
            Prepared p = session.prepare(sql, List.of());
            List<String> out = new ArrayList<>();
            out.add("params " + p.parameterTypes());
            StatementResult r = session.execute(p, java.util.Arrays.asList(params));
            if (r instanceof StatementResult.Rows rows) {
                try (var cursor = rows.cursor()) {
                    for (Batch b = cursor.next(); b != null; b = cursor.next()) {
                        for (int i = 0; i < b.size(); i++) {
                            StringBuilder line = new StringBuilder();
                            PgText.format(b.column(0), i, ZoneOffset.UTC, line);
                            out.add(line.toString());
                        }
                    }
                }
            }
            return out;
        } catch (FreshetException e) {
            return List.of("ERROR " + e.code().sqlState() + ": " + e.getMessage());
        }
    }

    /** The single value of {@code SELECT expr}, or the error. */
    String value(String expr) {
        List<String> r = rows("SELECT " + expr);
        return r.size() == 1 ? r.get(0) : r.toString();
    }

    /** Runs statements that return no rows; fails on error. */
    void exec(String... sql) {
        for (String s : sql) {
            List<String> r = rows(s);
            if (!r.isEmpty() && r.get(0).startsWith("ERROR")) {
                throw new AssertionError(s + ": " + r.get(0));
            }
        }
    }

    @Override
    public void close() {
        session.close();
        engine.close();
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
