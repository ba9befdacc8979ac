package dev.freshet.engine.plan;

import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.rel.type.RelDataTypeFactory;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.type.SqlTypeMappingRule;
import org.apache.calcite.sql.type.SqlTypeUtil;
import org.apache.calcite.sql.validate.SqlValidator;
import org.apache.calcite.sql.validate.SqlValidatorScope;
import org.apache.calcite.sql.validate.implicit.TypeCoercionImpl;

/**
 * Calcite's implicit coercion, minus casts between interval types: PostgreSQL has one interval
 * type, so an {@code INTERVAL '1' MINUTE} literal needs no cast to go into an interval column (and
 * Calcite cannot express that cast as SQL).
 */
final class FreshetTypeCoercion extends TypeCoercionImpl {
    FreshetTypeCoercion(RelDataTypeFactory typeFactory, SqlValidator validator) {
        super(typeFactory, validator);
    }

    @Override
    protected boolean needToCast(SqlValidatorScope scope, SqlNode node, RelDataType toType) {
        return !bothIntervals(scope, node, toType) && super.needToCast(scope, node, toType);
    }

    @Override
    protected boolean needToCast(
            SqlValidatorScope scope, SqlNode node, RelDataType toType, SqlTypeMappingRule rule) {
        return !bothIntervals(scope, node, toType) && super.needToCast(scope, node, toType, rule);
    }

    private boolean bothIntervals(SqlValidatorScope scope, SqlNode node, RelDataType toType) {
        if (!SqlTypeUtil.isInterval(toType)) {
            return false;
        }
        RelDataType from = validator.deriveType(scope, node);
        return SqlTypeUtil.isInterval(from);
    }
}
