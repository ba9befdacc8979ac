package dev.freshet.engine.type;

/**
 * How values of a {@link TypeKind} are laid out in a column. Operators and kernels switch on this,
 * never on the SQL type, so adding a SQL type that reuses a layout touches no operator.
 */
public enum PhysicalType {
    /** {@code boolean[]}. */
    BOOL,
    /** {@code long[]}: integers, dates (days since 1970-01-01), times and timestamps (µs). */
    LONG,
    /** {@code double[]}: REAL (rounded to float precision on every write) and DOUBLE. */
    DOUBLE,
    /** Compact unscaled {@code long} + scale, with a {@code BigDecimal} overflow and NaN/±Inf. */
    DECIMAL,
    /** Offsets into one {@code byte[]}: UTF-8 text, bytea, jsonb text, uuid (16 bytes). */
    BYTES,
    /** Months, days and microseconds, as PostgreSQL keeps intervals. */
    INTERVAL,
    /** Offsets into a child column. */
    ARRAY
}
