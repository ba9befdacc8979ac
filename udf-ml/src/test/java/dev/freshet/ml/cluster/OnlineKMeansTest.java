package dev.freshet.ml.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.freshet.ml.Synthetic;
import dev.freshet.ml.Synthetic.Example;
import dev.freshet.ml.model.FeatureVector;
import org.junit.jupiter.api.Test;

class OnlineKMeansTest {
    @Test
    void findsTheBlobCentres() {
        OnlineKMeans km = new OnlineKMeans(2, new OnlineKMeans.Params(3, 0));
        for (Example e : Synthetic.blobs(6000, 1)) {
            km.learn(e.vector(), 0, 1);
        }
        assertEquals(3, km.clusterCount());
        // Every true centre has a learned centre within 0.3 of it, and each its own.
        boolean[] used = new boolean[3];
        for (double[] c : Synthetic.BLOB_CENTERS) {
            int k = km.cluster(FeatureVector.of(c));
            assertTrue(!used[k], "distinct clusters");
            used[k] = true;
            double[] found = km.center(k);
            assertEquals(c[0], found[0], 0.3);
            assertEquals(c[1], found[1], 0.3);
        }
        assertTrue(km.distance(FeatureVector.of(6, 6)) < 0.3);
    }

    @Test
    void aConstantRateFollowsMovingData() {
        OnlineKMeans km = new OnlineKMeans(1, new OnlineKMeans.Params(1, 0.05));
        for (int i = 0; i < 500; i++) {
            km.learn(FeatureVector.of(0.0), 0, 1);
        }
        for (int i = 0; i < 500; i++) {
            km.learn(FeatureVector.of(10.0), 0, 1);
        }
        assertEquals(10.0, km.center(0)[0], 0.01);
    }
}
