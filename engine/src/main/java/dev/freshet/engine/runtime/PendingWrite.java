package dev.freshet.engine.runtime;

import dev.freshet.engine.batch.Batch;
import dev.freshet.engine.ir.PlanNode;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One write to a table, as a statement or a transaction hands it to {@link Database#commit}: what
 * to compute on the epoch thread, against the state as the writes before it in the same commit left
 * it.
 */
public sealed interface PendingWrite {
    /** The table written. */
    int tableOid();

    /** INSERT: {@code source} yields rows in table layout. */
    record Insert(int tableOid, PlanNode source, @Nullable OnConflict onConflict)
            implements PendingWrite {
        public Insert {
            Objects.requireNonNull(source);
        }
    }

    /** COPY FROM STDIN: rows already parsed, in table layout. */
    record InsertRows(int tableOid, List<Batch> rows) implements PendingWrite {
        public InsertRows {
            rows = List.copyOf(rows);
        }
    }

    /** UPDATE: {@code source} yields each old row followed by the new values of the columns. */
    record Update(int tableOid, PlanNode source, int[] updatedColumns) implements PendingWrite {
        public Update {
            Objects.requireNonNull(source);
        }
    }

    /** DELETE: {@code source} yields the rows to delete (table layout). */
    record Delete(int tableOid, PlanNode source) implements PendingWrite {
        public Delete {
            Objects.requireNonNull(source);
        }
    }
}
