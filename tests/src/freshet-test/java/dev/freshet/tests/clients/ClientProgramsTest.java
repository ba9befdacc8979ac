package dev.freshet.tests.clients;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.freshet.tests.CommandResult;
import dev.freshet.tests.ExternalCommand;
import dev.freshet.tests.freshet.FreshetTestDatabase;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Client programs other than the JVM's, each run for real against a Freshet server started here:
 * libpq through psycopg2 ({@code clients/psycopg2_suite.py}), SQLAlchemy's schema reflection and
 * Core ({@code clients/sqlalchemy_suite.py}), psqlODBC through pyodbc ({@code
 * clients/odbc_suite.py}), node-postgres ({@code tests/clients-node/suite.js}, installed with npm
 * on first use at the version pinned in its package.json) and pgbench with a custom script in
 * simple and prepared mode. A program that is not installed skips its test with the reason; CI
 * installs them all ({@code .ci/run}).
 */
@Tag("clients")
class ClientProgramsTest {
    private static final Duration LIMIT = Duration.ofMinutes(5);
    private static FreshetTestDatabase freshet;

    @BeforeAll
    static void start() {
        freshet = FreshetTestDatabase.start();
    }

    @AfterAll
    static void stop() {
        freshet.close();
    }

    @Test
    void psycopg2() throws IOException {
        String python = "/usr/bin/python3";
        assumeTrue(Files.isExecutable(Path.of(python)), "no " + python);
        CommandResult probe =
                ExternalCommand.of(List.of(python, "-c", "import psycopg2")).timeout(LIMIT).run();
        assumeTrue(probe.succeeded(), "python3-psycopg2 is not installed");
        Path script = resource("clients/psycopg2_suite.py");
        CommandResult r =
                ExternalCommand.of(List.of(python, script.toString(), "127.0.0.1", port()))
                        .timeout(LIMIT)
                        .run();
        assertTrue(r.succeeded(), r::describe);
        assertTrue(r.stdout().contains("ok concurrent"), r::describe);
    }

    @Test
    void sqlalchemy() throws IOException {
        runPythonSuite(
                "sqlalchemy, psycopg2",
                "python3-sqlalchemy (and python3-psycopg2) are not installed",
                "clients/sqlalchemy_suite.py",
                "ok pandas_style");
    }

    @Test
    void odbc() throws IOException {
        runPythonSuite(
                "pyodbc; assert 'PostgreSQL Unicode' in pyodbc.drivers()",
                "python3-pyodbc, unixodbc or odbc-postgresql (driver PostgreSQL Unicode) is not"
                        + " installed",
                "clients/odbc_suite.py",
                "ok declare-fetch");
    }

    /**
     * Runs a Python client suite with Debian's python3 (the modules come from Debian packages),
     * skipped with {@code missing} when {@code import probe} fails.
     */
    private static void runPythonSuite(String probe, String missing, String suite, String last)
            throws IOException {
        String python = "/usr/bin/python3";
        assumeTrue(Files.isExecutable(Path.of(python)), "no " + python);
        CommandResult found =
                ExternalCommand.of(List.of(python, "-c", "import " + probe)).timeout(LIMIT).run();
        assumeTrue(found.succeeded(), missing);
        Path script = resource(suite);
        CommandResult r =
                ExternalCommand.of(List.of(python, script.toString(), "127.0.0.1", port()))
                        .timeout(LIMIT)
                        .run();
        assertTrue(r.succeeded(), r::describe);
        assertTrue(r.stdout().contains(last), r::describe);
    }

    @Test
    void nodePg() {
        assumeTrue(onPath("node") && onPath("npm"), "node and npm are not installed");
        Path dir = projectDir().resolve("tests/clients-node");
        if (!Files.isDirectory(dir.resolve("node_modules/pg"))) {
            CommandResult install =
                    ExternalCommand.of(
                                    List.of(
                                            "npm",
                                            "install",
                                            "--no-audit",
                                            "--no-fund",
                                            "--no-package-lock"))
                            .directory(dir)
                            .timeout(LIMIT)
                            .run();
            assertTrue(install.succeeded(), install::describe);
        }
        CommandResult r =
                ExternalCommand.of(List.of("node", "suite.js", "127.0.0.1", port()))
                        .directory(dir)
                        .timeout(LIMIT)
                        .run();
        assertTrue(r.succeeded(), r::describe);
        assertTrue(r.stdout().contains("ok pool"), r::describe);
    }

    @Test
    void pgbenchSimpleAndPrepared() throws Exception {
        assumeTrue(onPath("pgbench"), "pgbench is not installed (Debian package postgresql)");
        try (Connection c =
                        DriverManager.getConnection(
                                "jdbc:postgresql://127.0.0.1:" + port() + "/dev", "root", "");
                Statement s = c.createStatement()) {
            s.execute("CREATE TABLE bench_kv (k INT PRIMARY KEY, v INT)");
            s.execute(
                    "INSERT INTO bench_kv SELECT g::int, (g * 7)::int"
                            + " FROM generate_series(1, 1000) AS g");
            s.execute("CREATE MATERIALIZED VIEW bench_mv AS SELECT k, v * 2 AS w FROM bench_kv");
        }
        Path script = Files.createTempFile("pgbench-", ".sql");
        try {
            Files.writeString(
                    script,
                    "\\set k random(1, 1000)\n"
                            + "SELECT w FROM bench_mv WHERE k = :k;\n"
                            + "UPDATE bench_kv SET v = v + 1 WHERE k = :k;\n");
            for (String mode : List.of("simple", "extended", "prepared")) {
                CommandResult r =
                        ExternalCommand.of(
                                        List.of(
                                                "pgbench",
                                                "-n",
                                                "-h",
                                                "127.0.0.1",
                                                "-p",
                                                port(),
                                                "-U",
                                                "root",
                                                "-M",
                                                mode,
                                                "-c",
                                                "4",
                                                "-j",
                                                "2",
                                                "-t",
                                                "50",
                                                "-f",
                                                script.toString(),
                                                "dev"))
                                .timeout(LIMIT)
                                .run();
                assertTrue(r.succeeded(), r::describe);
                assertTrue(
                        r.stdout().contains("number of transactions actually processed: 200/200"),
                        r::describe);
                assertTrue(r.stdout().contains("number of failed transactions: 0"), r::describe);
            }
        } finally {
            Files.deleteIfExists(script);
        }
    }

    private static String port() {
        return Integer.toString(freshet.port());
    }

    private static boolean onPath(String program) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(":")) {
            if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, program))) {
                return true;
            }
        }
        return false;
    }

    private static Path projectDir() {
        return Path.of(Objects.requireNonNull(System.getProperty("freshet.project.dir")))
                .toAbsolutePath()
                .normalize();
    }

    /** A classpath resource copied to a temporary file (scripts run from disk). */
    private static Path resource(String name) throws IOException {
        Path file = Files.createTempFile("freshet-client-", "-" + Path.of(name).getFileName());
        file.toFile().deleteOnExit();
        try (InputStream in = ClientProgramsTest.class.getClassLoader().getResourceAsStream(name)) {
            Files.copy(
                    Objects.requireNonNull(in, name),
                    file,
                    java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        return file;
    }
}
