package dev.freshet.server.pgwire;

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
import dev.freshet.server.pgwire.FrontendMessage.Target;
import dev.freshet.server.pgwire.FrontendMessage.Terminate;
import io.netty.buffer.ByteBuf;
import io.netty.channel.ChannelHandlerContext;
import io.netty.handler.codec.ByteToMessageDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Frames and decodes the client's byte stream into {@link FrontendMessage}s.
 *
 * <p>An explicit state machine:
 *
 * <pre>
 *   STARTUP ──SSLRequest / GSSENCRequest──▶ STARTUP   (the client retries in plain text)
 *   STARTUP ──StartupMessage v3.x─────────▶ MESSAGES
 *   STARTUP ──CancelRequest, other major──▶ DISCARD
 *   any     ──malformed input─────────────▶ DISCARD   (after emitting ProtocolViolation)
 * </pre>
 *
 * <p>In STARTUP a packet is {@code Int32 length (counting itself), Int32 code, body}; in MESSAGES a
 * message is {@code Byte1 type, Int32 length (counting itself, not the type), body}. A length is
 * checked against the limits as soon as its four bytes arrive, before any of the body is buffered,
 * so an absurd length costs nothing. In DISCARD every byte is dropped: the connection is about to
 * close and nothing the client sends can be trusted to be framed correctly.
 *
 * <p>Every body is decoded completely: a body with bytes left over, a string without its NUL, or a
 * count larger than the bytes that follow is malformed.
 */
final class PgDecoder extends ByteToMessageDecoder {

    /** StartupMessage codes ({@code Int32} after the length). */
    static final int SSL_REQUEST_CODE = 80877103;

    static final int GSSENC_REQUEST_CODE = 80877104;
    static final int CANCEL_REQUEST_CODE = 80877102;

    /** Frontend message type bytes (after startup). */
    static final byte QUERY = 'Q';

    static final byte PARSE = 'P';
    static final byte BIND = 'B';
    static final byte DESCRIBE = 'D';
    static final byte EXECUTE = 'E';
    static final byte CLOSE = 'C';
    static final byte FLUSH = 'H';
    static final byte SYNC = 'S';
    static final byte TERMINATE = 'X';
    static final byte COPY_DATA = 'd';
    static final byte COPY_DONE = 'c';
    static final byte COPY_FAIL = 'f';
    static final byte FUNCTION_CALL = 'F';
    static final byte PASSWORD = 'p';

    /** Describe/Close targets. */
    static final byte TARGET_STATEMENT = 'S';

    static final byte TARGET_PORTAL = 'P';

    enum State {
        STARTUP,
        MESSAGES,
        DISCARD
    }

    private final int maxMessageBytes;
    private State state = State.STARTUP;

    PgDecoder(int maxMessageBytes) {
        this.maxMessageBytes = maxMessageBytes;
    }

    State state() {
        return state;
    }

    @Override
    protected void decode(ChannelHandlerContext ctx, ByteBuf in, List<Object> out) {
        switch (state) {
            case STARTUP -> decodeStartupPacket(in, out);
            case MESSAGES -> decodeMessage(in, out);
            case DISCARD -> in.skipBytes(in.readableBytes());
        }
    }

    private void decodeStartupPacket(ByteBuf in, List<Object> out) {
        if (in.readableBytes() < 4) {
            return;
        }
        int length = in.getInt(in.readerIndex());
        if (length < 8 || length > WireLimits.MAX_STARTUP_PACKET_BYTES) {
            fail(in, out, "invalid length of startup packet");
            return;
        }
        if (in.readableBytes() < length) {
            return;
        }
        in.skipBytes(4);
        int code = in.readInt();
        ByteBuf body = in.readSlice(length - 8);
        try {
            switch (code) {
                case SSL_REQUEST_CODE -> {
                    end(body);
                    out.add(new SslRequest());
                }
                case GSSENC_REQUEST_CODE -> {
                    end(body);
                    out.add(new GssEncRequest());
                }
                case CANCEL_REQUEST_CODE -> {
                    int processId = int32(body);
                    int secretKey = int32(body);
                    end(body);
                    out.add(new CancelRequest(processId, secretKey));
                    state = State.DISCARD;
                }
                default -> {
                    int major = code >>> 16;
                    int minor = code & 0xFFFF;
                    if (major == 3) {
                        out.add(new StartupMessage(major, minor, startupParameters(body)));
                        state = State.MESSAGES;
                    } else {
                        out.add(new StartupMessage(major, minor, Map.of()));
                        state = State.DISCARD;
                    }
                }
            }
        } catch (Malformed e) {
            fail(in, out, e.getMessage());
        }
    }

    /** {@code (String name, String value)*} then a NUL that must be the last byte. */
    private static Map<String, String> startupParameters(ByteBuf body) {
        Map<String, String> parameters = new LinkedHashMap<>();
        while (true) {
            if (!body.isReadable()) {
                throw new Malformed(
                        "invalid startup packet layout: expected terminator as last byte");
            }
            String name = string(body);
            if (name.isEmpty()) {
                break;
            }
            parameters.put(name, string(body));
        }
        end(body);
        return Collections.unmodifiableMap(parameters);
    }

    private void decodeMessage(ByteBuf in, List<Object> out) {
        if (in.readableBytes() < 5) {
            return;
        }
        int start = in.readerIndex();
        byte type = in.getByte(start);
        int length = in.getInt(start + 1);
        if (length < 4) {
            fail(in, out, "invalid message length " + length);
            return;
        }
        if (length > maxMessageBytes) {
            fail(
                    in,
                    out,
                    "message of type '"
                            + printable(type)
                            + "' is "
                            + length
                            + " bytes, more than the limit of "
                            + maxMessageBytes);
            return;
        }
        if (in.readableBytes() < 1 + length) {
            return;
        }
        in.skipBytes(5);
        ByteBuf body = in.readSlice(length - 4);
        try {
            FrontendMessage message = decodeBody(type, body);
            if (message instanceof ProtocolViolation) {
                state = State.DISCARD;
                in.skipBytes(in.readableBytes());
            }
            out.add(message);
        } catch (Malformed e) {
            fail(in, out, e.getMessage());
        }
    }

    private static FrontendMessage decodeBody(byte type, ByteBuf body) {
        FrontendMessage message =
                switch (type) {
                    case QUERY -> new Query(string(body));
                    case PARSE -> parse(body);
                    case BIND -> bind(body);
                    case DESCRIBE -> new Describe(target(body), string(body));
                    case EXECUTE -> new Execute(string(body), int32(body));
                    case CLOSE -> new Close(target(body), string(body));
                    case FLUSH -> new Flush();
                    case SYNC -> new Sync();
                    case TERMINATE -> new Terminate();
                    case COPY_DATA -> {
                        byte[] data = new byte[body.readableBytes()];
                        body.readBytes(data);
                        yield new CopyData(data);
                    }
                    case COPY_DONE -> new CopyDone();
                    case PASSWORD -> {
                        byte[] data = new byte[body.readableBytes()];
                        body.readBytes(data);
                        yield new FrontendMessage.PasswordData(data);
                    }
                    case COPY_FAIL -> new CopyFail(string(body));
                    case FUNCTION_CALL -> {
                        body.skipBytes(body.readableBytes());
                        yield new FunctionCall();
                    }
                    default ->
                            new ProtocolViolation("invalid frontend message type " + (type & 0xFF));
                };
        if (!(message instanceof ProtocolViolation)) {
            end(body);
        }
        return message;
    }

    private static Parse parse(ByteBuf body) {
        String name = string(body);
        String sql = string(body);
        int count = uint16(body);
        need(body, 4L * count);
        int[] oids = new int[count];
        for (int i = 0; i < count; i++) {
            oids[i] = body.readInt();
        }
        return new Parse(name, sql, oids);
    }

    private static Bind bind(ByteBuf body) {
        String portal = string(body);
        String statement = string(body);
        short[] parameterFormats = int16Array(body);
        int count = uint16(body);
        List<byte @Nullable []> values = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            int length = int32(body);
            if (length == -1) {
                values.add(null);
            } else if (length < 0) {
                throw new Malformed("invalid length " + length + " of bind parameter " + (i + 1));
            } else {
                need(body, length);
                byte[] value = new byte[length];
                body.readBytes(value);
                values.add(value);
            }
        }
        short[] resultFormats = int16Array(body);
        return new Bind(portal, statement, parameterFormats, values, resultFormats);
    }

    private static Target target(ByteBuf body) {
        need(body, 1);
        byte b = body.readByte();
        return switch (b) {
            case TARGET_STATEMENT -> Target.STATEMENT;
            case TARGET_PORTAL -> Target.PORTAL;
            default -> throw new Malformed("invalid DESCRIBE/CLOSE message subtype " + (b & 0xFF));
        };
    }

    private static short[] int16Array(ByteBuf body) {
        int count = uint16(body);
        need(body, 2L * count);
        short[] out = new short[count];
        for (int i = 0; i < count; i++) {
            out[i] = body.readShort();
        }
        return out;
    }

    private static String string(ByteBuf body) {
        int length = body.bytesBefore((byte) 0);
        if (length < 0) {
            throw new Malformed("invalid string in message");
        }
        String s = body.toString(body.readerIndex(), length, StandardCharsets.UTF_8);
        body.skipBytes(length + 1);
        return s;
    }

    private static int int32(ByteBuf body) {
        need(body, 4);
        return body.readInt();
    }

    private static int uint16(ByteBuf body) {
        need(body, 2);
        return body.readUnsignedShort();
    }

    private static void need(ByteBuf body, long bytes) {
        if (body.readableBytes() < bytes) {
            throw new Malformed("insufficient data left in message");
        }
    }

    private static void end(ByteBuf body) {
        if (body.isReadable()) {
            throw new Malformed("invalid message format");
        }
    }

    private void fail(ByteBuf in, List<Object> out, String message) {
        state = State.DISCARD;
        in.skipBytes(in.readableBytes());
        out.add(new ProtocolViolation(message));
    }

    private static String printable(byte type) {
        return type >= 0x20 && type < 0x7F
                ? String.valueOf((char) type)
                : "\\x" + Integer.toHexString(type & 0xFF);
    }

    /** A body that does not match its message's layout; never escapes the decoder. */
    private static final class Malformed extends RuntimeException {
        private static final long serialVersionUID = 1L;

        Malformed(String message) {
            super(message, null, false, false);
        }
    }
}
