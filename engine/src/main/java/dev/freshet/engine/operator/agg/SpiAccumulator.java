package dev.freshet.engine.operator.agg;

import dev.freshet.engine.batch.Batch;
import dev.freshet.engine.batch.BoolColumn;
import dev.freshet.engine.batch.Column;
import dev.freshet.engine.batch.ColumnBuilder;
import dev.freshet.engine.expr.EvalContext;
import dev.freshet.engine.ir.AggCall;
import dev.freshet.engine.spi.AggregateFunction;
import dev.freshet.engine.spi.AggregateState;
import dev.freshet.engine.type.DataType;
import java.util.ArrayList;
import java.util.List;

/**
 * An aggregate call provided through the function SPI ({@code train}, {@code accuracy}, ...): hands
 * the call's argument columns to the provider's {@link AggregateState}, with FILTER applied as zero
 * weights. The state's snapshot methods make the operator's state serializable per group.
 */
final class SpiAccumulator implements Accumulator {
    private final int[] args;
    private final int filterArg;
    private final AggregateState state;
    private final Column[] argColumns;
    private long[] weights = new long[Batch.TARGET_ROWS];

    SpiAccumulator(
            AggCall call,
            List<DataType> inputTypes,
            AggregateFunction f,
            EvalContext ctx,
            List<@org.jspecify.annotations.Nullable Object> constantArgs) {
        this.args = call.args();
        this.filterArg = call.filterArg();
        List<DataType> types = new ArrayList<>(args.length);
        for (int a : args) {
            types.add(inputTypes.get(a));
        }
        List<@org.jspecify.annotations.Nullable Object> constants = new ArrayList<>(constantArgs);
        while (constants.size() < args.length) {
            constants.add(null);
        }
        this.state = f.newState(types, constants, call.name(), ctx);
        this.argColumns = new Column[args.length];
    }

    /** The provider's state (for snapshots). */
    AggregateState state() {
        return state;
    }

    @Override
    public void ensureCapacity(int groups) {
        state.ensureCapacity(groups);
    }

    @Override
    public void add(int[] groupIds, Batch input, int rows, EvalContext ctx) {
        for (int i = 0; i < args.length; i++) {
            argColumns[i] = input.column(args[i]);
        }
        long[] w = input.weights();
        BoolColumn filter = FilterMask.of(input, filterArg);
        if (filter != null) {
            if (weights.length < rows) {
                weights = new long[rows];
            }
            for (int r = 0; r < rows; r++) {
                weights[r] = FilterMask.passes(filter, r) ? w[r] : 0;
            }
            w = weights;
        }
        state.add(groupIds, argColumns, w, rows, ctx);
    }

    @Override
    public void appendResult(int gid, ColumnBuilder out, EvalContext ctx) {
        state.appendResult(gid, out, ctx);
    }

    @Override
    public void reset(int gid) {
        state.reset(gid);
    }

    @Override
    public long memoryBytes() {
        return state.memoryBytes();
    }
}
