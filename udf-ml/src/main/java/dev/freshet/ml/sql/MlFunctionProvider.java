package dev.freshet.ml.sql;

import dev.freshet.engine.expr.FunctionLibrary;
import dev.freshet.engine.spi.AggregateFunction;
import dev.freshet.engine.spi.FunctionProvider;
import java.util.ArrayList;
import java.util.List;

/**
 * Online ML's entry in the engine's function SPI ({@code META-INF/services}): the scoring
 * functions, {@code train} and the metric aggregates, and one {@link ModelRegistry} per database.
 */
public final class MlFunctionProvider implements FunctionProvider {
    @Override
    public void registerScalars(FunctionLibrary library) {
        ScoreFunction.register(library);
    }

    @Override
    public List<AggregateFunction> aggregates() {
        List<AggregateFunction> out = new ArrayList<>();
        out.add(new TrainFunction());
        out.addAll(List.of(MetricAggregate.values()));
        return out;
    }

    @Override
    public Object newDatabaseService() {
        return new ModelRegistry();
    }
}
