package dev.freshet.server;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Where the server listens and keeps its data.
 *
 * @param host address to listen on (a name or literal; {@code 0.0.0.0} for every interface)
 * @param port TCP port; 0 picks a free one ({@link FreshetServer#port()} tells which)
 * @param dataDir the engine's data directory (created if missing)
 */
public record ServerOptions(String host, int port, Path dataDir) {
    public static final String DEFAULT_HOST = "127.0.0.1";
    public static final int DEFAULT_PORT = 4566;
    public static final Path DEFAULT_DATA_DIR = Path.of("freshet-data");

    public ServerOptions {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(dataDir, "dataDir");
        if (host.isBlank()) {
            throw new IllegalArgumentException("host must not be blank");
        }
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("port must be between 0 and 65535: " + port);
        }
    }

    /** 127.0.0.1, port 4566, {@code ./freshet-data}. */
    public static ServerOptions defaults() {
        return new ServerOptions(DEFAULT_HOST, DEFAULT_PORT, DEFAULT_DATA_DIR);
    }

    public ServerOptions withHost(String newHost) {
        return new ServerOptions(newHost, port, dataDir);
    }

    public ServerOptions withPort(int newPort) {
        return new ServerOptions(host, newPort, dataDir);
    }

    public ServerOptions withDataDir(Path newDataDir) {
        return new ServerOptions(host, port, newDataDir);
    }
}
