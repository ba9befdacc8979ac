package dev.freshet.engine.spi;

import dev.freshet.engine.expr.EvalContext;
import dev.freshet.engine.ir.Retraction;
import dev.freshet.engine.type.DataType;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * An aggregate function provided through the SPI. The validator asks it for the result type, the
 * planner for how it retracts (with the values of the arguments that are constants, e.g. an
 * algorithm name), and the aggregate operator for the state of one call over all its groups.
 */
public interface AggregateFunction {
    /** The name used in SQL, lower case. */
    String sqlName();

    /**
     * The result type for these argument types; throws a {@link
     * dev.freshet.sql.error.FreshetException} (42883 or 22023) when the call is not valid.
     */
    DataType resultType(List<DataType> argTypes);

    /**
     * How the aggregate handles deleted input rows for this call.
     *
     * @param constants each argument's value when it is a constant of the query, else null
     * @throws dev.freshet.sql.error.FreshetException when a required constant is missing or invalid
     */
    Retraction retraction(List<DataType> argTypes, List<@Nullable Object> constants);

    /**
     * A short description of the per-group state, for EXPLAIN (e.g. "one model per group").
     *
     * @param constants as for {@link #retraction}
     */
    default String stateDescription(List<DataType> argTypes, List<@Nullable Object> constants) {
        return sqlName() + " state per group";
    }

    /**
     * The state of one call for all groups of one aggregate operator.
     *
     * @param argTypes the argument types
     * @param constants as for {@link #retraction}
     * @param column the output column name (for names of published objects)
     * @param ctx the operator's context: its {@link EvalContext#owner()} names the view
     */
    AggregateState newState(
            List<DataType> argTypes,
            List<@Nullable Object> constants,
            String column,
            EvalContext ctx);
}
