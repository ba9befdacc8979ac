package dev.freshet.tests.slt;

import dev.freshet.tests.slt.SltRecord.Condition;
import dev.freshet.tests.slt.SltRecord.QueryExpectation;
import dev.freshet.tests.slt.SltRecord.StatementExpectation;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;

/**
 * Parses sqllogictest files in the sqllogictest-rs dialect RisingWave uses.
 *
 * <p>Records are separated by blank lines (whitespace-only lines count as blank). A line starting
 * with {@code #} outside a record is a comment. Supported directives: {@code statement ok|count
 * <n>|error [regex]}, {@code query <types> [nosort|rowsort|valuesort] [label]}, {@code query error
 * [regex]}, both error forms also with the message as a {@code ----} block ended by two blank
 * lines; {@code include <path or glob>} relative to the including file; {@code skipif <label>},
 * {@code onlyif <label>}; {@code halt}; {@code sleep <duration>}; {@code control sortmode <mode>};
 * {@code hash-threshold <n>}. Anything else is a {@link SltParseException} naming the line, so an
 * unsupported feature is never silently ignored.
 */
public final class SltParser {
    private static final String RESULTS_DELIMITER = "----";
    private static final int MAX_INCLUDE_DEPTH = 32;
    private static final Pattern DURATION = Pattern.compile("(\\d+)(ms|s|m|min|h)");
    private static final Pattern GLOB_CHARS = Pattern.compile("[*?\\[{]");

    private final List<String> lines;
    private final Path file;
    private final @Nullable SltLocation includedFrom;
    private final int depth;
    private int next;

    private SltParser(
            Path file, List<String> lines, @Nullable SltLocation includedFrom, int depth) {
        this.file = file;
        this.lines = lines;
        this.includedFrom = includedFrom;
        this.depth = depth;
    }

    /** Parses a file and, recursively, everything it includes. */
    public static List<SltRecord> parseFile(Path file) {
        return parseFile(file.toAbsolutePath().normalize(), null, 0);
    }

    /** Parses text as if it were the file {@code name}; includes resolve relative to it. */
    public static List<SltRecord> parseText(Path name, String text) {
        return new SltParser(name, splitLines(text), null, 0).parse();
    }

    private static List<SltRecord> parseFile(
            Path file, @Nullable SltLocation includedFrom, int depth) {
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file, e);
        }
        return new SltParser(file, splitLines(text), includedFrom, depth).parse();
    }

    private static List<String> splitLines(String text) {
        List<String> lines = new ArrayList<>(List.of(text.split("\n", -1)));
        lines.replaceAll(line -> line.endsWith("\r") ? line.substring(0, line.length() - 1) : line);
        return lines;
    }

    private List<SltRecord> parse() {
        List<SltRecord> records = new ArrayList<>();
        List<Condition> pending = new ArrayList<>();
        while (next < lines.size()) {
            int lineNumber = next + 1;
            String line = lines.get(next++);
            String trimmed = line.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("#")) {
                continue;
            }
            SltLocation location = new SltLocation(file, lineNumber, includedFrom);
            String[] words = trimmed.split("\\s+");
            switch (words[0]) {
                case "statement" -> {
                    records.add(statement(location, words, trimmed, List.copyOf(pending)));
                    pending.clear();
                }
                case "query" -> {
                    records.add(query(location, words, trimmed, List.copyOf(pending)));
                    pending.clear();
                }
                case "skipif", "onlyif" -> {
                    expectWords(location, words, 2);
                    pending.add(new Condition(words[0].equals("onlyif"), words[1]));
                }
                case "include" -> {
                    expectWords(location, words, 2);
                    records.addAll(include(location, words[1]));
                }
                case "halt" -> {
                    expectWords(location, words, 1);
                    records.add(new SltRecord.Halt(location));
                }
                case "sleep" -> {
                    expectWords(location, words, 2);
                    records.add(new SltRecord.Sleep(location, duration(location, words[1])));
                }
                case "control" -> {
                    if (words.length != 3 || !words[1].equals("sortmode")) {
                        throw new SltParseException(
                                location,
                                "unsupported control '"
                                        + trimmed
                                        + "' (only 'control sortmode <mode>')");
                    }
                    records.add(new SltRecord.SetSortMode(location, sortMode(location, words[2])));
                }
                case "hash-threshold" -> {
                    expectWords(location, words, 2);
                    records.add(
                            new SltRecord.SetHashThreshold(location, number(location, words[1])));
                }
                default ->
                        throw new SltParseException(
                                location,
                                "unknown or unsupported directive '"
                                        + words[0]
                                        + "' (supported: statement, query, include, skipif,"
                                        + " onlyif, halt, sleep, control sortmode,"
                                        + " hash-threshold)");
            }
        }
        return records;
    }

    private SltRecord statement(
            SltLocation location, String[] words, String header, List<Condition> conditions) {
        if (words.length < 2) {
            throw new SltParseException(location, "statement needs ok, count or error");
        }
        StatementExpectation expected =
                switch (words[1]) {
                    case "ok" -> {
                        expectWords(location, words, 2);
                        yield new StatementExpectation.Ok();
                    }
                    case "count" -> {
                        expectWords(location, words, 3);
                        yield new StatementExpectation.Count(number(location, words[2]));
                    }
                    case "error" -> new StatementExpectation.Fails(inlineError(location, words));
                    default ->
                            throw new SltParseException(
                                    location, "statement needs ok, count or error: " + header);
                };
        Body body = body(location);
        if (body.hasDelimiter()) {
            if (!(expected instanceof StatementExpectation.Fails(ExpectedError error))) {
                throw new SltParseException(
                        location, "a statement has no result block; use query instead");
            }
            if (!(error instanceof ExpectedError.Any)) {
                throw new SltParseException(
                        location, "error message given both after 'error' and under '----'");
            }
            expected = new StatementExpectation.Fails(multilineError());
        }
        return new SltRecord.Statement(location, conditions, body.sql(), expected);
    }

    private SltRecord query(
            SltLocation location, String[] words, String header, List<Condition> conditions) {
        QueryExpectation expected;
        if (words.length >= 2 && words[1].equals("error")) {
            expected = new QueryExpectation.Fails(inlineError(location, words));
        } else {
            if (words.length > 4) {
                throw new SltParseException(location, "too many words in query header: " + header);
            }
            String types = words.length >= 2 ? words[1] : "";
            if (!types.chars().allMatch(Character::isLetter)) {
                throw new SltParseException(location, "invalid column types '" + types + "'");
            }
            Optional<SortMode> mode =
                    words.length >= 3
                            ? Optional.of(sortMode(location, words[2]))
                            : Optional.empty();
            Optional<String> label = words.length >= 4 ? Optional.of(words[3]) : Optional.empty();
            expected = new QueryExpectation.Rows(types, mode, label, List.of());
        }
        Body body = body(location);
        if (body.hasDelimiter()) {
            switch (expected) {
                case QueryExpectation.Rows rows ->
                        expected =
                                new QueryExpectation.Rows(
                                        rows.types(), rows.sortMode(), rows.label(), resultLines());
                case QueryExpectation.Fails fails -> {
                    if (!(fails.error() instanceof ExpectedError.Any)) {
                        throw new SltParseException(
                                location,
                                "error message given both after 'error' and under '----'");
                    }
                    expected = new QueryExpectation.Fails(multilineError());
                }
            }
        }
        return new SltRecord.Query(location, conditions, body.sql(), expected);
    }

    /** The SQL of a record: its lines up to a blank line, a {@code ----} line or the end. */
    private record Body(String sql, boolean hasDelimiter) {}

    private Body body(SltLocation location) {
        List<String> sql = new ArrayList<>();
        boolean delimiter = false;
        while (next < lines.size()) {
            String line = lines.get(next);
            if (line.isBlank()) {
                break;
            }
            next++;
            if (line.strip().equals(RESULTS_DELIMITER)) {
                delimiter = true;
                break;
            }
            sql.add(line);
        }
        if (sql.isEmpty()) {
            throw new SltParseException(location, "record has no SQL");
        }
        return new Body(String.join("\n", sql), delimiter);
    }

    private List<String> resultLines() {
        List<String> results = new ArrayList<>();
        while (next < lines.size() && !lines.get(next).isBlank()) {
            results.add(lines.get(next++));
        }
        return results;
    }

    /** A message block under {@code ----}: up to two consecutive blank lines, or the end. */
    private ExpectedError multilineError() {
        StringBuilder text = new StringBuilder();
        while (next < lines.size()) {
            String line = lines.get(next++);
            boolean nextIsBlankOrEnd = next >= lines.size() || lines.get(next).isBlank();
            if (line.isBlank() && nextIsBlankOrEnd) {
                next++;
                break;
            }
            text.append(line).append('\n');
        }
        return new ExpectedError.Exact(text.toString());
    }

    /** The words after {@code error}, joined by single spaces as sqllogictest-rs does. */
    private static ExpectedError inlineError(SltLocation location, String[] words) {
        String regex = String.join(" ", List.of(words).subList(2, words.length));
        if (regex.isEmpty()) {
            return new ExpectedError.Any();
        }
        try {
            return new ExpectedError.Regex(Pattern.compile(regex));
        } catch (PatternSyntaxException e) {
            throw new SltParseException(location, "invalid error regex: " + e.getMessage());
        }
    }

    private List<SltRecord> include(SltLocation location, String pattern) {
        if (depth >= MAX_INCLUDE_DEPTH) {
            throw new SltParseException(
                    location, "includes nested deeper than " + MAX_INCLUDE_DEPTH + " (a cycle?)");
        }
        Path dir = file.getParent();
        List<Path> files;
        if (GLOB_CHARS.matcher(pattern).find()) {
            files = glob(location, dir, pattern);
        } else {
            Path target = dir.resolve(pattern).normalize();
            if (!Files.isRegularFile(target)) {
                throw new SltParseException(location, "included file not found: " + target);
            }
            files = List.of(target);
        }
        List<SltRecord> records = new ArrayList<>();
        for (Path included : files) {
            records.addAll(parseFile(included, location, depth + 1));
        }
        return records;
    }

    private static List<Path> glob(SltLocation location, Path dir, String pattern) {
        PathMatcher matcher =
                FileSystems.getDefault().getPathMatcher("glob:" + dir.resolve(pattern).normalize());
        try (Stream<Path> walk = Files.walk(dir)) {
            List<Path> matches =
                    walk.filter(Files::isRegularFile)
                            .map(p -> p.toAbsolutePath().normalize())
                            .filter(matcher::matches)
                            .sorted()
                            .toList();
            if (matches.isEmpty()) {
                throw new SltParseException(
                        location, "include pattern matched no file: " + pattern);
            }
            return matches;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static SortMode sortMode(SltLocation location, String word) {
        try {
            return SortMode.parse(word);
        } catch (IllegalArgumentException e) {
            throw new SltParseException(location, e.getMessage());
        }
    }

    private static long number(SltLocation location, String word) {
        try {
            long value = Long.parseLong(word);
            if (value < 0) {
                throw new NumberFormatException();
            }
            return value;
        } catch (NumberFormatException e) {
            throw new SltParseException(location, "not a non-negative number: " + word);
        }
    }

    private static Duration duration(SltLocation location, String word) {
        Matcher m = DURATION.matcher(word);
        if (!m.matches()) {
            throw new SltParseException(
                    location, "invalid duration '" + word + "' (use e.g. 500ms, 1s, 2m, 1h)");
        }
        long amount = Long.parseLong(m.group(1));
        return switch (m.group(2)) {
            case "ms" -> Duration.ofMillis(amount);
            case "s" -> Duration.ofSeconds(amount);
            case "m", "min" -> Duration.ofMinutes(amount);
            case "h" -> Duration.ofHours(amount);
            default -> throw new IllegalStateException("unreachable: " + m.group(2));
        };
    }

    private static void expectWords(SltLocation location, String[] words, int count) {
        if (words.length != count) {
            throw new SltParseException(
                    location,
                    "'"
                            + words[0]
                            + "' takes "
                            + (count - 1)
                            + " argument(s): "
                            + String.join(" ", words));
        }
    }
}
