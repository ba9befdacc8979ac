package dev.freshet.server;

import dev.freshet.server.pgwire.AuthMethod;
import java.nio.file.Path;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Where the server listens and keeps its data.
 *
 * @param host address to listen on (a name or literal; {@code 0.0.0.0} for every interface)
 * @param port TCP port; 0 picks a free one ({@link FreshetServer#port()} tells which)
 * @param dataDir the engine's data directory (created if missing)
 * @param auth how clients authenticate ({@code --auth})
 * @param tlsCert PEM certificate chain for TLS, or null for no TLS ({@code --tls-cert})
 * @param tlsKey PEM PKCS#8 private key of {@code tlsCert} ({@code --tls-key})
 */
public record ServerOptions(
        String host,
        int port,
        Path dataDir,
        AuthMethod auth,
        @Nullable Path tlsCert,
        @Nullable Path tlsKey) {
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
        Objects.requireNonNull(auth, "auth");
    }

    /** Trust authentication, no TLS. */
    public ServerOptions(String host, int port, Path dataDir) {
        this(host, port, dataDir, AuthMethod.TRUST, null, null);
    }

    /** 127.0.0.1, port 4566, {@code ./freshet-data}. */
    public static ServerOptions defaults() {
        return new ServerOptions(DEFAULT_HOST, DEFAULT_PORT, DEFAULT_DATA_DIR);
    }

    public ServerOptions withHost(String newHost) {
        return new ServerOptions(newHost, port, dataDir, auth, tlsCert, tlsKey);
    }

    public ServerOptions withPort(int newPort) {
        return new ServerOptions(host, newPort, dataDir, auth, tlsCert, tlsKey);
    }

    public ServerOptions withDataDir(Path newDataDir) {
        return new ServerOptions(host, port, newDataDir, auth, tlsCert, tlsKey);
    }

    public ServerOptions withAuth(AuthMethod newAuth) {
        return new ServerOptions(host, port, dataDir, newAuth, tlsCert, tlsKey);
    }

    /** TLS with this certificate chain and key (both PEM), or none when both are null. */
    public ServerOptions withTls(@Nullable Path cert, @Nullable Path key) {
        return new ServerOptions(host, port, dataDir, auth, cert, key);
    }
}
