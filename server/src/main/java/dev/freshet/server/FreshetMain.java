package dev.freshet.server;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.Properties;
import java.util.concurrent.CountDownLatch;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The launcher: {@code freshet start [--host H] [--port N] [--data-dir DIR]}.
 *
 * <p>Prints exactly one line to standard output once the server listens, then serves until SIGTERM
 * or SIGINT, when it shuts down gracefully. Exit codes: 0 after a clean stop or {@code --help}, 1
 * when the server cannot start (e.g. the port is in use), 2 for bad arguments.
 */
public final class FreshetMain {
    private FreshetMain() {}

    static final int EXIT_OK = 0;
    static final int EXIT_CANNOT_START = 1;
    static final int EXIT_USAGE = 2;

    /** The database and user the ready line suggests; any user is trusted. */
    private static final String SUGGESTED_USER = "root";

    private static final String SUGGESTED_DATABASE = "dev";

    public static void main(String[] args) {
        int code =
                run(
                        args,
                        System.out,
                        System.err,
                        FreshetServer::start,
                        FreshetMain::serveUntilSignal);
        if (code != EXIT_OK) {
            System.exit(code);
        }
    }

    /**
     * Parses {@code args}, starts a server with {@code starter}, prints the ready line and hands
     * the server to {@code serve}, which returns when it is time to stop; then closes the server.
     *
     * @return the process exit code
     */
    static int run(
            String[] args,
            PrintStream out,
            PrintStream err,
            Function<ServerOptions, FreshetServer> starter,
            Consumer<FreshetServer> serve) {
        LauncherArguments parsed;
        try {
            parsed = LauncherArguments.parse(args);
        } catch (IllegalArgumentException e) {
            err.println("freshet: " + e.getMessage());
            err.print(LauncherArguments.USAGE);
            err.flush();
            return EXIT_USAGE;
        }
        if (parsed.help()) {
            out.print(LauncherArguments.USAGE);
            out.flush();
            return EXIT_OK;
        }
        ServerOptions options = parsed.options();
        FreshetServer server;
        try {
            server = starter.apply(options);
        } catch (RuntimeException e) {
            err.println("freshet: " + (e.getMessage() != null ? e.getMessage() : e.toString()));
            err.flush();
            return EXIT_CANNOT_START;
        }
        try {
            out.println(readyLine(options, server.port()));
            out.flush();
            serve.accept(server);
        } finally {
            server.close();
        }
        return EXIT_OK;
    }

    /**
     * The line printed once the server listens, e.g. {@code Freshet 0.1.0 ready on 127.0.0.1:4566
     * (data: /abs/freshet-data) — connect with: psql -h 127.0.0.1 -p 4566 -U root -d dev}.
     */
    static String readyLine(ServerOptions options, int port) {
        String host = options.host();
        boolean wildcard = host.equals("0.0.0.0") || host.equals("::") || host.equals("[::]");
        String connectHost = wildcard ? "127.0.0.1" : host;
        String shownHost = host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host;
        Path data = options.dataDir().toAbsolutePath().normalize();
        return "Freshet "
                + version()
                + " ready on "
                + shownHost
                + ":"
                + port
                + " (data: "
                + data
                + ") — connect with: psql -h "
                + connectHost
                + " -p "
                + port
                + " -U "
                + SUGGESTED_USER
                + " -d "
                + SUGGESTED_DATABASE;
    }

    /** The project version the build stamped into {@code freshet-version.properties}. */
    static String version() {
        Properties p = new Properties();
        try (InputStream in = FreshetMain.class.getResourceAsStream("freshet-version.properties")) {
            if (in != null) {
                p.load(in);
            }
        } catch (IOException e) {
            // Fall through to "unknown": the banner is not worth failing over.
        }
        return p.getProperty("version", "unknown");
    }

    /** Serves until the JVM is asked to stop (SIGTERM, SIGINT), closing the server on the way. */
    static void serveUntilSignal(FreshetServer server) {
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime()
                .addShutdownHook(
                        new Thread(
                                () -> {
                                    server.close();
                                    stopped.countDown();
                                },
                                "freshet-shutdown"));
        while (true) {
            try {
                stopped.await();
                return;
            } catch (InterruptedException e) {
                // Only the shutdown hook ends serving.
            }
        }
    }
}
