package dev.freshet.server.pgwire;

import dev.freshet.engine.api.Prepared;
import dev.freshet.engine.api.ResultColumn;
import dev.freshet.engine.api.Session;
import dev.freshet.engine.api.StatementResult;
import dev.freshet.engine.type.DataType;
import dev.freshet.server.pgwire.FrontendMessage.Bind;
import dev.freshet.server.pgwire.FrontendMessage.Close;
import dev.freshet.server.pgwire.FrontendMessage.Describe;
import dev.freshet.server.pgwire.FrontendMessage.Execute;
import dev.freshet.server.pgwire.FrontendMessage.Parse;
import dev.freshet.sql.error.ErrorCode;
import dev.freshet.sql.error.FreshetException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The extended-query protocol of one connection: its prepared statements and portals by name (the
 * empty name is the unnamed one), the skip-to-Sync flag, and the handling of Parse, Bind, Describe,
 * Execute and Close.
 *
 * <p>Each handler writes its replies and throws on failure; the connection then sends the
 * ErrorResponse and calls {@link #failed()}, after which every message up to Sync is discarded.
 * Owned by the connection's worker thread.
 */
final class ExtendedQueryState {
    private static final String UNNAMED = "";

    private final Session session;
    private final ChannelOutput out;
    private final DataRowWriter rowWriter;
    private final SessionChangeReporter reporter;
    private final CopyExchange copy;
    private final Map<String, Prepared> statements = new HashMap<>();
    private final Map<String, Portal> portals = new HashMap<>();
    private boolean skipToSync;

    ExtendedQueryState(
            Session session,
            ChannelOutput out,
            DataRowWriter rowWriter,
            SessionChangeReporter reporter,
            CopyExchange copy) {
        this.session = session;
        this.copy = copy;
        this.out = out;
        this.rowWriter = rowWriter;
        this.reporter = reporter;
    }

    /** True after an error until the next Sync: messages are discarded, not processed. */
    boolean skippingToSync() {
        return skipToSync;
    }

    /** An extended-query message failed: discard messages until Sync. */
    void failed() {
        skipToSync = true;
    }

    /**
     * Sync: stop skipping. When the session is idle afterwards its implicit transaction is over,
     * and so are the portals (inside a transaction block they live on, which cursor-based fetches
     * across several Syncs rely on).
     */
    void sync(char transactionStatus) {
        skipToSync = false;
        if (transactionStatus == 'I') {
            closePortals();
        }
    }

    /** Parse: creates a prepared statement; answers ParseComplete. */
    void parse(Parse m) {
        String name = m.statementName();
        if (name.equals(UNNAMED)) {
            statements.remove(UNNAMED);
        } else if (statements.containsKey(name)) {
            throw new FreshetException(
                    ErrorCode.DUPLICATE_PREPARED_STATEMENT,
                    "prepared statement \"" + name + "\" already exists");
        }
        List<@Nullable DataType> declared = PgTypeOids.declaredTypes(m.parameterTypeOids());
        Prepared prepared = session.prepare(m.sql(), declared);
        statements.put(name, prepared);
        PgEncoder.parseComplete(out.buffer());
        out.messageWritten();
    }

    /** Bind: creates a portal from a prepared statement and parameter values; BindComplete. */
    void bind(Bind m) {
        String portalName = m.portalName();
        if (portalName.equals(UNNAMED)) {
            closePortal(UNNAMED);
        } else if (portals.containsKey(portalName)) {
            throw new FreshetException(
                    ErrorCode.DUPLICATE_CURSOR, "cursor \"" + portalName + "\" already exists");
        }
        Prepared statement = statement(m.statementName());
        List<@Nullable Object> parameters =
                ParameterDecoder.decode(
                        m.parameterValues(),
                        m.parameterFormats(),
                        statement.parameterTypes(),
                        m.statementName(),
                        reporter.zone());
        // Checked here so that a bad Bind fails at Bind, as in PostgreSQL; resolved at Execute.
        resultFormats(statement.resultColumns().orElse(List.of()), m.resultFormats());
        portals.put(portalName, new Portal(portalName, statement, parameters, m.resultFormats()));
        PgEncoder.bindComplete(out.buffer());
        out.messageWritten();
    }

    /**
     * Describe: of a statement, ParameterDescription then RowDescription (formats not yet known, so
     * text) or NoData; of a portal, RowDescription in the portal's formats or NoData.
     */
    void describe(Describe m) {
        switch (m.target()) {
            case STATEMENT -> {
                Prepared statement = statement(m.name());
                PgEncoder.parameterDescription(out.buffer(), statement.parameterTypes());
                out.messageWritten();
                describeRows(statement, null);
            }
            case PORTAL -> {
                Portal portal = portal(m.name());
                describeRows(portal.statement(), portal.resultFormatCodes());
            }
        }
    }

    private void describeRows(Prepared statement, short @Nullable [] formatCodes) {
        Optional<List<ResultColumn>> columns = statement.resultColumns();
        if (columns.isEmpty()) {
            PgEncoder.noData(out.buffer());
        } else {
            List<ResultColumn> cols = columns.get();
            FormatCode[] formats =
                    formatCodes == null
                            ? FormatCode.allText(cols.size())
                            : resultFormats(cols, formatCodes);
            PgEncoder.rowDescription(out.buffer(), cols, formats);
        }
        out.messageWritten();
    }

    /**
     * Execute: runs the portal, or continues its rows. Sends at most {@code maxRows} DataRows (all
     * when {@code maxRows <= 0}), then PortalSuspended if rows remain, else CommandComplete. A
     * portal that fails is dropped.
     */
    void execute(Execute m) {
        Portal portal = portal(m.portalName());
        try {
            run(portal, m.maxRows());
        } catch (RuntimeException | Error e) {
            portals.remove(portal.name());
            portal.close();
            throw e;
        }
    }

    private void run(Portal portal, int maxRows) {
        switch (portal.phase()) {
            case READY -> {
                StatementResult result = session.execute(portal.statement(), portal.parameters());
                switch (result) {
                    case StatementResult.Command command -> {
                        portal.finishCommand(command.tag());
                        complete(command.tag());
                    }
                    case StatementResult.Empty _ -> {
                        portal.finishCommand(null);
                        complete(null);
                    }
                    case StatementResult.CopyIn c -> {
                        String tag = copy.copyIn(c);
                        portal.finishCommand(tag);
                        complete(tag);
                    }
                    case StatementResult.CopyOut c -> {
                        String tag = copy.copyOut(c);
                        portal.finishCommand(tag);
                        complete(tag);
                    }
                    case StatementResult.Rows rows -> {
                        FormatCode[] formats;
                        try {
                            formats = resultFormats(rows.columns(), portal.resultFormatCodes());
                        } catch (RuntimeException e) {
                            rows.cursor().close();
                            throw e;
                        }
                        portal.startRows(rows, formats);
                        sendRows(portal, maxRows);
                    }
                }
            }
            case STREAMING -> sendRows(portal, maxRows);
            case DONE -> complete(portal.repeatTag());
        }
    }

    private void sendRows(Portal portal, int maxRows) {
        RowStream rows = portal.rows();
        long sent = rows.send(rowWriter, portal.formats(), reporter.zone(), maxRows);
        if (rows.exhausted()) {
            complete(portal.finishRows(sent));
        } else {
            PgEncoder.portalSuspended(out.buffer());
            out.messageWritten();
        }
    }

    /** Notices and parameter changes, then CommandComplete ({@code tag}) or EmptyQueryResponse. */
    private void complete(@Nullable String tag) {
        reporter.reportChanges();
        if (tag == null) {
            PgEncoder.emptyQueryResponse(out.buffer());
        } else {
            PgEncoder.commandComplete(out.buffer(), tag);
        }
        out.messageWritten();
    }

    /** Close: drops a statement or portal (no error if it does not exist); CloseComplete. */
    void close(Close m) {
        switch (m.target()) {
            case STATEMENT -> statements.remove(m.name());
            case PORTAL -> closePortal(m.name());
        }
        PgEncoder.closeComplete(out.buffer());
        out.messageWritten();
    }

    /**
     * DEALLOCATE name (null: ALL) sent as SQL: drops named prepared statements; whether one was
     * there. Portals made from them keep running, as in PostgreSQL.
     */
    boolean deallocate(@Nullable String name) {
        if (name == null) {
            statements.keySet().removeIf(n -> !n.equals(UNNAMED));
            return true;
        }
        return statements.remove(name) != null;
    }

    /** A simple Query replaces the unnamed statement and portal, as in PostgreSQL. */
    void dropUnnamed() {
        statements.remove(UNNAMED);
        closePortal(UNNAMED);
    }

    /** Closes every portal, releasing open cursors. */
    void closePortals() {
        List<Portal> open = new ArrayList<>(portals.values());
        portals.clear();
        for (Portal p : open) {
            p.close();
        }
    }

    /** The end of the connection. */
    void closeAll() {
        closePortals();
        statements.clear();
    }

    private void closePortal(String name) {
        Portal p = portals.remove(name);
        if (p != null) {
            p.close();
        }
    }

    private Prepared statement(String name) {
        Prepared statement = statements.get(name);
        if (statement == null) {
            throw new FreshetException(
                    ErrorCode.INVALID_SQL_STATEMENT_NAME,
                    name.equals(UNNAMED)
                            ? "unnamed prepared statement does not exist"
                            : "prepared statement \"" + name + "\" does not exist");
        }
        return statement;
    }

    private Portal portal(String name) {
        Portal portal = portals.get(name);
        if (portal == null) {
            throw new FreshetException(
                    ErrorCode.INVALID_CURSOR_NAME, "portal \"" + name + "\" does not exist");
        }
        return portal;
    }

    /** Resolves result format codes against the columns and checks binary is possible. */
    private static FormatCode[] resultFormats(List<ResultColumn> columns, short[] codes) {
        FormatCode[] formats = FormatCode.forResults(codes, columns.size());
        for (int i = 0; i < formats.length; i++) {
            ResultColumn column = columns.get(i);
            DataType type = column.type();
            if (formats[i] == FormatCode.BINARY
                    && (column.reportsOtherType() || !PgBinary.canSend(type))) {
                String name =
                        column.reportsOtherType()
                                ? dev.freshet.engine.type.PgTypes.formatType(column.typeOid(), -1)
                                : type.sqlName();
                throw new FreshetException(
                        ErrorCode.UNDEFINED_FUNCTION,
                        "no binary output function available for type " + name);
            }
        }
        return formats;
    }
}
