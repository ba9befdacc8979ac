package dev.freshet.ml.bayes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.freshet.ml.Synthetic;
import dev.freshet.ml.Synthetic.Example;
import dev.freshet.ml.model.FeatureVector;
import dev.freshet.sql.error.ErrorCode;
import dev.freshet.sql.error.FreshetException;
import org.junit.jupiter.api.Test;

class NaiveBayesTest {
    @Test
    void gaussianLearnsBlobsAndTheirStatistics() {
        GaussianNaiveBayes m = new GaussianNaiveBayes(2, new GaussianNaiveBayes.Params(1e-9));
        for (Example e : Synthetic.blobs(3000, 1)) {
            m.learn(e.vector(), e.y(), 1);
        }
        for (int c = 0; c < 3; c++) {
            assertEquals(Synthetic.BLOB_CENTERS[c][0], m.mean(c, 0), 0.1);
            assertEquals(1.0, m.variance(c, 1), 0.15);
        }
        int ok = 0;
        double[] p = new double[3];
        for (Example e : Synthetic.blobs(1000, 2)) {
            ok += m.predict(e.vector(), p) == (int) e.y() ? 1 : 0;
        }
        assertTrue(ok > 990, "accuracy " + ok / 1000.0);
    }

    @Test
    void multinomialLearnsCounts() {
        MultinomialNaiveBayes m = new MultinomialNaiveBayes(6, new MultinomialNaiveBayes.Params(1));
        for (Example e : Synthetic.counts(2000, 3)) {
            m.learn(e.vector(), e.y(), 1);
        }
        int ok = 0;
        double[] p = new double[2];
        for (Example e : Synthetic.counts(1000, 4)) {
            ok += m.predict(e.vector(), p) == (int) e.y() ? 1 : 0;
        }
        assertTrue(ok > 950, "accuracy " + ok / 1000.0);
    }

    @Test
    void multinomialRejectsNegativeCounts() {
        MultinomialNaiveBayes m = new MultinomialNaiveBayes(2, new MultinomialNaiveBayes.Params(1));
        FreshetException e =
                assertThrows(FreshetException.class, () -> m.learn(FeatureVector.of(1, -2), 0, 1));
        assertEquals(ErrorCode.INVALID_PARAMETER_VALUE, e.code());
    }
}
