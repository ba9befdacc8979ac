package dev.freshet.engine.spi;

import dev.freshet.engine.batch.Column;
import dev.freshet.engine.batch.ColumnBuilder;
import dev.freshet.engine.expr.EvalContext;
import dev.freshet.engine.state.ByteReader;
import dev.freshet.engine.state.ByteSink;

/**
 * The state of an SPI aggregate call for every group of one aggregation, indexed by dense group id
 * (ids are reused after {@link #reset}). Vectorized: {@link #add} receives whole argument columns.
 * Not thread safe; runs on the epoch thread.
 */
public interface AggregateState {
    /** Makes room for group ids below {@code groups}. */
    void ensureCapacity(int groups);

    /**
     * Folds rows {@code [0, rows)}: row {@code r} of the argument columns goes to group {@code
     * groupIds[r]} with weight {@code weights[r]} (negative: retract; 0: skip, e.g. filtered out).
     */
    void add(int[] groupIds, Column[] args, long[] weights, int rows, EvalContext ctx);

    /**
     * Appends group {@code gid}'s current result. Called at the end of an epoch for every group
     * that changed, so this is where versioned results are published.
     */
    void appendResult(int gid, ColumnBuilder out, EvalContext ctx);

    /** Forgets group {@code gid}. */
    void reset(int gid);

    /** Approximate heap bytes held. */
    long memoryBytes();

    /** Writes group {@code gid}'s state in the provider's versioned binary format (snapshots). */
    void snapshot(int gid, ByteSink out);

    /** Restores group {@code gid} from bytes written by {@link #snapshot}. */
    void restore(int gid, ByteReader in);
}
