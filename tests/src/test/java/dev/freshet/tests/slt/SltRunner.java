package dev.freshet.tests.slt;

import static java.util.Objects.requireNonNull;

import dev.freshet.tests.slt.SltRecord.QueryExpectation;
import dev.freshet.tests.slt.SltRecord.StatementExpectation;
import java.sql.Connection;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Runs parsed sqllogictest records on one connection, in order, and reports what did not match.
 *
 * <p>A record is skipped when one of its conditions says so for this runner's labels ({@code skipif
 * l} when l is a label, {@code onlyif l} when it is not) or when the skip list names it. By default
 * the run stops at the first failure, as sqllogictest-rs does, since later records usually depend
 * on earlier ones.
 */
public final class SltRunner {

    /**
     * How to run: the labels {@code skipif}/{@code onlyif} test (the engine name, e.g. {@code
     * freshet} or {@code postgres}, and any extra), the skip list, and whether to stop at the first
     * failure.
     */
    public record Options(Set<String> labels, SkipList skipList, boolean stopAtFirstFailure) {
        public Options {
            labels = Set.copyOf(labels);
            requireNonNull(skipList);
        }
    }

    private final JdbcSqlExecutor executor;
    private final Options options;

    /** A runner over a connection it uses but does not own. */
    public SltRunner(Connection connection, Options options) {
        this.executor = new JdbcSqlExecutor(connection);
        this.options = requireNonNull(options);
    }

    /** Runs the records of the file named {@code name} and reports the outcome. */
    public SltReport run(String name, List<SltRecord> records) {
        SortMode defaultSort = SortMode.NOSORT;
        long hashThreshold = 0;
        int executed = 0;
        int skippedByCondition = 0;
        boolean halted = false;
        List<String> skippedByList = new ArrayList<>();
        List<SltFailure> failures = new ArrayList<>();
        for (SltRecord record : records) {
            if (record instanceof SltRecord.Halt) {
                halted = true;
                break;
            }
            if (SltRecord.conditionsOf(record).stream().anyMatch(c -> c.skips(options.labels()))) {
                skippedByCondition++;
                continue;
            }
            Optional<String> listed = options.skipList().recordSkipReason(record.location());
            if (listed.isPresent()) {
                skippedByList.add(
                        options.skipList().relative(record.location().file())
                                + ":"
                                + record.location().line()
                                + "  # "
                                + listed.get());
                continue;
            }
            Optional<SltFailure> failure = Optional.empty();
            switch (record) {
                case SltRecord.SetSortMode m -> defaultSort = m.mode();
                case SltRecord.SetHashThreshold h -> hashThreshold = h.threshold();
                case SltRecord.Sleep s -> sleep(s);
                case SltRecord.Halt h -> throw new IllegalStateException("handled above");
                case SltRecord.Statement s -> {
                    executed++;
                    failure = checkStatement(s);
                }
                case SltRecord.Query q -> {
                    executed++;
                    failure =
                            checkQuery(
                                    q,
                                    defaultSort,
                                    hashThreshold,
                                    options.skipList().numericByValue(q.location()));
                }
            }
            if (failure.isPresent()) {
                failures.add(failure.get());
                if (options.stopAtFirstFailure()) {
                    break;
                }
            }
        }
        return new SltReport(name, executed, skippedByCondition, skippedByList, halted, failures);
    }

    private Optional<SltFailure> checkStatement(SltRecord.Statement s) {
        SqlOutcome outcome = executor.execute(s.sql());
        return switch (s.expected()) {
            case StatementExpectation.Ok ok ->
                    outcome instanceof SqlOutcome.Failed(String message)
                            ? fail(s.location(), s.sql(), "statement failed", "ok", message)
                            : Optional.empty();
            case StatementExpectation.Count(long rows) ->
                    switch (outcome) {
                        case SqlOutcome.Failed(String message) ->
                                fail(
                                        s.location(),
                                        s.sql(),
                                        "statement failed",
                                        "count " + rows,
                                        message);
                        case SqlOutcome.Done(long count) -> checkCount(s, rows, count);
                        case SqlOutcome.Rows r -> checkCount(s, rows, r.rows().size());
                    };
            case StatementExpectation.Fails(ExpectedError error) ->
                    checkError(s.location(), s.sql(), "statement", error, outcome);
        };
    }

    private Optional<SltFailure> checkCount(SltRecord.Statement s, long expected, long actual) {
        return expected == actual
                ? Optional.empty()
                : fail(
                        s.location(),
                        s.sql(),
                        "statement affected a different number of rows",
                        "count " + expected,
                        "count " + actual);
    }

    private Optional<SltFailure> checkQuery(
            SltRecord.Query q, SortMode defaultSort, long hashThreshold, boolean numericByValue) {
        SqlOutcome outcome = executor.execute(q.sql());
        return switch (q.expected()) {
            case QueryExpectation.Fails(ExpectedError error) ->
                    checkError(q.location(), q.sql(), "query", error, outcome);
            case QueryExpectation.Rows rows ->
                    switch (outcome) {
                        case SqlOutcome.Failed(String message) ->
                                fail(
                                        q.location(),
                                        q.sql(),
                                        "query failed",
                                        String.join("\n", rows.lines()),
                                        message);
                        case SqlOutcome.Done d ->
                                compareRows(q, rows, List.of(), defaultSort, hashThreshold, false);
                        case SqlOutcome.Rows r ->
                                compareRows(
                                        q,
                                        rows,
                                        r.rows(),
                                        defaultSort,
                                        hashThreshold,
                                        numericByValue);
                    };
        };
    }

    private static Optional<SltFailure> compareRows(
            SltRecord.Query q,
            QueryExpectation.Rows rows,
            List<List<String>> actualRows,
            SortMode defaultSort,
            long hashThreshold,
            boolean numericByValue) {
        SortMode mode = rows.sortMode().orElse(defaultSort);
        List<String> expected = ResultLines.expected(rows.lines());
        if (numericByValue) {
            actualRows =
                    actualRows.stream()
                            .map(r -> r.stream().map(ResultLines::decimalByValue).toList())
                            .toList();
        }
        List<String> actual = ResultLines.actual(actualRows, mode, hashThreshold);
        boolean same =
                numericByValue
                        ? ResultLines.sameDecimalsByValue(expected, actual)
                        : actual.equals(expected);
        return same
                ? Optional.empty()
                : fail(
                        q.location(),
                        q.sql(),
                        "query result mismatch (" + mode.name().toLowerCase(Locale.ROOT) + ")",
                        String.join("\n", expected),
                        String.join("\n", actual));
    }

    private static Optional<SltFailure> checkError(
            SltLocation location,
            String sql,
            String kind,
            ExpectedError error,
            SqlOutcome outcome) {
        if (!(outcome instanceof SqlOutcome.Failed(String message))) {
            return fail(
                    location,
                    sql,
                    kind + " succeeded but was expected to fail",
                    error.toString(),
                    describe(outcome));
        }
        return error.matches(message)
                ? Optional.empty()
                : fail(
                        location,
                        sql,
                        kind + " failed with another error",
                        error.toString(),
                        message);
    }

    private static String describe(SqlOutcome outcome) {
        return switch (outcome) {
            case SqlOutcome.Failed(String message) -> message;
            case SqlOutcome.Done(long count) -> "ok (" + count + " rows affected)";
            case SqlOutcome.Rows r -> "ok (" + r.rows().size() + " rows)";
        };
    }

    private static Optional<SltFailure> fail(
            SltLocation location, String sql, String problem, String expected, String actual) {
        return Optional.of(new SltFailure(location, sql, problem, expected, actual));
    }

    private static void sleep(SltRecord.Sleep s) {
        try {
            Thread.sleep(s.duration());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted in " + s.location(), e);
        }
    }
}
