package dev.freshet.server.pgwire;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A message from the client, as {@link PgDecoder} decoded it. The byte layouts are in the Javadoc
 * of each record ({@code Int32}, {@code Int16} big-endian; {@code String} is NUL-terminated UTF-8;
 * every message after startup starts with a type byte and an {@code Int32} length that counts
 * itself but not the type byte).
 */
sealed interface FrontendMessage extends ConnectionEvent {

    /** What a Describe or Close message refers to. */
    enum Target {
        /** {@code 'S'}: a prepared statement. */
        STATEMENT,
        /** {@code 'P'}: a portal. */
        PORTAL
    }

    /** SSLRequest: {@code Int32 8, Int32 80877103}. Answered with one byte, 'S' or 'N'. */
    record SslRequest() implements FrontendMessage {}

    /** GSSENCRequest: {@code Int32 8, Int32 80877104}. Answered with one byte, 'G' or 'N'. */
    record GssEncRequest() implements FrontendMessage {}

    /**
     * CancelRequest, sent on a new connection: {@code Int32 16, Int32 80877102, Int32 processId,
     * Int32 secretKey}. Never answered; the connection is closed.
     */
    record CancelRequest(int processId, int secretKey) implements FrontendMessage {}

    /**
     * StartupMessage: {@code Int32 length, Int32 protocol version (major << 16 | minor), then
     * (String name, String value)* and a final NUL}. For a major version other than 3 the
     * parameters are not decoded (their layout is unknown) and {@code parameters} is empty.
     *
     * @param parameters name → value in the order sent, including {@code _pq_.} protocol options
     */
    record StartupMessage(int majorVersion, int minorVersion, Map<String, String> parameters)
            implements FrontendMessage {
        public StartupMessage {
            Objects.requireNonNull(parameters);
        }
    }

    /** Query ('Q'): {@code String sql}. */
    record Query(String sql) implements FrontendMessage {}

    /**
     * Parse ('P'): {@code String statementName, String sql, Int16 n, Int32[n] parameter type OIDs
     * (0 = unspecified)}.
     */
    record Parse(String statementName, String sql, int[] parameterTypeOids)
            implements FrontendMessage {}

    /**
     * Bind ('B'): {@code String portalName, String statementName, Int16 nf, Int16[nf] parameter
     * format codes, Int16 np, (Int32 length (-1 = NULL), Byte[length])[np], Int16 nr, Int16[nr]
     * result format codes}.
     *
     * @param parameterValues raw values, null for SQL NULL
     */
    record Bind(
            String portalName,
            String statementName,
            short[] parameterFormats,
            List<byte @Nullable []> parameterValues,
            short[] resultFormats)
            implements FrontendMessage {}

    /** Describe ('D'): {@code Byte 'S'|'P', String name}. */
    record Describe(Target target, String name) implements FrontendMessage {}

    /** Execute ('E'): {@code String portalName, Int32 maxRows (0 = no limit)}. */
    record Execute(String portalName, int maxRows) implements FrontendMessage {}

    /** Close ('C'): {@code Byte 'S'|'P', String name}. */
    record Close(Target target, String name) implements FrontendMessage {}

    /** Flush ('H'): no body. Sends whatever output is pending. */
    record Flush() implements FrontendMessage {}

    /** Sync ('S'): no body. Ends an extended-query cycle; answered with ReadyForQuery. */
    record Sync() implements FrontendMessage {}

    /** Terminate ('X'): no body. */
    record Terminate() implements FrontendMessage {}

    /**
     * CopyData ('d'): {@code Byte[n] data}, a piece of the COPY FROM STDIN stream (rows may be
     * split anywhere). Outside a COPY it is ignored, as PostgreSQL does, because a client may still
     * be sending data for a COPY that already failed.
     */
    record CopyData(byte[] data) implements FrontendMessage {}

    /** CopyDone ('c'): no body. The COPY data ended; ignored outside a COPY. */
    record CopyDone() implements FrontendMessage {}

    /** CopyFail ('f'): {@code String message}. The client aborts the COPY; ignored outside one. */
    record CopyFail(String message) implements FrontendMessage {}

    /**
     * PasswordMessage, SASLInitialResponse or SASLResponse ('p'): the body's layout depends on the
     * authentication step the server is in, so it is kept raw.
     */
    record PasswordData(byte[] data) implements FrontendMessage {}

    /** FunctionCall ('F'): the legacy fast-path interface, which Freshet does not offer. */
    record FunctionCall() implements FrontendMessage {}

    /**
     * Not a client message: the bytes broke the protocol (bad length, unknown type, malformed
     * body). The connection answers ErrorResponse 08P01 and closes; the decoder discards the rest.
     */
    record ProtocolViolation(String message) implements FrontendMessage {}
}
