package dev.freshet.engine.plan;

import dev.freshet.engine.type.DataType;
import dev.freshet.sql.error.ErrorCode;
import dev.freshet.sql.error.FreshetException;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.rel.type.RelDataTypeFactory;
import org.apache.calcite.sql.type.SqlTypeName;

/** Conversion between Calcite's {@link RelDataType} and our {@link DataType}. */
public final class CalciteTypes {
    private CalciteTypes() {}

    /** Our type for a Calcite type. Computed NUMERIC results are unconstrained. */
    public static DataType toDataType(RelDataType t) {
        return switch (t.getSqlTypeName()) {
            case BOOLEAN -> DataType.BOOLEAN;
            case TINYINT, SMALLINT -> DataType.SMALLINT;
            case INTEGER -> DataType.INTEGER;
            case BIGINT -> DataType.BIGINT;
            case REAL -> DataType.REAL;
            case FLOAT, DOUBLE -> DataType.DOUBLE;
            case DECIMAL ->
                    t.getPrecision() >= FreshetTypeSystem.UNCONSTRAINED
                            ? DataType.DECIMAL
                            : DataType.decimal(t.getPrecision(), t.getScale());
            case CHAR, VARCHAR -> DataType.VARCHAR;
            case BINARY, VARBINARY -> DataType.BYTEA;
            case DATE -> DataType.DATE;
            case TIME, TIME_WITH_LOCAL_TIME_ZONE -> DataType.TIME;
            case TIMESTAMP -> DataType.TIMESTAMP;
            case TIMESTAMP_WITH_LOCAL_TIME_ZONE, TIMESTAMP_TZ -> DataType.TIMESTAMPTZ;
            case INTERVAL_YEAR,
                    INTERVAL_YEAR_MONTH,
                    INTERVAL_MONTH,
                    INTERVAL_DAY,
                    INTERVAL_DAY_HOUR,
                    INTERVAL_DAY_MINUTE,
                    INTERVAL_DAY_SECOND,
                    INTERVAL_HOUR,
                    INTERVAL_HOUR_MINUTE,
                    INTERVAL_HOUR_SECOND,
                    INTERVAL_MINUTE,
                    INTERVAL_MINUTE_SECOND,
                    INTERVAL_SECOND ->
                    DataType.INTERVAL;
            case ARRAY -> DataType.array(toDataType(t.getComponentType()));
            case VARIANT -> DataType.JSONB;
            case NULL, UNKNOWN -> DataType.VARCHAR;
            default ->
                    throw new FreshetException(
                            ErrorCode.FEATURE_NOT_SUPPORTED,
                            "type " + t.getFullTypeString() + " is not supported");
        };
    }

    /** The declared type of a column, keeping VARCHAR(n) (Calcite's CHAR(n) literals aside). */
    public static DataType toColumnType(RelDataType t) {
        if (t.getSqlTypeName() == SqlTypeName.VARCHAR
                && t.getPrecision() != RelDataType.PRECISION_NOT_SPECIFIED) {
            return DataType.varchar(t.getPrecision());
        }
        return toDataType(t);
    }

    /**
     * Registers PostgreSQL's type names that Calcite has no built-in type for ({@code interval},
     * {@code jsonb}, {@code json}), so that casts to them validate; JSONB is Calcite's VARIANT.
     */
    public static void addNamedTypes(org.apache.calcite.schema.SchemaPlus root) {
        root.add("interval", f -> toRelDataType(DataType.INTERVAL, f, false));
        root.add("jsonb", f -> toRelDataType(DataType.JSONB, f, false));
        root.add("json", f -> toRelDataType(DataType.JSONB, f, false));
        // uuid is planned as text (see toRelDataType): a cast to it validates as one to text, and
        // storing into a uuid column checks the value
        root.add("uuid", f -> toRelDataType(DataType.UUID, f, false));
    }

    /**
     * Calcite's rules for which CASTs validate, widened to the casts PostgreSQL also allows ({@code
     * integer <-> boolean}, {@code jsonb -> boolean/numbers}); the engine's cast kernels decide the
     * rest.
     */
    public static org.apache.calcite.sql.type.SqlTypeCoercionRule castRules() {
        java.util.Map<SqlTypeName, com.google.common.collect.ImmutableSet<SqlTypeName>> map =
                new java.util.HashMap<>(
                        org.apache.calcite.sql.type.SqlTypeCoercionRule.instance()
                                .getTypeMapping());
        widen(map, SqlTypeName.INTEGER, SqlTypeName.BOOLEAN);
        widen(map, SqlTypeName.BOOLEAN, SqlTypeName.INTEGER);
        widen(map, SqlTypeName.INTERVAL_DAY_SECOND, SqlTypeName.TIME);
        widen(map, SqlTypeName.TIME, SqlTypeName.INTERVAL_DAY_SECOND);
        return org.apache.calcite.sql.type.SqlTypeCoercionRule.instance(map);
    }

    private static void widen(
            java.util.Map<SqlTypeName, com.google.common.collect.ImmutableSet<SqlTypeName>> map,
            SqlTypeName to,
            SqlTypeName from) {
        com.google.common.collect.ImmutableSet<SqlTypeName> old = map.get(to);
        com.google.common.collect.ImmutableSet.Builder<SqlTypeName> b =
                com.google.common.collect.ImmutableSet.builder();
        if (old != null) {
            b.addAll(old);
        }
        map.put(to, b.add(from).build());
    }

    /** The Calcite type for one of ours. */
    public static RelDataType toRelDataType(DataType t, RelDataTypeFactory f, boolean nullable) {
        RelDataType r =
                switch (t.kind()) {
                    case BOOLEAN -> f.createSqlType(SqlTypeName.BOOLEAN);
                    case SMALLINT -> f.createSqlType(SqlTypeName.SMALLINT);
                    case INTEGER -> f.createSqlType(SqlTypeName.INTEGER);
                    case BIGINT -> f.createSqlType(SqlTypeName.BIGINT);
                    case REAL -> f.createSqlType(SqlTypeName.REAL);
                    case DOUBLE -> f.createSqlType(SqlTypeName.DOUBLE);
                    case DECIMAL ->
                            // unconstrained numeric: the widest scale too, so that Calcite's
                            // rescaling of literals to the column type loses no digits
                            t.precision() < 0
                                    ? f.createSqlType(
                                            SqlTypeName.DECIMAL,
                                            FreshetTypeSystem.UNCONSTRAINED,
                                            FreshetTypeSystem.UNCONSTRAINED)
                                    : f.createSqlType(
                                            SqlTypeName.DECIMAL,
                                            t.precision(),
                                            Math.max(0, t.scale()));
                    case JSONB -> f.createSqlType(SqlTypeName.VARIANT);
                    case VARCHAR, UUID ->
                            t.precision() < 0
                                    ? f.createSqlType(SqlTypeName.VARCHAR)
                                    : f.createSqlType(SqlTypeName.VARCHAR, t.precision());
                    case BYTEA -> f.createSqlType(SqlTypeName.VARBINARY);
                    case DATE -> f.createSqlType(SqlTypeName.DATE);
                    case TIME -> f.createSqlType(SqlTypeName.TIME, 6);
                    case TIMESTAMP -> f.createSqlType(SqlTypeName.TIMESTAMP, 6);
                    case TIMESTAMPTZ ->
                            f.createSqlType(SqlTypeName.TIMESTAMP_WITH_LOCAL_TIME_ZONE, 6);
                    case INTERVAL ->
                            f.createSqlIntervalType(
                                    new org.apache.calcite.sql.SqlIntervalQualifier(
                                            org.apache.calcite.avatica.util.TimeUnit.DAY,
                                            org.apache.calcite.avatica.util.TimeUnit.SECOND,
                                            org.apache.calcite.sql.parser.SqlParserPos.ZERO));
                    case ARRAY -> f.createArrayType(toRelDataType(t.elementType(), f, true), -1);
                    case UNKNOWN -> f.createSqlType(SqlTypeName.NULL);
                };
        return f.createTypeWithNullability(r, nullable);
    }
}
