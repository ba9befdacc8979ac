package dev.freshet.tests.property;

/** The kind of query a generated view has, for coverage accounting. */
public enum ViewShape {
    /** {@code SELECT <expressions> FROM r [WHERE ...]}. */
    FILTER_PROJECT,
    /** {@code SELECT <keys>, <aggregates> FROM r [WHERE ...] GROUP BY <keys>}. */
    GROUPED_AGGREGATE,
    /** Aggregates without GROUP BY: one row even over empty input. */
    GLOBAL_AGGREGATE,
    /** Equi-joins of two or three relations, inner or outer. */
    JOIN
}
