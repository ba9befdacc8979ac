package dev.freshet.engine.operator.agg;

import dev.freshet.engine.batch.Batch;
import dev.freshet.engine.batch.BoolColumn;
import org.jspecify.annotations.Nullable;

/** The FILTER (WHERE ...) column of an aggregate call, if any. */
final class FilterMask {
    private FilterMask() {}

    /** The filter column of {@code input}, or null when {@code filterArg} is -1. */
    static @Nullable BoolColumn of(Batch input, int filterArg) {
        return filterArg < 0 ? null : (BoolColumn) input.column(filterArg);
    }

    /** True if row {@code r} counts for the call. */
    static boolean passes(@Nullable BoolColumn filter, int r) {
        return filter == null || filter.isTrue(r);
    }
}
