package dev.freshet.server.pgwire;

import static dev.freshet.server.pgwire.PgWireMalformedInputTest.types;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.freshet.server.FreshetServer;
import dev.freshet.server.ServerOptions;
import dev.freshet.server.fake.FakeEngine;
import dev.freshet.server.fake.FakeSession;
import dev.freshet.server.pgwire.RawClient.Message;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Message-level checks of the protocol flows, with a raw client. */
class PgWireProtocolTest {
    private static FakeEngine engine;
    private static FreshetServer server;

    @BeforeAll
    static void start() {
        engine = new FakeEngine();
        server = FreshetServer.start(new ServerOptions("127.0.0.1", 0, Path.of("unused")), engine);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void startupSequence() throws IOException {
        try (RawClient c = RawClient.connect(server.port())) {
            c.startup(Map.of("user", "alice", "database", "analytics", "application_name", "t1"));
            List<Message> messages = c.readUntilReady();
            assertEquals('R', messages.get(0).type());
            assertEquals(0, ByteBuffer.wrap(messages.get(0).body()).getInt(), "AuthenticationOk");
            Map<String, String> parameters = RawClient.parameterStatuses(messages);
            assertEquals("15.0.0", parameters.get("server_version"));
            assertEquals("t1", parameters.get("application_name"));
            assertEquals("UTF8", parameters.get("client_encoding"));
            assertEquals(
                    parameters.keySet().stream().sorted().toList(),
                    List.copyOf(parameters.keySet()),
                    "ParameterStatus in name order");
            Message keyData = messages.get(messages.size() - 2);
            assertEquals('K', keyData.type());
            assertEquals(8, keyData.body().length);
            Message ready = messages.get(messages.size() - 1);
            assertEquals('I', (char) ready.body()[0]);
        }
        FakeSession session = engine.sessions().getLast();
        assertEquals("alice", session.user());
        assertEquals("analytics", session.database());
        assertEquals(Map.of("application_name", "t1"), session.startupParameters());
    }

    @Test
    void databaseDefaultsToDev() throws IOException {
        try (RawClient c = RawClient.connect(server.port())) {
            c.startup(Map.of("user", "bob"));
            c.readUntilReady();
        }
        assertEquals("dev", engine.sessions().getLast().database());
    }

    @Test
    void sslAndGssEncryptionRequestsAreRefused() throws IOException {
        try (RawClient c = RawClient.connect(server.port())) {
            c.writeRaw(RawClient.startupPacket(PgDecoder.GSSENC_REQUEST_CODE, new byte[0]));
            assertEquals('N', c.readByte());
            c.writeRaw(RawClient.startupPacket(PgDecoder.SSL_REQUEST_CODE, new byte[0]));
            assertEquals('N', c.readByte());
            c.startup(Map.of("user", "root"));
            c.readUntilReady();
            c.query("select 1");
            assertEquals(List.of('T', 'D', 'C', 'Z'), types(c.readUntilReady()));
        }
    }

    @Test
    void newerMinorVersionAndProtocolOptionsAreNegotiatedDown() throws IOException {
        try (RawClient c = RawClient.connect(server.port())) {
            c.startup(3, 2, Map.of("user", "root", "_pq_.frobnicate", "on"));
            List<Message> messages = c.readUntilReady();
            Message negotiate = messages.get(0);
            assertEquals('v', negotiate.type());
            ByteBuffer body = ByteBuffer.wrap(negotiate.body());
            assertEquals(0, body.getInt(), "newest minor version we support");
            assertEquals(1, body.getInt());
            assertEquals(
                    "_pq_.frobnicate|",
                    new String(negotiate.body(), 8, negotiate.body().length - 8)
                            .replace("\0", "|"));
            assertEquals('R', messages.get(1).type());
        }
        assertFalse(engine.sessions().getLast().startupParameters().containsKey("_pq_.frobnicate"));
    }

    @Test
    void simpleQueryStopsAtTheFirstError() throws IOException {
        try (RawClient c = RawClient.ready(server.port())) {
            c.query("select 1; select boom; select 2");
            List<Message> reply = c.readUntilReady();
            assertEquals(List.of('T', 'D', 'C', 'E', 'Z'), types(reply));
            assertEquals("SELECT 1|", reply.get(2).text());
            Message error = reply.get(3);
            assertEquals("42703", error.sqlState());
            assertEquals("18", error.field('P'), "position in the whole query text");
            assertEquals("ERROR", error.field('V'));
        }
    }

    @Test
    void emptyQuery() throws IOException {
        try (RawClient c = RawClient.ready(server.port())) {
            c.query("");
            assertEquals(List.of('I', 'Z'), types(c.readUntilReady()));
        }
    }

    @Test
    void commandsNoticesAndParameterChanges() throws IOException {
        try (RawClient c = RawClient.ready(server.port())) {
            c.query(
                    "notice something happened; set timezone = 'Europe/Berlin'; insert into t values (1)");
            List<Message> reply = c.readUntilReady();
            assertEquals(List.of('N', 'C', 'S', 'C', 'C', 'Z'), types(reply));
            assertEquals("something happened", reply.get(0).field('M'));
            assertEquals("NOTICE", reply.get(0).field('S'));
            assertEquals("DO|", reply.get(1).text());
            assertEquals("TimeZone|Europe/Berlin|", reply.get(2).text());
            assertEquals("INSERT 0 1|", reply.get(4).text());
        }
    }

    @Test
    void showHasNoCountInItsTag() throws IOException {
        try (RawClient c = RawClient.ready(server.port())) {
            c.query("show application_name");
            List<Message> reply = c.readUntilReady();
            assertEquals(List.of('T', 'D', 'C', 'Z'), types(reply));
            assertEquals("SHOW|", reply.get(2).text());
        }
    }

    @Test
    void internalErrorsGetAnIdAndNoStackTrace() throws IOException {
        try (RawClient c = RawClient.ready(server.port())) {
            c.query("crash");
            List<Message> reply = c.readUntilReady();
            assertEquals(List.of('E', 'Z'), types(reply));
            Message error = reply.get(0);
            assertEquals("XX000", error.sqlState());
            assertTrue(
                    error.field('M').matches("internal error \\(id [0-9a-f]{8}\\)"),
                    error.field('M'));
            assertFalse(new String(error.body()).contains("IllegalStateException"));
        }
    }

    @Test
    void errorWhileStreamingRowsEndsTheResultAndReleasesTheCursor() throws IOException {
        try (RawClient c = RawClient.ready(server.port())) {
            c.query("select fail_after(1500)");
            List<Message> reply = c.readUntilReady();
            assertEquals(1 + 1500 + 2, reply.size());
            assertEquals('E', reply.get(reply.size() - 2).type());
            assertEquals("22012", reply.get(reply.size() - 2).sqlState());
        }
        eventually(() -> engine.openCursors() == 0);
    }

    @Test
    void executeWithMaxRowsSuspendsThePortal() throws IOException {
        try (RawClient c = RawClient.ready(server.port())) {
            c.parse("", "select series(5)");
            c.bind("", "", 0);
            c.execute("", 2);
            c.execute("", 2);
            c.execute("", 2);
            c.execute("", 2);
            c.sync();
            List<Message> reply = c.readUntilReady();
            assertEquals(
                    List.of('1', '2', 'D', 'D', 's', 'D', 'D', 's', 'D', 'C', 'C', 'Z'),
                    types(reply));
            List<String> values = new ArrayList<>();
            for (Message m : reply) {
                if (m.type() == 'D') {
                    values.add(m.dataRow().get(0));
                }
            }
            assertEquals(List.of("1", "2", "3", "4", "5"), values);
            assertEquals("SELECT 1|", reply.get(9).text(), "rows of the last Execute");
            assertEquals("SELECT 0|", reply.get(10).text(), "a finished portal fetches nothing");
            // Sync ended the implicit transaction, and with it the portal.
            c.execute("", 1);
            c.sync();
            c.expectError("34000");
            c.expect('Z');
        }
        eventually(() -> engine.openCursors() == 0);
    }

    @Test
    void portalsInATransactionBlockSurviveSync() throws IOException {
        try (RawClient c = RawClient.ready(server.port())) {
            c.query("begin");
            c.readUntilReady();
            c.parse("", "select series(5)");
            c.bind("c1", "", 0);
            c.execute("c1", 2);
            c.sync();
            List<Message> first = c.readUntilReady();
            assertEquals(List.of('1', '2', 'D', 'D', 's', 'Z'), types(first));
            assertEquals('T', (char) first.getLast().body()[0]);
            c.execute("c1", 0);
            c.sync();
            List<Message> second = c.readUntilReady();
            assertEquals(List.of('D', 'D', 'D', 'C', 'Z'), types(second));
            assertEquals("SELECT 3|", second.get(3).text());
            c.close('P', "c1");
            c.query("commit");
            List<Message> commit = c.readUntilReady();
            assertEquals(List.of('3', 'C', 'Z'), types(commit));
            assertEquals('I', (char) commit.getLast().body()[0]);
        }
    }

    @Test
    void describeStatementAndPortal() throws IOException {
        try (RawClient c = RawClient.ready(server.port())) {
            c.parse("s1", "select $1, $2", 23, 0);
            c.describe('S', "s1");
            c.bind("p1", "s1", 1, "5", "five");
            c.describe('P', "p1");
            c.execute("p1", 0);
            c.parse("s2", "insert into t values ($1)");
            c.describe('S', "s2");
            c.sync();
            List<Message> reply = c.readUntilReady();
            assertEquals(
                    List.of('1', 't', 'T', '2', 'T', 'D', 'C', '1', 't', 'n', 'Z'), types(reply));
            ByteBuffer parameters = ByteBuffer.wrap(reply.get(1).body());
            assertEquals(2, parameters.getShort());
            assertEquals(23, parameters.getInt());
            assertEquals(
                    1043, parameters.getInt(), "an untyped parameter as the engine inferred it");
            assertEquals(0, lastFormat(reply.get(2)), "statement: formats not known yet");
            assertEquals(1, lastFormat(reply.get(4)), "portal: binary as bound");
            List<String> row = reply.get(5).dataRow();
            assertEquals("five", row.get(1));
            assertEquals(4, row.get(0).length(), "int4 in binary is four bytes");
        }
    }

    @Test
    void closedStatementIsGone() throws IOException {
        try (RawClient c = RawClient.ready(server.port())) {
            c.parse("s1", "select 1");
            c.close('S', "s1");
            c.close('S', "never-existed");
            c.bind("", "s1", 0);
            c.sync();
            assertEquals(
                    List.of('1', '3', '3'),
                    List.of(c.read().type(), c.read().type(), c.read().type()));
            c.expectError("26000");
            c.expect('Z');
        }
    }

    @Test
    void cancelRequestStopsTheRunningStatement() throws Exception {
        try (RawClient c = RawClient.connect(server.port())) {
            c.startup(Map.of("user", "root"));
            List<Message> startup = c.readUntilReady();
            ByteBuffer key = ByteBuffer.wrap(startup.get(startup.size() - 2).body());
            int processId = key.getInt();
            int secret = key.getInt();
            FakeSession session = engine.sessions().getLast();
            c.query("sleep");
            assertTrue(session.awaitSleeping(30));
            try (RawClient canceller = RawClient.connect(server.port())) {
                canceller.writeRaw(
                        RawClient.startupPacket(
                                PgDecoder.CANCEL_REQUEST_CODE,
                                ByteBuffer.allocate(8).putInt(processId).putInt(secret).array()));
                assertTrue(canceller.closedByServer());
            }
            c.expectError("57014");
            c.expect('Z');
        }
    }

    @Test
    void terminateClosesTheSession() throws IOException {
        FakeSession session;
        try (RawClient c = RawClient.ready(server.port())) {
            session = engine.sessions().getLast();
            c.terminate();
            assertTrue(c.closedByServer());
        }
        eventually(session::isClosed);
    }

    @Test
    void clientVanishingMidResultReleasesCursorAndSession() throws IOException {
        FakeSession session;
        try (RawClient c = RawClient.ready(server.port())) {
            session = engine.sessions().getLast();
            c.query("select series(50000000)");
            assertEquals('T', c.read().type());
            assertEquals('D', c.read().type());
            assertTrue(engine.openCursors() > 0);
        }
        eventually(() -> session.isClosed() && engine.openCursors() == 0);
    }

    @Test
    void largeResultStreamsCompletely() throws IOException {
        try (RawClient c = RawClient.ready(server.port())) {
            c.query("select series(300000)");
            long rows = 0;
            long sum = 0;
            Message m;
            while ((m = c.read()).type() != 'Z') {
                if (m.type() == 'D') {
                    rows++;
                    sum += Long.parseLong(m.dataRow().get(0));
                } else if (m.type() == 'C') {
                    assertEquals("SELECT 300000|", m.text());
                }
            }
            assertEquals(300_000, rows);
            assertEquals(300_000L * 300_001 / 2, sum);
        }
    }

    @Test
    void aClientThatStopsReadingHoldsTheResultBack() throws Exception {
        long rows = 3_000_000;
        try (RawClient c = RawClient.ready(server.port())) {
            long before = engine.rowsProduced();
            c.query("select series(" + rows + ")");
            assertEquals('T', c.read().type());
            // Wait until the server stops producing (it is blocked on the unread socket), then
            // check it stopped well short of the whole result.
            long produced = -1;
            int stableChecks = 0;
            long deadline = System.nanoTime() + 30_000_000_000L;
            while (stableChecks < 5 && System.nanoTime() < deadline) {
                Thread.sleep(50);
                long now = engine.rowsProduced() - before;
                stableChecks = now == produced ? stableChecks + 1 : 0;
                produced = now;
            }
            assertTrue(produced < rows / 2, "produced " + produced + " rows while unread");
            long received = 0;
            Message m;
            while ((m = c.read()).type() != 'Z') {
                if (m.type() == 'D') {
                    received++;
                }
            }
            assertEquals(rows, received);
        }
    }

    @Test
    void pipelinedQueriesAreAllAnswered() throws Exception {
        int queries = 5_000;
        try (RawClient c = RawClient.ready(server.port())) {
            Thread writer =
                    Thread.ofVirtual()
                            .start(
                                    () -> {
                                        try {
                                            for (int i = 0; i < queries; i++) {
                                                c.query("select " + i);
                                            }
                                        } catch (IOException e) {
                                            throw new IllegalStateException(e);
                                        }
                                    });
            long sum = 0;
            int ready = 0;
            while (ready < queries) {
                Message m = c.read();
                if (m.type() == 'D') {
                    sum += Long.parseLong(m.dataRow().get(0));
                } else if (m.type() == 'Z') {
                    ready++;
                }
            }
            writer.join();
            assertEquals((long) queries * (queries - 1) / 2, sum);
        }
    }

    private static int lastFormat(Message rowDescription) {
        byte[] b = rowDescription.body();
        return ((b[b.length - 2] & 0xFF) << 8) | (b[b.length - 1] & 0xFF);
    }

    /** Waits for a condition the server reaches asynchronously (a deadline, not a timing check). */
    static void eventually(BooleanSupplier condition) {
        long deadline = System.nanoTime() + 30_000_000_000L;
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("condition not reached within 30 s");
            }
            try {
                Thread.sleep(5);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }
}
