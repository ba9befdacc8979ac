package dev.freshet.ml.drift;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.freshet.ml.model.ModelInput;
import dev.freshet.ml.model.ModelOutput;
import dev.freshet.ml.model.Rng;
import org.junit.jupiter.api.Test;

/**
 * Detection delay on a synthetic abrupt change: a Bernoulli error stream whose rate jumps at row
 * {@value #CHANGE}. For 50 seeds each, the delay (rows after the change until DRIFT) must stay
 * under a bound, no seed may miss the change, and ADWIN and Page-Hinkley must not fire before it.
 */
class DriftDetectorTest {
    private static final int CHANGE = 2000;
    private static final int SEEDS = 50;

    /** Outcome over all seeds: worst delay, false alarms before the change, misses. */
    private record Outcome(int maxDelay, int falseAlarms, int missed) {}

    private static Outcome run(DriftDetectorKind kind, double before, double after) {
        int maxDelay = 0;
        int falseAlarms = 0;
        int missed = 0;
        for (long seed = 1; seed <= SEEDS; seed++) {
            DriftDetector d = kind.create();
            Rng rng = new Rng(seed);
            int delay = -1;
            for (int i = 0; i < CHANGE + 4000 && delay < 0; i++) {
                double p = i < CHANGE ? before : after;
                if (d.update(rng.nextDouble() < p ? 1 : 0) == DriftState.DRIFT) {
                    if (i < CHANGE) {
                        falseAlarms++;
                    } else {
                        delay = i - CHANGE;
                    }
                }
            }
            if (delay < 0) {
                missed++;
            } else {
                maxDelay = Math.max(maxDelay, delay);
            }
        }
        return new Outcome(maxDelay, falseAlarms, missed);
    }

    @Test
    void adwinDetectsALargeChangeWithin100Rows() {
        Outcome o = run(DriftDetectorKind.ADWIN, 0.1, 0.6);
        assertEquals(0, o.missed());
        assertEquals(0, o.falseAlarms());
        assertTrue(o.maxDelay() <= 100, "delay " + o.maxDelay());
    }

    @Test
    void adwinDetectsASmallChangeWithin450Rows() {
        Outcome o = run(DriftDetectorKind.ADWIN, 0.2, 0.4);
        assertEquals(0, o.missed());
        assertEquals(0, o.falseAlarms());
        assertTrue(o.maxDelay() <= 450, "delay " + o.maxDelay());
    }

    @Test
    void pageHinkleyDetectsWithinItsBounds() {
        Outcome large = run(DriftDetectorKind.PAGE_HINKLEY, 0.1, 0.6);
        assertEquals(0, large.missed());
        assertEquals(0, large.falseAlarms());
        assertTrue(large.maxDelay() <= 160, "delay " + large.maxDelay());
        Outcome small = run(DriftDetectorKind.PAGE_HINKLEY, 0.2, 0.4);
        assertEquals(0, small.missed());
        assertTrue(small.maxDelay() <= 500, "delay " + small.maxDelay());
    }

    @Test
    void ddmDetectsALargeChange() {
        // DDM restarts after each alarm and can fire early in a stable stream (its known
        // weakness); it must still catch the change.
        Outcome o = run(DriftDetectorKind.DDM, 0.1, 0.6);
        assertEquals(0, o.missed());
        assertTrue(o.maxDelay() <= 450, "delay " + o.maxDelay());
    }

    @Test
    void ddmWarnsBeforeItSignalsDrift() {
        Ddm d = new Ddm(Ddm.Params.defaults());
        Rng rng = new Rng(11);
        boolean warned = false;
        for (int i = 0; i < 4000; i++) {
            DriftState s = d.update(rng.nextDouble() < (i < 2000 ? 0.1 : 0.3) ? 1 : 0);
            if (i >= 2000 && s == DriftState.WARNING) {
                warned = true;
            }
            if (i >= 2000 && s == DriftState.DRIFT) {
                break;
            }
        }
        assertTrue(warned);
    }

    @Test
    void adwinShrinksItsWindowAtTheChange() {
        Adwin a = new Adwin(Adwin.DEFAULT_DELTA);
        Rng rng = new Rng(5);
        for (int i = 0; i < 3000; i++) {
            a.update(rng.nextDouble() < 0.1 ? 1 : 0);
        }
        assertEquals(3000, a.width());
        assertEquals(0.1, a.estimation(), 0.02);
        for (int i = 0; i < 500; i++) {
            a.update(rng.nextDouble() < 0.7 ? 1 : 0);
        }
        assertTrue(a.width() < 1000, "old rows dropped: width " + a.width());
        assertTrue(a.estimation() > 0.55, "estimate follows: " + a.estimation());
    }

    @Test
    void detectorsRoundTripBitForBit() {
        for (DriftDetectorKind k : DriftDetectorKind.values()) {
            DriftDetector d = k.create();
            Rng rng = new Rng(2);
            for (int i = 0; i < 1234; i++) {
                d.update(rng.nextDouble() < 0.3 ? 1 : 0);
            }
            ModelOutput out = new ModelOutput();
            d.write(out);
            DriftDetector copy = DriftDetector.read(new ModelInput(out.toByteArray()));
            ModelOutput again = new ModelOutput();
            copy.write(again);
            assertArrayEquals(out.toByteArray(), again.toByteArray(), k.name());
            for (int i = 0; i < 3000; i++) {
                double v = rng.nextDouble() < (i < 500 ? 0.3 : 0.8) ? 1 : 0;
                assertEquals(d.update(v), copy.update(v), k + " row " + i);
            }
        }
    }
}
