package dev.freshet.ml.train;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.freshet.ml.Synthetic;
import dev.freshet.ml.Synthetic.Example;
import dev.freshet.ml.model.FeatureKind;
import dev.freshet.ml.model.FeatureSchema;
import dev.freshet.ml.model.Task;
import dev.freshet.sql.error.ErrorCode;
import dev.freshet.sql.error.FreshetException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Every algorithm: write, read, write again gives the same bytes; the copy predicts the same on
 * probe rows; and after both learn the same further rows they still agree bit for bit (random
 * generators and drift detectors travel with the model).
 */
class SerializationTest {
    private static final FeatureSchema SCHEMA =
            FeatureSchema.of(
                    List.of("a", "b", "c", "city"),
                    List.of(
                            FeatureKind.NUMERIC,
                            FeatureKind.NUMERIC,
                            FeatureKind.NUMERIC,
                            FeatureKind.TEXT));

    private static final String[] CITIES = {"oslo", "bergen", "tromso", "bodo"};

    private static List<Object[]> rows(int n, long seed, Algorithm a) {
        List<Object[]> out = new ArrayList<>();
        List<Example> boxes = Synthetic.boxes(n, seed, seed % 2 == 0);
        for (int i = 0; i < n; i++) {
            Example e = boxes.get(i);
            Object label =
                    switch (a.task()) {
                        case CLASSIFICATION -> e.y() == 1 ? "yes" : "no";
                        case REGRESSION, RECOMMENDATION -> e.x()[0] * 3 + e.y();
                        default -> null;
                    };
            Object[] features =
                    a.task() == Task.RECOMMENDATION
                            ? new Object[] {(long) (e.x()[0] * 20), CITIES[i % 4]}
                            : a == Algorithm.MULTINOMIAL_NAIVE_BAYES
                                    ? new Object[] {e.x()[0], e.x()[1], e.x()[2], CITIES[i % 4]}
                                    : new Object[] {
                                        e.x()[0], e.x()[1] * 10, e.x()[2] - 5, CITIES[i % 4]
                                    };
            out.add(new Object[] {features, label});
        }
        return out;
    }

    private static OnlineModel create(Algorithm a) {
        FeatureSchema schema =
                a.task() == Task.RECOMMENDATION
                        ? FeatureSchema.of(
                                List.of("user", "item"),
                                List.of(FeatureKind.NUMERIC, FeatureKind.TEXT))
                        : SCHEMA;
        Map<String, String> options =
                switch (a) {
                    case SMILE_RANDOM_FOREST, SMILE_GRADIENT_BOOSTING, ISOLATION_FOREST ->
                            Map.of("n_trees", "10", "window", "300", "refit_every", "200");
                    case HOEFFDING_TREE, HOEFFDING_ADAPTIVE_TREE -> Map.of("grace_period", "50");
                    default -> Map.of("hash_buckets", "8");
                };
        return OnlineModel.create(a.sqlName(), schema, options);
    }

    private static void feed(OnlineModel m, List<Object[]> rows) {
        for (Object[] r : rows) {
            m.learn((Object[]) r[0], r[1], 1);
        }
    }

    private static void assertSamePredictions(OnlineModel x, OnlineModel y, List<Object[]> probes) {
        for (Object[] p : probes) {
            Object[] f = (Object[]) p[0];
            if (x.task() == Task.CLASSIFICATION) {
                assertArrayEquals(x.predictProba(f), y.predictProba(f));
            } else if (x.task() == Task.RECOMMENDATION) {
                assertEquals(x.predictRating(f[0], f[1]), y.predictRating(f[0], f[1]));
                assertEquals(x.recommend(f[0], 3), y.recommend(f[0], 3));
            } else {
                assertEquals(x.predict(f), y.predict(f));
            }
        }
    }

    @ParameterizedTest
    @EnumSource(Algorithm.class)
    void roundTripsBitForBit(Algorithm a) {
        OnlineModel m = create(a);
        feed(m, rows(1500, 1, a));
        byte[] bytes = ModelCodec.write(m);
        OnlineModel copy = ModelCodec.read(bytes);
        assertArrayEquals(bytes, ModelCodec.write(copy), "re-serialization is identical");
        List<Object[]> probes = rows(40, 9, a);
        assertSamePredictions(m, copy, probes);
        assertEquals(m.rows(), copy.rows());
        assertEquals(m.version(), copy.version());
        assertEquals(m.driftEvents(), copy.driftEvents());
        assertEquals(m.driftCount(), copy.driftCount());

        List<Object[]> more = rows(700, 2, a);
        feed(m, more);
        feed(copy, more);
        assertArrayEquals(ModelCodec.write(m), ModelCodec.write(copy), "they learn alike");
        assertSamePredictions(m, copy, probes);

        OnlineModel imported = ModelCodec.importText(ModelCodec.export(m));
        assertArrayEquals(ModelCodec.write(m), ModelCodec.write(imported));
    }

    @Test
    void exportHasAReadableHeader() {
        OnlineModel m = create(Algorithm.LOGISTIC_REGRESSION);
        String text = ModelCodec.export(m);
        assertTrue(text.startsWith("FRESHET-MODEL 1 logistic_regression\n"), text);
    }

    @Test
    void corruptInputIsRejectedWithACode() {
        OnlineModel m = create(Algorithm.GAUSSIAN_NAIVE_BAYES);
        feed(m, rows(100, 3, Algorithm.GAUSSIAN_NAIVE_BAYES));
        byte[] bytes = ModelCodec.write(m);

        byte[] flipped = bytes.clone();
        flipped[bytes.length / 2] ^= 0x10;
        assertCode(ErrorCode.INVALID_BINARY_REPRESENTATION, () -> ModelCodec.read(flipped));
        byte[] truncated = java.util.Arrays.copyOf(bytes, bytes.length - 9);
        assertCode(ErrorCode.INVALID_BINARY_REPRESENTATION, () -> ModelCodec.read(truncated));
        assertCode(
                ErrorCode.INVALID_BINARY_REPRESENTATION,
                () -> ModelCodec.read("not a model".getBytes()));
        byte[] future = bytes.clone();
        future[5] = 9;
        FreshetException e =
                assertCode(ErrorCode.INVALID_BINARY_REPRESENTATION, () -> ModelCodec.read(future));
        assertTrue(e.getMessage().contains("checksum") || e.getMessage().contains("version"));

        assertCode(ErrorCode.INVALID_TEXT_REPRESENTATION, () -> ModelCodec.importText("hello"));
        String text = ModelCodec.export(m).replace("gaussian_naive_bayes", "logistic_regression");
        assertCode(ErrorCode.INVALID_TEXT_REPRESENTATION, () -> ModelCodec.importText(text));
        String badBase64 = "FRESHET-MODEL 1 gaussian_naive_bayes\n@@@@";
        assertCode(ErrorCode.INVALID_TEXT_REPRESENTATION, () -> ModelCodec.importText(badBase64));
    }

    private static FreshetException assertCode(
            ErrorCode code, org.junit.jupiter.api.function.Executable run) {
        FreshetException e = assertThrows(FreshetException.class, run);
        assertEquals(code, e.code(), e.getMessage());
        return e;
    }

    @Test
    void copyIsIndependent() {
        OnlineModel m = create(Algorithm.LINEAR_REGRESSION);
        feed(m, rows(200, 4, Algorithm.LINEAR_REGRESSION));
        OnlineModel c = m.copy();
        feed(m, rows(200, 5, Algorithm.LINEAR_REGRESSION));
        assertEquals(200, c.rows());
        assertEquals(400, m.rows());
    }
}
