package dev.freshet.tests.property;

import static java.util.Objects.requireNonNull;

/**
 * A view that disagreed with the reference: the scenario's seed, how many DML statements had been
 * applied (the failing prefix is the first {@code step}), what was compared, the difference, and a
 * script that rebuilds the failing state.
 */
public record Mismatch(long seed, int step, String what, String details, String script) {
    public Mismatch {
        requireNonNull(what);
        requireNonNull(details);
        requireNonNull(script);
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
                + "\nreproduce: -Dfreshet.property.seed="
                + seed
                + " -Dfreshet.property.runs=1 -Dfreshet.property.steps="
                + Math.max(step, 1)
                + "\n--- schema, views and the shortest failing DML prefix ---\n"
                + script;
    }
}
