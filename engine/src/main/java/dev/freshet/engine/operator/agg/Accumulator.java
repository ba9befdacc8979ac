package dev.freshet.engine.operator.agg;

import dev.freshet.engine.batch.Batch;
import dev.freshet.engine.batch.ColumnBuilder;
import dev.freshet.engine.expr.EvalContext;

/**
 * The state of one aggregate call for every group of an aggregation, in arrays indexed by group id.
 * Vectorized: {@link #add} folds a whole batch into many groups.
 *
 * <p>Group ids come from the aggregation's group index; they are dense and reused after {@link
 * #reset}. Implementations are not thread safe.
 */
public interface Accumulator {
    /** Makes room for group ids below {@code groups}. */
    void ensureCapacity(int groups);

    /**
     * Adds rows {@code [0, rows)} of {@code input}, row {@code r} to group {@code groupIds[r]} with
     * weight {@code input.weight(r)} (negative weights retract).
     */
    void add(int[] groupIds, Batch input, int rows, EvalContext ctx);

    /** Appends the current result for group {@code gid}. */
    void appendResult(int gid, ColumnBuilder out, EvalContext ctx);

    /** Forgets group {@code gid} (its id may be reused). */
    void reset(int gid);

    /** Approximate heap bytes held. */
    long memoryBytes();
}
