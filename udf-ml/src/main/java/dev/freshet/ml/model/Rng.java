package dev.freshet.ml.model;

/**
 * A small, fast, serializable pseudo-random generator (SplitMix64). Models that randomise (forests,
 * half-space trees, k-means seeding) keep one and write its single {@code long} of state, so a
 * model read back continues the exact same random sequence.
 */
public final class Rng {
    private long state;

    public Rng(long seed) {
        state = seed;
    }

    /** The current state (write it to resume the sequence with {@link #Rng(long)}). */
    public long state() {
        return state;
    }

    public long nextLong() {
        long z = (state += 0x9E3779B97F4A7C15L);
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** Uniform in [0, 1). */
    public double nextDouble() {
        return (nextLong() >>> 11) * 0x1.0p-53;
    }

    /** Uniform in [0, bound). */
    public int nextInt(int bound) {
        return (int) ((nextLong() >>> 33) % bound);
    }

    /** Standard normal (Box-Muller, one value per call). */
    public double nextGaussian() {
        double u = 1.0 - nextDouble();
        double v = nextDouble();
        return Math.sqrt(-2.0 * Math.log(u)) * Math.cos(2.0 * Math.PI * v);
    }

    /** Poisson-distributed with mean {@code lambda} (Knuth's method; fine for small means). */
    public int nextPoisson(double lambda) {
        double l = Math.exp(-lambda);
        int k = 0;
        double p = 1.0;
        do {
            k++;
            p *= nextDouble();
        } while (p > l);
        return k - 1;
    }
}
