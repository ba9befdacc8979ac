package dev.freshet.engine.operator.agg;

import dev.freshet.engine.ir.AggCall;
import dev.freshet.engine.ir.ChangeMode;
import dev.freshet.engine.type.DataType;
import dev.freshet.engine.type.PhysicalType;
import dev.freshet.sql.error.ErrorCode;
import dev.freshet.sql.error.FreshetException;
import java.util.List;

/** Chooses the accumulator for an aggregate call from its argument types and input change mode. */
public final class Accumulators {
    private Accumulators() {}

    /**
     * The accumulator for {@code call} over input columns of {@code inputTypes}.
     *
     * @param inputMode the input's change mode: append-only inputs get cheaper min/max
     */
    public static Accumulator create(
            AggCall call,
            List<DataType> inputTypes,
            ChangeMode inputMode,
            dev.freshet.engine.expr.EvalContext ctx,
            List<@org.jspecify.annotations.Nullable Object> constantArgs) {
        int filter = call.filterArg();
        return switch (call.kind()) {
            case COUNT_STAR -> new CountAccumulator(-1, filter);
            case COUNT -> new CountAccumulator(call.arg(0), filter);
            case SUM, SUM0, AVG -> sum(call, inputTypes.get(call.arg(0)));
            case MIN, MAX -> {
                boolean max = call.kind() == dev.freshet.engine.ir.AggKind.MAX;
                yield inputMode == ChangeMode.APPEND_ONLY
                        ? new AppendOnlyMinMaxAccumulator(call.arg(0), filter, max)
                        : new SortedMinMaxAccumulator(call.arg(0), filter, max);
            }
            case BOOL_AND -> new BoolAccumulator(call.arg(0), filter, true);
            case BOOL_OR -> new BoolAccumulator(call.arg(0), filter, false);
            case BIT_AND, BIT_OR, BIT_XOR -> new BitAccumulator(call.arg(0), filter, call.kind());
            case STDDEV_POP, STDDEV_SAMP, VAR_POP, VAR_SAMP ->
                    new VarianceAccumulator(
                            call.arg(0),
                            filter,
                            call.kind(),
                            inputTypes.get(call.arg(0)).physical());
            case STRING_AGG ->
                    new OrderedCollectAccumulator(
                            inputTypes,
                            call.arg(0),
                            call.argCount() > 1 ? call.arg(1) : -1,
                            filter,
                            call.orderBy(),
                            false);
            case ARRAY_AGG ->
                    new OrderedCollectAccumulator(
                            inputTypes, call.arg(0), -1, filter, call.orderBy(), true);
            case GROUPING ->
                    throw new IllegalStateException("GROUPING is computed per grouping set");
            case EXTERNAL -> {
                String name = java.util.Objects.requireNonNull(call.external());
                var f =
                        dev.freshet.engine.spi.Extensions.aggregate(name)
                                .orElseThrow(
                                        () ->
                                                new FreshetException(
                                                        ErrorCode.FEATURE_NOT_SUPPORTED,
                                                        "aggregate " + name + " is not available"));
                yield new SpiAccumulator(call, inputTypes, f, ctx, constantArgs);
            }
        };
    }

    private static Accumulator sum(AggCall call, DataType argType) {
        boolean avg = call.kind() == dev.freshet.engine.ir.AggKind.AVG;
        PhysicalType p = argType.physical();
        return switch (p) {
            case LONG ->
                    new SumLongAccumulator(
                            call.arg(0),
                            call.filterArg(),
                            call.type(),
                            avg
                                    ? SumLongAccumulator.Output.AVG
                                    : call.kind() == dev.freshet.engine.ir.AggKind.SUM0
                                            ? SumLongAccumulator.Output.SUM0
                                            : SumLongAccumulator.Output.SUM);
            case DOUBLE -> new SumDoubleAccumulator(call.arg(0), call.filterArg(), avg);
            case DECIMAL -> new SumDecimalAccumulator(call.arg(0), call.filterArg(), avg);
            default ->
                    throw new FreshetException(
                            ErrorCode.UNDEFINED_FUNCTION,
                            "function "
                                    + call.kind().label()
                                    + "("
                                    + argType.sqlName()
                                    + ") does not exist");
        };
    }
}
