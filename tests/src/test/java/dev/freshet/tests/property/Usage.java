package dev.freshet.tests.property;

import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What one view under construction uses: the {@link Construct}s, and the expressions it compares
 * with decimal literals (two such comparisons of one expression are a construct of their own,
 * {@link Construct#DECIMAL_LITERAL_RANGE}).
 */
final class Usage {
    private final Set<Construct> constructs = EnumSet.noneOf(Construct.class);
    private final Set<String> comparedWithDecimals = new HashSet<>();

    Usage(Construct... initial) {
        constructs.addAll(List.of(initial));
    }

    void add(Construct construct) {
        constructs.add(construct);
    }

    void remove(Construct construct) {
        constructs.remove(construct);
    }

    boolean contains(Construct construct) {
        return constructs.contains(construct);
    }

    /** The constructs so far. */
    Set<Construct> constructs() {
        return EnumSet.copyOf(constructs);
    }

    /** Whether {@code expression} was compared with a decimal literal before in this view. */
    boolean comparedWithDecimal(String expression) {
        return comparedWithDecimals.contains(expression);
    }

    /** Notes a comparison of {@code expression} with a decimal literal. */
    void compareWithDecimal(String expression) {
        comparedWithDecimals.add(expression);
    }
}
