package dev.freshet.ml.train;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.freshet.engine.ir.Retraction;
import dev.freshet.ml.Synthetic;
import dev.freshet.ml.Synthetic.Example;
import dev.freshet.ml.model.FeatureKind;
import dev.freshet.ml.model.FeatureSchema;
import dev.freshet.ml.model.Rng;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Property: an EXACT model that learned rows and then had some of them deleted (interleaved, in
 * random order) equals, within 1e-9, a model trained from scratch on the rows that remain.
 */
class ExactRetractionTest {
    private static final double TOL = 1e-9;

    private static List<Example> data(Algorithm a, long seed) {
        return switch (a.task()) {
            case REGRESSION -> Synthetic.plane(600, 1.0, seed);
            case CLASSIFICATION ->
                    a == Algorithm.MULTINOMIAL_NAIVE_BAYES
                            ? Synthetic.counts(600, seed)
                            : Synthetic.blobs(600, seed);
            default -> Synthetic.plane(600, 1.0, seed);
        };
    }

    private static Object label(Algorithm a, Example e) {
        return a.task() == dev.freshet.ml.model.Task.CLASSIFICATION
                ? "class-" + (int) e.y()
                : (Object) e.y();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "linear_regression",
                "ridge_regression",
                "gaussian_naive_bayes",
                "multinomial_naive_bayes",
                "zscore"
            })
    void deletesEqualRetrainingOnTheRest(String name) {
        Algorithm a = Algorithm.of(name);
        assertEquals(Retraction.EXACT, a.retraction());
        for (long seed = 1; seed <= 5; seed++) {
            List<Example> rows = data(a, seed);
            int d = rows.getFirst().x().length;
            FeatureSchema schema = FeatureSchema.numeric(d);
            OnlineModel withDeletes = OnlineModel.create(name, schema, Map.of());
            assertEquals(Retraction.EXACT, withDeletes.retraction());
            Rng rng = new Rng(seed * 31);
            List<Integer> live = new ArrayList<>();
            boolean[] deleted = new boolean[rows.size()];
            for (int i = 0; i < rows.size(); i++) {
                withDeletes.learn(rows.get(i).row(), label(a, rows.get(i)), 1);
                live.add(i);
                if (rng.nextDouble() < 0.35) {
                    int victim = live.remove(rng.nextInt(live.size()));
                    withDeletes.learn(rows.get(victim).row(), label(a, rows.get(victim)), -1);
                    deleted[victim] = true;
                }
            }
            OnlineModel fresh = OnlineModel.create(name, schema, Map.of());
            int kept = 0;
            for (int i = 0; i < rows.size(); i++) {
                if (!deleted[i]) {
                    fresh.learn(rows.get(i).row(), label(a, rows.get(i)), 1);
                    kept++;
                }
            }
            assertTrue(kept < rows.size() * 0.8, "a good share was deleted");
            assertEquals(fresh.rows(), withDeletes.rows());
            for (Example probe : data(a, seed + 100).subList(0, 50)) {
                assertSame(a, withDeletes, fresh, probe.row());
            }
        }
    }

    private static void assertSame(Algorithm a, OnlineModel m1, OnlineModel m2, Object[] row) {
        switch (a.task()) {
            case REGRESSION ->
                    assertEquals((double) m2.predict(row), (double) m1.predict(row), TOL);
            case ANOMALY -> assertEquals(m2.anomalyScore(row), m1.anomalyScore(row), TOL);
            case CLASSIFICATION -> {
                double[] p1 = m1.predictProba(row);
                double[] p2 = m2.predictProba(row);
                List<Object> l1 = m1.labels();
                List<Object> l2 = m2.labels();
                for (int i = 0; i < l1.size(); i++) {
                    int j = l2.indexOf(l1.get(i));
                    assertEquals(j < 0 ? 0.0 : p2[j], p1[i], TOL, "P(" + l1.get(i) + ")");
                }
            }
            default -> throw new AssertionError(a);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"linear_regression", "gaussian_naive_bayes"})
    void mixedFeatureKindsRetractExactly(String name) {
        FeatureSchema schema =
                FeatureSchema.of(
                        List.of("x", "flag", "city"),
                        List.of(FeatureKind.NUMERIC, FeatureKind.BOOLEAN, FeatureKind.TEXT));
        Map<String, String> options = Map.of("hash_buckets", "8");
        OnlineModel all = OnlineModel.create(name, schema, options);
        OnlineModel kept = OnlineModel.create(name, schema, options);
        Rng rng = new Rng(3);
        String[] cities = {"oslo", "bergen", "tromso"};
        List<Object[]> deleted = new ArrayList<>();
        List<Object> deletedLabels = new ArrayList<>();
        for (int i = 0; i < 400; i++) {
            int c = rng.nextInt(3);
            Object[] row = {rng.nextGaussian() + c, rng.nextDouble() < 0.5, cities[c]};
            Object y =
                    name.equals("linear_regression")
                            ? (Object) (2.0 * c + rng.nextGaussian())
                            : c % 2 == 0;
            all.learn(row, y, 1);
            if (i % 4 == 0) {
                deleted.add(row);
                deletedLabels.add(y);
            } else {
                kept.learn(row, y, 1);
            }
        }
        for (int i = deleted.size() - 1; i >= 0; i--) {
            all.learn(deleted.get(i), deletedLabels.get(i), -1);
        }
        Object[] probe = {0.7, true, "bergen"};
        if (name.equals("linear_regression")) {
            assertEquals((double) kept.predict(probe), (double) all.predict(probe), TOL);
        } else {
            assertSame(Algorithm.of(name), all, kept, probe);
        }
    }
}
