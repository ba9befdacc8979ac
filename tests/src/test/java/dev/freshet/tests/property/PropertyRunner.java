package dev.freshet.tests.property;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Runs {@link PropertySettings#runs()} generated scenarios, each on a fresh {@link SidePair}, and
 * fails on the first mismatch with its full report (also written to {@code
 * target/property-failures/seed-<seed>.sql}).
 */
public final class PropertyRunner {

    /** Opens a fresh system under test and reference for one scenario. */
    @FunctionalInterface
    public interface SidesFactory {
        SidePair open() throws Exception;
    }

    private PropertyRunner() {}

    /** Runs the scenarios; throws {@link AssertionError} with the report on a mismatch. */
    public static void run(PropertySettings settings, SidesFactory sides, boolean checkAdHoc)
            throws Exception {
        ScenarioGenerator generator =
                new ScenarioGenerator(GeneratorConfig.withSteps(settings.steps()));
        System.out.println(
                "property run: seed "
                        + settings.seed()
                        + ", "
                        + settings.runs()
                        + " scenario(s) of "
                        + settings.steps()
                        + " DML statements");
        for (int i = 0; i < settings.runs(); i++) {
            Scenario scenario = generator.generate(settings.seed() + i);
            Optional<Mismatch> mismatch;
            try (SidePair pair = sides.open()) {
                mismatch =
                        new IncrementalViewChecker(
                                        pair.systemUnderTest(), pair.reference(), checkAdHoc)
                                .check(scenario);
            }
            if (mismatch.isPresent()) {
                String report = mismatch.get().report();
                Path file = writeReport(scenario.seed(), report);
                System.err.println(report);
                throw new AssertionError(report + "\n(also written to " + file + ")");
            }
            System.out.println(
                    "  seed "
                            + scenario.seed()
                            + ": "
                            + scenario.tables().size()
                            + " tables, "
                            + scenario.views().size()
                            + " views "
                            + scenario.views().stream().map(v -> v.shape().name()).toList()
                            + ", "
                            + scenario.dml().size()
                            + " DML: ok");
        }
    }

    private static Path writeReport(long seed, String report) throws IOException {
        Path dir = Path.of("target", "property-failures");
        Files.createDirectories(dir);
        Path file = dir.resolve("seed-" + seed + ".sql").toAbsolutePath();
        Files.writeString(
                file, "/*\n" + report.replace("*/", "* /") + "\n*/\n", StandardCharsets.UTF_8);
        return file;
    }
}
