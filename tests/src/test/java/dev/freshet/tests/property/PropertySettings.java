package dev.freshet.tests.property;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Which scenarios a property run generates and how it reacts to a mismatch: the seeds, the DML
 * statements per scenario, and whether to go on after a mismatch (collecting every failing seed) or
 * stop at the first.
 *
 * <p>System properties override the defaults: {@code freshet.property.seed} (the first seed; with
 * it, seeds {@code seed .. seed + runs - 1} replace the defaults), {@code freshet.property.runs} (1
 * by default with a seed; a soak's length), {@code freshet.property.steps} and {@code
 * freshet.property.keepGoing}.
 */
public record PropertySettings(List<Long> seeds, int steps, boolean keepGoing) {
    public PropertySettings {
        seeds = List.copyOf(seeds);
        if (seeds.isEmpty() || steps < 1) {
            throw new IllegalArgumentException("need at least one seed and one step");
        }
    }

    /**
     * The fixed seeds plus one new random seed per run (last), stopping at the first mismatch: for
     * the default suite, where the fixed seeds keep the run reproducible and the random one widens
     * it over time.
     */
    public static PropertySettings fixedSeedsPlusRandom(List<Long> fixedSeeds, int steps) {
        List<Long> seeds = new ArrayList<>(fixedSeeds);
        seeds.add(randomSeed());
        return fromSystemProperties(seeds, steps, false);
    }

    /** {@code runs} consecutive seeds from a random start, going on after mismatches: soaks. */
    public static PropertySettings randomRun(int defaultRuns, int steps) {
        int runs = Integer.getInteger("freshet.property.runs", 1);
        long start = randomSeed();
        List<Long> seeds = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            seeds.add(start + i);
        }
        return fromSystemProperties(seeds, steps, true);
    }

    private static PropertySettings fromSystemProperties(
            List<Long> defaultSeeds, int defaultSteps, boolean defaultKeepGoing) {
        Long first = Long.getLong("freshet.property.seed");
        List<Long> seeds = defaultSeeds;
        if (first != null) {
            int runs = Integer.getInteger("freshet.property.runs", 1);
            seeds = new ArrayList<>();
            for (int i = 0; i < runs; i++) {
                seeds.add(first + i);
            }
        }
        String keepGoing = System.getProperty("freshet.property.keepGoing");
        return new PropertySettings(
                seeds,
                Integer.getInteger("freshet.property.steps", defaultSteps),
                keepGoing == null ? defaultKeepGoing : Boolean.parseBoolean(keepGoing));
    }

    private static long randomSeed() {
        return ThreadLocalRandom.current().nextLong(1, 1_000_000_000_000L);
    }
}
