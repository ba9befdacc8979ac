package dev.freshet.tests.property;

import static java.util.Objects.requireNonNull;

import java.util.ArrayList;
import java.util.List;

/** Writes ORDER BY items with random directions and, sometimes, explicit NULLS FIRST/LAST. */
final class OrderKeys {
    private final Dice dice;

    OrderKeys(Dice dice) {
        this.dice = requireNonNull(dice);
    }

    /** {@code e1 [ASC|DESC] [NULLS FIRST|LAST], ...} over the expressions in the given order. */
    String of(List<String> expressions) {
        List<String> keys = new ArrayList<>(expressions.size());
        for (String expression : expressions) {
            keys.add(expression + direction());
        }
        return String.join(", ", keys);
    }

    private String direction() {
        String direction = dice.oneOf("", " ASC", " DESC", " DESC");
        if (dice.chance(0.3)) {
            direction += dice.oneOf(" NULLS FIRST", " NULLS LAST");
        }
        return direction;
    }
}
