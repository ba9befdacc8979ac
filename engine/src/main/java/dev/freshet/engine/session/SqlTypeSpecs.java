package dev.freshet.engine.session;

import dev.freshet.engine.type.DataType;
import org.apache.calcite.sql.SqlBasicTypeNameSpec;
import org.apache.calcite.sql.SqlDataTypeSpec;
import org.apache.calcite.sql.parser.SqlParserPos;
import org.apache.calcite.sql.type.SqlTypeName;

/** Our types as Calcite type specs (for CASTs the engine inserts into statements). */
final class SqlTypeSpecs {
    private SqlTypeSpecs() {}

    /** A type spec Calcite can validate, for casts we add ourselves. */
    static SqlDataTypeSpec of(DataType t) {
        return new SqlDataTypeSpec(basicSpec(t), SqlParserPos.ZERO);
    }

    /**
     * The type spec for a parameter whose type the client declared: as {@link #of}, but arrays keep
     * their element type and jsonb stays jsonb, so that binary values of those types can be bound.
     * (Interval and uuid stay text here, as in {@link #of}: the session converts such values
     * through their text form.)
     */
    static SqlDataTypeSpec forParameter(DataType t) {
        return new SqlDataTypeSpec(parameterSpec(t), SqlParserPos.ZERO);
    }

    private static org.apache.calcite.sql.SqlTypeNameSpec parameterSpec(DataType t) {
        SqlParserPos pos = SqlParserPos.ZERO;
        return switch (t.kind()) {
            case ARRAY ->
                    new org.apache.calcite.sql.SqlCollectionTypeNameSpec(
                            parameterSpec(t.elementType()), SqlTypeName.ARRAY, pos);
            // resolved by the same lookup as a user's ::jsonb
            case JSONB -> new org.apache.calcite.sql.SqlUserDefinedTypeNameSpec("jsonb", pos);
            default -> basicSpec(t);
        };
    }

    private static SqlBasicTypeNameSpec basicSpec(DataType t) {
        SqlParserPos pos = SqlParserPos.ZERO;
        SqlTypeName name =
                switch (t.kind()) {
                    case BOOLEAN -> SqlTypeName.BOOLEAN;
                    case SMALLINT -> SqlTypeName.SMALLINT;
                    case INTEGER -> SqlTypeName.INTEGER;
                    case BIGINT -> SqlTypeName.BIGINT;
                    case REAL -> SqlTypeName.REAL;
                    case DOUBLE -> SqlTypeName.DOUBLE;
                    case DECIMAL -> SqlTypeName.DECIMAL;
                    case DATE -> SqlTypeName.DATE;
                    case TIME -> SqlTypeName.TIME;
                    case TIMESTAMP -> SqlTypeName.TIMESTAMP;
                    case TIMESTAMPTZ -> SqlTypeName.TIMESTAMP_WITH_LOCAL_TIME_ZONE;
                    case BYTEA -> SqlTypeName.VARBINARY;
                    default -> SqlTypeName.VARCHAR;
                };
        SqlBasicTypeNameSpec spec =
                name == SqlTypeName.DECIMAL
                        ? new SqlBasicTypeNameSpec(
                                name,
                                dev.freshet.engine.plan.FreshetTypeSystem.UNCONSTRAINED,
                                0,
                                pos)
                        : new SqlBasicTypeNameSpec(name, pos);
        return spec;
    }
}
