package dev.freshet.tests.slt;

import static java.util.Objects.requireNonNull;

import dev.freshet.tests.TestDatabase;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.DynamicTest;

/**
 * Turns sqllogictest files into JUnit dynamic tests, one per file, each on a fresh database from
 * {@code databases} so that a failing file cannot leave tables behind for the next.
 *
 * <p>A file the skip list names is reported as skipped with its reason (JUnit "aborted"), not left
 * out. The runner's labels are the database's engine name plus {@code extraLabels}.
 */
public final class SltSuite {
    private final Supplier<TestDatabase> databases;
    private final SkipList skipList;
    private final Set<String> extraLabels;

    /** A suite over fresh databases from {@code databases}. */
    public SltSuite(Supplier<TestDatabase> databases, SkipList skipList, Set<String> extraLabels) {
        this.databases = requireNonNull(databases);
        this.skipList = requireNonNull(skipList);
        this.extraLabels = Set.copyOf(extraLabels);
    }

    /** One dynamic test per file, named by its path relative to the skip list's root. */
    public Stream<DynamicTest> tests(List<Path> files) {
        return files.stream()
                .map(
                        file ->
                                DynamicTest.dynamicTest(
                                        skipList.relative(file), file.toUri(), () -> run(file)));
    }

    /** Runs one file, failing the calling test with every mismatch if it does not pass. */
    public SltReport run(Path file) throws SQLException {
        Optional<String> skipped = skipList.fileSkipReason(file);
        Assumptions.assumeFalse(
                skipped.isPresent(), () -> "skipped by the skip list: " + skipped.orElseThrow());
        List<SltRecord> records = SltParser.parseFile(file);
        SltReport report;
        try (TestDatabase database = databases.get();
                Connection connection = database.connect()) {
            Set<String> labels = new HashSet<>(extraLabels);
            labels.add(database.engine());
            SltRunner runner =
                    new SltRunner(connection, new SltRunner.Options(labels, skipList, true));
            report = runner.run(skipList.relative(file), records);
        }
        if (!report.passed()) {
            Assertions.fail(report.describe());
        }
        System.out.println(report.describe());
        return report;
    }
}
