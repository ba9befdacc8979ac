package dev.freshet.ml.linear;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.freshet.ml.Synthetic;
import dev.freshet.ml.Synthetic.Example;
import dev.freshet.ml.model.Classifier;
import dev.freshet.ml.model.Regressor;
import java.util.List;
import org.junit.jupiter.api.Test;

class LinearModelsTest {
    static double accuracy(Classifier m, List<Example> test) {
        double[] scratch = new double[8];
        int ok = 0;
        for (Example e : test) {
            if (m.predict(e.vector(), scratch) == (int) e.y()) {
                ok++;
            }
        }
        return (double) ok / test.size();
    }

    static void train(Classifier m, List<Example> data, int epochs) {
        for (int ep = 0; ep < epochs; ep++) {
            for (Example e : data) {
                m.learn(e.vector(), e.y(), 1);
            }
        }
    }

    @Test
    void logisticRegressionSeparatesLinearClasses() {
        for (LogisticRegression.Optimizer opt : LogisticRegression.Optimizer.values()) {
            LogisticRegression m =
                    new LogisticRegression(
                            2, new LogisticRegression.Params(opt, 0.1, 1e-5, 0.0, 1.0));
            train(m, Synthetic.separable(2000, 1), 1);
            double acc = accuracy(m, Synthetic.separable(1000, 2));
            assertTrue(acc > 0.97, opt + " accuracy " + acc);
            double[] p = new double[2];
            m.predictProba(dev.freshet.ml.model.FeatureVector.of(3, -3), p);
            assertEquals(1.0, p[0] + p[1], 1e-12);
            assertTrue(p[1] > 0.95, "far on the positive side: " + p[1]);
        }
    }

    @Test
    void restartKeepsTheWeights() {
        for (LogisticRegression.Optimizer opt : LogisticRegression.Optimizer.values()) {
            LogisticRegression m =
                    new LogisticRegression(
                            2, new LogisticRegression.Params(opt, 0.1, 1e-3, 0.01, 1.0));
            train(m, Synthetic.separable(500, 12), 1);
            double[] before = m.coefficients(1);
            m.restart();
            double[] after = m.coefficients(1);
            for (int i = 0; i < before.length; i++) {
                assertEquals(before[i], after[i], 1e-12, opt + " weight " + i);
            }
        }
    }

    @Test
    void softmaxLearnsThreeBlobs() {
        LogisticRegression m = new LogisticRegression(2, LogisticRegression.Params.defaults());
        train(m, Synthetic.blobs(3000, 3), 1);
        assertEquals(3, m.classCount());
        assertTrue(accuracy(m, Synthetic.blobs(1000, 4)) > 0.97);
    }

    @Test
    void passiveAggressiveClassifierLearns() {
        PassiveAggressiveClassifier m =
                new PassiveAggressiveClassifier(2, new PassiveAggressiveClassifier.Params(1.0));
        train(m, Synthetic.separable(2000, 5), 1);
        assertTrue(accuracy(m, Synthetic.separable(1000, 6)) > 0.95);
        PassiveAggressiveClassifier multi =
                new PassiveAggressiveClassifier(2, new PassiveAggressiveClassifier.Params(1.0));
        train(multi, Synthetic.blobs(3000, 7), 1);
        assertTrue(accuracy(multi, Synthetic.blobs(1000, 8)) > 0.95);
    }

    @Test
    void linearRegressionRecoversTheLine() {
        LeastSquaresRegression m =
                new LeastSquaresRegression(
                        LeastSquaresRegression.LINEAR, 1, new LeastSquaresRegression.Params(0));
        for (Example e : Synthetic.line(2000, 0.5, 9)) {
            m.learn(e.vector(), e.y(), 1);
        }
        assertEquals(3.0, m.coefficients()[0], 0.02);
        assertEquals(2.0, m.intercept(), 0.05);
        assertEquals(3 * 4 + 2, m.predict(dev.freshet.ml.model.FeatureVector.of(4)), 0.1);
    }

    @Test
    void ridgeShrinksTowardsZero() {
        LeastSquaresRegression plain =
                new LeastSquaresRegression(
                        LeastSquaresRegression.RIDGE, 3, new LeastSquaresRegression.Params(0));
        LeastSquaresRegression ridge =
                new LeastSquaresRegression(
                        LeastSquaresRegression.RIDGE, 3, new LeastSquaresRegression.Params(1.0));
        for (Example e : Synthetic.plane(1000, 1.0, 10)) {
            plain.learn(e.vector(), e.y(), 1);
            ridge.learn(e.vector(), e.y(), 1);
        }
        double[] b = plain.coefficients();
        assertEquals(1.5, b[0], 0.1);
        assertEquals(-2.0, b[1], 0.05);
        assertEquals(0.5, b[2], 0.05);
        double[] r = ridge.coefficients();
        for (int j = 0; j < 3; j++) {
            assertTrue(Math.abs(r[j]) < Math.abs(b[j]), "coefficient " + j + " shrinks");
            assertEquals(b[j] / 2, r[j], 0.05 * Math.abs(b[j]), "l2 = 1 halves standardised fits");
        }
    }

    @Test
    void passiveAggressiveRegressorFollowsTheLine() {
        Regressor m =
                new PassiveAggressiveRegressor(1, new PassiveAggressiveRegressor.Params(1.0, 0.1));
        for (Example e : Synthetic.line(5000, 0.1, 11)) {
            m.learn(e.vector(), e.y(), 1);
        }
        assertEquals(3 * 2 + 2, m.predict(dev.freshet.ml.model.FeatureVector.of(2)), 0.5);
    }

    @Test
    void newClassesGrowTheModel() {
        LogisticRegression m = new LogisticRegression(2, LogisticRegression.Params.defaults());
        m.learn(dev.freshet.ml.model.FeatureVector.of(1, 1), 0, 1);
        assertEquals(1, m.classCount());
        m.learn(dev.freshet.ml.model.FeatureVector.of(-1, 1), 1, 1);
        assertEquals(2, m.classCount());
        m.learn(dev.freshet.ml.model.FeatureVector.of(-1, -1), 2, 1);
        double[] p = new double[3];
        m.predictProba(dev.freshet.ml.model.FeatureVector.of(0, 0), p);
        assertEquals(1.0, p[0] + p[1] + p[2], 1e-12);
    }
}
