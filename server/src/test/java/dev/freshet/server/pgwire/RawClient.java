package dev.freshet.server.pgwire;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * A PostgreSQL protocol client built from raw bytes, for sending what real drivers never send. A
 * read that waits more than 30 s fails the test rather than hanging it.
 */
final class RawClient implements AutoCloseable {
    private final Socket socket;
    private final DataInputStream in;
    private final DataOutputStream out;

    private RawClient(Socket socket) throws IOException {
        this.socket = socket;
        socket.setSoTimeout(30_000);
        this.in = new DataInputStream(new BufferedInputStream(socket.getInputStream()));
        this.out = new DataOutputStream(new BufferedOutputStream(socket.getOutputStream()));
    }

    static RawClient connect(int port) throws IOException {
        Socket s = new Socket();
        s.connect(new InetSocketAddress("127.0.0.1", port), 30_000);
        return new RawClient(s);
    }

    /** Connects, starts up as root on dev and reads up to the first ReadyForQuery. */
    static RawClient ready(int port) throws IOException {
        RawClient c = connect(port);
        c.startup(Map.of("user", "root", "database", "dev"));
        c.readUntilReady();
        return c;
    }

    /** A backend message: its type byte and body. */
    record Message(char type, byte[] body) {
        /** A field of an ErrorResponse/NoticeResponse, or null. */
        @Nullable String field(char code) {
            int i = 0;
            while (i < body.length && body[i] != 0) {
                char c = (char) body[i++];
                int end = i;
                while (body[end] != 0) {
                    end++;
                }
                if (c == code) {
                    return new String(body, i, end - i, StandardCharsets.UTF_8);
                }
                i = end + 1;
            }
            return null;
        }

        String sqlState() {
            return String.valueOf(field('C'));
        }

        /** The body as NUL-separated strings (CommandComplete, ParameterStatus). */
        String text() {
            return new String(body, StandardCharsets.UTF_8).replace("\0", "|");
        }

        /** The values of a DataRow as text (binary values are decoded as UTF-8 too). */
        List<@Nullable String> dataRow() {
            List<@Nullable String> values = new ArrayList<>();
            int n = ((body[0] & 0xFF) << 8) | (body[1] & 0xFF);
            int p = 2;
            for (int i = 0; i < n; i++) {
                int len =
                        ((body[p] & 0xFF) << 24)
                                | ((body[p + 1] & 0xFF) << 16)
                                | ((body[p + 2] & 0xFF) << 8)
                                | (body[p + 3] & 0xFF);
                p += 4;
                if (len < 0) {
                    values.add(null);
                } else {
                    values.add(new String(body, p, len, StandardCharsets.UTF_8));
                    p += len;
                }
            }
            return values;
        }
    }

    void startup(Map<String, String> parameters) throws IOException {
        startup(3, 0, parameters);
    }

    void startup(int major, int minor, Map<String, String> parameters) throws IOException {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (Map.Entry<String, String> e : parameters.entrySet()) {
            cstring(body, e.getKey());
            cstring(body, e.getValue());
        }
        body.write(0);
        writeRaw(startupPacket((major << 16) | minor, body.toByteArray()));
    }

    static byte[] startupPacket(int code, byte[] body) {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        int length = 8 + body.length;
        int32(b, length);
        int32(b, code);
        b.writeBytes(body);
        return b.toByteArray();
    }

    void send(char type, byte[] body) throws IOException {
        out.writeByte(type);
        out.writeInt(body.length + 4);
        out.write(body);
        out.flush();
    }

    void writeRaw(byte[] bytes) throws IOException {
        out.write(bytes);
        out.flush();
    }

    void shutdownOutput() throws IOException {
        socket.shutdownOutput();
    }

    // ---- frontend messages --------------------------------------------------------------

    void query(String sql) throws IOException {
        send('Q', Body.of().string(sql).bytes());
    }

    void parse(String name, String sql, int... oids) throws IOException {
        Body b = Body.of().string(name).string(sql).int16(oids.length);
        for (int oid : oids) {
            b.int32(oid);
        }
        send('P', b.bytes());
    }

    /** Bind with text parameters and one result format code for all columns. */
    void bind(String portal, String statement, int resultFormat, @Nullable String... params)
            throws IOException {
        Body b = Body.of().string(portal).string(statement).int16(0).int16(params.length);
        for (String p : params) {
            if (p == null) {
                b.int32(-1);
            } else {
                byte[] v = p.getBytes(StandardCharsets.UTF_8);
                b.int32(v.length).raw(v);
            }
        }
        b.int16(1).int16(resultFormat);
        send('B', b.bytes());
    }

    void describe(char target, String name) throws IOException {
        send('D', Body.of().byte1(target).string(name).bytes());
    }

    void execute(String portal, int maxRows) throws IOException {
        send('E', Body.of().string(portal).int32(maxRows).bytes());
    }

    void close(char target, String name) throws IOException {
        send('C', Body.of().byte1(target).string(name).bytes());
    }

    void sync() throws IOException {
        send('S', new byte[0]);
    }

    void flush() throws IOException {
        send('H', new byte[0]);
    }

    void terminate() throws IOException {
        send('X', new byte[0]);
    }

    // ---- reading ----------------------------------------------------------------------------

    Message read() throws IOException {
        char type = (char) in.readUnsignedByte();
        int length = in.readInt();
        byte[] body = new byte[length - 4];
        in.readFully(body);
        return new Message(type, body);
    }

    /** The single byte that answers SSLRequest / GSSENCRequest. */
    char readByte() throws IOException {
        return (char) in.readUnsignedByte();
    }

    /** Messages up to and including ReadyForQuery. */
    List<Message> readUntilReady() throws IOException {
        List<Message> messages = new ArrayList<>();
        while (true) {
            Message m = read();
            messages.add(m);
            if (m.type() == 'Z') {
                return messages;
            }
        }
    }

    /** Reads one message and checks it is an ErrorResponse with {@code sqlState}. */
    Message expectError(String sqlState) throws IOException {
        Message m = read();
        if (m.type() != 'E') {
            fail("expected ErrorResponse " + sqlState + ", got '" + m.type() + "' " + m.text());
        }
        assertEquals(sqlState, m.sqlState(), () -> "error: " + m.field('M'));
        return m;
    }

    void expect(char type) throws IOException {
        Message m = read();
        if (m.type() != type) {
            fail("expected '" + type + "', got '" + m.type() + "' " + m.text());
        }
    }

    /** True if the server closed the connection: EOF (or a reset) before any further byte. */
    boolean closedByServer() throws IOException {
        try {
            int b = in.read();
            return b == -1;
        } catch (EOFException | SocketException e) {
            return true;
        }
    }

    /** Parameters as a map from the ParameterStatus messages among {@code messages}. */
    static Map<String, String> parameterStatuses(List<Message> messages) {
        Map<String, String> out = new LinkedHashMap<>();
        for (Message m : messages) {
            if (m.type() == 'S') {
                String[] parts = m.text().split("\\|", -1);
                out.put(parts[0], parts[1]);
            }
        }
        return out;
    }

    @Override
    public void close() throws IOException {
        socket.close();
    }

    private static void cstring(OutputStream o, String s) {
        try {
            o.write(s.getBytes(StandardCharsets.UTF_8));
            o.write(0);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void int32(ByteArrayOutputStream b, int v) {
        b.write(v >>> 24);
        b.write(v >>> 16);
        b.write(v >>> 8);
        b.write(v);
    }

    /** A message body under construction. */
    static final class Body {
        private final ByteArrayOutputStream b = new ByteArrayOutputStream();

        static Body of() {
            return new Body();
        }

        Body string(String s) {
            cstring(b, s);
            return this;
        }

        Body int32(int v) {
            RawClient.int32(b, v);
            return this;
        }

        Body int16(int v) {
            b.write(v >>> 8);
            b.write(v);
            return this;
        }

        Body byte1(int v) {
            b.write(v);
            return this;
        }

        Body raw(byte[] bytes) {
            b.writeBytes(bytes);
            return this;
        }

        byte[] bytes() {
            return b.toByteArray();
        }
    }
}
