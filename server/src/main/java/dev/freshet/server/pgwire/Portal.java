package dev.freshet.server.pgwire;

import dev.freshet.engine.api.Prepared;
import dev.freshet.engine.api.StatementResult;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A bound statement (what Bind creates): the prepared statement, its parameter values and the
 * result formats the client asked for, plus how far execution got. Lifecycle:
 *
 * <pre>
 *   READY ──Execute──▶ DONE                       (a command, or an empty statement)
 *   READY ──Execute──▶ STREAMING ──Execute…──▶ DONE   (rows; PortalSuspended in between)
 * </pre>
 *
 * Owned by the connection's worker thread; {@link #close()} releases an open cursor.
 */
final class Portal implements AutoCloseable {

    enum Phase {
        READY,
        STREAMING,
        DONE
    }

    private final String name;
    private final Prepared statement;
    private final List<@Nullable Object> parameters;
    private final short[] resultFormatCodes;

    private Phase phase = Phase.READY;
    private @Nullable RowStream rows;
    private FormatCode[] formats = new FormatCode[0];
    private String tagPrefix = "";
    private boolean countInTag;
    private boolean returnedRows;
    private @Nullable String completedTag;

    Portal(
            String name,
            Prepared statement,
            List<@Nullable Object> parameters,
            short[] resultFormatCodes) {
        this.name = Objects.requireNonNull(name);
        this.statement = Objects.requireNonNull(statement);
        this.parameters = parameters;
        this.resultFormatCodes = resultFormatCodes;
    }

    String name() {
        return name;
    }

    Prepared statement() {
        return statement;
    }

    List<@Nullable Object> parameters() {
        return parameters;
    }

    /** The result format codes exactly as Bind sent them. */
    short[] resultFormatCodes() {
        return resultFormatCodes;
    }

    Phase phase() {
        return phase;
    }

    /** Execution produced rows: they stream from now on in {@code resolvedFormats}. */
    void startRows(StatementResult.Rows result, FormatCode[] resolvedFormats) {
        rows = new RowStream(result.cursor());
        formats = resolvedFormats;
        tagPrefix = result.tagPrefix();
        countInTag = result.countInTag();
        returnedRows = true;
        phase = Phase.STREAMING;
    }

    /** The open row stream; only in STREAMING. */
    RowStream rows() {
        return Objects.requireNonNull(rows, "portal is not streaming rows");
    }

    FormatCode[] formats() {
        return formats;
    }

    /**
     * The rows ran out: closes the cursor and returns the CommandComplete tag, which counts the
     * rows the last Execute sent, as PostgreSQL's does.
     */
    String finishRows(long rowsInLastExecute) {
        close();
        phase = Phase.DONE;
        return countInTag ? tagPrefix + " " + rowsInLastExecute : tagPrefix;
    }

    /** Execution completed a command ({@code tag}) or an empty statement ({@code null}). */
    void finishCommand(@Nullable String tag) {
        completedTag = tag;
        phase = Phase.DONE;
    }

    /**
     * The tag for an Execute of a portal already DONE: rows report none fetched, a command its tag
     * again (it is not run twice), an empty statement null.
     */
    @Nullable String repeatTag() {
        if (returnedRows) {
            return countInTag ? tagPrefix + " 0" : tagPrefix;
        }
        return completedTag;
    }

    @Override
    public void close() {
        RowStream r = rows;
        rows = null;
        if (r != null) {
            r.close();
        }
    }
}
