package dev.freshet.sql.parser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.freshet.sql.error.FreshetException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every statement that RisingWave's end-to-end suite (shared/conformance/risingwave) expects to
 * succeed must parse. Records expected to fail may fail to parse or not.
 *
 * <p>The corpus is found through the system property {@code freshet.conformance.dir}, else at
 * {@code ../../shared/conformance} from this module (the checkout's sibling {@code shared/}).
 */
class ConformanceCorpusTest {
    /**
     * Statements the parser deliberately does not accept, by their first line, each with the
     * reason. Empty: every statement of the corpus parses.
     */
    private static final Map<String, String> NOT_SUPPORTED = Map.of();

    @Test
    void everyStatementExpectedToSucceedParses() throws IOException {
        List<Path> files = corpusFiles();
        assertTrue(
                files.size() > 50, "expected the whole corpus, found " + files.size() + " files");
        List<String> failures = new ArrayList<>();
        int parsed = 0;
        for (Path file : files) {
            for (SltRecord record : SltRecord.read(file)) {
                if (!record.expectsSuccess()
                        || NOT_SUPPORTED.containsKey(record.sql().lines().findFirst().orElse(""))) {
                    continue;
                }
                try {
                    List<ParsedStatement> statements = FreshetParser.parse(record.sql());
                    assertEquals(1, statements.size(), record.sql());
                    parsed++;
                } catch (FreshetException e) {
                    failures.add(
                            file.getFileName()
                                    + ":"
                                    + record.line()
                                    + ": "
                                    + e.getMessage()
                                    + " (position "
                                    + e.position()
                                    + ")\n    "
                                    + record.sql().replace("\n", "\n    "));
                }
            }
        }
        if (!failures.isEmpty()) {
            fail(failures.size() + " statements do not parse:\n" + String.join("\n", failures));
        }
        assertTrue(parsed > 400, "parsed only " + parsed + " statements");
    }

    static List<Path> corpusFiles() throws IOException {
        Path root = corpusRoot().resolve("risingwave");
        try (Stream<Path> paths = Files.walk(root)) {
            return paths.filter(
                            p -> {
                                String name = p.getFileName().toString();
                                return name.endsWith(".slt") || name.endsWith(".slt.part");
                            })
                    .sorted()
                    .toList();
        }
    }

    private static Path corpusRoot() {
        String property = System.getProperty("freshet.conformance.dir");
        List<Path> candidates =
                property != null
                        ? List.of(Path.of(property))
                        : List.of(
                                Path.of("../../shared/conformance"),
                                Path.of("../shared/conformance"));
        for (Path candidate : candidates) {
            if (Files.isDirectory(candidate.resolve("risingwave"))) {
                return candidate;
            }
        }
        throw new IllegalStateException(
                "conformance corpus not found at "
                        + candidates
                        + " (from "
                        + Path.of("").toAbsolutePath()
                        + "); set -Dfreshet.conformance.dir=<path to shared/conformance>");
    }
}
