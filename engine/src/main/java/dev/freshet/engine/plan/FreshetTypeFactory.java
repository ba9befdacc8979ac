package dev.freshet.engine.plan;

import java.util.List;
import org.apache.calcite.jdbc.JavaTypeFactoryImpl;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.sql.type.SqlTypeName;
import org.jspecify.annotations.Nullable;

/**
 * Calcite's type factory with PostgreSQL's common type of numerics ({@code select_common_type}):
 * when values of different NUMERIC precisions or scales (or integers and NUMERICs) meet in a CASE,
 * COALESCE, ARRAY, UNION or VALUES list, the result is unconstrained {@code numeric}, not a
 * NUMERIC(p, s) wide enough for all, so that {@code CASE ... THEN 1 ELSE 2.5 END} yields {@code 1}
 * rather than {@code 1.0}. Equal NUMERIC(p, s) types keep their modifiers, as in PostgreSQL.
 */
public final class FreshetTypeFactory extends JavaTypeFactoryImpl {
    public FreshetTypeFactory() {
        super(FreshetTypeSystem.INSTANCE);
    }

    @Override
    public @Nullable RelDataType leastRestrictive(List<RelDataType> types) {
        RelDataType result = super.leastRestrictive(types);
        if (result == null
                || result.getSqlTypeName() != SqlTypeName.DECIMAL
                || result.getPrecision() >= FreshetTypeSystem.UNCONSTRAINED) {
            return result;
        }
        RelDataType first = null;
        for (RelDataType t : types) {
            if (t.getSqlTypeName() == SqlTypeName.NULL) {
                continue;
            }
            if (first == null) {
                first = t;
            } else if (t.getSqlTypeName() != first.getSqlTypeName()
                    || t.getPrecision() != first.getPrecision()
                    || t.getScale() != first.getScale()) {
                return createTypeWithNullability(
                        createSqlType(
                                SqlTypeName.DECIMAL,
                                FreshetTypeSystem.UNCONSTRAINED,
                                FreshetTypeSystem.UNCONSTRAINED),
                        result.isNullable());
            }
        }
        return result;
    }
}
