package dev.freshet.tests.slt;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Lists of sqllogictest files to run. */
public final class SltFiles {
    private SltFiles() {}

    /**
     * Every {@code *.slt} file under {@code dir}, sorted by path. {@code *.slt.part} files are only
     * included by others, never run on their own.
     */
    public static List<Path> under(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new IllegalStateException("not a directory: " + dir);
        }
        try (Stream<Path> walk = Files.walk(dir)) {
            List<Path> files =
                    walk.filter(Files::isRegularFile)
                            .filter(p -> p.getFileName().toString().endsWith(".slt"))
                            .map(p -> p.toAbsolutePath().normalize())
                            .sorted()
                            .toList();
            if (files.isEmpty()) {
                throw new IllegalStateException("no .slt file under " + dir);
            }
            return files;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The files named in a list file, one path relative to {@code root} per line ({@code #} starts
     * a comment). Every listed file must exist: a missing one fails loudly.
     */
    public static List<Path> listed(Path listFile, Path root) {
        List<String> lines;
        try {
            lines = Files.readAllLines(listFile, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + listFile, e);
        }
        List<Path> files = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        for (String raw : lines) {
            int hash = raw.indexOf('#');
            String line = (hash >= 0 ? raw.substring(0, hash) : raw).strip();
            if (line.isEmpty()) {
                continue;
            }
            Path file = root.resolve(line).toAbsolutePath().normalize();
            if (Files.isRegularFile(file)) {
                files.add(file);
            } else {
                missing.add(file.toString());
            }
        }
        if (!missing.isEmpty()) {
            throw new IllegalStateException(
                    listFile
                            + " lists files that do not exist:\n  "
                            + String.join("\n  ", missing));
        }
        if (files.isEmpty()) {
            throw new IllegalStateException(listFile + " lists no file");
        }
        return files;
    }
}
