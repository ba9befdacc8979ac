package dev.freshet.server.pgwire;

import dev.freshet.engine.api.Engine;
import dev.freshet.engine.api.Prepared;
import dev.freshet.engine.api.Session;
import dev.freshet.engine.api.StatementResult;
import dev.freshet.server.pgwire.ConnectionEvent.ChannelClosed;
import dev.freshet.server.pgwire.ConnectionEvent.ServerShutdown;
import dev.freshet.server.pgwire.FrontendMessage.Bind;
import dev.freshet.server.pgwire.FrontendMessage.CancelRequest;
import dev.freshet.server.pgwire.FrontendMessage.Close;
import dev.freshet.server.pgwire.FrontendMessage.CopyData;
import dev.freshet.server.pgwire.FrontendMessage.CopyDone;
import dev.freshet.server.pgwire.FrontendMessage.CopyFail;
import dev.freshet.server.pgwire.FrontendMessage.Describe;
import dev.freshet.server.pgwire.FrontendMessage.Execute;
import dev.freshet.server.pgwire.FrontendMessage.Flush;
import dev.freshet.server.pgwire.FrontendMessage.FunctionCall;
import dev.freshet.server.pgwire.FrontendMessage.GssEncRequest;
import dev.freshet.server.pgwire.FrontendMessage.Parse;
import dev.freshet.server.pgwire.FrontendMessage.ProtocolViolation;
import dev.freshet.server.pgwire.FrontendMessage.Query;
import dev.freshet.server.pgwire.FrontendMessage.SslRequest;
import dev.freshet.server.pgwire.FrontendMessage.StartupMessage;
import dev.freshet.server.pgwire.FrontendMessage.Sync;
import dev.freshet.server.pgwire.FrontendMessage.Terminate;
import dev.freshet.server.pgwire.PgError.Severity;
import dev.freshet.sql.error.ErrorCode;
import dev.freshet.sql.error.FreshetException;
import io.netty.channel.Channel;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.atomic.AtomicBoolean;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One client connection: the startup handshake, then the simple- and extended-query flows, run
 * against one engine {@link Session}.
 *
 * <p>The event loop only {@link #offer}s decoded messages; they are processed in order by this
 * connection's own worker thread, so engine calls (which may wait for a commit) never block Netty.
 * Workers are platform threads, not virtual ones: a CPU-bound query has no point where a virtual
 * thread would yield, so a few of them would pin every carrier and starve the other connections
 * (including the one bringing the CancelRequest that would stop them). When more than {@link
 * #PAUSE_READING_AT} messages wait, the channel stops reading until the worker has caught up to
 * {@link #RESUME_READING_AT}, so a client that pipelines faster than we execute is held back by TCP
 * rather than by our memory.
 *
 * <p>Message flow, as in the PostgreSQL documentation (chapter "Message Flow"):
 *
 * <pre>
 *   startup:   [SSLRequest → 'N'] StartupMessage → [NegotiateProtocolVersion] AuthenticationOk,
 *              ParameterStatus*, BackendKeyData, ReadyForQuery
 *   simple:    Query → per statement (RowDescription, DataRow*, | EmptyQueryResponse)
 *              CommandComplete, stopping at the first ErrorResponse; then ReadyForQuery
 *   extended:  Parse, Bind, Describe, Execute, Close, Flush … Sync → ReadyForQuery; after an
 *              ErrorResponse everything up to Sync is discarded
 *   cancel:    CancelRequest on a fresh connection → the named session's statement is
 *              cancelled; no reply; closed
 * </pre>
 */
final class PgConnection {
    private static final Logger log = LoggerFactory.getLogger(PgConnection.class);

    /** The database a client gets when its startup message names none. */
    static final String DEFAULT_DATABASE = "dev";

    static final int PAUSE_READING_AT = 64;
    static final int RESUME_READING_AT = 16;

    private static final String PROTOCOL_OPTION_PREFIX = "_pq_.";

    private final Channel channel;
    private final Engine engine;
    private final ConnectionRegistry registry;
    private final int processId;
    private final int secretKey;
    private final ChannelOutput out;
    private final DataRowWriter rowWriter;
    private final CopyExchange copyExchange;
    private final Security security;
    private final LinkedBlockingQueue<ConnectionEvent> inbox = new LinkedBlockingQueue<>();
    private final AtomicBoolean workerStarted = new AtomicBoolean();

    /** Inbound flow control; guarded by itself. */
    private final Object flow = new Object();

    private int queuedMessages;
    private boolean readingPaused;

    /** Set once startup succeeded; read by cancelling threads. */
    private volatile @Nullable Session session;

    /** Whether the worker is handling a message (a cancel request has something to stop). */
    private volatile boolean busy;

    /** Set once the client has been told ReadyForQuery for the first time. */
    private volatile boolean startupComplete;

    private @Nullable SessionChangeReporter reporter;
    private @Nullable ExtendedQueryState extended;

    PgConnection(Channel channel, Engine engine, ConnectionRegistry registry, Security security) {
        this.security = Objects.requireNonNull(security);
        this.channel = Objects.requireNonNull(channel);
        this.engine = Objects.requireNonNull(engine);
        this.registry = Objects.requireNonNull(registry);
        this.processId = registry.nextProcessId();
        this.secretKey = registry.nextSecretKey();
        this.out = new ChannelOutput(channel);
        this.rowWriter = new DataRowWriter(out);
        this.copyExchange = new CopyExchange(out, this::take, inbox::add);
    }

    int processId() {
        return processId;
    }

    int secretKey() {
        return secretKey;
    }

    // ---- called from other threads -------------------------------------------------------

    /** Queues an event for the worker, starting the worker on the first one. Thread safe. */
    void offer(ConnectionEvent event) {
        if (event instanceof FrontendMessage) {
            synchronized (flow) {
                queuedMessages++;
                if (queuedMessages >= PAUSE_READING_AT && !readingPaused) {
                    readingPaused = true;
                    channel.config().setAutoRead(false);
                }
            }
        }
        inbox.add(event);
        if (workerStarted.compareAndSet(false, true)) {
            Thread.ofPlatform().name("freshet-pg-" + processId).daemon(true).start(this::run);
        }
    }

    /** The channel closed: wakes a worker blocked on writing and tells it to end. */
    void onChannelClosed() {
        // a client that went away mid-query gets no result: stop the work at once
        cancelStatement();
        out.wake();
        offer(new ChannelClosed());
    }

    /** The channel's writability changed. */
    void onWritabilityChanged() {
        out.wake();
    }

    /** The server is shutting down. */
    void requestShutdown() {
        offer(new ServerShutdown());
    }

    /** Asks the running statement, if any, to stop (CancelRequest). */
    void cancelStatement() {
        Session s = session;
        if (s != null && busy) {
            s.cancel();
        }
    }

    void closeChannel() {
        channel.close();
    }

    /** Whether the startup handshake completed (the session is open). */
    boolean startupComplete() {
        return startupComplete;
    }

    // ---- the worker ------------------------------------------------------------------------

    private void run() {
        try {
            boolean open = true;
            while (open) {
                open = handle(take());
            }
        } catch (ClientGoneException e) {
            log.debug("connection {}: client went away", processId);
        } catch (Throwable t) {
            try {
                fatal(PgError.from(t));
            } catch (RuntimeException ignored) {
                // The client is gone too; the failure itself is logged.
            }
        } finally {
            end();
        }
    }

    private ConnectionEvent take() {
        ConnectionEvent event;
        if (inbox.isEmpty()) {
            // idle: a cancel request now has nothing to stop (PostgreSQL ignores it too)
            busy = false;
            Session s = session;
            if (s != null) {
                s.clearCancel();
            }
        }
        try {
            event = inbox.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new ServerShutdown();
        }
        busy = true;
        if (event instanceof FrontendMessage) {
            synchronized (flow) {
                queuedMessages--;
                if (readingPaused && queuedMessages <= RESUME_READING_AT) {
                    readingPaused = false;
                    channel.config().setAutoRead(true);
                }
            }
        }
        return event;
    }

    /** Handles one event; false when the connection is to end. */
    private boolean handle(ConnectionEvent event) {
        return switch (event) {
            case ChannelClosed _ -> {
                log.debug("connection {}: closed by the client", processId);
                yield false;
            }
            case ServerShutdown _ ->
                    fatal(
                            PgError.of(
                                    Severity.FATAL,
                                    ErrorCode.ADMIN_SHUTDOWN,
                                    "terminating connection due to administrator command"));
            case FrontendMessage message -> handleMessage(message);
        };
    }

    private boolean handleMessage(FrontendMessage message) {
        ExtendedQueryState x = extended;
        if (x != null && x.skippingToSync() && !endsSkipToSync(message)) {
            return true;
        }
        return switch (message) {
            case SslRequest _ -> refuseEncryption();
            case GssEncRequest _ -> refuseEncryption();
            case CancelRequest m -> {
                boolean cancelled = registry.cancel(m.processId(), m.secretKey());
                log.debug(
                        "cancel request for {}: {}",
                        m.processId(),
                        cancelled ? "sent" : "no match");
                yield false;
            }
            case StartupMessage m -> startup(m);
            case Query m -> simpleQuery(m.sql());
            case Parse m -> extendedStep(() -> state().parse(m));
            case Bind m -> extendedStep(() -> state().bind(m));
            case Describe m -> extendedStep(() -> state().describe(m));
            case Execute m -> extendedStep(() -> state().execute(m));
            case Close m -> extendedStep(() -> state().close(m));
            case Flush _ -> {
                out.flush();
                yield true;
            }
            case Sync _ -> {
                state().sync(session().transactionStatus());
                yield readyForQuery();
            }
            case Terminate _ -> false;
            case CopyData _, CopyDone _, CopyFail _ -> true;
            case FrontendMessage.PasswordData _ ->
                    fatal(
                            PgError.of(
                                    Severity.FATAL,
                                    ErrorCode.PROTOCOL_VIOLATION,
                                    "unexpected password message"));
            case FunctionCall _ -> {
                sendError(
                        PgError.of(
                                Severity.ERROR,
                                ErrorCode.FEATURE_NOT_SUPPORTED,
                                "the function call protocol is not supported"));
                yield readyForQuery();
            }
            case ProtocolViolation m -> {
                log.debug("connection {}: protocol violation: {}", processId, m.message());
                yield fatal(PgError.of(Severity.FATAL, ErrorCode.PROTOCOL_VIOLATION, m.message()));
            }
        };
    }

    /** Whether {@code message} is processed while skipping to Sync (everything else is not). */
    private static boolean endsSkipToSync(FrontendMessage message) {
        return switch (message) {
            case Sync _, Terminate _, ProtocolViolation _ -> true;
            case SslRequest _,
                    GssEncRequest _,
                    CancelRequest _,
                    StartupMessage _,
                    Query _,
                    Parse _,
                    Bind _,
                    Describe _,
                    Execute _,
                    Close _,
                    Flush _,
                    CopyData _,
                    CopyDone _,
                    CopyFail _,
                    FrontendMessage.PasswordData _,
                    FunctionCall _ ->
                    false;
        };
    }

    /**
     * SSLRequest when no certificate is configured, and GSSENCRequest: 'N', and the client carries
     * on in plain text. (With a certificate, {@link PgConnectionHandler} answers SSLRequest 'S' on
     * the event loop and puts TLS in front of the decoder, which stays in STARTUP.)
     */
    private boolean refuseEncryption() {
        out.buffer().writeByte(PgEncoder.ENCRYPTION_REFUSED);
        out.flush();
        return true;
    }

    private boolean startup(StartupMessage m) {
        if (m.majorVersion() != 3) {
            return fatal(
                    PgError.of(
                            Severity.FATAL,
                            ErrorCode.FEATURE_NOT_SUPPORTED,
                            "unsupported frontend protocol "
                                    + m.majorVersion()
                                    + "."
                                    + m.minorVersion()
                                    + ": server supports 3.0 to 3.0"));
        }
        String user = m.parameters().get("user");
        if (user == null || user.isEmpty()) {
            return fatal(
                    PgError.of(
                            Severity.FATAL,
                            ErrorCode.INVALID_AUTHORIZATION_SPECIFICATION,
                            "no PostgreSQL user name specified in startup packet"));
        }
        String database = m.parameters().getOrDefault("database", "");
        if (database.isEmpty()) {
            database = DEFAULT_DATABASE;
        }
        Map<String, String> sessionParameters = new LinkedHashMap<>();
        List<String> unrecognizedOptions = new ArrayList<>();
        for (Map.Entry<String, String> e : m.parameters().entrySet()) {
            String name = e.getKey();
            if (name.startsWith(PROTOCOL_OPTION_PREFIX)) {
                unrecognizedOptions.add(name);
            } else if (!name.equals("user") && !name.equals("database")) {
                sessionParameters.put(name, e.getValue());
            }
        }
        if (m.minorVersion() > 0 || !unrecognizedOptions.isEmpty()) {
            PgEncoder.negotiateProtocolVersion(out.buffer(), 0, unrecognizedOptions);
        }
        try {
            authenticate(user);
        } catch (ClientGoneException e) {
            throw e;
        } catch (FreshetException e) {
            log.debug("connection {}: authentication of {} failed", processId, user);
            return fatal(PgError.of(e));
        }
        Session s;
        try {
            s = engine.openSession(user, database, Collections.unmodifiableMap(sessionParameters));
        } catch (RuntimeException e) {
            return fatal(PgError.from(e));
        }
        session = s;
        SessionChangeReporter r = new SessionChangeReporter(s, out);
        reporter = r;
        ExtendedQueryState x = new ExtendedQueryState(s, out, rowWriter, r, copyExchange);
        extended = x;
        s.preparedStatements(x::deallocate);
        PgEncoder.authenticationOk(out.buffer());
        r.sendAll();
        PgEncoder.backendKeyData(out.buffer(), processId, secretKey);
        log.debug("connection {}: session for {} on {}", processId, user, database);
        startupComplete = true;
        return readyForQuery();
    }

    /**
     * Checks the user's password as {@link Security#auth()} says. A user without a password passes
     * under trust, and over loopback under every method; from elsewhere it is refused.
     */
    private void authenticate(String user) {
        AuthMethod method = security.auth();
        if (method == AuthMethod.TRUST) {
            return;
        }
        java.util.Optional<dev.freshet.engine.api.UserCredentials> secret =
                engine.credentials(user);
        if (secret.isEmpty()) {
            if (isLoopback()) {
                return;
            }
            throw Authenticator.failed(user);
        }
        new Authenticator(out, this::take).authenticate(method, user, secret.get());
    }

    private boolean isLoopback() {
        return channel.remoteAddress() instanceof java.net.InetSocketAddress a
                && a.getAddress() != null
                && a.getAddress().isLoopbackAddress();
    }

    /**
     * Query: every statement of the text in turn; the first error ends the text. Then
     * ReadyForQuery, whatever happened.
     */
    private boolean simpleQuery(String sql) {
        Session s = session();
        state().dropUnnamed();
        try {
            List<Prepared> statements = s.prepareAll(sql);
            if (statements.isEmpty()) {
                PgEncoder.emptyQueryResponse(out.buffer());
                out.messageWritten();
            }
            for (Prepared statement : statements) {
                runSimple(s, statement);
            }
        } catch (ClientGoneException e) {
            throw e;
        } catch (RuntimeException | StackOverflowError | AssertionError e) {
            sendError(PgError.from(e));
        }
        return readyForQuery();
    }

    private void runSimple(Session s, Prepared statement) {
        StatementResult result = s.execute(statement, List.of());
        switch (result) {
            case StatementResult.Command command -> {
                reporter().reportChanges();
                PgEncoder.commandComplete(out.buffer(), command.tag());
            }
            case StatementResult.Empty _ -> PgEncoder.emptyQueryResponse(out.buffer());
            case StatementResult.CopyIn copy -> {
                String tag = copy().copyIn(copy);
                reporter().reportChanges();
                PgEncoder.commandComplete(out.buffer(), tag);
            }
            case StatementResult.CopyOut copy -> {
                String tag = copy().copyOut(copy);
                reporter().reportChanges();
                PgEncoder.commandComplete(out.buffer(), tag);
            }
            case StatementResult.Rows rows -> {
                try (RowStream stream = new RowStream(rows.cursor())) {
                    FormatCode[] formats = FormatCode.allText(rows.columns().size());
                    PgEncoder.rowDescription(out.buffer(), rows.columns(), formats);
                    out.messageWritten();
                    long count = stream.send(rowWriter, formats, reporter().zone(), 0);
                    reporter().reportChanges();
                    PgEncoder.commandComplete(
                            out.buffer(),
                            rows.countInTag() ? rows.tagPrefix() + " " + count : rows.tagPrefix());
                }
            }
        }
        out.messageWritten();
    }

    /** Runs one extended-query step; on failure reports it and starts skipping to Sync. */
    private boolean extendedStep(Runnable step) {
        try {
            step.run();
        } catch (ClientGoneException e) {
            throw e;
        } catch (RuntimeException | StackOverflowError | AssertionError e) {
            sendError(PgError.from(e));
            state().failed();
        }
        return true;
    }

    /** Notices and parameter changes, ReadyForQuery with the transaction status, flush. */
    private boolean readyForQuery() {
        reporter().reportChanges();
        PgEncoder.readyForQuery(out.buffer(), session().transactionStatus());
        out.flush();
        return true;
    }

    private void sendError(PgError error) {
        SessionChangeReporter r = reporter;
        if (r != null) {
            r.reportChanges();
        }
        PgEncoder.errorResponse(out.buffer(), error);
        // Flushed at once, as PostgreSQL does: after an extended-query error the client's Flush
        // messages are discarded, and it would otherwise wait for the error until it sends Sync.
        out.flush();
    }

    /** Sends {@code error} as FATAL; the connection ends (its output is flushed on the way). */
    private boolean fatal(PgError error) {
        PgEncoder.errorResponse(out.buffer(), error.fatal());
        return false;
    }

    /** The end of the connection, however it came: close the channel, cursors and session. */
    private void end() {
        out.flushAndClose();
        try {
            ExtendedQueryState x = extended;
            if (x != null) {
                x.closeAll();
            }
        } catch (RuntimeException e) {
            log.error("connection {}: closing cursors failed", processId, e);
        }
        try {
            Session s = session;
            session = null;
            if (s != null) {
                s.close();
            }
        } catch (RuntimeException e) {
            log.error("connection {}: closing the session failed", processId, e);
        }
        registry.unregister(this);
    }

    private Session session() {
        return Objects.requireNonNull(session, "no session before startup");
    }

    private SessionChangeReporter reporter() {
        return Objects.requireNonNull(reporter, "no session before startup");
    }

    private CopyExchange copy() {
        return copyExchange;
    }

    private ExtendedQueryState state() {
        return Objects.requireNonNull(extended, "no session before startup");
    }
}
