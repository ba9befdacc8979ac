package dev.freshet.engine.plan;

import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.rel.type.RelDataTypeFactory;
import org.apache.calcite.rel.type.RelDataTypeSystemImpl;
import org.apache.calcite.sql.type.SqlTypeName;
import org.apache.calcite.sql.type.SqlTypeUtil;

/**
 * Calcite's type rules bent to PostgreSQL's: sum(int) is bigint, sum(bigint) and avg(integer) are
 * numeric, avg(real) is double precision, NUMERIC may carry up to 1000 digits, timestamps keep
 * microseconds, and CASE/UNION over strings of different lengths yield varchar rather than
 * blank-padded char.
 *
 * <p>A DECIMAL of precision {@link #UNCONSTRAINED} stands for PostgreSQL's unconstrained {@code
 * numeric}.
 */
public final class FreshetTypeSystem extends RelDataTypeSystemImpl {
    /** The precision that means "numeric without typmod". */
    public static final int UNCONSTRAINED = 1000;

    public static final FreshetTypeSystem INSTANCE = new FreshetTypeSystem();

    private FreshetTypeSystem() {}

    @Override
    public int getMaxPrecision(SqlTypeName typeName) {
        return switch (typeName) {
            case DECIMAL -> UNCONSTRAINED;
            case TIME, TIME_WITH_LOCAL_TIME_ZONE, TIMESTAMP, TIMESTAMP_WITH_LOCAL_TIME_ZONE -> 6;
            default -> super.getMaxPrecision(typeName);
        };
    }

    @Override
    public int getDefaultPrecision(SqlTypeName typeName) {
        return switch (typeName) {
            case TIME, TIME_WITH_LOCAL_TIME_ZONE, TIMESTAMP, TIMESTAMP_WITH_LOCAL_TIME_ZONE -> 6;
            default -> super.getDefaultPrecision(typeName);
        };
    }

    @Override
    public int getMaxScale(SqlTypeName typeName) {
        return typeName == SqlTypeName.DECIMAL ? UNCONSTRAINED : super.getMaxScale(typeName);
    }

    @Override
    public RelDataType deriveSumType(RelDataTypeFactory f, RelDataType arg) {
        RelDataType t =
                switch (arg.getSqlTypeName()) {
                    case TINYINT, SMALLINT, INTEGER -> f.createSqlType(SqlTypeName.BIGINT);
                    case BIGINT -> f.createSqlType(SqlTypeName.DECIMAL, UNCONSTRAINED, 0);
                    case DECIMAL ->
                            f.createSqlType(SqlTypeName.DECIMAL, UNCONSTRAINED, arg.getScale());
                    case REAL -> f.createSqlType(SqlTypeName.REAL);
                    case FLOAT, DOUBLE -> f.createSqlType(SqlTypeName.DOUBLE);
                    default -> super.deriveSumType(f, arg);
                };
        return f.createTypeWithNullability(t, arg.isNullable());
    }

    @Override
    public RelDataType deriveAvgAggType(RelDataTypeFactory f, RelDataType arg) {
        RelDataType t =
                switch (arg.getSqlTypeName()) {
                    case TINYINT, SMALLINT, INTEGER, BIGINT, DECIMAL ->
                            f.createSqlType(SqlTypeName.DECIMAL, UNCONSTRAINED, 0);
                    case REAL, FLOAT, DOUBLE -> f.createSqlType(SqlTypeName.DOUBLE);
                    default -> super.deriveAvgAggType(f, arg);
                };
        return f.createTypeWithNullability(t, arg.isNullable());
    }

    /**
     * NUMERIC arithmetic computes with PostgreSQL's scale rules at run time (see {@code Decimal});
     * to the validator its result is simply unconstrained numeric, so no cast to a Calcite-derived
     * scale truncates it.
     */
    private static RelDataType unconstrained(RelDataTypeFactory f, RelDataType a, RelDataType b) {
        if (SqlTypeUtil.isExactNumeric(a)
                && SqlTypeUtil.isExactNumeric(b)
                && (SqlTypeUtil.isDecimal(a) || SqlTypeUtil.isDecimal(b))) {
            return f.createTypeWithNullability(
                    f.createSqlType(SqlTypeName.DECIMAL, UNCONSTRAINED, 0),
                    a.isNullable() || b.isNullable());
        }
        return null;
    }

    @Override
    public RelDataType deriveDecimalPlusType(RelDataTypeFactory f, RelDataType a, RelDataType b) {
        return unconstrained(f, a, b);
    }

    @Override
    public RelDataType deriveDecimalMultiplyType(
            RelDataTypeFactory f, RelDataType a, RelDataType b) {
        return unconstrained(f, a, b);
    }

    @Override
    public RelDataType deriveDecimalDivideType(RelDataTypeFactory f, RelDataType a, RelDataType b) {
        return unconstrained(f, a, b);
    }

    @Override
    public RelDataType deriveDecimalModType(RelDataTypeFactory f, RelDataType a, RelDataType b) {
        return unconstrained(f, a, b);
    }

    @Override
    public boolean shouldConvertRaggedUnionTypesToVarying() {
        return true;
    }
}
