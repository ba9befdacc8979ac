package dev.freshet.engine.plan;

import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.rel.type.RelDataTypeFactory;
import org.apache.calcite.sql.SqlCall;
import org.apache.calcite.sql.SqlDynamicParam;
import org.apache.calcite.sql.SqlIntervalQualifier;
import org.apache.calcite.sql.SqlLiteral;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.SqlNodeList;
import org.apache.calcite.sql.fun.SqlStdOperatorTable;
import org.apache.calcite.sql.parser.SqlParserPos;
import org.apache.calcite.sql.type.SqlTypeMappingRule;
import org.apache.calcite.sql.type.SqlTypeUtil;
import org.apache.calcite.sql.validate.SqlValidator;
import org.apache.calcite.sql.validate.SqlValidatorScope;
import org.apache.calcite.sql.validate.implicit.TypeCoercionImpl;
import org.jspecify.annotations.Nullable;

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

    // Calcite writes an implicit cast as CAST(x AS <type spec>), which it cannot do for interval
    // types (their spec is an interval qualifier): casts to intervals are built here instead

    @Override
    protected boolean coerceOperandType(
            @Nullable SqlValidatorScope scope, SqlCall call, int index, RelDataType targetType) {
        SqlNode operand = call.getOperandList().get(index);
        if (!SqlTypeUtil.isInterval(targetType) || operand instanceof SqlDynamicParam) {
            return super.coerceOperandType(scope, call, index, targetType);
        }
        if (!needToCast(scope, operand, targetType)) {
            return false;
        }
        SqlNode cast = intervalCast(operand, targetType);
        call.setOperand(index, cast);
        updateInferredType(cast, targetType);
        return true;
    }

    @Override
    protected boolean coerceColumnType(
            @Nullable SqlValidatorScope scope,
            SqlNodeList nodeList,
            int index,
            RelDataType targetType) {
        if (index >= nodeList.size()
                || !SqlTypeUtil.isInterval(targetType)
                || !(nodeList.get(index) instanceof SqlLiteral)) {
            return super.coerceColumnType(scope, nodeList, index, targetType);
        }
        SqlNode node = nodeList.get(index);
        if (!needToCast(scope, node, targetType)) {
            return false;
        }
        SqlNode cast = intervalCast(node, targetType);
        nodeList.set(index, cast);
        updateInferredType(cast, targetType);
        return true;
    }

    private static SqlNode intervalCast(SqlNode node, RelDataType targetType) {
        SqlIntervalQualifier q =
                java.util.Objects.requireNonNull(targetType.getIntervalQualifier());
        return SqlStdOperatorTable.CAST.createCall(SqlParserPos.ZERO, node, q);
    }

    private boolean bothIntervals(SqlValidatorScope scope, SqlNode node, RelDataType toType) {
        if (!SqlTypeUtil.isInterval(toType)) {
            return false;
        }
        RelDataType from = validator.deriveType(scope, node);
        return SqlTypeUtil.isInterval(from);
    }
}
