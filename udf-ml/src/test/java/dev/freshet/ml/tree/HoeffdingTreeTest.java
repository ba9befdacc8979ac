package dev.freshet.ml.tree;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.freshet.ml.Synthetic;
import dev.freshet.ml.Synthetic.Example;
import dev.freshet.ml.model.Classifier;
import java.util.List;
import org.junit.jupiter.api.Test;

class HoeffdingTreeTest {
    static double accuracy(Classifier m, List<Example> test) {
        double[] p = new double[4];
        int ok = 0;
        for (Example e : test) {
            ok += m.predict(e.vector(), p) == (int) e.y() ? 1 : 0;
        }
        return (double) ok / test.size();
    }

    /** Prequential accuracy over {@code data}, learning as it goes. */
    static double prequential(Classifier m, List<Example> data) {
        double[] p = new double[4];
        int ok = 0;
        for (Example e : data) {
            if (m.classCount() > 0 && m.predict(e.vector(), p) == (int) e.y()) {
                ok++;
            }
            m.learn(e.vector(), e.y(), 1);
        }
        return (double) ok / data.size();
    }

    @Test
    void learnsAnAxisAlignedConcept() {
        HoeffdingTree t = new HoeffdingTree(3, HoeffdingTree.Params.defaults(false));
        for (Example e : Synthetic.boxes(20_000, 1, false)) {
            t.learn(e.vector(), e.y(), 1);
        }
        assertTrue(t.leafCount() >= 3, "it split: " + t.leafCount() + " leaves");
        double acc = accuracy(t, Synthetic.boxes(2000, 2, false));
        assertTrue(acc > 0.95, "accuracy " + acc);
    }

    @Test
    void leafPredictionModesAllLearn() {
        for (LeafPrediction lp : LeafPrediction.values()) {
            HoeffdingTree.Params d = HoeffdingTree.Params.defaults(false);
            HoeffdingTree t =
                    new HoeffdingTree(
                            2,
                            new HoeffdingTree.Params(
                                    false,
                                    d.gracePeriod(),
                                    d.delta(),
                                    d.tieThreshold(),
                                    d.splitPoints(),
                                    d.maxDepth(),
                                    lp,
                                    0,
                                    d.adwinDelta(),
                                    1));
            for (Example e : Synthetic.blobs(20_000, 3)) {
                t.learn(e.vector(), e.y(), 1);
            }
            assertEquals(3, t.classCount());
            assertTrue(accuracy(t, Synthetic.blobs(1000, 4)) > 0.95, lp.name());
        }
    }

    @Test
    void adaptiveTreeRecoversFromAnAbruptChange() {
        HoeffdingTree hat = new HoeffdingTree(3, HoeffdingTree.Params.defaults(true));
        HoeffdingTree plain = new HoeffdingTree(3, HoeffdingTree.Params.defaults(false));
        List<Example> before = Synthetic.boxes(20_000, 5, false);
        List<Example> after = Synthetic.boxes(20_000, 6, true);
        prequential(hat, before);
        prequential(plain, before);
        double hatAfter = prequential(hat, after);
        double plainAfter = prequential(plain, after);
        assertTrue(
                hatAfter > plainAfter + 0.05,
                "HAT "
                        + hatAfter
                        + " should beat the plain tree "
                        + plainAfter
                        + " after the flip");
        assertTrue(accuracy(hat, Synthetic.boxes(2000, 7, true)) > 0.9);
    }

    @Test
    void randomSubspacesObserveOnlySomeAttributes() {
        HoeffdingTree.Params d = HoeffdingTree.Params.defaults(false);
        HoeffdingTree t =
                new HoeffdingTree(
                        3,
                        new HoeffdingTree.Params(
                                false, 50, 0.01, 0.05, 10, 20, LeafPrediction.NBA, 2, 0.002, 9));
        double acc = prequential(t, Synthetic.boxes(20_000, 8, false));
        assertTrue(acc > 0.8, "still learns with 2 of 3 attributes per leaf: " + acc);
        assertEquals(d.adaptive(), t.params().adaptive());
    }
}
