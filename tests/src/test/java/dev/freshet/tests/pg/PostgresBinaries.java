package dev.freshet.tests.pg;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The directory holding PostgreSQL's server programs ({@code initdb}, {@code pg_ctl}, {@code
 * postgres}).
 *
 * <p>Looked up in this order: the system property {@code freshet.pg.bindir}, the environment
 * variable {@code FRESHET_PG_BINDIR}, every directory on {@code PATH}, then Debian's {@code
 * /usr/lib/postgresql/<version>/bin}, newest version first. Debian does not put the server programs
 * on {@code PATH}, hence the last step.
 */
public record PostgresBinaries(Path binDir) {
    private static final List<String> SERVER_PROGRAMS = List.of("initdb", "pg_ctl", "postgres");
    private static final Path DEBIAN_ROOT = Path.of("/usr/lib/postgresql");

    /** Finds the server programs, or fails with a message saying how to install them. */
    public static PostgresBinaries locate() {
        List<Path> candidates = new ArrayList<>();
        String property = System.getProperty("freshet.pg.bindir");
        if (property != null && !property.isBlank()) {
            candidates.add(Path.of(property));
        }
        String env = System.getenv("FRESHET_PG_BINDIR");
        if (env != null && !env.isBlank()) {
            candidates.add(Path.of(env));
        }
        String path = System.getenv("PATH");
        if (path != null) {
            for (String entry : path.split(File.pathSeparator)) {
                if (!entry.isBlank()) {
                    candidates.add(Path.of(entry));
                }
            }
        }
        candidates.addAll(debianBinDirs());
        for (Path dir : candidates) {
            if (hasServerPrograms(dir)) {
                return new PostgresBinaries(dir);
            }
        }
        throw new IllegalStateException(
                "PostgreSQL server programs (initdb, pg_ctl, postgres) not found on PATH, in"
                        + " $FRESHET_PG_BINDIR or under /usr/lib/postgresql/*/bin. On Debian:"
                        + " apt-get install postgresql (./.ci/run does it).");
    }

    /** The path of one program in this directory. */
    public Path program(String name) {
        return binDir.resolve(name);
    }

    /** A client program ({@code psql}) next to the server programs, if installed there. */
    public Optional<Path> client(String name) {
        Path candidate = binDir.resolve(name);
        return Files.isExecutable(candidate) ? Optional.of(candidate) : Optional.empty();
    }

    private static boolean hasServerPrograms(Path dir) {
        for (String program : SERVER_PROGRAMS) {
            if (!Files.isExecutable(dir.resolve(program))) {
                return false;
            }
        }
        return true;
    }

    private static List<Path> debianBinDirs() {
        if (!Files.isDirectory(DEBIAN_ROOT)) {
            return List.of();
        }
        try (Stream<Path> versions = Files.list(DEBIAN_ROOT)) {
            return versions.filter(v -> v.getFileName().toString().matches("\\d+(\\.\\d+)?"))
                    .sorted(
                            Comparator.comparingDouble(
                                            (Path v) ->
                                                    Double.parseDouble(v.getFileName().toString()))
                                    .reversed())
                    .map(v -> v.resolve("bin"))
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
