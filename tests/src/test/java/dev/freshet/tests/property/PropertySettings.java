package dev.freshet.tests.property;

/**
 * How many scenarios to run and how big, from system properties with per-suite defaults: {@code
 * freshet.property.seed} (the first scenario's seed; scenario i uses seed + i), {@code
 * freshet.property.runs} and {@code freshet.property.steps} (DML statements per scenario).
 */
public record PropertySettings(long seed, int runs, int steps) {
    public PropertySettings {
        if (runs < 1 || steps < 1) {
            throw new IllegalArgumentException("runs and steps must be >= 1");
        }
    }

    /** The settings from system properties, falling back to the given defaults. */
    public static PropertySettings fromSystemProperties(long seed, int runs, int steps) {
        return new PropertySettings(
                Long.getLong("freshet.property.seed", seed),
                Integer.getInteger("freshet.property.runs", runs),
                Integer.getInteger("freshet.property.steps", steps));
    }
}
