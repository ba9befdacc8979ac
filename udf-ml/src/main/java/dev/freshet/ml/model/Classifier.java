package dev.freshet.ml.model;

/**
 * A model that predicts a class. Classes are dense indices {@code 0 .. classCount()-1}; a label
 * index at or above the current count grows the model (labels are discovered as rows arrive).
 */
public interface Classifier extends Model {
    @Override
    default Task task() {
        return Task.CLASSIFICATION;
    }

    /** Number of classes seen so far (the largest label index + 1). */
    int classCount();

    /**
     * Writes the probability of each class to {@code out[0 .. classCount()-1]} (they sum to 1;
     * uniform before any learning). {@code out} must hold at least {@link #classCount()} values.
     */
    void predictProba(FeatureVector x, double[] out);

    /** The most probable class (ties: the lowest index), or 0 before any learning. */
    default int predict(FeatureVector x, double[] scratch) {
        int k = classCount();
        if (k == 0) {
            return 0;
        }
        predictProba(x, scratch);
        int best = 0;
        for (int c = 1; c < k; c++) {
            if (scratch[c] > scratch[best]) {
                best = c;
            }
        }
        return best;
    }
}
