package dev.freshet.ml.model;

/** What a model predicts; decides which task interface it implements and how it is evaluated. */
public enum Task {
    /** Predicts a class index and class probabilities ({@link Classifier}). */
    CLASSIFICATION,
    /** Predicts a real value ({@link Regressor}). */
    REGRESSION,
    /** Scores how unusual a row is, without a label ({@link AnomalyDetector}). */
    ANOMALY,
    /** Assigns a row to a cluster, without a label ({@link Clusterer}). */
    CLUSTERING,
    /** Predicts a rating for a (user, item) pair and ranks items ({@code Recommender}). */
    RECOMMENDATION
}
