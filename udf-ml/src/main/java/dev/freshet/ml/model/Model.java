package dev.freshet.ml.model;

import dev.freshet.engine.ir.Retraction;
import dev.freshet.sql.error.ErrorCode;
import dev.freshet.sql.error.FreshetException;

/**
 * An online model over encoded feature vectors: it learns one weighted example at a time and its
 * whole state, hyperparameters included, can be written in the binary model format.
 *
 * <p>Weights: {@code learn(x, y, w)} with {@code w > 0} counts the example {@code w} times; {@code
 * w < 0} retracts it. What a retraction means is {@link #retraction()}:
 *
 * <ul>
 *   <li>{@link Retraction#EXACT}: afterwards the model equals (up to floating-point rounding) one
 *       trained only on the remaining examples;
 *   <li>{@link Retraction#APPROXIMATE}: a negative-weight update step; the caller must opt in;
 *   <li>{@link Retraction#APPEND_ONLY}: a negative weight fails with {@link
 *       ErrorCode#FEATURE_NOT_SUPPORTED} ({@link #requirePositive}).
 * </ul>
 *
 * A weight of zero is a no-op. Models never keep a reference to the {@link FeatureVector} they are
 * given. Implementations are not thread safe.
 */
public interface Model {
    /** The registry name of the algorithm ({@code logistic_regression}, ...). */
    String algorithm();

    /** What the model predicts. */
    Task task();

    /** How the model handles negative weights. */
    Retraction retraction();

    /** Number of feature slots the model expects. */
    int dimension();

    /**
     * Learns from one example. {@code y} is the class index ({@code 0, 1, ...}) for classifiers,
     * the target for regressors, and ignored by unsupervised models.
     */
    void learn(FeatureVector x, double y, double weight);

    /** Forgets everything learned; keeps the hyperparameters. */
    void reset();

    /**
     * Restores the model's ability to adapt after a drift without forgetting what it learned (for
     * example, restarts an adaptive optimiser's per-coordinate step sizes). Default: nothing.
     */
    default void restart() {}

    /**
     * Writes the complete state (hyperparameters first) so that the algorithm's reader restores an
     * equal model: equal predictions and equal bytes when written again.
     */
    void write(ModelOutput out);

    /**
     * Fails with a clear error when an append-only model is given a negative weight.
     *
     * @return whether the example should be applied ({@code false} for weight 0)
     */
    static boolean requirePositive(String algorithm, double weight) {
        if (weight < 0) {
            throw new FreshetException(
                    ErrorCode.FEATURE_NOT_SUPPORTED,
                    algorithm
                            + " is append-only: it cannot unlearn a deleted or updated row"
                            + " (use it over an append-only input)");
        }
        if (!(weight > 0) || Double.isInfinite(weight)) {
            if (weight == 0.0) {
                return false;
            }
            throw new FreshetException(
                    ErrorCode.INVALID_PARAMETER_VALUE, "example weight must be finite: " + weight);
        }
        return true;
    }
}
