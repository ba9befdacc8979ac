package dev.freshet.ml.train;

/** What a model does when the detector on its error signals drift ({@code on_drift}). */
public enum DriftPolicy {
    /** Record the event only (default; keeps exact retraction). */
    NONE,
    /** Forget the model and learn from scratch. */
    RESET,
    /**
     * Keep what the model learned but restore its plasticity ({@code Model.restart()}: adaptive
     * optimisers restart their step sizes). Does not forget rows, so it keeps the retraction class.
     */
    RESTART,
    /**
     * Start a background model that learns alongside; after {@code adapt_window} rows it replaces
     * the current model if its error over those rows was not higher, else it is dropped.
     */
    ADAPT
}
