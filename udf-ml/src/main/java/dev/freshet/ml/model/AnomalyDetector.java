package dev.freshet.ml.model;

/** An unsupervised model that scores how unusual a row is; {@code learn} ignores its label. */
public interface AnomalyDetector extends Model {
    @Override
    default Task task() {
        return Task.ANOMALY;
    }

    /**
     * The anomaly score of {@code x}: higher is more anomalous. Each detector documents its scale
     * (half-space trees: [0, 1]; z-score: the largest absolute z).
     */
    double anomalyScore(FeatureVector x);
}
