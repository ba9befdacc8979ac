package dev.freshet.tests.property;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;

/** Random choices the generators make, over one seeded {@link RandomGenerator}. */
final class Dice {
    private final RandomGenerator random;

    Dice(RandomGenerator random) {
        this.random = requireNonNull(random);
    }

    /** True with probability {@code p}. */
    boolean chance(double p) {
        return random.nextDouble() < p;
    }

    /** A number in {@code [0, bound)}. */
    int below(int bound) {
        return random.nextInt(bound);
    }

    /** A number in {@code [min, max]}. */
    int between(int min, int max) {
        return min + random.nextInt(max - min + 1);
    }

    /** A uniform number in {@code [0, 1)}. */
    double roll() {
        return random.nextDouble();
    }

    /** One element of a non-empty list. */
    <T> T pick(List<T> items) {
        if (items.isEmpty()) {
            throw new IllegalArgumentException("nothing to pick from");
        }
        return items.get(random.nextInt(items.size()));
    }

    /** One of the arguments. */
    @SafeVarargs
    final <T> T oneOf(T... items) {
        return items[random.nextInt(items.length)];
    }

    /** {@code n} distinct positions of {@code items} (at most all of them), in random order. */
    <T> List<T> sample(List<T> items, int n) {
        List<T> pool = new ArrayList<>(items);
        List<T> chosen = new ArrayList<>();
        while (chosen.size() < n && !pool.isEmpty()) {
            chosen.add(pool.remove(random.nextInt(pool.size())));
        }
        return chosen;
    }

    /** All of {@code items} in random order. */
    <T> List<T> shuffle(List<T> items) {
        return sample(items, items.size());
    }
}
