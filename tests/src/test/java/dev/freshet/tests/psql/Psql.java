package dev.freshet.tests.psql;

import static java.util.Objects.requireNonNull;

import dev.freshet.tests.CommandResult;
import dev.freshet.tests.ExternalCommand;
import dev.freshet.tests.TestDatabase;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * The {@code psql} client pointed at one database: {@code psql -X -q -v ON_ERROR_STOP=1 -h <host>
 * -p <port> -U <user> -d <database>} plus the arguments of each call.
 *
 * <p>{@code -X} ignores any {@code ~/.psqlrc}; {@code ON_ERROR_STOP} makes a failing script stop
 * with exit code 3 (a failing {@code -c} command exits with 1). Messages are in English ({@code
 * LC_ALL=C}) and the client encoding is UTF8, whatever the machine's locale.
 *
 * <p>The binary is the system property {@code freshet.psql} if set, else {@code psql} on {@code
 * PATH}, else the newest {@code /usr/lib/postgresql/<version>/bin/psql}.
 */
public final class Psql {
    private final Path binary;
    private final TestDatabase database;
    private final List<String> extraArgs;
    private final Duration timeout;

    private Psql(Path binary, TestDatabase database, List<String> extraArgs, Duration timeout) {
        this.binary = requireNonNull(binary);
        this.database = requireNonNull(database);
        this.extraArgs = List.copyOf(extraArgs);
        this.timeout = requireNonNull(timeout);
    }

    /** psql for this database, with a two-minute timeout per call. */
    public static Psql connectingTo(TestDatabase database) {
        return new Psql(locate(), database, List.of(), Duration.ofMinutes(2));
    }

    /** The same client with more arguments before each call's own (e.g. {@code -A -t}). */
    public Psql withArgs(String... args) {
        List<String> all = new ArrayList<>(extraArgs);
        all.addAll(List.of(args));
        return new Psql(binary, database, all, timeout);
    }

    /** The same client with another timeout. */
    public Psql withTimeout(Duration limit) {
        return new Psql(binary, database, extraArgs, limit);
    }

    /** {@code psql ... -c <sql>}. */
    public CommandResult command(String sql) {
        return run(List.of("-c", sql), null);
    }

    /** {@code psql ... -f <file>}. */
    public CommandResult file(Path script) {
        return run(List.of("-f", script.toString()), null);
    }

    /**
     * Runs {@code sql} as a script file ({@code -f}), as a user running a migration would; error
     * messages then carry the script's line numbers.
     */
    public CommandResult script(String sql) {
        Path dir;
        try {
            dir = Files.createTempDirectory("freshet-psql-");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        try {
            Path file = dir.resolve("script.sql");
            Files.writeString(file, sql, StandardCharsets.UTF_8);
            return file(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            deleteQuietly(dir);
        }
    }

    /** {@code psql ... -f -} with {@code input} on standard input (e.g. for COPY FROM STDIN). */
    public CommandResult stdin(String input) {
        return run(List.of("-f", "-"), input);
    }

    /** The psql binary in use. */
    public Path binary() {
        return binary;
    }

    private CommandResult run(List<String> args, @Nullable String input) {
        List<String> command =
                new ArrayList<>(
                        List.of(
                                binary.toString(),
                                "-X",
                                "-q",
                                "-v",
                                "ON_ERROR_STOP=1",
                                "-h",
                                database.host(),
                                "-p",
                                Integer.toString(database.port()),
                                "-U",
                                database.user(),
                                "-d",
                                database.database()));
        command.addAll(extraArgs);
        command.addAll(args);
        ExternalCommand external =
                ExternalCommand.of(command)
                        .env("LC_ALL", "C")
                        .env("PGCLIENTENCODING", "UTF8")
                        .env("PGCONNECT_TIMEOUT", "30")
                        .timeout(timeout);
        if (input != null) {
            external.stdin(input);
        }
        return external.run();
    }

    private static Path locate() {
        String configured = System.getProperty("freshet.psql");
        if (configured != null && !configured.isBlank()) {
            return Path.of(configured);
        }
        String path = System.getenv("PATH");
        if (path != null) {
            for (String dir : path.split(File.pathSeparator)) {
                Path candidate = Path.of(dir.isEmpty() ? "." : dir, "psql");
                if (Files.isExecutable(candidate)) {
                    return candidate;
                }
            }
        }
        Path debian = Path.of("/usr/lib/postgresql");
        if (Files.isDirectory(debian)) {
            try (Stream<Path> versions = Files.list(debian)) {
                var found =
                        versions.map(v -> v.resolve("bin").resolve("psql"))
                                .filter(Files::isExecutable)
                                .max(Comparator.comparingDouble(Psql::version));
                if (found.isPresent()) {
                    return found.get();
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        throw new IllegalStateException(
                "psql not found on PATH or under /usr/lib/postgresql/*/bin. On Debian:"
                        + " apt-get install postgresql-client (./.ci/run does it).");
    }

    /** The major version in {@code /usr/lib/postgresql/<version>/bin/psql}, 0 if not a number. */
    private static double version(Path psql) {
        try {
            return Double.parseDouble(psql.getParent().getParent().getFileName().toString());
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    private static void deleteQuietly(Path dir) {
        try (Stream<Path> paths = Files.walk(dir)) {
            for (Path p : paths.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            // A leftover temporary file is harmless.
        }
    }
}
