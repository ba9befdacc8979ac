package dev.freshet.ml.bench;

import dev.freshet.ml.model.Rng;

/**
 * Seeded generators of classification streams with known concepts, the usual ones for checking an
 * online learner's defaults beside a real stream: each fills a numeric feature row and returns the
 * class (0 or 1) of the next example. Same seed, same stream.
 *
 * <ul>
 *   <li>{@link #sea}: SEA concepts (Street and Kim, KDD 2001): three features uniform in [0, 10],
 *       class 1 iff {@code x0 + x1 <= theta}; with drift {@code theta} steps through 8, 9, 7, 9.5
 *       in four equal parts of the stream (abrupt drift), without it stays 8. 10 % label noise.
 *   <li>{@link #hyperplane}: a hyperplane in {@code [0, 1]^10} (Hulten et al., KDD 2001): class 1
 *       iff {@code sum w_i x_i >= sum w_i / 2}; with drift the weights of two attributes move by
 *       0.001 per example, each reversing direction with probability 10 % (gradual, continuous
 *       drift), without it they stay. 5 % label noise.
 *   <li>{@link #agrawal}: Agrawal et al.'s loan-applicant concepts (IEEE TKDE 1993; functions 1, 2,
 *       3 and 5 here): salary, commission, age, education level, car, zip code, house value, house
 *       years and loan, class 1 for group A; with drift the function changes abruptly in four equal
 *       parts (1, 2, 3, 5), without it stays 1. No noise.
 * </ul>
 */
public final class SyntheticStream {
    /** The generators. */
    public enum Kind {
        SEA,
        HYPERPLANE,
        AGRAWAL
    }

    private static final double[] SEA_THETAS = {8, 9, 7, 9.5};
    private static final int[] AGRAWAL_FUNCTIONS = {1, 2, 3, 5};
    private static final int HYPERPLANE_DIM = 10;
    private static final int HYPERPLANE_DRIFTING = 2;

    private final Kind kind;
    private final boolean drift;
    private final long length;
    private final Rng rng;
    private final double[] weights = new double[HYPERPLANE_DIM];
    private final double[] directions = new double[HYPERPLANE_DIM];
    private long produced;

    /** A stream of {@code length} examples ({@code length} only fixes where abrupt drifts fall). */
    public SyntheticStream(Kind kind, boolean drift, long length, long seed) {
        this.kind = kind;
        this.drift = drift;
        this.length = length;
        this.rng = new Rng(seed);
        for (int i = 0; i < HYPERPLANE_DIM; i++) {
            weights[i] = rng.nextDouble();
            directions[i] = 1.0;
        }
    }

    /** Number of features of this stream's rows. */
    public int dimension() {
        return dimension(kind);
    }

    /** Number of features of a kind's rows. */
    public static int dimension(Kind kind) {
        return switch (kind) {
            case SEA -> 3;
            case HYPERPLANE -> HYPERPLANE_DIM;
            case AGRAWAL -> 9;
        };
    }

    /** Writes the next example's features into {@code x} and returns its class. */
    public int next(double[] x) {
        int part = (int) Math.min(3, produced * 4 / Math.max(1, length));
        produced++;
        return switch (kind) {
            case SEA -> sea(x, drift ? SEA_THETAS[part] : SEA_THETAS[0]);
            case HYPERPLANE -> hyperplane(x);
            case AGRAWAL -> agrawal(x, drift ? AGRAWAL_FUNCTIONS[part] : AGRAWAL_FUNCTIONS[0]);
        };
    }

    private int sea(double[] x, double theta) {
        for (int i = 0; i < 3; i++) {
            x[i] = 10 * rng.nextDouble();
        }
        int y = x[0] + x[1] <= theta ? 1 : 0;
        return rng.nextDouble() < 0.1 ? 1 - y : y;
    }

    private int hyperplane(double[] x) {
        double sum = 0;
        double total = 0;
        for (int i = 0; i < HYPERPLANE_DIM; i++) {
            x[i] = rng.nextDouble();
            sum += weights[i] * x[i];
            total += weights[i];
        }
        int y = sum >= total / 2 ? 1 : 0;
        if (rng.nextDouble() < 0.05) {
            y = 1 - y;
        }
        if (drift) {
            for (int i = 0; i < HYPERPLANE_DRIFTING; i++) {
                weights[i] += 0.001 * directions[i];
                if (rng.nextDouble() < 0.1) {
                    directions[i] = -directions[i];
                }
            }
        }
        return y;
    }

    private int agrawal(double[] x, int function) {
        double salary = 20_000 + 130_000 * rng.nextDouble();
        double commission = salary >= 75_000 ? 0 : 10_000 + 65_000 * rng.nextDouble();
        double age = 20 + rng.nextInt(61);
        double elevel = rng.nextInt(5);
        double car = 1 + rng.nextInt(20);
        double zipcode = rng.nextInt(9);
        double hvalue = (9 - zipcode) * 100_000 * (0.5 + rng.nextDouble());
        double hyears = 1 + rng.nextInt(30);
        double loan = 500_000 * rng.nextDouble();
        double[] row = {salary, commission, age, elevel, car, zipcode, hvalue, hyears, loan};
        System.arraycopy(row, 0, x, 0, row.length);
        boolean groupA =
                switch (function) {
                    case 1 -> age < 40 || age >= 60;
                    case 2 ->
                            age < 40
                                    ? salary >= 50_000 && salary <= 100_000
                                    : age < 60
                                            ? salary >= 75_000 && salary <= 125_000
                                            : salary >= 25_000 && salary <= 75_000;
                    case 3 ->
                            age < 40
                                    ? elevel == 0 || elevel == 1
                                    : age < 60
                                            ? elevel == 1 || elevel == 2 || elevel == 3
                                            : elevel == 2 || elevel == 3 || elevel == 4;
                    case 5 ->
                            age < 40
                                    ? (salary >= 50_000 && salary <= 100_000
                                            ? loan >= 100_000 && loan <= 300_000
                                            : loan >= 200_000 && loan <= 400_000)
                                    : age < 60
                                            ? (salary >= 75_000 && salary <= 125_000
                                                    ? loan >= 200_000 && loan <= 400_000
                                                    : loan >= 300_000 && loan <= 500_000)
                                            : (salary >= 25_000 && salary <= 75_000
                                                    ? loan >= 300_000 && loan <= 500_000
                                                    : loan >= 100_000 && loan <= 300_000);
                    default -> throw new IllegalArgumentException("function " + function);
                };
        return groupA ? 1 : 0;
    }
}
