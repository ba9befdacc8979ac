package dev.freshet.ml.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.freshet.ml.train.OnlineModel;
import dev.freshet.sql.error.ErrorCode;
import dev.freshet.sql.error.FreshetException;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OptionsTest {
    private static FreshetException fails(String algorithm, Map<String, String> options) {
        FreshetException e =
                assertThrows(
                        FreshetException.class,
                        () -> OnlineModel.create(algorithm, FeatureSchema.numeric(2), options));
        assertEquals(ErrorCode.INVALID_PARAMETER_VALUE, e.code());
        return e;
    }

    @Test
    void unknownAlgorithmListsTheKnownOnes() {
        FreshetException e = fails("deep_net", Map.of());
        assertTrue(e.getMessage().contains("logistic_regression"), e.getMessage());
    }

    @Test
    void notANumber() {
        FreshetException e = fails("logistic_regression", Map.of("learning_rate", "fast"));
        assertEquals(
                "invalid value \"fast\" for option \"learning_rate\" of logistic_regression:"
                        + " expected a number",
                e.getMessage());
    }

    @Test
    void outOfRange() {
        fails("logistic_regression", Map.of("learning_rate", "0"));
        fails("logistic_regression", Map.of("l2", "-1"));
        fails("hoeffding_tree", Map.of("grace_period", "0"));
        fails("adaptive_random_forest", Map.of("n_trees", "1.5"));
        fails("kmeans", Map.of("k", "0"));
    }

    @Test
    void badChoice() {
        FreshetException e = fails("logistic_regression", Map.of("optimizer", "adam"));
        assertTrue(e.getMessage().contains("adagrad | ftrl | sgd"), e.getMessage());
        fails("logistic_regression", Map.of("on_drift", "panic"));
        fails("logistic_regression", Map.of("drift_detector", "eddm"));
    }

    @Test
    void unknownOptionListsTheValidOnes() {
        FreshetException e = fails("ridge_regression", Map.of("alpha", "1"));
        assertTrue(e.getMessage().startsWith("unknown option \"alpha\" for ridge_regression"));
        assertTrue(e.getMessage().contains("l2"), e.getMessage());
    }

    @Test
    void namesAreCaseInsensitiveAndDefaultsApply() {
        OnlineModel m =
                OnlineModel.create(
                        "Logistic_Regression",
                        FeatureSchema.numeric(2),
                        Map.of("LEARNING_RATE", " 0.5 ", "on_drift", "RESET"));
        assertEquals("logistic_regression", m.algorithm().sqlName());
        assertEquals(Map.of("learning_rate", "0.5", "on_drift", "RESET"), m.options());
    }

    @Test
    void detectorAndEncoderOptionsAreValidated() {
        fails("hoeffding_tree", Map.of("adwin_delta", "1"));
        fails(
                "gaussian_naive_bayes",
                Map.of("drift_detector", "ddm", "ddm_warning", "3", "ddm_drift", "2"));
        fails("logistic_regression", Map.of("hash_buckets", "0"));
        fails("logistic_regression", Map.of("optimizer", "ftrl", "ftrl_beta", "0"));
        fails("isolation_forest", Map.of("window", "100", "min_rows", "200"));
    }

    @Test
    void exactLeastSquaresRefusesHugeDimensions() {
        FreshetException e =
                assertThrows(
                        FreshetException.class,
                        () ->
                                OnlineModel.create(
                                        "linear_regression",
                                        FeatureSchema.of(
                                                java.util.List.of("t"),
                                                java.util.List.of(FeatureKind.TEXT)),
                                        Map.of("hash_buckets", "100000")));
        assertEquals(ErrorCode.PROGRAM_LIMIT_EXCEEDED, e.code());
    }

    @Test
    void booleanOption() {
        fails("logistic_regression", Map.of("approximate_retraction", "maybe"));
        OnlineModel.create(
                "logistic_regression",
                FeatureSchema.numeric(1),
                Map.of("approximate_retraction", "on"));
    }
}
