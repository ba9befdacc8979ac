package dev.freshet.engine.ir;

import java.util.List;

/** The integers {@code start, start + step, ...} up to {@code stop} (generate_series). */
public record SeriesNode(long start, long stop, long step, List<Field> fields) implements PlanNode {
    public SeriesNode {
        if (step == 0) {
            throw new dev.freshet.sql.error.FreshetException(
                    dev.freshet.sql.error.ErrorCode.INVALID_PARAMETER_VALUE,
                    "step size cannot equal zero");
        }
        fields = List.copyOf(fields);
    }

    @Override
    public List<PlanNode> inputs() {
        return List.of();
    }

    @Override
    public PlanNode withInputs(List<PlanNode> newInputs) {
        return this;
    }

    @Override
    public String explain() {
        return "GenerateSeries(" + start + ", " + stop + ", " + step + ")";
    }

    /** Number of values produced. */
    public long count() {
        if ((step > 0 && start > stop) || (step < 0 && start < stop)) {
            return 0;
        }
        return (stop - start) / step + 1;
    }
}
