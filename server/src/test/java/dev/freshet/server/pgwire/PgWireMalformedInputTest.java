package dev.freshet.server.pgwire;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.freshet.server.FreshetServer;
import dev.freshet.server.ServerOptions;
import dev.freshet.server.fake.FakeEngine;
import dev.freshet.server.pgwire.RawClient.Body;
import dev.freshet.server.pgwire.RawClient.Message;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What the server does with input no well-behaved driver sends: every case gets ErrorResponse with
 * the right SQLSTATE, or a closed connection, and afterwards a second, well-behaved connection
 * still works.
 */
class PgWireMalformedInputTest {
    /** Small, so a test can exceed it cheaply. */
    private static final int MAX_MESSAGE_BYTES = 1024;

    private static FakeEngine engine;
    private static FreshetServer server;

    @BeforeAll
    static void start() {
        engine = new FakeEngine();
        server =
                FreshetServer.start(
                        new ServerOptions("127.0.0.1", 0, Path.of("unused")),
                        engine,
                        new WireLimits(MAX_MESSAGE_BYTES));
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @AfterEach
    void anotherConnectionStillWorks() throws IOException {
        try (RawClient c = RawClient.ready(server.port())) {
            c.query("select 42");
            List<Message> reply = c.readUntilReady();
            assertEquals(List.of('T', 'D', 'C', 'Z'), types(reply));
            assertEquals("42", reply.get(1).dataRow().get(0));
        }
    }

    // ---- startup ---------------------------------------------------------------------------

    @Test
    void truncatedStartupPacketThenEndOfInputClosesTheConnection() throws IOException {
        try (RawClient c = RawClient.connect(server.port())) {
            c.writeRaw(new byte[] {0, 0, 0, 100, 0, 3, 0, 0, 'u', 's', 'e', 'r'});
            c.shutdownOutput();
            assertTrue(c.closedByServer());
        }
    }

    @Test
    void aConnectionThatNeverStartsUpIsClosed() throws IOException {
        try (FreshetServer impatient =
                        FreshetServer.start(
                                new ServerOptions("127.0.0.1", 0, Path.of("unused")),
                                engine,
                                new WireLimits(MAX_MESSAGE_BYTES, Duration.ofMillis(200)));
                RawClient c = RawClient.connect(impatient.port())) {
            assertTrue(c.closedByServer());
        }
    }

    @Test
    void startupPacketWithoutTerminatorIsAProtocolViolation() throws IOException {
        byte[] body = "user\0root\0".getBytes(StandardCharsets.UTF_8);
        try (RawClient c = RawClient.connect(server.port())) {
            c.writeRaw(RawClient.startupPacket(3 << 16, body));
            Message error = c.expectError("08P01");
            assertEquals("FATAL", error.field('S'));
            assertTrue(c.closedByServer());
        }
    }

    @Test
    void absurdStartupLengthIsRejectedBeforeReadingTheBody() throws IOException {
        try (RawClient c = RawClient.connect(server.port())) {
            c.writeRaw(new byte[] {0x7F, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF, 0, 3, 0, 0});
            c.expectError("08P01");
            assertTrue(c.closedByServer());
        }
    }

    @Test
    void negativeStartupLength() throws IOException {
        try (RawClient c = RawClient.connect(server.port())) {
            c.writeRaw(new byte[] {(byte) 0xFF, (byte) 0xFF, (byte) 0xFF, (byte) 0xFB});
            c.expectError("08P01");
            assertTrue(c.closedByServer());
        }
    }

    @Test
    void httpRequestInsteadOfStartup() throws IOException {
        try (RawClient c = RawClient.connect(server.port())) {
            c.writeRaw("GET / HTTP/1.1\r\nHost: x\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
            c.expectError("08P01");
            assertTrue(c.closedByServer());
        }
    }

    @Test
    void unsupportedProtocolVersion() throws IOException {
        try (RawClient c = RawClient.connect(server.port())) {
            c.startup(2, 0, Map.of("user", "root"));
            Message error = c.expectError("0A000");
            assertEquals(
                    "unsupported frontend protocol 2.0: server supports 3.0 to 3.0",
                    error.field('M'));
            assertTrue(c.closedByServer());
        }
    }

    @Test
    void missingUser() throws IOException {
        try (RawClient c = RawClient.connect(server.port())) {
            c.startup(Map.of("database", "dev"));
            c.expectError("28000");
            assertTrue(c.closedByServer());
        }
    }

    @Test
    void unknownDatabaseFailsTheStartupWithTheEnginesError() throws IOException {
        try (RawClient c = RawClient.connect(server.port())) {
            c.startup(Map.of("user", "root", "database", FakeEngine.MISSING_DATABASE));
            Message error = c.expectError("3D000");
            assertEquals("FATAL", error.field('S'));
            assertTrue(c.closedByServer());
        }
    }

    // ---- framing after startup -------------------------------------------------------------

    @Test
    void absurdMessageLength() throws IOException {
        try (RawClient c = RawClient.ready(server.port())) {
            c.writeRaw(new byte[] {'Q', 0x7F, (byte) 0xFF, (byte) 0xFF, (byte) 0xF0});
            c.expectError("08P01");
            assertTrue(c.closedByServer());
        }
    }

    @Test
    void messageLongerThanTheConfiguredLimit() throws IOException {
        try (RawClient c = RawClient.ready(server.port())) {
            c.query("select " + "1".repeat(2 * MAX_MESSAGE_BYTES));
            Message error = c.expectError("08P01");
            assertTrue(error.field('M').contains("limit"), error.field('M'));
            assertTrue(c.closedByServer());
        }
    }

    @Test
    void negativeMessageLength() throws IOException {
        try (RawClient c = RawClient.ready(server.port())) {
            c.writeRaw(new byte[] {'Q', (byte) 0xFF, (byte) 0xFF, (byte) 0xFF, (byte) 0xFF});
            c.expectError("08P01");
            assertTrue(c.closedByServer());
        }
    }

    @Test
    void unknownMessageType() throws IOException {
        try (RawClient c = RawClient.ready(server.port())) {
            c.send('!', new byte[0]);
            Message error = c.expectError("08P01");
            assertEquals("invalid frontend message type 33", error.field('M'));
            assertTrue(c.closedByServer());
        }
    }

    @Test
    void garbageAfterStartup() throws IOException {
        try (RawClient c = RawClient.ready(server.port())) {
            c.writeRaw(
                    "hello world, this is not a protocol message"
                            .getBytes(StandardCharsets.US_ASCII));
            c.expectError("08P01");
            assertTrue(c.closedByServer());
        }
    }

    @Test
    void stringWithoutTerminator() throws IOException {
        try (RawClient c = RawClient.ready(server.port())) {
            c.send('P', "x".getBytes(StandardCharsets.US_ASCII));
            Message error = c.expectError("08P01");
            assertEquals("invalid string in message", error.field('M'));
            assertTrue(c.closedByServer());
        }
    }

    @Test
    void countLargerThanTheBody() throws IOException {
        try (RawClient c = RawClient.ready(server.port())) {
            c.send('P', Body.of().string("").string("select 1").int16(1000).bytes());
            c.expectError("08P01");
            assertTrue(c.closedByServer());
        }
    }

    @Test
    void bytesLeftOverAfterTheBody() throws IOException {
        try (RawClient c = RawClient.ready(server.port())) {
            c.send('S', new byte[] {1, 2});
            Message error = c.expectError("08P01");
            assertEquals("invalid message format", error.field('M'));
            assertTrue(c.closedByServer());
        }
    }

    @Test
    void invalidDescribeTarget() throws IOException {
        try (RawClient c = RawClient.ready(server.port())) {
            c.describe('X', "");
            c.expectError("08P01");
            assertTrue(c.closedByServer());
        }
    }

    // ---- extended protocol misuse: ERROR, skip to Sync, the session goes on ------------------

    @Test
    void bindToUnknownStatement() throws IOException {
        try (RawClient c = RawClient.ready(server.port())) {
            c.bind("", "nope", 0);
            Message error = c.expectError("26000");
            assertEquals("ERROR", error.field('S'));
            assertEquals("prepared statement \"nope\" does not exist", error.field('M'));
            c.sync();
            c.expect('Z');
            assertSameConnectionWorks(c);
        }
    }

    @Test
    void executeBeforeBind() throws IOException {
        try (RawClient c = RawClient.ready(server.port())) {
            c.execute("", 0);
            c.expectError("34000");
            c.sync();
            c.expect('Z');
            assertSameConnectionWorks(c);
        }
    }

    @Test
    void messagesAfterAnErrorAreDiscardedUntilSync() throws IOException {
        try (RawClient c = RawClient.ready(server.port())) {
            c.parse("", "selec 1");
            c.bind("", "", 0);
            c.describe('P', "");
            c.execute("", 0);
            c.query("select 1");
            c.flush();
            c.sync();
            Message error = c.expectError("42601");
            assertEquals("1", error.field('P'));
            List<Message> rest = c.readUntilReady();
            assertEquals(List.of('Z'), types(rest), "everything up to Sync was discarded");
            assertSameConnectionWorks(c);
        }
    }

    @Test
    void duplicateNamedStatement() throws IOException {
        try (RawClient c = RawClient.ready(server.port())) {
            c.parse("s1", "select 1");
            c.parse("s1", "select 2");
            c.sync();
            c.expect('1');
            c.expectError("42P05");
            c.expect('Z');
            // The first definition survives.
            c.bind("", "s1", 0);
            c.execute("", 0);
            c.sync();
            List<Message> reply = c.readUntilReady();
            assertEquals(List.of('2', 'D', 'C', 'Z'), types(reply));
            assertEquals("1", reply.get(1).dataRow().get(0));
        }
    }

    @Test
    void wrongNumberOfParameters() throws IOException {
        try (RawClient c = RawClient.ready(server.port())) {
            c.parse("", "select $1, $2");
            c.bind("", "", 0, "only one");
            c.sync();
            c.expect('1');
            Message error = c.expectError("08P01");
            assertEquals("ERROR", error.field('S'));
            c.expect('Z');
            assertSameConnectionWorks(c);
        }
    }

    @Test
    void unsupportedFormatCode() throws IOException {
        try (RawClient c = RawClient.ready(server.port())) {
            c.parse("", "select 1");
            c.bind("", "", 7);
            c.sync();
            c.expect('1');
            c.expectError("08P01");
            c.expect('Z');
            assertSameConnectionWorks(c);
        }
    }

    @Test
    void invalidTextParameter() throws IOException {
        try (RawClient c = RawClient.ready(server.port())) {
            c.parse("", "select $1", 23);
            c.bind("", "", 0, "not a number");
            c.sync();
            c.expect('1');
            c.expectError("22P02");
            c.expect('Z');
            assertSameConnectionWorks(c);
        }
    }

    @Test
    void badBinaryParameter() throws IOException {
        try (RawClient c = RawClient.ready(server.port())) {
            c.parse("", "select $1", 23);
            c.send(
                    'B',
                    Body.of()
                            .string("")
                            .string("")
                            .int16(1)
                            .int16(1)
                            .int16(1)
                            .int32(3)
                            .raw(new byte[] {1, 2, 3})
                            .int16(0)
                            .bytes());
            c.sync();
            c.expect('1');
            Message error = c.expectError("22P03");
            assertEquals("incorrect binary data format in bind parameter 1", error.field('M'));
            c.expect('Z');
        }
    }

    @Test
    void unknownParameterTypeOid() throws IOException {
        try (RawClient c = RawClient.ready(server.port())) {
            c.parse("", "select $1", 999_999);
            c.sync();
            c.expectError("42704");
            c.expect('Z');
        }
    }

    @Test
    void copyMessagesOutsideCopyAreIgnored() throws IOException {
        try (RawClient c = RawClient.ready(server.port())) {
            c.send('d', new byte[] {1, 2, 3});
            c.send('c', new byte[0]);
            assertSameConnectionWorks(c);
        }
    }

    @Test
    void functionCallIsNotSupported() throws IOException {
        try (RawClient c = RawClient.ready(server.port())) {
            c.send('F', Body.of().int32(1234).int16(0).int16(0).int16(0).bytes());
            c.expectError("0A000");
            c.expect('Z');
            assertSameConnectionWorks(c);
        }
    }

    private static void assertSameConnectionWorks(RawClient c) throws IOException {
        c.query("select 7");
        List<Message> reply = c.readUntilReady();
        assertEquals(List.of('T', 'D', 'C', 'Z'), types(reply));
        assertEquals("7", reply.get(1).dataRow().get(0));
    }

    static List<Character> types(List<Message> messages) {
        return messages.stream().map(Message::type).toList();
    }
}
