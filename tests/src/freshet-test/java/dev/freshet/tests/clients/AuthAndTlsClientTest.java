package dev.freshet.tests.clients;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.freshet.server.FreshetServer;
import dev.freshet.server.ServerOptions;
import dev.freshet.server.pgwire.AuthMethod;
import dev.freshet.tests.CommandResult;
import dev.freshet.tests.ExternalCommand;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Passwords (SCRAM-SHA-256, md5, cleartext) and TLS with real clients: pgjdbc, psql (PGPASSWORD,
 * sslmode=require) and psycopg2. The certificate is made with openssl for the test.
 */
@Tag("clients")
class AuthAndTlsClientTest {
    private static final Duration LIMIT = Duration.ofMinutes(2);
    private static Path dir;
    private static @Nullable Path cert;
    private static @Nullable Path key;

    @BeforeAll
    static void certificate() throws Exception {
        dir = Files.createTempDirectory("freshet-auth-");
        CommandResult r =
                ExternalCommand.of(
                                List.of(
                                        "openssl",
                                        "req",
                                        "-x509",
                                        "-newkey",
                                        "rsa:2048",
                                        "-nodes",
                                        "-keyout",
                                        dir.resolve("key.pem").toString(),
                                        "-out",
                                        dir.resolve("cert.pem").toString(),
                                        "-days",
                                        "2",
                                        "-subj",
                                        "/CN=localhost"))
                        .timeout(LIMIT)
                        .run();
        if (r.succeeded()) {
            cert = dir.resolve("cert.pem");
            key = dir.resolve("key.pem");
        }
    }

    @AfterAll
    static void cleanUp() throws Exception {
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        }
    }

    private static FreshetServer start(AuthMethod auth, boolean tls) throws Exception {
        ServerOptions options =
                new ServerOptions("127.0.0.1", 0, Files.createTempDirectory(dir, "data-"))
                        .withAuth(auth);
        if (tls) {
            options = options.withTls(cert, key);
        }
        FreshetServer server = FreshetServer.start(options);
        // root has no password: it logs in over loopback and creates the user with one
        try (Connection c = jdbc(server, "root", null, false);
                Statement s = c.createStatement()) {
            s.execute("CREATE USER app WITH PASSWORD 's3cr3t ✓'");
        }
        return server;
    }

    private static Connection jdbc(
            FreshetServer server, String user, @Nullable String password, boolean ssl)
            throws SQLException {
        Properties p = new Properties();
        p.setProperty("user", user);
        if (password != null) {
            p.setProperty("password", password);
        }
        p.setProperty("sslmode", ssl ? "require" : "disable");
        if (ssl) {
            p.setProperty("sslfactory", "org.postgresql.ssl.NonValidatingFactory");
        }
        p.setProperty("connectTimeout", "30");
        return DriverManager.getConnection(
                "jdbc:postgresql://127.0.0.1:" + server.port() + "/dev", p);
    }

    private static String whoAmI(Connection c) throws SQLException {
        try (Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT 'in'")) {
            assertTrue(rs.next());
            return rs.getString(1);
        }
    }

    @Test
    void scramOverTlsWithPgjdbcPsqlAndPsycopg2() throws Exception {
        assumeTrue(cert != null, "openssl could not make a test certificate");
        try (FreshetServer server = start(AuthMethod.SCRAM, true)) {
            try (Connection c = jdbc(server, "app", "s3cr3t ✓", true)) {
                assertEquals("in", whoAmI(c));
            }
            SQLException wrong =
                    assertThrows(SQLException.class, () -> jdbc(server, "app", "nope", true));
            assertEquals("28P01", wrong.getSQLState());

            CommandResult psql =
                    ExternalCommand.of(
                                    List.of(
                                            "psql",
                                            "-X",
                                            "-At",
                                            "-c",
                                            "SELECT 'tls ok'",
                                            "host=127.0.0.1 port="
                                                    + server.port()
                                                    + " user=app dbname=dev sslmode=require"))
                            .env("PGPASSWORD", "s3cr3t ✓")
                            .timeout(LIMIT)
                            .run();
            assertTrue(psql.succeeded(), psql::describe);
            assertEquals("tls ok\n", psql.stdout());

            if (Files.isExecutable(Path.of("/usr/bin/python3"))) {
                CommandResult py =
                        ExternalCommand.of(
                                        List.of(
                                                "/usr/bin/python3",
                                                "-c",
                                                "import psycopg2,sys; c=psycopg2.connect(host='127.0.0.1',"
                                                        + " port=int(sys.argv[1]), user='app', dbname='dev',"
                                                        + " password='s3cr3t ✓', sslmode='require');"
                                                        + " cur=c.cursor(); cur.execute('SELECT 1');"
                                                        + " print(cur.fetchone()[0])",
                                                Integer.toString(server.port())))
                                .timeout(LIMIT)
                                .run();
                if (!py.stderr().contains("No module named")) {
                    assertTrue(py.succeeded(), py::describe);
                    assertEquals("1\n", py.stdout());
                }
            }
        }
    }

    @Test
    void md5AndCleartext() throws Exception {
        for (AuthMethod method : List.of(AuthMethod.MD5, AuthMethod.PASSWORD)) {
            try (FreshetServer server = start(method, false)) {
                try (Connection c = jdbc(server, "app", "s3cr3t ✓", false)) {
                    assertEquals("in", whoAmI(c), method.name());
                }
                SQLException wrong =
                        assertThrows(SQLException.class, () -> jdbc(server, "app", "x", false));
                assertEquals("28P01", wrong.getSQLState(), method.name());
                try (Connection root = jdbc(server, "root", null, false);
                        Statement s = root.createStatement()) {
                    s.execute("ALTER USER app PASSWORD 'other'");
                    s.execute("DROP USER IF EXISTS ghost");
                }
                try (Connection c = jdbc(server, "app", "other", false)) {
                    assertEquals("in", whoAmI(c), method.name());
                }
            }
        }
    }

    @Test
    void withoutACertificateSslRequestIsRefused() throws Exception {
        try (FreshetServer server = start(AuthMethod.TRUST, false)) {
            CommandResult psql =
                    ExternalCommand.of(
                                    List.of(
                                            "psql",
                                            "-X",
                                            "-At",
                                            "-c",
                                            "SELECT 1",
                                            "host=127.0.0.1 port="
                                                    + server.port()
                                                    + " user=root dbname=dev sslmode=require"))
                            .timeout(LIMIT)
                            .run();
            assertFalse(psql.succeeded(), psql::describe);
            assertTrue(psql.stderr().contains("does not support SSL"), psql::describe);
            try (Connection c = jdbc(server, "root", null, false)) {
                assertEquals("in", whoAmI(c));
            }
        }
    }
}
