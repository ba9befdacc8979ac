package dev.freshet.ml.drift;

/** What a detector concluded after one value. */
public enum DriftState {
    /** No change. */
    STABLE,
    /** A change may be starting (DDM's warning zone; ARF starts a background tree). */
    WARNING,
    /** A change was detected. */
    DRIFT
}
