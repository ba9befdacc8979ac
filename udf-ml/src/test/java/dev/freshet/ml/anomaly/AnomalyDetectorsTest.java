package dev.freshet.ml.anomaly;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.freshet.ml.model.FeatureSchema;
import dev.freshet.ml.model.FeatureVector;
import dev.freshet.ml.model.Rng;
import dev.freshet.ml.train.OnlineModel;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Normal traffic around (10, 100) with sd (1, 5); the injected anomaly is (25, 40). */
class AnomalyDetectorsTest {
    private static Object[] normal(Rng rng) {
        return new Object[] {10 + rng.nextGaussian(), 100 + 5 * rng.nextGaussian()};
    }

    private static final Object[] ANOMALY = {25.0, 40.0};

    private static void assertSeparates(String algorithm) {
        OnlineModel m = OnlineModel.create(algorithm, FeatureSchema.numeric(2), Map.of());
        Rng rng = new Rng(1);
        for (int i = 0; i < 3000; i++) {
            m.learn(normal(rng), null, 1);
        }
        double worstNormal = 0;
        double sum = 0;
        for (int i = 0; i < 200; i++) {
            double s = m.anomalyScore(normal(rng));
            sum += s;
            worstNormal = Math.max(worstNormal, s);
        }
        double anomaly = m.anomalyScore(ANOMALY);
        assertTrue(
                anomaly > worstNormal,
                algorithm + ": anomaly " + anomaly + " vs worst normal " + worstNormal);
        double mean = sum / 200;
        // Scores differ in scale (see each detector); the margin over the mean normal score is
        // measured from the top of a [0, 1] scale or from 0 for z-scores.
        double margin = algorithm.equals("zscore") ? anomaly / mean : (1 - mean) / (1 - anomaly);
        assertTrue(margin > 1.5, algorithm + ": well above the mean normal score, " + margin);
    }

    @Test
    void halfSpaceTreesFlagTheInjectedAnomaly() {
        assertSeparates("half_space_trees");
    }

    @Test
    void zScoreFlagsTheInjectedAnomaly() {
        assertSeparates("zscore");
    }

    @Test
    void isolationForestFlagsTheInjectedAnomaly() {
        assertSeparates("isolation_forest");
    }

    @Test
    void zScoreIsTheLargestAbsoluteZ() {
        ZScoreDetector z = new ZScoreDetector(2);
        z.learn(FeatureVector.of(0, 10), 0, 1);
        z.learn(FeatureVector.of(2, 10), 0, 1);
        assertEquals(1.0, z.mean(0));
        assertEquals(1.0, z.variance(0));
        assertEquals(4.0, z.anomalyScore(FeatureVector.of(5, 10)), 1e-12);
    }

    @Test
    void halfSpaceTreesScoreOneBeforeTheFirstWindow() {
        HalfSpaceTrees h = new HalfSpaceTrees(2, new HalfSpaceTrees.Params(5, 6, 100, 3, 1));
        assertEquals(1.0, h.anomalyScore(FeatureVector.of(0, 0)));
    }
}
