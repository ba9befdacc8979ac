package dev.freshet.ml.sql;

import dev.freshet.engine.expr.EvalContext;
import dev.freshet.engine.ir.Retraction;
import dev.freshet.engine.spi.AggregateFunction;
import dev.freshet.engine.spi.AggregateState;
import dev.freshet.engine.type.DataType;
import dev.freshet.engine.type.TypeKind;
import dev.freshet.sql.error.ErrorCode;
import dev.freshet.sql.error.FreshetException;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * {@code train(algorithm, [label,] features... [, options])}: an aggregate whose state is a model
 * ({@link dev.freshet.ml.train.OnlineModel}), one per group. Its value is a handle to the model
 * version published at the end of the last epoch in which the group learned, as text ({@code
 * view.column#n@vK}); {@code predict} and the other scoring functions resolve it. Retraction is the
 * model's, after its options (see {@code OnlineModel.retraction()}), so the planner refuses
 * append-only algorithms over retracting inputs at CREATE time.
 */
final class TrainFunction implements AggregateFunction {
    @Override
    public String sqlName() {
        return "train";
    }

    @Override
    public DataType resultType(List<DataType> argTypes) {
        if (argTypes.size() < 2) {
            throw new FreshetException(
                    ErrorCode.UNDEFINED_FUNCTION,
                    "train needs an algorithm name and at least one feature");
        }
        TypeKind k = argTypes.get(0).kind();
        if (k != TypeKind.VARCHAR && k != TypeKind.UNKNOWN) {
            throw new FreshetException(
                    ErrorCode.DATATYPE_MISMATCH,
                    "the first argument of train must be an algorithm name (text)");
        }
        return DataType.VARCHAR;
    }

    @Override
    public Retraction retraction(List<DataType> argTypes, List<@Nullable Object> constants) {
        return TrainCall.of(argTypes, constants).newModel().retraction();
    }

    @Override
    public String stateDescription(List<DataType> argTypes, List<@Nullable Object> constants) {
        try {
            return "one "
                    + TrainCall.of(argTypes, constants).algorithm().sqlName()
                    + " model per group";
        } catch (FreshetException e) {
            return "one model per group";
        }
    }

    @Override
    public AggregateState newState(
            List<DataType> argTypes,
            List<@Nullable Object> constants,
            String column,
            EvalContext ctx) {
        return new TrainState(TrainCall.of(argTypes, constants), column, ctx);
    }
}
