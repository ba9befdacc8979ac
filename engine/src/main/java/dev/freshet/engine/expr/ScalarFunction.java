package dev.freshet.engine.expr;

import dev.freshet.engine.batch.Column;
import dev.freshet.engine.type.DataType;
import org.jspecify.annotations.Nullable;

/**
 * A scalar function resolved for concrete argument types: the vectorized kernel plus its NULL
 * behaviour. Implementations are stateless and thread safe; one instance serves every batch.
 */
public interface ScalarFunction {
    /** Name as EXPLAIN prints it. */
    String name();

    DataType resultType();

    /**
     * True if the result is NULL whenever an argument is NULL (most functions). The evaluator then
     * passes the union of the arguments' null bitmaps as {@code nulls}; the kernel must produce
     * NULL for those rows and must not fail on them (their values are placeholders).
     */
    default boolean strict() {
        return true;
    }

    /**
     * True if the function's value can change between calls with the same arguments (random(),
     * now() across epochs); such calls are never constant-folded.
     */
    default boolean volatile_() {
        return false;
    }

    /**
     * True if the function never decreases when its (single) argument increases, so a watermark on
     * the argument is one on the result (window bounds, shifts by a constant, date_trunc).
     */
    default boolean monotone() {
        return false;
    }

    /**
     * Computes {@code rows} results from the argument columns.
     *
     * @param nulls for strict functions, union of the arguments' null bitmaps (null: no NULL
     *     argument); for non-strict functions always null
     */
    Column apply(Column[] args, long @Nullable [] nulls, int rows, EvalContext ctx);
}
