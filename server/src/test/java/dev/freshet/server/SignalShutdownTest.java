package dev.freshet.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The launcher in its own JVM: SIGTERM shuts it down cleanly, telling connected clients. */
class SignalShutdownTest {
    private static final Pattern READY = Pattern.compile("ready on 127\\.0\\.0\\.1:(\\d+) ");

    @TempDir Path dir;

    @Test
    void sigtermClosesConnectionsAndStops() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Path stdout = dir.resolve("stdout.txt");
        Path stderr = dir.resolve("stderr.txt");
        Process p =
                new ProcessBuilder(
                                java,
                                "-cp",
                                System.getProperty("java.class.path"),
                                FakeEngineMain.class.getName(),
                                "--port",
                                "0",
                                "--data-dir",
                                dir.resolve("data").toString())
                        .redirectOutput(stdout.toFile())
                        .redirectError(stderr.toFile())
                        .start();
        try {
            String line = awaitFirstLine(p, stdout);
            assertNotNull(line, () -> "no ready line; stderr: " + read(stderr));
            Matcher m = READY.matcher(line);
            assertTrue(m.find(), line);
            int port = Integer.parseInt(m.group(1));
            try (Connection c =
                            DriverManager.getConnection(
                                    "jdbc:postgresql://127.0.0.1:" + port + "/dev", "root", "");
                    Statement s = c.createStatement()) {
                s.executeQuery("select 1").close();
                p.destroy(); // SIGTERM
                assertTrue(p.waitFor(60, TimeUnit.SECONDS), "server did not stop");
                SQLException e = assertThrows(SQLException.class, () -> s.executeQuery("select 1"));
                assertTrue(
                        e.getSQLState().equals("57P01") || e.getSQLState().startsWith("08"),
                        e.getSQLState() + " " + e.getMessage());
            }
            assertEquals(143, p.exitValue(), "terminated by SIGTERM after the shutdown hook");
            assertEquals(1, read(stdout).lines().count(), "exactly one line on stdout");
            assertTrue(read(stderr).contains("stopped listening"), read(stderr));
        } finally {
            p.destroyForcibly();
        }
    }

    /** The first line the process printed, waiting for it while the process runs. */
    private static String awaitFirstLine(Process p, Path stdout) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline) {
            String text = read(stdout);
            if (text.indexOf('\n') >= 0) {
                return text.substring(0, text.indexOf('\n'));
            }
            if (!p.isAlive()) {
                return null;
            }
            Thread.sleep(10);
        }
        return null;
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (java.io.IOException e) {
            return e.toString();
        }
    }
}
