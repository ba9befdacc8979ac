package dev.freshet.ml.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.freshet.ml.Synthetic;
import dev.freshet.ml.Synthetic.Example;
import dev.freshet.ml.model.FeatureSchema;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class OnlineModelTest {
    private static void stream(OnlineModel m, List<Example> rows) {
        for (Example e : rows) {
            m.learn(e.row(), e.y() == 1 ? "up" : "down", 1);
        }
    }

    @Test
    void prequentialMetricsAndLabels() {
        OnlineModel m =
                OnlineModel.create("logistic_regression", FeatureSchema.numeric(2), Map.of());
        assertNull(m.predict(new Object[] {0.0, 0.0}));
        stream(m, Synthetic.separable(3000, 1));
        assertEquals(3000, m.rows());
        assertEquals(3000, m.version());
        assertEquals(3000.0, m.classificationMetrics().count());
        assertTrue(m.classificationMetrics().accuracy() > 0.95);
        assertTrue(m.classificationMetrics().kappa() > 0.9);
        assertTrue(m.classificationMetrics().logLoss() < 0.2);
        assertEquals(2, m.labels().size());
        Object p = m.predict(new Object[] {3.0, -3.0});
        assertEquals("up", p);
        double[] proba = m.predictProba(new Object[] {3.0, -3.0});
        assertTrue(proba[m.labels().indexOf("up")] > 0.9);
    }

    @Test
    void regressionMetrics() {
        OnlineModel m = OnlineModel.create("linear_regression", FeatureSchema.numeric(1), Map.of());
        for (Example e : Synthetic.line(2000, 0.5, 2)) {
            m.learn(e.row(), e.y(), 1);
        }
        assertEquals(0.5, m.regressionMetrics().rmse(), 0.1);
        assertEquals(14.0, (double) m.predict(new Object[] {4.0}), 0.1);
    }

    /** An abrupt concept flip at row 10 000; the detector must see it within 1 000 rows. */
    @Test
    void driftIsDetectedAndRecordedWithItsRow() {
        for (String policy : List.of("none", "reset", "adapt", "restart")) {
            OnlineModel m =
                    OnlineModel.create(
                            "hoeffding_tree", FeatureSchema.numeric(3), Map.of("on_drift", policy));
            stream(m, Synthetic.boxes(10_000, 3, false));
            long before =
                    m.driftEvents().stream()
                            .filter(e -> e.kind() == DriftEvent.Kind.DETECTED)
                            .count();
            stream(m, Synthetic.boxes(10_000, 4, true));
            DriftEvent first =
                    m.driftEvents().stream()
                            .filter(e -> e.kind() == DriftEvent.Kind.DETECTED && e.row() >= 10_000)
                            .findFirst()
                            .orElseThrow();
            assertTrue(
                    first.row() - 10_000 <= 1000,
                    policy + ": detected " + (first.row() - 10_000) + " rows after the change");
            assertTrue(before <= 2, policy + ": few false alarms before the change: " + before);
            switch (policy) {
                case "reset" ->
                        assertTrue(
                                m.driftEvents().stream()
                                        .anyMatch(e -> e.kind() == DriftEvent.Kind.RESET));
                case "adapt" ->
                        assertTrue(
                                m.driftEvents().stream()
                                        .anyMatch(e -> e.kind() == DriftEvent.Kind.REPLACED));
                default -> {}
            }
        }
    }

    @Test
    void resetAndAdaptRecoverFasterThanNone() {
        double none = afterFlip("none");
        double reset = afterFlip("reset");
        double adapt = afterFlip("adapt");
        assertTrue(reset > none, reset + " vs " + none);
        assertTrue(adapt > none, adapt + " vs " + none);
    }

    private static double afterFlip(String policy) {
        OnlineModel m =
                OnlineModel.create(
                        "hoeffding_tree", FeatureSchema.numeric(3), Map.of("on_drift", policy));
        stream(m, Synthetic.boxes(10_000, 5, false));
        double before = m.classificationMetrics().accuracy() * m.classificationMetrics().count();
        stream(m, Synthetic.boxes(10_000, 6, true));
        double all = m.classificationMetrics().accuracy() * m.classificationMetrics().count();
        return (all - before) / 10_000;
    }

    @Test
    void nullLabelsAreSkippedAndNullFeaturesAllowed() {
        OnlineModel m =
                OnlineModel.create("gaussian_naive_bayes", FeatureSchema.numeric(2), Map.of());
        m.learn(new Object[] {1.0, null}, null, 1);
        assertEquals(0, m.rows());
        m.learn(new Object[] {1.0, null}, "a", 1);
        assertEquals(1, m.rows());
    }

    @Test
    void unsupervisedModelsIgnoreTheLabel() {
        OnlineModel km = OnlineModel.create("kmeans", FeatureSchema.numeric(2), Map.of("k", "3"));
        for (Example e : Synthetic.blobs(3000, 7)) {
            km.learn(e.row(), null, 1);
        }
        Object c1 = km.predict(new Object[] {6.0, 6.0});
        Object c2 = km.predict(new Object[] {-6.0, 6.0});
        assertTrue(c1 instanceof Long);
        assertTrue(!c1.equals(c2));
    }

    /**
     * A bag of identical rows reaches the model as one row with its multiplicity; an SGD model must
     * learn it as that many rows (one long step of weight 10 diverges).
     */
    @Test
    void aMultiplicityIsThatManyStepsForSgdModels() {
        for (String algorithm : List.of("matrix_factorization", "logistic_regression")) {
            FeatureSchema schema =
                    algorithm.equals("matrix_factorization")
                            ? FeatureSchema.infer(new Object[] {"u", "i"})
                            : FeatureSchema.numeric(2);
            OnlineModel weighted = OnlineModel.create(algorithm, schema, Map.of());
            OnlineModel repeated = OnlineModel.create(algorithm, schema, Map.of());
            for (int r = 0; r < 50; r++) {
                Object[] row =
                        algorithm.equals("matrix_factorization")
                                ? new Object[] {"u" + r % 5, "i" + r % 7}
                                : new Object[] {(double) (r % 5), (double) (r % 7)};
                Object label = algorithm.equals("matrix_factorization") ? (Object) 5.0 : r % 2 == 0;
                weighted.learn(row, label, 10);
                for (int k = 0; k < 10; k++) {
                    repeated.learn(row, label, 1);
                }
            }
            Object[] probe =
                    algorithm.equals("matrix_factorization")
                            ? new Object[] {"u1", "i2"}
                            : new Object[] {1.0, 2.0};
            assertEquals(repeated.rows(), weighted.rows(), algorithm);
            assertEquals(
                    String.valueOf(repeated.predict(probe)),
                    String.valueOf(weighted.predict(probe)),
                    algorithm);
        }
    }
}
