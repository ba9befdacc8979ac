package dev.freshet.tests.slt;

import static java.util.Objects.requireNonNull;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * Files and records deliberately not run, each with its reason. One entry per line:
 *
 * <pre>{@code
 * <path relative to the root>[:<line>]   # reason (mandatory)
 * }</pre>
 *
 * <p>Without a line the whole file is skipped; with one, the record starting at that line is,
 * wherever the file is included. Blank lines and lines starting with {@code #} are comments.
 */
public final class SkipList {
    private static final Pattern ENTRY =
            Pattern.compile(
                    "(?<path>[^\\s:#]+)(?::(?<line>\\d+))?(?:\\s+(?<mode>by-value))?"
                            + "\\s+#\\s*(?<reason>\\S.*)");

    /**
     * One entry: a file, optionally the line of one record in it, and why. With {@code
     * numericByValue} the record still runs, but decimals in its results are compared by value
     * ({@code 1}, {@code 1.0} and {@code 1.00} are equal): for engines that print another scale.
     */
    public record Entry(
            String path, @Nullable Integer line, String reason, boolean numericByValue) {
        public Entry {
            requireNonNull(path);
            requireNonNull(reason);
        }

        public Entry(String path, @Nullable Integer line, String reason) {
            this(path, line, reason, false);
        }

        @Override
        public String toString() {
            return path
                    + (line == null ? "" : ":" + line)
                    + (numericByValue ? " by-value" : "")
                    + "  # "
                    + reason;
        }
    }

    private final Path root;
    private final List<Entry> entries;

    private SkipList(Path root, List<Entry> entries) {
        this.root = root.toAbsolutePath().normalize();
        this.entries = List.copyOf(entries);
    }

    /** A skip list that skips nothing. */
    public static SkipList empty(Path root) {
        return new SkipList(root, List.of());
    }

    /** Reads a skip-list file whose paths are relative to {@code root}. */
    public static SkipList read(Path file, Path root) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read skip list " + file, e);
        }
        return parse(file.toString(), lines, root);
    }

    /** Parses skip-list lines; {@code source} names them in error messages. */
    public static SkipList parse(String source, List<String> lines, Path root) {
        List<Entry> entries = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            Matcher m = ENTRY.matcher(line);
            if (!m.matches()) {
                throw new IllegalArgumentException(
                        source
                                + ":"
                                + (i + 1)
                                + ": expected '<path>[:<line>]  # reason' (the reason is"
                                + " mandatory), got: "
                                + line);
            }
            String number = m.group("line");
            entries.add(
                    new Entry(
                            m.group("path"),
                            number == null ? null : Integer.valueOf(number),
                            m.group("reason").strip(),
                            m.group("mode") != null));
        }
        return new SkipList(root, entries);
    }

    /** All entries, in file order. */
    public List<Entry> entries() {
        return entries;
    }

    /** Why the whole file is skipped, if it is. */
    public Optional<String> fileSkipReason(Path file) {
        String relative = relative(file);
        return entries.stream()
                .filter(e -> !e.numericByValue() && e.line() == null && e.path().equals(relative))
                .map(Entry::reason)
                .findFirst();
    }

    /** Why the record starting at this location is skipped, if it is. */
    public Optional<String> recordSkipReason(SltLocation location) {
        String relative = relative(location.file());
        return entries.stream()
                .filter(
                        e ->
                                !e.numericByValue()
                                        && e.line() != null
                                        && e.line() == location.line()
                                        && e.path().equals(relative))
                .map(Entry::reason)
                .findFirst();
    }

    /**
     * Whether the record starting at this location compares decimals by value: a by-value entry
     * names it, its file (no line), or every file ({@code *}).
     */
    public boolean numericByValue(SltLocation location) {
        String relative = relative(location.file());
        return entries.stream()
                .anyMatch(
                        e ->
                                e.numericByValue()
                                        && (e.line() == null || e.line() == location.line())
                                        && (e.path().equals("*") || e.path().equals(relative)));
    }

    /** The path of {@code file} relative to the root, with forward slashes. */
    public String relative(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        Path path = absolute.startsWith(root) ? root.relativize(absolute) : absolute;
        return path.toString().replace('\\', '/');
    }

    /** The directory the entries' paths are relative to. */
    public Path root() {
        return root;
    }
}
