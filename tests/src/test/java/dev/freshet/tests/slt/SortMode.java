package dev.freshet.tests.slt;

/** How a query's actual rows are ordered before they are compared with the expected lines. */
public enum SortMode {
    /** As the database returned them. */
    NOSORT,
    /** Rows sorted as lists of rendered values. */
    ROWSORT,
    /** Every value sorted on its own, one value per line. */
    VALUESORT;

    /** Parses {@code nosort}, {@code rowsort} or {@code valuesort}; otherwise throws. */
    static SortMode parse(String word) {
        return switch (word) {
            case "nosort" -> NOSORT;
            case "rowsort" -> ROWSORT;
            case "valuesort" -> VALUESORT;
            default -> throw new IllegalArgumentException("invalid sort mode: " + word);
        };
    }
}
