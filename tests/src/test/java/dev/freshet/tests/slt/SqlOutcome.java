package dev.freshet.tests.slt;

import static java.util.Objects.requireNonNull;

import java.util.List;

/** What running one SQL string did, with every value already rendered as sqllogictest text. */
public sealed interface SqlOutcome {

    /** The SQL returned rows (possibly none). */
    record Rows(List<List<String>> rows) implements SqlOutcome {
        public Rows {
            rows = rows.stream().map(List::copyOf).toList();
        }
    }

    /** The SQL returned no rows but a command tag with this row count (0 if it has none). */
    record Done(long count) implements SqlOutcome {}

    /** The SQL failed with this message. */
    record Failed(String message) implements SqlOutcome {
        public Failed {
            requireNonNull(message);
        }
    }
}
