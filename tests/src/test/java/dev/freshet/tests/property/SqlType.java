package dev.freshet.tests.property;

/** The column types the generator uses, with what each supports. */
public enum SqlType {
    INT("INT"),
    BIGINT("BIGINT"),
    VARCHAR("VARCHAR"),
    DECIMAL("DECIMAL(10,2)"),
    DOUBLE("DOUBLE PRECISION"),
    BOOLEAN("BOOLEAN"),
    TIMESTAMP("TIMESTAMP");

    private final String sql;

    SqlType(String sql) {
        this.sql = sql;
    }

    /** The type as written in {@code CREATE TABLE}. */
    public String sql() {
        return sql;
    }

    /** Whether {@code sum}, {@code avg} and arithmetic apply. */
    public boolean isNumeric() {
        return switch (this) {
            case INT, BIGINT, DECIMAL, DOUBLE -> true;
            case VARCHAR, BOOLEAN, TIMESTAMP -> false;
        };
    }

    /** Whether {@code <}, {@code min} and {@code max} apply (PostgreSQL has no min(boolean)). */
    public boolean isOrderable() {
        return this != BOOLEAN;
    }

    /** Whether an equality between the two types is a plain equi-join key in PostgreSQL. */
    public boolean joinsWith(SqlType other) {
        return this == other || (isIntegral() && other.isIntegral());
    }

    private boolean isIntegral() {
        return this == INT || this == BIGINT;
    }

    /** The type of {@code sum(x)} for x of this type, as PostgreSQL derives it. */
    public SqlType sumType() {
        return switch (this) {
            case INT -> BIGINT;
            case BIGINT, DECIMAL -> DECIMAL;
            case DOUBLE -> DOUBLE;
            case VARCHAR, BOOLEAN, TIMESTAMP ->
                    throw new IllegalArgumentException("no sum over " + this);
        };
    }

    /** The type of {@code avg(x)} for x of this type, as PostgreSQL derives it. */
    public SqlType avgType() {
        return switch (this) {
            case INT, BIGINT, DECIMAL -> DECIMAL;
            case DOUBLE -> DOUBLE;
            case VARCHAR, BOOLEAN, TIMESTAMP ->
                    throw new IllegalArgumentException("no avg over " + this);
        };
    }
}
