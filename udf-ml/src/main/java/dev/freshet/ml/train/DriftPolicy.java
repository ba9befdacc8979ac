package dev.freshet.ml.train;

/** What a model does when the detector on its error signals drift ({@code on_drift}). */
public enum DriftPolicy {
    /** Record the event only (default; keeps exact retraction). */
    NONE,
    /** Forget the model and learn from scratch. */
    RESET,
    /**
     * Start a background model that learns alongside; after {@code adapt_window} rows it replaces
     * the current model if its error over those rows was not higher, else it is dropped.
     */
    ADAPT
}
