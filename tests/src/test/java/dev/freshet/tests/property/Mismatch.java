package dev.freshet.tests.property;

import static java.util.Objects.requireNonNull;

/**
 * A view that disagreed with the reference: the scenario's seed, how many DML statements had been
 * applied (the failing prefix is the first {@code step}), what was compared, the difference (with
 * both results), a script that rebuilds the failing state, and the system properties that
 * regenerate the scenario.
 */
public record Mismatch(
        long seed, int step, String what, String details, String script, String reproduce) {
    public Mismatch {
        requireNonNull(what);
        requireNonNull(details);
        requireNonNull(script);
        requireNonNull(reproduce);
    }

    /** The whole report: seed, how to reproduce, the difference and the script. */
    public String report() {
        return "incremental view mismatch, seed "
                + seed
                + ", after "
                + step
                + " DML statement(s)\n"
                + what
                + "\n"
                + details
                + "\nreproduce: "
                + reproduce
                + "\n--- schema, the failing view and the views it reads, the shortest failing"
                + " DML prefix ---\n"
                + script;
    }
}
