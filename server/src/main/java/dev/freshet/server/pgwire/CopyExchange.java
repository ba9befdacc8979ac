package dev.freshet.server.pgwire;

import dev.freshet.engine.api.CopyInSink;
import dev.freshet.engine.api.CopyOutSource;
import dev.freshet.engine.api.StatementResult;
import dev.freshet.server.pgwire.ConnectionEvent.ChannelClosed;
import dev.freshet.server.pgwire.ConnectionEvent.ServerShutdown;
import dev.freshet.server.pgwire.FrontendMessage.CopyData;
import dev.freshet.server.pgwire.FrontendMessage.CopyDone;
import dev.freshet.server.pgwire.FrontendMessage.CopyFail;
import dev.freshet.server.pgwire.FrontendMessage.Flush;
import dev.freshet.server.pgwire.FrontendMessage.Sync;
import dev.freshet.sql.error.ErrorCode;
import dev.freshet.sql.error.FreshetException;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * The copy sub-protocol of one connection, run on its worker thread in the middle of a Query or
 * Execute:
 *
 * <pre>
 *   COPY FROM STDIN: → CopyInResponse; ← CopyData* then CopyDone | CopyFail → CommandComplete
 *   COPY TO STDOUT:  → CopyOutResponse, CopyData*, CopyDone, CommandComplete
 * </pre>
 *
 * <p>During copy-in the worker reads the connection's next messages itself: CopyData goes to the
 * engine's sink as it arrives (so a large COPY streams rather than buffering), Flush and Sync are
 * ignored (as PostgreSQL does), and any other message is a protocol violation that aborts the COPY.
 * On any failure the sink is aborted: nothing of the COPY is applied.
 */
final class CopyExchange {
    private final ChannelOutput out;
    private final Supplier<ConnectionEvent> next;
    private final Consumer<ConnectionEvent> requeue;

    /**
     * @param next takes the connection's next event (blocking)
     * @param requeue puts an event back for the connection's main loop (a shutdown seen mid-copy)
     */
    CopyExchange(
            ChannelOutput out, Supplier<ConnectionEvent> next, Consumer<ConnectionEvent> requeue) {
        this.out = out;
        this.next = next;
        this.requeue = requeue;
    }

    /** Runs a COPY FROM STDIN; returns the CommandComplete tag. */
    String copyIn(StatementResult.CopyIn copy) {
        CopyInSink sink = copy.sink();
        boolean finished = false;
        try {
            PgEncoder.copyResponse(out.buffer(), PgEncoder.COPY_IN_RESPONSE, copy.columnCount());
            out.flush();
            while (true) {
                ConnectionEvent event = next.get();
                switch (event) {
                    case CopyData d -> sink.write(d.data(), 0, d.data().length);
                    case CopyDone _ -> {
                        String tag = sink.finish();
                        finished = true;
                        return tag;
                    }
                    case CopyFail f ->
                            throw new FreshetException(
                                    ErrorCode.QUERY_CANCELED,
                                    "COPY from stdin failed: " + f.message());
                    case Flush _, Sync _ -> {}
                    case ChannelClosed _ -> throw new ClientGoneException();
                    case ServerShutdown s -> {
                        requeue.accept(s);
                        throw new FreshetException(
                                ErrorCode.ADMIN_SHUTDOWN,
                                "terminating connection due to administrator command");
                    }
                    case FrontendMessage m ->
                            throw new FreshetException(
                                    ErrorCode.PROTOCOL_VIOLATION,
                                    "unexpected message type "
                                            + m.getClass().getSimpleName()
                                            + " during COPY from stdin");
                }
            }
        } finally {
            if (!finished) {
                sink.abort();
            }
        }
    }

    /** Runs a COPY TO STDOUT; returns the CommandComplete tag. */
    String copyOut(StatementResult.CopyOut copy) {
        try (CopyOutSource source = copy.source()) {
            PgEncoder.copyResponse(out.buffer(), PgEncoder.COPY_OUT_RESPONSE, copy.columnCount());
            out.messageWritten();
            byte[] chunk;
            while ((chunk = source.next()) != null) {
                PgEncoder.copyData(out.buffer(), chunk);
                out.messageWritten();
            }
            PgEncoder.copyDone(out.buffer());
            out.messageWritten();
            return source.tag();
        }
    }
}
