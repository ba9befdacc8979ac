package dev.freshet.engine.ir;

/**
 * Whether a stream only ever inserts or may also retract rows. Derived per plan node and shown by
 * EXPLAIN; aggregates that cannot retract are refused over a retracting input.
 */
public enum ChangeMode {
    APPEND_ONLY("append-only"),
    RETRACTING("retracting");

    private final String label;

    ChangeMode(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    public static ChangeMode of(boolean appendOnly) {
        return appendOnly ? APPEND_ONLY : RETRACTING;
    }
}
