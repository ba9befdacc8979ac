package dev.freshet.engine.plan;

import org.apache.calcite.rel.type.RelDataTypeFactory;
import org.apache.calcite.sql.SqlFunction;
import org.apache.calcite.sql.SqlFunctionCategory;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.SqlTableFunction;
import org.apache.calcite.sql.type.OperandTypes;
import org.apache.calcite.sql.type.ReturnTypes;
import org.apache.calcite.sql.type.SqlReturnTypeInference;
import org.apache.calcite.sql.type.SqlTypeFamily;
import org.apache.calcite.sql.type.SqlTypeName;

/**
 * {@code generate_series(start, stop [, step])}: the integers from start to stop (inclusive) by
 * step, as a one-column table named {@code generate_series}, as in PostgreSQL. Arguments must be
 * constants.
 */
public final class GenerateSeriesTableFunction extends SqlFunction implements SqlTableFunction {
    public static final GenerateSeriesTableFunction INSTANCE = new GenerateSeriesTableFunction();

    private GenerateSeriesTableFunction() {
        super(
                "GENERATE_SERIES",
                SqlKind.OTHER_FUNCTION,
                ReturnTypes.CURSOR,
                null,
                OperandTypes.or(
                        OperandTypes.family(SqlTypeFamily.INTEGER, SqlTypeFamily.INTEGER),
                        OperandTypes.family(
                                SqlTypeFamily.INTEGER,
                                SqlTypeFamily.INTEGER,
                                SqlTypeFamily.INTEGER)),
                SqlFunctionCategory.USER_DEFINED_TABLE_FUNCTION);
    }

    @Override
    public SqlReturnTypeInference getRowTypeInference() {
        return binding -> {
            RelDataTypeFactory f = binding.getTypeFactory();
            return f.builder().add("generate_series", f.createSqlType(SqlTypeName.BIGINT)).build();
        };
    }
}
