package dev.freshet.tests.property;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Runs one generated scenario per seed of {@link PropertySettings#seeds()}, each on a fresh {@link
 * SidePair}. Prints the seeds first (so a random one is known even if the run dies), one line per
 * scenario, and the coverage at the end. A mismatch's full report is printed and written to {@code
 * target/property-failures/seed-<seed>.sql}; the run stops there, or with {@code keepGoing} goes on
 * and fails at the end listing every failing seed.
 */
public final class PropertyRunner {

    /** Opens a fresh system under test and reference for one scenario. */
    @FunctionalInterface
    public interface SidesFactory {
        SidePair open() throws Exception;
    }

    private PropertyRunner() {}

    /**
     * Runs the scenarios, sized by {@code config} (whose DML steps should be {@link
     * PropertySettings#steps()}); throws {@link AssertionError} with the report(s) on a mismatch.
     */
    public static void run(
            PropertySettings settings,
            GeneratorConfig config,
            Features features,
            SidesFactory sides,
            boolean checkAdHoc)
            throws Exception {
        ScenarioGenerator generator = new ScenarioGenerator(config, features);
        System.out.println(
                "property run: seeds "
                        + settings.seeds()
                        + ", "
                        + config.dmlSteps()
                        + " DML statements and "
                        + config.minViews()
                        + "-"
                        + config.maxViews()
                        + " views each, "
                        + features.describe());
        Coverage coverage = new Coverage();
        List<String> failures = new ArrayList<>();
        String firstReport = null;
        for (long seed : settings.seeds()) {
            Scenario scenario = generator.generate(seed);
            coverage.add(scenario);
            long started = System.nanoTime();
            Optional<Mismatch> mismatch;
            try (SidePair pair = sides.open()) {
                mismatch =
                        new IncrementalViewChecker(
                                        pair.systemUnderTest(),
                                        pair.reference(),
                                        checkAdHoc,
                                        features)
                                .check(scenario);
            } catch (IllegalStateException generatorBug) {
                // SQL the reference rejects: fix the generator. A long run notes it and goes on.
                if (!settings.keepGoing()) {
                    throw new IllegalStateException(
                            "seed " + seed + ": " + generatorBug.getMessage(), generatorBug);
                }
                System.out.println(
                        "  seed " + seed + ": GENERATOR BUG " + generatorBug.getMessage());
                failures.add(seed + ": generator bug: " + generatorBug.getMessage());
                continue;
            }
            long millis = (System.nanoTime() - started) / 1_000_000;
            String summary =
                    "  seed "
                            + seed
                            + ": "
                            + scenario.tables().size()
                            + " tables, "
                            + scenario.views().size()
                            + " views "
                            + scenario.views().stream().map(v -> v.shape().name()).toList()
                            + ", "
                            + scenario.dml().size()
                            + " DML, "
                            + millis
                            + " ms: ";
            if (mismatch.isEmpty()) {
                System.out.println(summary + "ok");
                continue;
            }
            String report = mismatch.get().report();
            Path file = writeReport(seed, mismatch.get());
            System.out.println(summary + "MISMATCH (" + file + ")");
            System.err.println(report);
            if (!settings.keepGoing()) {
                throw new AssertionError(report + "\n(also written to " + file + ")");
            }
            failures.add(seed + ": " + firstLine(mismatch.get()) + " -> " + file);
            if (firstReport == null) {
                firstReport = report;
            }
        }
        System.out.println(coverage.summary(features));
        if (!failures.isEmpty()) {
            throw new AssertionError(
                    failures.size()
                            + " of "
                            + settings.seeds().size()
                            + " scenarios failed:\n  "
                            + String.join("\n  ", failures)
                            + "\nfirst report:\n"
                            + firstReport);
        }
    }

    private static String firstLine(Mismatch mismatch) {
        String what = mismatch.what();
        int newline = what.indexOf('\n');
        return newline < 0 ? what : what.substring(0, newline);
    }

    /** The report as a runnable script: the findings in a comment, then the SQL. */
    private static Path writeReport(long seed, Mismatch mismatch) throws IOException {
        Path dir = Path.of("target", "property-failures");
        Files.createDirectories(dir);
        Path file = dir.resolve("seed-" + seed + ".sql").toAbsolutePath();
        String findings = mismatch.report();
        findings = findings.substring(0, findings.length() - mismatch.script().length());
        Files.writeString(
                file,
                "/*\n" + findings.replace("*/", "* /") + "*/\n" + mismatch.script(),
                StandardCharsets.UTF_8);
        return file;
    }
}
