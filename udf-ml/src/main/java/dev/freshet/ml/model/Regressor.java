package dev.freshet.ml.model;

/** A model that predicts a real value. */
public interface Regressor extends Model {
    @Override
    default Task task() {
        return Task.REGRESSION;
    }

    /** The predicted value (0 before any learning). */
    double predict(FeatureVector x);
}
