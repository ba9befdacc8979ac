package dev.freshet.engine.session;

import dev.freshet.engine.type.DataType;
import dev.freshet.sql.error.ErrorCode;
import dev.freshet.sql.error.FreshetException;
import java.util.Locale;
import org.apache.calcite.sql.SqlBasicTypeNameSpec;
import org.apache.calcite.sql.SqlCollectionTypeNameSpec;
import org.apache.calcite.sql.SqlDataTypeSpec;
import org.apache.calcite.sql.SqlTypeNameSpec;
import org.apache.calcite.sql.SqlUserDefinedTypeNameSpec;
import org.apache.calcite.sql.type.SqlTypeName;

/** Resolves a type as written in DDL to our {@link DataType}. */
final class TypeResolver {
    private TypeResolver() {}

    static DataType resolve(SqlDataTypeSpec spec) {
        return resolve(spec.getTypeNameSpec());
    }

    static DataType resolve(SqlTypeNameSpec spec) {
        return switch (spec) {
            case SqlCollectionTypeNameSpec c -> DataType.array(resolve(c.getElementTypeName()));
            case SqlBasicTypeNameSpec b -> basic(b);
            case SqlUserDefinedTypeNameSpec u -> named(u.getTypeName().getSimple());
            default -> named(spec.getTypeName().getSimple());
        };
    }

    private static DataType basic(SqlBasicTypeNameSpec b) {
        SqlTypeName t = SqlTypeName.get(b.getTypeName().getSimple().toUpperCase(Locale.ROOT));
        if (t == null) {
            return named(b.getTypeName().getSimple());
        }
        int p = b.getPrecision();
        int s = b.getScale();
        return switch (t) {
            case BOOLEAN -> DataType.BOOLEAN;
            case TINYINT, SMALLINT -> DataType.SMALLINT;
            case INTEGER -> DataType.INTEGER;
            case BIGINT -> DataType.BIGINT;
            case REAL -> DataType.REAL;
            case FLOAT -> p >= 0 && p <= 24 ? DataType.REAL : DataType.DOUBLE;
            case DOUBLE -> DataType.DOUBLE;
            case DECIMAL -> {
                if (p < 0) {
                    yield DataType.DECIMAL;
                }
                if (p < 1 || p > 1000) {
                    throw new FreshetException(
                            ErrorCode.INVALID_PARAMETER_VALUE,
                            "NUMERIC precision " + p + " must be between 1 and 1000");
                }
                int scale = Math.max(s, 0);
                if (scale > p) {
                    throw new FreshetException(
                            ErrorCode.INVALID_PARAMETER_VALUE,
                            "NUMERIC scale " + scale + " must be between 0 and precision " + p);
                }
                yield DataType.decimal(p, scale);
            }
            case CHAR, VARCHAR ->
                    p >= 0 && t == SqlTypeName.VARCHAR ? DataType.varchar(p) : DataType.VARCHAR;
            case BINARY, VARBINARY -> DataType.BYTEA;
            case DATE -> DataType.DATE;
            case TIME -> DataType.TIME;
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
            default ->
                    throw new FreshetException(
                            ErrorCode.UNDEFINED_OBJECT,
                            "type \""
                                    + b.getTypeName().getSimple().toLowerCase(Locale.ROOT)
                                    + "\" does not exist");
        };
    }

    private static DataType named(String name) {
        return switch (name.toLowerCase(Locale.ROOT)) {
            case "jsonb", "json" -> DataType.JSONB;
            case "uuid" -> DataType.UUID;
            case "text", "string", "varchar" -> DataType.VARCHAR;
            case "bytea" -> DataType.BYTEA;
            case "timestamptz" -> DataType.TIMESTAMPTZ;
            case "interval" -> DataType.INTERVAL;
            default ->
                    throw new FreshetException(
                            ErrorCode.UNDEFINED_OBJECT,
                            "type \"" + name.toLowerCase(Locale.ROOT) + "\" does not exist");
        };
    }
}
