package dev.freshet.ml.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.freshet.ml.model.Rng;
import org.junit.jupiter.api.Test;

class MetricsTest {
    @Test
    void accuracyKappaAndLogLoss() {
        ClassificationMetrics m = new ClassificationMetrics();
        // Confusion [[40, 10], [5, 45]]: p0 = 0.85, pe = 0.5*0.45 + 0.5*0.55 = 0.5.
        for (int i = 0; i < 40; i++) {
            m.add(0, 0, 0.8, 1);
        }
        for (int i = 0; i < 10; i++) {
            m.add(0, 1, 0.4, 1);
        }
        for (int i = 0; i < 5; i++) {
            m.add(1, 0, 0.3, 1);
        }
        for (int i = 0; i < 45; i++) {
            m.add(1, 1, 0.9, 1);
        }
        assertEquals(0.85, m.accuracy(), 1e-12);
        assertEquals(0.7, m.kappa(), 1e-12);
        double ll =
                -(40 * Math.log(0.8) + 10 * Math.log(0.4) + 5 * Math.log(0.3) + 45 * Math.log(0.9))
                        / 100;
        assertEquals(ll, m.logLoss(), 1e-12);
        m.add(1, 1, 0.9, -45);
        m.add(1, 0, 0.3, -5);
        assertEquals(0.8, m.accuracy(), 1e-12);
    }

    @Test
    void aucIsExactAndRetracts() {
        AucMetric auc = new AucMetric();
        assertNull(auc.result());
        // Positives at 0.9, 0.8, 0.4; negatives at 0.7, 0.4, 0.1: pairs won 7.5 of 9.
        auc.add(true, 0.9, 1);
        auc.add(true, 0.8, 1);
        auc.add(true, 0.4, 1);
        auc.add(false, 0.7, 1);
        auc.add(false, 0.4, 1);
        auc.add(false, 0.1, 1);
        assertEquals(7.5 / 9, auc.result(), 1e-12);
        auc.add(false, 0.7, -1);
        assertEquals(5.5 / 6, auc.result(), 1e-12);
    }

    @Test
    void accuracyAndRmseRetractExactly() {
        AccuracyMetric acc = new AccuracyMetric();
        RmseMetric rmse = new RmseMetric();
        AccuracyMetric accKept = new AccuracyMetric();
        RmseMetric rmseKept = new RmseMetric();
        Rng rng = new Rng(4);
        for (int i = 0; i < 1000; i++) {
            long label = rng.nextInt(3);
            long pred = rng.nextInt(3);
            double y = rng.nextGaussian();
            double yhat = y + rng.nextGaussian();
            acc.add(label, pred, 1);
            rmse.add(y, yhat, 1);
            if (i % 3 == 0) {
                acc.add(label, pred, -1);
                rmse.add(y, yhat, -1);
            } else {
                accKept.add(label, pred, 1);
                rmseKept.add(y, yhat, 1);
            }
        }
        assertEquals(accKept.result(), acc.result(), 1e-12);
        assertEquals(rmseKept.result(), rmse.result(), 1e-9);
        assertNull(new AccuracyMetric().result());
    }
}
