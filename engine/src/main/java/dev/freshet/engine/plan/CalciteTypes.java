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
                            t.precision() < 0
                                    ? f.createSqlType(
                                            SqlTypeName.DECIMAL, FreshetTypeSystem.UNCONSTRAINED, 0)
                                    : f.createSqlType(
                                            SqlTypeName.DECIMAL,
                                            t.precision(),
                                            Math.max(0, t.scale()));
                    case VARCHAR, JSONB, UUID ->
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
