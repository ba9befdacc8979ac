package dev.freshet.ml.bench;

import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.freshet.ml.eval.ClassificationMetrics;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The defaults chosen for Elec2 (logistic regression's mixture optimiser, the forest's subspace and
 * detectors) cost nothing on streams with known concepts: on every {@link SyntheticStream},
 * stationary and drifting, today's defaults reach at least the accuracy of the previous ones (as
 * {@link StreamBench#PREVIOUS_DEFAULTS} spells them) less half a point, on the same seeded rows.
 */
class StreamDefaultsTest {
    private static final long ROWS = 20_000;
    private static final long SEED = 7;
    private static final double TOLERANCE = 0.005;

    @Test
    void newDefaultsAreNoWorseOnSyntheticStreams() {
        for (Map.Entry<String, Map<String, String>> e :
                StreamBench.PREVIOUS_DEFAULTS.entrySet().stream()
                        .sorted(Map.Entry.comparingByKey())
                        .toList()) {
            for (StreamBench.Stream s : StreamBench.STREAMS) {
                ClassificationMetrics before =
                        StreamBench.run(s, ROWS, SEED, e.getKey(), e.getValue());
                ClassificationMetrics after = StreamBench.run(s, ROWS, SEED, e.getKey(), Map.of());
                String what =
                        String.format(
                                Locale.ROOT,
                                "%s on %s: previous defaults %.2f %%, current %.2f %%",
                                e.getKey(),
                                s.label(),
                                100 * before.accuracy(),
                                100 * after.accuracy());
                assertTrue(after.accuracy() >= before.accuracy() - TOLERANCE, what);
            }
        }
    }

    @Test
    void sameSeedSameStream() {
        SyntheticStream a = new SyntheticStream(SyntheticStream.Kind.AGRAWAL, true, 100, 3);
        SyntheticStream b = new SyntheticStream(SyntheticStream.Kind.AGRAWAL, true, 100, 3);
        double[] xa = new double[a.dimension()];
        double[] xb = new double[b.dimension()];
        for (int i = 0; i < 100; i++) {
            assertTrue(a.next(xa) == b.next(xb) && java.util.Arrays.equals(xa, xb), "row " + i);
        }
    }
}
