package dev.freshet.ml.train;

/**
 * One drift event of a model.
 *
 * @param row the model's row count (rows learned, by weight) when it happened
 * @param kind what happened
 */
public record DriftEvent(long row, Kind kind) {
    /** The kinds of events. */
    public enum Kind {
        /** The detector signalled drift (every policy). */
        DETECTED,
        /** The model was reset ({@code on_drift = reset}). */
        RESET,
        /** The model's optimiser was restarted ({@code on_drift = restart}). */
        RESTARTED,
        /** A background model was started ({@code adapt}). */
        BACKGROUND_STARTED,
        /** The background model replaced the current one ({@code adapt}). */
        REPLACED,
        /** The background model was dropped as no better ({@code adapt}). */
        BACKGROUND_DROPPED
    }
}
