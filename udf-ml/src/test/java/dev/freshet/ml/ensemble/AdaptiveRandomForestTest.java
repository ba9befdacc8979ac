package dev.freshet.ml.ensemble;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.freshet.ml.Synthetic;
import dev.freshet.ml.Synthetic.Example;
import java.util.List;
import org.junit.jupiter.api.Test;

class AdaptiveRandomForestTest {
    private static double prequential(AdaptiveRandomForest f, List<Example> data) {
        double[] p = new double[4];
        int ok = 0;
        for (Example e : data) {
            if (f.classCount() > 0 && f.predict(e.vector(), p) == (int) e.y()) {
                ok++;
            }
            f.learn(e.vector(), e.y(), 1);
        }
        return (double) ok / data.size();
    }

    @Test
    void learnsBlobsAndBoxes() {
        AdaptiveRandomForest blobs =
                new AdaptiveRandomForest(2, AdaptiveRandomForest.Params.defaults());
        assertTrue(prequential(blobs, Synthetic.blobs(5000, 1)) > 0.95);
        AdaptiveRandomForest boxes =
                new AdaptiveRandomForest(3, AdaptiveRandomForest.Params.defaults());
        assertTrue(prequential(boxes, Synthetic.boxes(20_000, 2, false)) > 0.9);
    }

    @Test
    void replacesMembersAfterADrift() {
        AdaptiveRandomForest f =
                new AdaptiveRandomForest(3, AdaptiveRandomForest.Params.defaults());
        prequential(f, Synthetic.boxes(10_000, 3, false));
        double after = prequential(f, Synthetic.boxes(10_000, 4, true));
        assertTrue(f.drifts() > 0, "members were replaced");
        assertTrue(f.warnings() >= f.drifts() / 2, "background trees were started");
        assertTrue(after > 0.8, "recovers after the flip: " + after);
    }
}
