package dev.freshet.engine.ir;

/**
 * How an aggregate (or model) handles the deletion of an input row. Declared by every aggregate,
 * checked by the planner against the input's {@link ChangeMode}.
 */
public enum Retraction {
    /** Deletes are undone exactly from the state (count, sum, avg, linear-regression sums). */
    EXACT,
    /** Deletes are exact but the state must keep the input values (min, max, string_agg). */
    NEEDS_INPUT,
    /** Deletes are applied approximately (SGD models, opt-in). */
    APPROXIMATE,
    /** Deletes cannot be applied; the input must be append-only (trees, forests, k-means). */
    APPEND_ONLY
}
