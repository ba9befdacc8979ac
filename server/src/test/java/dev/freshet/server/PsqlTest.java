package dev.freshet.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.freshet.server.fake.FakeEngine;
import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The server as psql (libpq) sees it. Skipped where no psql is installed. */
class PsqlTest {
    private static FreshetServer server;

    @TempDir static Path scratch;

    @BeforeAll
    static void start() {
        assumeTrue(psql() != null, "psql is not installed");
        server =
                FreshetServer.start(
                        new ServerOptions("127.0.0.1", 0, Path.of("unused")), new FakeEngine());
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
    }

    /** What a psql run printed and returned. */
    record Run(int exitCode, String stdout, String stderr) {}

    private static Run psql(String... extra) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>();
        command.addAll(
                List.of(
                        psql(),
                        "-X",
                        "-h",
                        "127.0.0.1",
                        "-p",
                        Integer.toString(server.port()),
                        "-U",
                        "root",
                        "-d",
                        "dev"));
        command.addAll(List.of(extra));
        Path out = Files.createTempFile(scratch, "psql", ".out");
        Path err = Files.createTempFile(scratch, "psql", ".err");
        ProcessBuilder pb =
                new ProcessBuilder(command)
                        .redirectOutput(out.toFile())
                        .redirectError(err.toFile())
                        .redirectInput(ProcessBuilder.Redirect.from(new File("/dev/null")));
        pb.environment().remove("PGPASSWORD");
        pb.environment().remove("PGSERVICE");
        pb.environment().put("PGCONNECT_TIMEOUT", "30");
        pb.environment().put("PGAPPNAME", "psql-test");
        Process p = pb.start();
        if (!p.waitFor(60, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new AssertionError("psql did not finish");
        }
        return new Run(
                p.exitValue(),
                Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }

    private static String psql() {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            File f = new File(dir, "psql");
            if (f.canExecute()) {
                return f.getPath();
            }
        }
        return null;
    }

    @Test
    void singleStatement() throws Exception {
        Run run = psql("-c", "select 1, 2");
        assertEquals(0, run.exitCode(), run.stderr());
        assertTrue(run.stdout().contains("?column? | ?column?"), run.stdout());
        assertTrue(run.stdout().contains("(1 row)"), run.stdout());
    }

    @Test
    void unalignedTuplesOnly() throws Exception {
        Run run = psql("-A", "-t", "-c", "select series(3)");
        assertEquals(0, run.exitCode(), run.stderr());
        assertEquals("1\n2\n3\n", run.stdout());
    }

    @Test
    void multiStatementStopsAtTheFailingOne() throws Exception {
        Run run = psql("-A", "-t", "-c", "select 1; select boom; select 2");
        assertEquals(1, run.exitCode());
        assertEquals("1\n", run.stdout(), "the first result is shown, the third never runs");
        assertTrue(run.stderr().contains("ERROR:  column \"boom\" does not exist"), run.stderr());
        assertTrue(run.stderr().contains("LINE 1: select 1; select boom; select 2"), run.stderr());
    }

    @Test
    void noticesAndSettings() throws Exception {
        Run run =
                psql(
                        "-A",
                        "-t",
                        "-c",
                        "notice hello from the server",
                        "-c",
                        "set timezone = 'Europe/Paris'",
                        "-c",
                        "show timezone",
                        "-c",
                        "show application_name");
        assertEquals(0, run.exitCode(), run.stderr());
        assertTrue(run.stderr().contains("NOTICE:  hello from the server"), run.stderr());
        assertEquals("DO\nSET\nEurope/Paris\npsql-test\n", run.stdout());
    }

    @Test
    void internalErrorShowsOnlyTheId() throws Exception {
        Run run = psql("-c", "crash");
        assertEquals(1, run.exitCode());
        assertTrue(
                run.stderr().matches("(?s)ERROR:  internal error \\(id [0-9a-f]{8}\\)\\s*"),
                run.stderr());
    }
}
