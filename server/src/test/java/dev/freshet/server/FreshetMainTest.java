package dev.freshet.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.freshet.server.fake.FakeEngine;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.function.Function;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The launcher's contract: one ready line, exit codes 0 / 1 / 2. */
class FreshetMainTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private final FakeEngine engine = new FakeEngine();
    private final Function<ServerOptions, FreshetServer> starter =
            options -> FreshetServer.start(options, engine);

    @TempDir Path dataDir;

    private int run(Consumer<FreshetServer> serve, String... args) {
        return FreshetMain.run(
                args,
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8),
                starter,
                serve);
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    @Test
    void startsPrintsOneReadyLineAndServes() {
        AtomicBoolean served = new AtomicBoolean();
        int code =
                run(
                        server -> {
                            try (Connection c =
                                            DriverManager.getConnection(
                                                    "jdbc:postgresql://127.0.0.1:"
                                                            + server.port()
                                                            + "/dev",
                                                    "root",
                                                    "");
                                    ResultSet rs = c.createStatement().executeQuery("select 1")) {
                                served.set(rs.next());
                            } catch (Exception e) {
                                throw new AssertionError(e);
                            }
                        },
                        "--port",
                        "0",
                        "--data-dir",
                        dataDir.toString());
        assertEquals(0, code, err());
        assertTrue(served.get());
        List<String> lines = out().lines().toList();
        assertEquals(1, lines.size(), out());
        String line = lines.get(0);
        assertTrue(
                line.matches(
                        "Freshet \\S+ ready on 127\\.0\\.0\\.1:\\d+ \\(data: "
                                + java.util.regex.Pattern.quote(dataDir.toAbsolutePath().toString())
                                + "\\) — connect with: psql -h 127\\.0\\.0\\.1 -p \\d+ -U root -d"
                                + " dev"),
                line);
        assertTrue(engine.openSessions() == 0 || !engine.isClosed());
    }

    @Test
    void readyLineForTheDefaults() {
        String line = FreshetMain.readyLine(ServerOptions.defaults(), 4566);
        assertTrue(
                line.startsWith(
                        "Freshet " + FreshetMain.version() + " ready on 127.0.0.1:4566 (data: /"),
                line);
        assertTrue(
                line.endsWith(
                        "/freshet-data) — connect with: psql -h 127.0.0.1 -p 4566 -U root -d dev"),
                line);
        assertTrue(FreshetMain.version().startsWith("0."), FreshetMain.version());
    }

    @Test
    void wildcardHostSuggestsLoopbackToPsql() {
        String line = FreshetMain.readyLine(ServerOptions.defaults().withHost("0.0.0.0"), 5000);
        assertTrue(line.contains("ready on 0.0.0.0:5000"), line);
        assertTrue(line.contains("psql -h 127.0.0.1 -p 5000"), line);
    }

    @Test
    void portInUseIsOneLineAndExitCode1() throws Exception {
        try (ServerSocket taken = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
            int port = taken.getLocalPort();
            int code = run(server -> {}, "--port", Integer.toString(port));
            assertEquals(1, code);
            assertEquals("", out());
            List<String> lines = err().lines().toList();
            assertEquals(1, lines.size(), err());
            assertTrue(
                    lines.get(0).startsWith("freshet: cannot listen on 127.0.0.1:" + port + ": "),
                    lines.get(0));
            assertTrue(lines.get(0).toLowerCase().contains("address already in use"), lines.get(0));
        }
    }

    @Test
    void badArgumentsPrintUsageAndExit2() {
        assertEquals(2, run(server -> {}, "--port", "many"));
        assertTrue(err().startsWith("freshet: --port must be a number, not 'many'\n"), err());
        assertTrue(err().contains("usage: freshet start"), err());
        assertEquals("", out());
    }

    @Test
    void helpPrintsUsageAndExits0() {
        assertEquals(0, run(server -> {}, "--help"));
        assertTrue(out().startsWith("usage: freshet start"), out());
        assertEquals("", err());
    }
}
