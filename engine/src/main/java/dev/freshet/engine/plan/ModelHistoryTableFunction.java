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
 * {@code model_history('name')}: one row per kept published version of a model — version, rows
 * learned, prequential accuracy, kappa and log-loss (classifiers), RMSE and MAE (regressors), drift
 * count, and when it was published. Read by queries (a snapshot at planning), not by views.
 */
public final class ModelHistoryTableFunction extends SqlFunction implements SqlTableFunction {
    public static final ModelHistoryTableFunction INSTANCE = new ModelHistoryTableFunction();

    private ModelHistoryTableFunction() {
        super(
                "MODEL_HISTORY",
                SqlKind.OTHER_FUNCTION,
                ReturnTypes.CURSOR,
                null,
                OperandTypes.family(SqlTypeFamily.CHARACTER),
                SqlFunctionCategory.USER_DEFINED_TABLE_FUNCTION);
    }

    @Override
    public SqlReturnTypeInference getRowTypeInference() {
        return binding -> {
            RelDataTypeFactory f = binding.getTypeFactory();
            var bigint = f.createSqlType(SqlTypeName.BIGINT);
            var dbl = f.createTypeWithNullability(f.createSqlType(SqlTypeName.DOUBLE), true);
            return f.builder()
                    .add("version", bigint)
                    .add("rows_seen", bigint)
                    .add("accuracy", dbl)
                    .add("kappa", dbl)
                    .add("log_loss", dbl)
                    .add("rmse", dbl)
                    .add("mae", dbl)
                    .add("drift", bigint)
                    .add(
                            "published_at",
                            f.createSqlType(SqlTypeName.TIMESTAMP_WITH_LOCAL_TIME_ZONE, 6))
                    .build();
        };
    }
}
