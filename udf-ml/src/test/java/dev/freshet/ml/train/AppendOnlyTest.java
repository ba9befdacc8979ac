package dev.freshet.ml.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.freshet.engine.ir.Retraction;
import dev.freshet.ml.model.FeatureSchema;
import dev.freshet.ml.model.FeatureVector;
import dev.freshet.ml.model.Model;
import dev.freshet.ml.model.Options;
import dev.freshet.sql.error.ErrorCode;
import dev.freshet.sql.error.FreshetException;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

class AppendOnlyTest {
    @ParameterizedTest
    @EnumSource(Algorithm.class)
    void appendOnlyModelsRefuseNegativeWeights(Algorithm a) {
        if (a.retraction() != Retraction.APPEND_ONLY) {
            return;
        }
        Model m = a.create(2, Options.empty(a.sqlName()));
        m.learn(FeatureVector.of(1, 2), 0, 1);
        FreshetException e =
                assertThrows(FreshetException.class, () -> m.learn(FeatureVector.of(1, 2), 0, -1));
        assertEquals(ErrorCode.FEATURE_NOT_SUPPORTED, e.code());
        assertTrue(e.getMessage().contains("append-only"), e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(strings = {"logistic_regression", "passive_aggressive_classifier"})
    void approximateModelsNeedTheOptIn(String name) {
        Object[] row = {1.0, 2.0};
        OnlineModel strict = OnlineModel.create(name, FeatureSchema.numeric(2), Map.of());
        assertEquals(Retraction.APPEND_ONLY, strict.retraction());
        strict.learn(row, "a", 1);
        FreshetException e = assertThrows(FreshetException.class, () -> strict.learn(row, "a", -1));
        assertEquals(ErrorCode.FEATURE_NOT_SUPPORTED, e.code());
        assertNotNull(e.hint());

        OnlineModel lenient =
                OnlineModel.create(
                        name, FeatureSchema.numeric(2), Map.of("approximate_retraction", "true"));
        assertEquals(Retraction.APPROXIMATE, lenient.retraction());
        lenient.learn(row, "a", 1);
        lenient.learn(row, "a", -1);
        assertEquals(0, lenient.rows());
    }

    @ParameterizedTest
    @ValueSource(strings = {"reset", "adapt"})
    void forgettingDriftPoliciesMakeExactModelsAppendOnly(String policy) {
        OnlineModel m =
                OnlineModel.create(
                        "gaussian_naive_bayes",
                        FeatureSchema.numeric(1),
                        Map.of("on_drift", policy));
        assertEquals(Retraction.APPEND_ONLY, m.retraction());
        m.learn(new Object[] {1.0}, "a", 1);
        assertThrows(FreshetException.class, () -> m.learn(new Object[] {1.0}, "a", -1));
    }

    @ParameterizedTest
    @ValueSource(strings = {"none", "restart"})
    void policiesThatForgetNothingKeepExactness(String policy) {
        OnlineModel m =
                OnlineModel.create(
                        "linear_regression", FeatureSchema.numeric(1), Map.of("on_drift", policy));
        assertEquals(Retraction.EXACT, m.retraction());
    }

    @ParameterizedTest
    @ValueSource(strings = {"linear_regression", "gaussian_naive_bayes"})
    void standardisingAnExactModelMakesItApproximate(String name) {
        OnlineModel m =
                OnlineModel.create(
                        name,
                        FeatureSchema.numeric(1),
                        Map.of("standardize", "true", "approximate_retraction", "true"));
        assertEquals(Retraction.APPROXIMATE, m.retraction());
    }

    @ParameterizedTest
    @ValueSource(strings = {"gaussian_naive_bayes", "logistic_regression"})
    void retractingAnUnknownLabelFails(String name) {
        OnlineModel m =
                OnlineModel.create(
                        name, FeatureSchema.numeric(1), Map.of("approximate_retraction", "true"));
        m.learn(new Object[] {1.0}, "a", 1);
        FreshetException e =
                assertThrows(FreshetException.class, () -> m.learn(new Object[] {1.0}, "b", -1));
        assertEquals(ErrorCode.DATA_EXCEPTION, e.code());
    }
}
