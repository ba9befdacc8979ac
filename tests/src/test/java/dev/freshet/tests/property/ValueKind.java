package dev.freshet.tests.property;

import java.sql.Types;

/** How a result column's text values are compared, from the column's JDBC type. */
enum ValueKind {
    /** Integers: compared as numbers. */
    INTEGER,
    /** NUMERIC/DECIMAL: compared as numbers, ignoring trailing zeros. */
    NUMERIC,
    /** REAL/DOUBLE: compared within a relative tolerance. */
    FLOAT,
    /** Everything else: compared as text. */
    TEXT;

    static ValueKind ofJdbcType(int type) {
        return switch (type) {
            case Types.TINYINT, Types.SMALLINT, Types.INTEGER, Types.BIGINT -> INTEGER;
            case Types.NUMERIC, Types.DECIMAL -> NUMERIC;
            case Types.REAL, Types.FLOAT, Types.DOUBLE -> FLOAT;
            default -> TEXT;
        };
    }

    /**
     * The kind to compare a value of this kind with one of {@code other}, so that two engines that
     * type a column differently (NUMERIC against DOUBLE, say) still compare numerically.
     */
    ValueKind meet(ValueKind other) {
        if (this == other) {
            return this;
        }
        if (this == TEXT || other == TEXT) {
            return TEXT;
        }
        if (this == FLOAT || other == FLOAT) {
            return FLOAT;
        }
        return NUMERIC;
    }
}
