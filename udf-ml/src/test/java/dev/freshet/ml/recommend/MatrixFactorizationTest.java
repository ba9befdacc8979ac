package dev.freshet.ml.recommend;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.freshet.ml.model.FeatureKind;
import dev.freshet.ml.model.FeatureSchema;
import dev.freshet.ml.model.Recommender;
import dev.freshet.ml.model.Rng;
import dev.freshet.ml.train.OnlineModel;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Ratings from a rank-2 model with user and item biases: 60 users, 40 items, each user rates 60 %
 * of the items. The factorisation must predict held-out ratings better than the biases alone.
 */
class MatrixFactorizationTest {
    @Test
    void learnsLowRankRatingsAndRecommends() {
        Rng rng = new Rng(3);
        int users = 60;
        int items = 40;
        double[][] u = new double[users][2];
        double[][] v = new double[items][2];
        for (double[] r : u) {
            r[0] = rng.nextGaussian();
            r[1] = rng.nextGaussian();
        }
        for (double[] r : v) {
            r[0] = rng.nextGaussian();
            r[1] = rng.nextGaussian();
        }
        BiasedMatrixFactorization mf =
                new BiasedMatrixFactorization(
                        new BiasedMatrixFactorization.Params(4, 0.02, 0.01, 0.1, 1));
        double heldOutSq = 0;
        double biasOnlySq = 0;
        int heldOut = 0;
        for (int epoch = 0; epoch < 60; epoch++) {
            Rng pick = new Rng(17);
            for (int a = 0; a < users; a++) {
                for (int b = 0; b < items; b++) {
                    double r = 3 + 0.5 * (a % 3) + u[a][0] * v[b][0] + u[a][1] * v[b][1];
                    boolean train = pick.nextDouble() < 0.6;
                    if (train) {
                        mf.learn((long) a, "item" + b, r, 1);
                    } else if (epoch == 59) {
                        double e = r - mf.predict((long) a, "item" + b);
                        heldOutSq += e * e;
                        double mean = 3.5;
                        biasOnlySq += (r - mean) * (r - mean);
                        heldOut++;
                    }
                }
            }
        }
        double rmse = Math.sqrt(heldOutSq / heldOut);
        double baseline = Math.sqrt(biasOnlySq / heldOut);
        assertTrue(rmse < 0.7 * baseline, "rmse " + rmse + " vs constant " + baseline);

        List<Recommender.Scored> top = mf.recommend(7L, 5, true);
        assertEquals(5, top.size());
        for (int i = 1; i < top.size(); i++) {
            assertTrue(top.get(i - 1).score() >= top.get(i).score());
        }
        assertEquals(items, mf.itemCount());
        assertEquals(users, mf.userCount());
        // Seen items are left out: with all items allowed the list may differ.
        List<Recommender.Scored> all = mf.recommend(7L, items, false);
        assertEquals(items, all.size());
    }

    @Test
    void throughOnlineModel() {
        OnlineModel m =
                OnlineModel.create(
                        "matrix_factorization",
                        FeatureSchema.of(
                                List.of("user", "item"),
                                List.of(FeatureKind.NUMERIC, FeatureKind.TEXT)),
                        Map.of());
        m.learn(new Object[] {1L, "a"}, 5.0, 1);
        m.learn(new Object[] {1L, "b"}, 1.0, 1);
        m.learn(new Object[] {2L, "a"}, 4.0, 1);
        assertEquals(List.of("b"), m.recommend(2L, 3).stream().map(s -> s.item()).toList());
        assertTrue(m.predictRating(1L, "a") > m.predictRating(1L, "b"));
        assertEquals(3, m.rows());
    }
}
