package dev.freshet.tests.property;

/**
 * The SQL constructs a generated view can use. Every view records the constructs it uses ({@link
 * ViewDef#constructs()}), which gives coverage accounting and lets a run avoid a construct with an
 * open bug ({@link KnownIssue}) without avoiding whole view shapes.
 */
public enum Construct {
    // Scalar expressions.
    CASE,
    COALESCE,
    NULLIF,
    /** {@code date_trunc}, timestamp ± interval. */
    DATE_TIME_FUNCTIONS,
    /**
     * One expression compared twice in a view with decimal literals, ones with a point ({@code x >
     * 1.5 AND x < 10}, {@code x BETWEEN 1.50 AND 2.25}, {@code x = 10.00 OR x < 0.00}): a range.
     */
    DECIMAL_LITERAL_RANGE,

    // Projections.
    SELECT_DISTINCT,
    DISTINCT_ON,

    // Aggregation.
    AGGREGATE_FILTER,
    /** {@code count(DISTINCT x)}, {@code sum(DISTINCT x)}. */
    DISTINCT_AGGREGATE,
    HAVING,
    BOOL_AGGREGATES,
    BIT_AGGREGATES,
    /** {@code var_pop}, {@code var_samp}, {@code stddev_pop}, {@code stddev_samp}. */
    STATISTICAL_AGGREGATES,
    STRING_AGG,
    /** {@code string_agg(x, ',' ORDER BY x) FILTER (WHERE ...)}. */
    STRING_AGG_FILTER,
    ARRAY_AGG,
    GROUPING_SETS,
    ROLLUP,
    CUBE,
    /** {@code GROUPING(...)} in a grouping-sets query. */
    GROUPING_FUNCTION,
    /** A grouping set named twice in GROUPING SETS. */
    DUPLICATE_GROUPING_SETS,
    /** {@code GROUPING(...)} with a grouping set named twice. */
    GROUPING_WITH_DUPLICATE_SETS,
    /**
     * {@code string_agg(DISTINCT y ... ORDER BY y)} beside a DISTINCT aggregate of another argument
     * and a FILTER, in one aggregation.
     */
    FILTER_WITH_MIXED_DISTINCT_AGGREGATES,
    /** {@code count(DISTINCT x)} and the like under GROUPING SETS, ROLLUP or CUBE. */
    DISTINCT_AGGREGATE_IN_GROUPING_SETS,

    // Joins.
    INNER_JOIN,
    LEFT_JOIN,
    RIGHT_JOIN,
    FULL_JOIN,
    THREE_WAY_JOIN,
    /** An equi-join with extra non-equality conditions in ON, on an inner join. */
    INNER_JOIN_RESIDUAL,
    /** An equi-join with extra non-equality conditions in ON, on an outer join. */
    OUTER_JOIN_RESIDUAL,
    /** A join whose ON has no equality at all. */
    THETA_JOIN,

    // Subqueries.
    IN_SUBQUERY,
    NOT_IN_SUBQUERY,
    EXISTS,
    NOT_EXISTS,
    /** An EXISTS subquery correlated by a non-equality only. */
    NON_EQUI_CORRELATION,
    /** Two subquery predicates in one WHERE. */
    TWO_SUBQUERIES,

    // Set operations.
    UNION,
    UNION_ALL,
    INTERSECT,
    INTERSECT_ALL,
    EXCEPT,
    EXCEPT_ALL,
    /** Three branches, the first two in parentheses. */
    NESTED_SET_OPERATION,

    // TopN.
    LIMIT,
    OFFSET,
    FETCH_WITH_TIES,
    /** {@code OFFSET m ROWS FETCH FIRST n ROWS WITH TIES}. */
    OFFSET_WITH_TIES,
    /** ORDER BY ... LIMIT over a GROUP BY. */
    TOP_N_OVER_AGGREGATE,
    GROUP_TOP_N_ROW_NUMBER,
    GROUP_TOP_N_RANK,
    GROUP_TOP_N_DENSE_RANK,

    // Window functions.
    WINDOW_RANKING,
    WINDOW_LAG_LEAD,
    WINDOW_FIRST_LAST_VALUE,
    /** Aggregates OVER a ROWS frame (or the default frame) under a total order. */
    WINDOW_AGGREGATE_ROWS,
    /** Aggregates OVER a RANGE frame bounded by UNBOUNDED or CURRENT ROW, or over a partition. */
    WINDOW_AGGREGATE_RANGE,
    /**
     * Aggregates OVER a RANGE frame with a numeric offset ({@code RANGE BETWEEN 1 PRECEDING ...}).
     */
    WINDOW_RANGE_OFFSET,
    /** {@link #WINDOW_RANGE_OFFSET} ordered by a DECIMAL or DOUBLE PRECISION column. */
    WINDOW_RANGE_OFFSET_FRACTIONAL,

    // Composition.
    VIEW_ON_VIEW
}
