package dev.freshet.engine.plan;

import java.util.List;
import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.rel.type.RelDataTypeFactory;
import org.apache.calcite.rel.type.RelDataTypeField;
import org.apache.calcite.sql.SqlCall;
import org.apache.calcite.sql.SqlCharStringLiteral;
import org.apache.calcite.sql.SqlDataTypeSpec;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.SqlOperatorTable;
import org.apache.calcite.sql.fun.SqlStdOperatorTable;
import org.apache.calcite.sql.type.SqlTypeUtil;
import org.apache.calcite.sql.validate.SqlValidatorCatalogReader;
import org.apache.calcite.sql.validate.SqlValidatorImpl;
import org.apache.calcite.sql.validate.SqlValidatorScope;

/**
 * Calcite's validator with PostgreSQL's typing of multi-row VALUES in INSERT: a quoted literal is
 * of unknown type and takes its column's type, so {@code INSERT INTO t (d) VALUES ('2026-01-01'),
 * (NULL)} works. Calcite types the NULL as the column (DATE) but the literal as text, and then
 * finds the rows incompatible; the literals are cast to the column's type first.
 */
final class FreshetValidator extends SqlValidatorImpl {
    FreshetValidator(
            SqlOperatorTable opTab,
            SqlValidatorCatalogReader catalogReader,
            RelDataTypeFactory typeFactory,
            Config config) {
        super(opTab, catalogReader, typeFactory, config);
    }

    @Override
    protected void validateValues(
            SqlCall node, RelDataType targetRowType, SqlValidatorScope scope) {
        List<SqlNode> rows = node.getOperandList();
        if (rows.size() >= 2 && targetRowType.isStruct()) {
            List<RelDataTypeField> fields = targetRowType.getFieldList();
            for (int c = 0; c < fields.size(); c++) {
                RelDataType type = fields.get(c).getType();
                if (SqlTypeUtil.inCharOrBinaryFamilies(type)
                        || SqlTypeUtil.isInterval(type)
                        || !mixesTextLiterals(rows, c)) {
                    continue;
                }
                SqlDataTypeSpec spec;
                try {
                    spec = SqlTypeUtil.convertTypeToSpec(type);
                } catch (RuntimeException e) {
                    continue; // a type Calcite cannot spell: leave the column as it is
                }
                for (SqlNode row : rows) {
                    SqlCall call = (SqlCall) row;
                    if (c < call.operandCount()
                            && call.operand(c) instanceof SqlCharStringLiteral lit) {
                        call.setOperand(
                                c,
                                SqlStdOperatorTable.CAST.createCall(
                                        lit.getParserPosition(), lit, spec));
                    }
                }
            }
        }
        super.validateValues(node, targetRowType, scope);
    }

    /** True if column {@code c} has a text literal in one row and something else in another. */
    private static boolean mixesTextLiterals(List<SqlNode> rows, int c) {
        boolean text = false;
        boolean other = false;
        for (SqlNode row : rows) {
            if (row.getKind() != SqlKind.ROW || c >= ((SqlCall) row).operandCount()) {
                return false;
            }
            if (((SqlCall) row).operand(c) instanceof SqlCharStringLiteral) {
                text = true;
            } else {
                other = true;
            }
        }
        return text && other;
    }
}
