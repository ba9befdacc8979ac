package dev.freshet.tests.property;

/** The kind of query a generated view has, for coverage accounting. */
public enum ViewShape {
    /** {@code SELECT <expressions> FROM r [WHERE ...]}. */
    FILTER_PROJECT,
    /** {@code SELECT DISTINCT <expressions> FROM r [WHERE ...]}. */
    DISTINCT,
    /** {@code SELECT <keys>, <aggregates> FROM r [WHERE ...] GROUP BY <keys> [HAVING ...]}. */
    GROUPED_AGGREGATE,
    /** Aggregates without GROUP BY: one row even over empty input (none if HAVING fails). */
    GLOBAL_AGGREGATE,
    /** {@code GROUP BY GROUPING SETS / ROLLUP / CUBE}, with {@code GROUPING(...)}. */
    GROUPING_SETS,
    /** Joins of two or three relations, inner or outer, equi or not. */
    JOIN,
    /** {@code WHERE [NOT] EXISTS / [NOT] IN (SELECT ...)}. */
    SEMI_ANTI_JOIN,
    /** {@code UNION / INTERSECT / EXCEPT [ALL]}. */
    SET_OPERATION,
    /** {@code ORDER BY ... LIMIT / OFFSET / FETCH FIRST ... WITH TIES}. */
    TOP_N,
    /** {@code WHERE row_number() / rank() / dense_rank() OVER (PARTITION BY ...) <= n}. */
    GROUP_TOP_N,
    /** {@code SELECT DISTINCT ON (...) ... ORDER BY ...}. */
    DISTINCT_ON,
    /** Window functions in the select list. */
    WINDOW
}
