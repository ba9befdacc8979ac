package dev.freshet.server;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;

/**
 * The launcher's command line: {@code --host H}, {@code --port N}, {@code --data-dir DIR} (also as
 * {@code --name=value}) and {@code --help}. Later occurrences of an option win.
 *
 * @param options the server options, defaults where not given
 * @param help whether {@code --help} was asked for
 */
record LauncherArguments(ServerOptions options, boolean help) {

    static final String USAGE =
            """
            usage: freshet start [--host HOST] [--port PORT] [--data-dir DIR] [--auth METHOD]
                                 [--tls-cert FILE --tls-key FILE]

              --host HOST      address to listen on (default 127.0.0.1; 0.0.0.0 for all)
              --port PORT      TCP port, 0 for any free one (default 4566)
              --data-dir DIR   where the data lives (default ./freshet-data)
              --auth METHOD    trust (default), password, md5 or scram: users with a
                               password must give it; users without one only log in
                               over loopback
              --tls-cert FILE  PEM certificate chain: SSLRequest is answered 'S' (TLS)
              --tls-key FILE   PEM PKCS#8 private key of --tls-cert
              --help           show this help
            """;

    /**
     * Parses {@code args}.
     *
     * @throws IllegalArgumentException with a one-line message for the user
     */
    static LauncherArguments parse(String[] args) {
        ServerOptions options = ServerOptions.defaults();
        boolean help = false;
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            String name = arg;
            String value = null;
            int eq = arg.indexOf('=');
            if (arg.startsWith("--") && eq > 0) {
                name = arg.substring(0, eq);
                value = arg.substring(eq + 1);
            }
            switch (name) {
                case "--help", "-h" -> {
                    if (value != null) {
                        throw new IllegalArgumentException("--help takes no value");
                    }
                    help = true;
                }
                case "--host", "--port", "--data-dir", "--auth", "--tls-cert", "--tls-key" -> {
                    if (value == null) {
                        if (i + 1 >= args.length) {
                            throw new IllegalArgumentException(name + " needs a value");
                        }
                        value = args[++i];
                    }
                    options = apply(options, name, value);
                }
                default -> throw new IllegalArgumentException("unknown argument '" + arg + "'");
            }
        }
        if ((options.tlsCert() == null) != (options.tlsKey() == null)) {
            throw new IllegalArgumentException("--tls-cert and --tls-key go together");
        }
        return new LauncherArguments(options, help);
    }

    private static ServerOptions apply(ServerOptions options, String name, String value) {
        return switch (name) {
            case "--host" -> {
                if (value.isBlank()) {
                    throw new IllegalArgumentException("--host must not be empty");
                }
                yield options.withHost(value);
            }
            case "--port" -> options.withPort(port(value));
            case "--auth" -> options.withAuth(dev.freshet.server.pgwire.AuthMethod.of(value));
            case "--tls-cert" -> options.withTls(Path.of(value), options.tlsKey());
            case "--tls-key" -> options.withTls(options.tlsCert(), Path.of(value));
            case "--data-dir" -> {
                if (value.isBlank()) {
                    throw new IllegalArgumentException("--data-dir must not be empty");
                }
                try {
                    yield options.withDataDir(Path.of(value));
                } catch (InvalidPathException e) {
                    throw new IllegalArgumentException("--data-dir: " + e.getMessage());
                }
            }
            default -> throw new IllegalStateException(name);
        };
    }

    private static int port(String value) {
        int port;
        try {
            port = Integer.parseInt(value);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("--port must be a number, not '" + value + "'");
        }
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("--port must be between 0 and 65535, not " + port);
        }
        return port;
    }
}
