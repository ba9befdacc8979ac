package dev.freshet.tests.slt;

import java.util.List;

/**
 * The outcome of running one file: how many records ran, how many were skipped (by {@code
 * skipif}/{@code onlyif}, or by the skip list with the reason), whether a {@code halt} ended it,
 * and the failures.
 */
public record SltReport(
        String name,
        int executed,
        int skippedByCondition,
        List<String> skippedByList,
        boolean halted,
        List<SltFailure> failures) {

    public SltReport {
        skippedByList = List.copyOf(skippedByList);
        failures = List.copyOf(failures);
    }

    /** Whether every record that ran did what the file says. */
    public boolean passed() {
        return failures.isEmpty();
    }

    /** A one-line summary. */
    public String summary() {
        return name
                + ": "
                + executed
                + " records run, "
                + failures.size()
                + " failed, "
                + skippedByCondition
                + " skipped by skipif/onlyif, "
                + skippedByList.size()
                + " skipped by the skip list"
                + (halted ? ", halted" : "");
    }

    /** The summary followed by every failure and skip-list skip. */
    public String describe() {
        StringBuilder text = new StringBuilder(summary());
        for (SltFailure failure : failures) {
            text.append("\n\n").append(failure);
        }
        for (String skip : skippedByList) {
            text.append("\nskipped: ").append(skip);
        }
        return text.toString();
    }
}
