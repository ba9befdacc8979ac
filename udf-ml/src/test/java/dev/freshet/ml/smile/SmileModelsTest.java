package dev.freshet.ml.smile;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.freshet.ml.Synthetic;
import dev.freshet.ml.Synthetic.Example;
import dev.freshet.ml.model.Classifier;
import java.util.List;
import org.junit.jupiter.api.Test;

class SmileModelsTest {
    private static double accuracyAfterTraining(Classifier m) {
        for (Example e : Synthetic.boxes(3000, 1, false)) {
            m.learn(e.vector(), e.y(), 1);
        }
        double[] p = new double[2];
        int ok = 0;
        List<Example> test = Synthetic.boxes(1000, 2, false);
        for (Example e : test) {
            ok += m.predict(e.vector(), p) == (int) e.y() ? 1 : 0;
        }
        return (double) ok / test.size();
    }

    @Test
    void randomForestLearnsAndRefitsOnSchedule() {
        SmileRandomForest rf =
                new SmileRandomForest(
                        3,
                        new SmileRandomForest.Params(30, 10, 3),
                        new RefitSchedule(1000, 500, 50, 7));
        assertTrue(accuracyAfterTraining(rf) > 0.95);
        // First fit at 50 rows, then every 500: 50, 550, ..., 2550.
        assertEquals(6, rf.fits());
        assertEquals(1000, rf.fitRows());
    }

    @Test
    void gradientBoostingLearns() {
        SmileGradientBoosting gb =
                new SmileGradientBoosting(
                        3,
                        new SmileGradientBoosting.Params(50, 4, 0.1, 0.8),
                        new RefitSchedule(1000, 1000, 100, 7));
        assertTrue(accuracyAfterTraining(gb) > 0.95);
    }

    @Test
    void predictsTheWindowPriorBeforeTheFirstFit() {
        SmileRandomForest rf =
                new SmileRandomForest(
                        3,
                        new SmileRandomForest.Params(5, 5, 3),
                        new RefitSchedule(100, 100, 50, 1));
        Example e = Synthetic.boxes(1, 1, false).getFirst();
        rf.learn(e.vector(), 1, 1);
        double[] p = new double[2];
        rf.predictProba(e.vector(), p);
        assertEquals(0.5, p[0]);
        assertEquals(0, rf.fits());
    }
}
