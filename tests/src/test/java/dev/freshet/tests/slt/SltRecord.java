package dev.freshet.tests.slt;

import static java.util.Objects.requireNonNull;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * One executable record of a sqllogictest file, after includes are expanded. Comments, blank lines,
 * {@code include} and {@code skipif}/{@code onlyif} lines are consumed by the parser: the
 * conditions are attached to the statement or query they precede.
 */
public sealed interface SltRecord {

    /** Where the record starts. */
    SltLocation location();

    /** {@code skipif <label>} or {@code onlyif <label>}. */
    record Condition(boolean onlyIf, String label) {
        public Condition {
            requireNonNull(label);
        }

        /** Whether this condition excludes the record for a runner with these labels. */
        public boolean skips(Set<String> labels) {
            return onlyIf != labels.contains(label);
        }

        @Override
        public String toString() {
            return (onlyIf ? "onlyif " : "skipif ") + label;
        }
    }

    /** What a statement must do. */
    sealed interface StatementExpectation {
        /** {@code statement ok}. */
        record Ok() implements StatementExpectation {}

        /** {@code statement count <n>}: succeed and affect (or return) exactly n rows. */
        record Count(long rows) implements StatementExpectation {}

        /** {@code statement error [regex]} or with a {@code ----} message block. */
        record Fails(ExpectedError error) implements StatementExpectation {
            public Fails {
                requireNonNull(error);
            }
        }
    }

    /** What a query must do. */
    sealed interface QueryExpectation {
        /**
         * {@code query <types> [sort mode] [label]} followed by the expected lines (one per row, or
         * one per value under {@code valuesort}). An absent sort mode means the file's current
         * {@code control sortmode}.
         */
        record Rows(
                String types,
                Optional<SortMode> sortMode,
                Optional<String> label,
                List<String> lines)
                implements QueryExpectation {
            public Rows {
                requireNonNull(types);
                requireNonNull(sortMode);
                requireNonNull(label);
                lines = List.copyOf(lines);
            }
        }

        /** {@code query error [regex]} or with a {@code ----} message block. */
        record Fails(ExpectedError error) implements QueryExpectation {
            public Fails {
                requireNonNull(error);
            }
        }
    }

    /** SQL run for its effect. */
    record Statement(
            SltLocation location,
            List<Condition> conditions,
            String sql,
            StatementExpectation expected)
            implements SltRecord {
        public Statement {
            requireNonNull(location);
            conditions = List.copyOf(conditions);
            requireNonNull(sql);
            requireNonNull(expected);
        }
    }

    /** SQL run for its rows. */
    record Query(
            SltLocation location, List<Condition> conditions, String sql, QueryExpectation expected)
            implements SltRecord {
        public Query {
            requireNonNull(location);
            conditions = List.copyOf(conditions);
            requireNonNull(sql);
            requireNonNull(expected);
        }
    }

    /** {@code control sortmode <mode>}: the default sort mode for the queries that follow. */
    record SetSortMode(SltLocation location, SortMode mode) implements SltRecord {}

    /**
     * {@code hash-threshold <n>}: results with more than n values are compared by their MD5 hash
     * ({@code <count> values hashing to <md5>}); 0 turns hashing off.
     */
    record SetHashThreshold(SltLocation location, long threshold) implements SltRecord {}

    /** {@code sleep <duration>}, e.g. {@code sleep 1s} or {@code sleep 500ms}. */
    record Sleep(SltLocation location, Duration duration) implements SltRecord {}

    /** {@code halt}: nothing after it runs. */
    record Halt(SltLocation location) implements SltRecord {}

    /** The conditions of a statement or query, none for other records. */
    static List<Condition> conditionsOf(SltRecord record) {
        return switch (record) {
            case Statement s -> s.conditions();
            case Query q -> q.conditions();
            case SetSortMode m -> List.of();
            case SetHashThreshold h -> List.of();
            case Sleep s -> List.of();
            case Halt h -> List.of();
        };
    }

    /** The SQL of a statement or query, null for other records. */
    static @Nullable String sqlOf(SltRecord record) {
        return switch (record) {
            case Statement s -> s.sql();
            case Query q -> q.sql();
            case SetSortMode m -> null;
            case SetHashThreshold h -> null;
            case Sleep s -> null;
            case Halt h -> null;
        };
    }
}
