package dev.freshet.tests.property;

import static java.util.Objects.requireNonNull;

/**
 * A column of a table or view. View columns are always taken as nullable.
 *
 * <p>An {@code opaque} column holds values the generator may copy but must not look into: results
 * whose last digits depend on the engine's algorithm ({@code avg}, {@code var_*}, {@code stddev_*})
 * and arrays. Comparing, grouping, ordering, joining or combining such values would make the
 * expected result depend on rounding, so later views only pass them through.
 */
public record Column(String name, SqlType type, boolean nullable, boolean opaque) {
    public Column {
        requireNonNull(name);
        requireNonNull(type);
    }

    /** A column whose values later views may use in any way. */
    public Column(String name, SqlType type, boolean nullable) {
        this(name, type, nullable, false);
    }
}
