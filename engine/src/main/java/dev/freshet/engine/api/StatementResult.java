package dev.freshet.engine.api;

import java.util.List;
import java.util.Objects;

/** What executing one statement produced. */
public sealed interface StatementResult {

    /**
     * A statement that returns no rows; {@code tag} is the PostgreSQL command tag, e.g. {@code
     * INSERT 0 3}, {@code CREATE TABLE}, {@code SET}.
     */
    record Command(String tag) implements StatementResult {
        public Command {
            Objects.requireNonNull(tag);
        }
    }

    /**
     * A statement that returns rows. The wire layer sends them and completes with {@code tagPrefix
     * + " " + rowCount} (e.g. {@code SELECT 5}), or with {@code tagPrefix} alone when {@code
     * countInTag} is false (e.g. {@code SHOW}).
     */
    record Rows(List<ResultColumn> columns, RowCursor cursor, String tagPrefix, boolean countInTag)
            implements StatementResult {
        public Rows {
            columns = List.copyOf(columns);
            Objects.requireNonNull(cursor);
            Objects.requireNonNull(tagPrefix);
        }
    }

    /**
     * {@code COPY ... FROM STDIN}: the wire layer answers CopyInResponse ({@code columnCount}
     * columns, text format) and feeds the client's data to {@code sink}.
     */
    record CopyIn(int columnCount, CopyInSink sink) implements StatementResult {
        public CopyIn {
            Objects.requireNonNull(sink);
        }
    }

    /**
     * {@code COPY ... TO STDOUT}: the wire layer answers CopyOutResponse, sends each chunk of
     * {@code source} as CopyData, then CopyDone and CommandComplete with the source's tag.
     */
    record CopyOut(int columnCount, CopyOutSource source) implements StatementResult {
        public CopyOut {
            Objects.requireNonNull(source);
        }
    }

    /** The statement text was empty (only whitespace, comments or semicolons). */
    record Empty() implements StatementResult {}
}
