package dev.freshet.engine.connector;

import dev.freshet.engine.batch.Batch;
import dev.freshet.engine.batch.BatchBuilder;
import dev.freshet.engine.batch.ColumnBuilder;
import dev.freshet.engine.type.DataType;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Collects a reader's rows into columnar batches in the source's layout, ready for the engine's
 * ingest path, and counts (and logs, sparingly) the input it had to skip. Owned by one reader
 * thread; not thread safe.
 */
public final class SourceBatcher {
    private static final Logger LOG = LoggerFactory.getLogger(SourceBatcher.class);

    private final String source;
    private final List<DataType> types;
    private final SourceStats stats;
    private final List<Batch> full = new ArrayList<>();
    private BatchBuilder builder;
    private int pending;

    public SourceBatcher(String source, List<DataType> types, SourceStats stats) {
        this.source = source;
        this.types = List.copyOf(types);
        this.stats = stats;
        this.builder = new BatchBuilder(this.types, Batch.TARGET_ROWS);
    }

    /** The column builder of column {@code c} of the row being built (typed appends). */
    public ColumnBuilder column(int c) {
        return builder.column(c);
    }

    /** Ends the row whose values were appended column by column. */
    public void endRow() {
        builder.endRow(1);
        rowAdded();
    }

    /** Adds one row given as values (Java mapping of {@code type.Values}; null = NULL). */
    public void append(Object[] values) {
        builder.appendValues(values, 1);
        rowAdded();
    }

    private void rowAdded() {
        pending++;
        if (builder.size() >= Batch.TARGET_ROWS) {
            full.add(builder.build());
            builder = new BatchBuilder(types, Batch.TARGET_ROWS);
        }
    }

    /** Counts a skipped message with its reason and logs the first ones and then every 1000th. */
    public void reject(String where, String reason) {
        long n = stats.error(where + ": " + reason);
        if (n <= 20 || n % 1000 == 0) {
            LOG.warn(
                    "source {}: skipped malformed input at {} ({} so far): {}",
                    source,
                    where,
                    n,
                    reason);
        }
    }

    /** Rows added since the last {@link #drain()}. */
    public int pendingRows() {
        return pending;
    }

    /** Takes the rows added since the last call, as batches. */
    public List<Batch> drain() {
        if (builder.size() > 0) {
            full.add(builder.build());
            builder = new BatchBuilder(types, Batch.TARGET_ROWS);
        }
        List<Batch> out = List.copyOf(full);
        full.clear();
        pending = 0;
        return out;
    }
}
