package dev.freshet.tests.pg;

import dev.freshet.tests.CommandResult;
import dev.freshet.tests.ExternalCommand;
import dev.freshet.tests.TestDatabase;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * A throwaway PostgreSQL cluster: {@code initdb} into a temporary directory (trust authentication,
 * UTF8, locale C, superuser {@code root}), started with {@code pg_ctl} on a free port on 127.0.0.1
 * with its unix socket in the same directory, with database {@code dev} created. {@link #close()}
 * stops it and deletes the directory.
 *
 * <p>Durability is switched off ({@code fsync}, {@code synchronous_commit}, {@code
 * full_page_writes}): the cluster is an oracle, not a store, and this keeps {@code CREATE DATABASE}
 * and DML fast. The time zone is UTC so that timestamps print the same everywhere.
 */
public final class PostgresInstance implements AutoCloseable {
    /** The superuser created by initdb, the same user name Freshet's tests connect as. */
    public static final String USER = "root";

    /** The database created at start, the name Freshet's tests use. */
    public static final String DEV_DATABASE = "dev";

    private static final String HOST = "127.0.0.1";
    private static final Pattern DATABASE_NAME = Pattern.compile("[a-z_][a-z0-9_]{0,62}");
    private static final Duration COMMAND_TIMEOUT = Duration.ofMinutes(2);

    private final PostgresBinaries binaries;
    private final ServerLauncher launcher;
    private final Path root;
    private final Path dataDir;
    private final int port;
    private boolean closed;

    private PostgresInstance(
            PostgresBinaries binaries, ServerLauncher launcher, Path root, int port) {
        this.binaries = binaries;
        this.launcher = launcher;
        this.root = root;
        this.dataDir = root.resolve("data");
        this.port = port;
    }

    /** Initialises and starts a new cluster; returns once it accepts connections. */
    public static PostgresInstance start() {
        PostgresBinaries binaries = PostgresBinaries.locate();
        ServerLauncher launcher = ServerLauncher.forCurrentUser();
        Path root = createRootDir(launcher);
        try {
            initdb(binaries, launcher, root);
            PostgresInstance instance = startOnFreePort(binaries, launcher, root);
            instance.createDevDatabase();
            return instance;
        } catch (RuntimeException e) {
            stopQuietly(binaries, launcher, root);
            deleteTree(root);
            throw e;
        }
    }

    /** The loopback address the server listens on. */
    public String host() {
        return HOST;
    }

    /** The TCP port the server listens on. */
    public int port() {
        return port;
    }

    /** The directory holding the server's unix socket. */
    public Path socketDir() {
        return root;
    }

    /** The programs this cluster runs with (also where a matching {@code psql} may be). */
    public PostgresBinaries binaries() {
        return binaries;
    }

    /** The {@code dev} database; closing the returned handle leaves the database in place. */
    public TestDatabase devDatabase() {
        return new PostgresDatabase(this, DEV_DATABASE, false);
    }

    /**
     * Creates a new, empty database; closing the returned handle drops it (terminating any
     * connection still open to it).
     */
    public TestDatabase createDatabase(String name) {
        if (!DATABASE_NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("not a plain database name: " + name);
        }
        executeAdmin("CREATE DATABASE " + name);
        return new PostgresDatabase(this, name, true);
    }

    /** Drops a database created by {@link #createDatabase}. */
    void dropDatabase(String name) {
        executeAdmin("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
    }

    /** The server's log so far, for failure messages. */
    public String serverLog() {
        return readLog(root);
    }

    /** Where the cluster runs and as whom, for logs. */
    @Override
    public String toString() {
        return "PostgreSQL on "
                + HOST
                + ":"
                + port
                + " from "
                + binaries.binDir()
                + ", cluster in "
                + root
                + (launcher.runAsUser() == null ? "" : ", running as " + launcher.runAsUser());
    }

    /** Stops the server (immediate mode) and deletes its directory. Idempotent. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        stopQuietly(binaries, launcher, root);
        deleteTree(root);
    }

    private void createDevDatabase() {
        executeAdmin("CREATE DATABASE " + DEV_DATABASE);
    }

    private void executeAdmin(String sql) {
        try (TestDatabase admin = new PostgresDatabase(this, "postgres", false);
                Connection connection = admin.connect();
                Statement statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL rejected: " + sql, e);
        }
    }

    private static Path createRootDir(ServerLauncher launcher) {
        // As root the directory must be reachable by the server's user: /tmp always is. Keep the
        // path short: a unix socket path is limited to 107 bytes.
        Path base =
                launcher.runAsUser() != null
                        ? Path.of("/tmp")
                        : Path.of(System.getProperty("java.io.tmpdir"));
        try {
            Path root = Files.createTempDirectory(base, "freshet-pg-");
            launcher.handOver(root);
            return root;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a directory for PostgreSQL", e);
        }
    }

    private static void initdb(PostgresBinaries binaries, ServerLauncher launcher, Path root) {
        CommandResult result =
                ExternalCommand.of(
                                launcher.wrap(
                                        List.of(
                                                binaries.program("initdb").toString(),
                                                "--pgdata=" + root.resolve("data"),
                                                "--auth=trust",
                                                "--encoding=UTF8",
                                                "--locale=C",
                                                "--username=" + USER,
                                                "--no-sync")))
                        .directory(root)
                        .env("LC_ALL", "C")
                        .timeout(COMMAND_TIMEOUT)
                        .run();
        if (!result.succeeded()) {
            throw new IllegalStateException("initdb failed\n" + result.describe());
        }
    }

    private static PostgresInstance startOnFreePort(
            PostgresBinaries binaries, ServerLauncher launcher, Path root) {
        StringBuilder failures = new StringBuilder();
        // Another process may take the free port between probing and binding: retry a few times.
        for (int attempt = 1; attempt <= 3; attempt++) {
            int port = freePort();
            CommandResult result = pgCtlStart(binaries, launcher, root, port);
            if (result.succeeded()) {
                return new PostgresInstance(binaries, launcher, root, port);
            }
            failures.append("attempt ")
                    .append(attempt)
                    .append(" on port ")
                    .append(port)
                    .append(":\n")
                    .append(result.describe())
                    .append("\n--- server.log ---\n")
                    .append(readLog(root))
                    .append('\n');
            stopQuietly(binaries, launcher, root);
        }
        throw new IllegalStateException("PostgreSQL did not start\n" + failures);
    }

    private static CommandResult pgCtlStart(
            PostgresBinaries binaries, ServerLauncher launcher, Path root, int port) {
        String options =
                String.join(
                        " ",
                        "-c listen_addresses=" + HOST,
                        "-c port=" + port,
                        "-c unix_socket_directories=" + root,
                        "-c fsync=off",
                        "-c synchronous_commit=off",
                        "-c full_page_writes=off",
                        "-c max_connections=100",
                        "-c shared_buffers=32MB",
                        "-c timezone=UTC",
                        "-c lc_messages=C");
        return ExternalCommand.of(
                        launcher.wrap(
                                List.of(
                                        binaries.program("pg_ctl").toString(),
                                        "--pgdata=" + root.resolve("data"),
                                        "--log=" + root.resolve("server.log"),
                                        "--wait",
                                        "--timeout=60",
                                        "-o",
                                        options,
                                        "start")))
                .directory(root)
                .env("LC_ALL", "C")
                .timeout(COMMAND_TIMEOUT)
                .run();
    }

    /**
     * Stops the server and starts it again on the same port; returns how long {@code pg_ctl start
     * --wait} took, in milliseconds (for the cold-start benchmark).
     */
    public synchronized long restartMillis() {
        stopQuietly(binaries, launcher, root);
        long t0 = System.nanoTime();
        CommandResult result = pgCtlStart(binaries, launcher, root, port);
        long ms = (System.nanoTime() - t0) / 1_000_000;
        if (!result.succeeded()) {
            throw new IllegalStateException("PostgreSQL did not restart\n" + result.describe());
        }
        return ms;
    }

    private static int freePort() {
        try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getByName(HOST))) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException("no free port on " + HOST, e);
        }
    }

    private static void stopQuietly(PostgresBinaries binaries, ServerLauncher launcher, Path root) {
        if (!Files.exists(root.resolve("data").resolve("postmaster.pid"))) {
            return;
        }
        ExternalCommand.of(
                        launcher.wrap(
                                List.of(
                                        binaries.program("pg_ctl").toString(),
                                        "--pgdata=" + root.resolve("data"),
                                        "--mode=immediate",
                                        "--wait",
                                        "--timeout=60",
                                        "stop")))
                .directory(root)
                .timeout(COMMAND_TIMEOUT)
                .run();
    }

    private static String readLog(Path root) {
        Path log = root.resolve("server.log");
        try {
            return Files.exists(log) ? Files.readString(log, StandardCharsets.UTF_8) : "";
        } catch (IOException e) {
            return "<cannot read " + log + ": " + e + ">";
        }
    }

    private static void deleteTree(Path root) {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(path);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot delete " + root, e);
        }
    }
}
