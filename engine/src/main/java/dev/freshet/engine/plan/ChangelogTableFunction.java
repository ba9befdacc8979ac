package dev.freshet.engine.plan;

import org.apache.calcite.rel.type.RelDataType;
import org.apache.calcite.rel.type.RelDataTypeFactory;
import org.apache.calcite.sql.SqlFunction;
import org.apache.calcite.sql.SqlFunctionCategory;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.SqlTableFunction;
import org.apache.calcite.sql.type.OperandTypes;
import org.apache.calcite.sql.type.ReturnTypes;
import org.apache.calcite.sql.type.SqlReturnTypeInference;
import org.apache.calcite.sql.type.SqlTypeName;

/**
 * {@code changelog(TABLE r)}: the stream of changes of {@code r} as rows, each with an extra {@code
 * changelog_op} column (1 insert, 2 delete). What RisingWave's {@code WITH x AS CHANGELOG FROM r}
 * means; the parser rewrites that form into a call of this function.
 */
public final class ChangelogTableFunction extends SqlFunction implements SqlTableFunction {
    /** The name of the column holding the operation. */
    public static final String OP_COLUMN = "changelog_op";

    public static final ChangelogTableFunction INSTANCE = new ChangelogTableFunction();

    private ChangelogTableFunction() {
        super(
                "CHANGELOG",
                SqlKind.OTHER_FUNCTION,
                ReturnTypes.CURSOR,
                null,
                OperandTypes.ANY,
                SqlFunctionCategory.USER_DEFINED_TABLE_FUNCTION);
    }

    @Override
    public SqlReturnTypeInference getRowTypeInference() {
        return binding -> {
            RelDataType input = binding.getOperandType(0);
            RelDataTypeFactory f = binding.getTypeFactory();
            return f.builder()
                    .addAll(input.getFieldList())
                    .add(OP_COLUMN, f.createSqlType(SqlTypeName.SMALLINT))
                    .build();
        };
    }

    @Override
    public boolean argumentMustBeScalar(int ordinal) {
        return ordinal != 0;
    }
}
