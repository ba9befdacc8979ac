package dev.freshet.tests.freshet;

import static java.util.Objects.requireNonNull;

import dev.freshet.server.FreshetServer;
import dev.freshet.server.ServerOptions;
import dev.freshet.tests.TestDatabase;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * A Freshet server started in this JVM on an ephemeral port of 127.0.0.1 with a fresh data
 * directory; the user is {@code root}, the database {@code dev}, the engine label {@code freshet}.
 * Closing it stops the server and deletes the data directory.
 */
public final class FreshetTestDatabase implements TestDatabase {
    /** The label Freshet answers to in {@code skipif}/{@code onlyif}. */
    public static final String ENGINE = "freshet";

    private static final String HOST = "127.0.0.1";

    private final FreshetServer server;
    private final Path dataDir;
    private boolean closed;

    private FreshetTestDatabase(FreshetServer server, Path dataDir) {
        this.server = requireNonNull(server);
        this.dataDir = requireNonNull(dataDir);
    }

    /** Starts a server; returns once it listens. */
    public static FreshetTestDatabase start() {
        Path dataDir;
        try {
            dataDir = Files.createTempDirectory("freshet-data-");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a data directory", e);
        }
        try {
            FreshetServer server = FreshetServer.start(new ServerOptions(HOST, 0, dataDir));
            return new FreshetTestDatabase(server, dataDir);
        } catch (RuntimeException | Error e) {
            deleteTree(dataDir);
            throw e;
        }
    }

    @Override
    public String engine() {
        return ENGINE;
    }

    @Override
    public String host() {
        return HOST;
    }

    @Override
    public int port() {
        return server.port();
    }

    @Override
    public String user() {
        return "root";
    }

    @Override
    public String database() {
        return "dev";
    }

    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            server.close();
        } finally {
            deleteTree(dataDir);
        }
    }

    @Override
    public String toString() {
        return "freshet on " + HOST + ":" + port() + " (data in " + dataDir + ")";
    }

    /** Deletes {@code root} and everything below it, if it exists. */
    static void deleteTree(Path root) {
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
