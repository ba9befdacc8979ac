package dev.freshet.tests.bench;

import dev.freshet.tests.bench.parquet.ParquetFile;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;

/**
 * The flights-3m stream for the ML bench: 3,000,000 US flights of January to June 2001 in time
 * order, from {@code data/flights-3m.parquet} of the npm package {@code vega-datasets} 3.2.1.
 *
 * <p>{@link #csv} fetches the package once with the npm client ({@code npm pack}) into a cache
 * directory, converts the Parquet file to CSV there once ({@code date,delay,distance,origin,
 * destination}; the date as {@code yyyy-MM-dd HH:mm:ss}, the file's timestamps being local times
 * without a zone; NULL as an empty field) and returns the CSV, ready for {@code COPY ... (FORMAT
 * csv)}.
 */
final class FlightsData {
    static final String PACKAGE = "vega-datasets@3.2.1";
    static final String TARBALL = "vega-datasets-3.2.1.tgz";
    static final String MEMBER = "package/data/flights-3m.parquet";
    static final List<String> COLUMNS =
            List.of("date", "delay", "distance", "origin", "destination");

    private FlightsData() {}

    /** The cache directory: {@code -Dfreshet.bench.cache}, else {@code ~/.cache/freshet-bench}. */
    static Path cacheDir() {
        String dir = System.getProperty("freshet.bench.cache");
        return dir != null
                ? Path.of(dir)
                : Path.of(System.getProperty("user.home"), ".cache", "freshet-bench");
    }

    /** The cached CSV, fetching and converting first if needed. */
    static Path csv() throws IOException, InterruptedException {
        Path dir = cacheDir();
        Path csv = dir.resolve("flights-3m.csv");
        if (Files.isRegularFile(csv)) {
            return csv;
        }
        Files.createDirectories(dir);
        Path parquet = dir.resolve("flights-3m.parquet");
        if (!Files.isRegularFile(parquet)) {
            run(dir, "npm", "pack", "--silent", PACKAGE);
            run(dir, "tar", "xzf", TARBALL, MEMBER);
            Files.move(dir.resolve(MEMBER), parquet, StandardCopyOption.REPLACE_EXISTING);
            Files.delete(dir.resolve("package/data"));
            Files.delete(dir.resolve("package"));
        }
        Path tmp = dir.resolve("flights-3m.csv.tmp");
        try (Writer w = Files.newBufferedWriter(tmp, StandardCharsets.UTF_8)) {
            toCsv(ParquetFile.open(parquet), w);
        }
        Files.move(tmp, csv, StandardCopyOption.ATOMIC_MOVE);
        return csv;
    }

    private static void run(Path dir, String... command) throws IOException, InterruptedException {
        Process p =
                new ProcessBuilder(command)
                        .directory(dir.toFile())
                        .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                        .redirectError(ProcessBuilder.Redirect.INHERIT)
                        .start();
        int rc = p.waitFor();
        if (rc != 0) {
            throw new IOException(String.join(" ", command) + " failed with exit code " + rc);
        }
    }

    /**
     * Writes the flights file as CSV lines in file order; checks the columns are the expected ones.
     * Returns the rows written.
     */
    static long toCsv(ParquetFile f, Writer out) throws IOException {
        List<String> names = f.columns().stream().map(ParquetFile.Column::name).toList();
        if (!names.equals(COLUMNS)) {
            throw new IOException("unexpected flights columns " + names);
        }
        Writer w = out instanceof BufferedWriter ? out : new BufferedWriter(out);
        StringBuilder line = new StringBuilder(64);
        long rows = 0;
        for (int g = 0; g < f.rowGroupCount(); g++) {
            ParquetFile.Values date = f.read(g, 0);
            ParquetFile.Values delay = f.read(g, 1);
            ParquetFile.Values distance = f.read(g, 2);
            ParquetFile.Values origin = f.read(g, 3);
            ParquetFile.Values destination = f.read(g, 4);
            int n = f.rowGroupRows(g);
            for (int i = 0; i < n; i++) {
                line.setLength(0);
                if (!date.nulls()[i]) {
                    appendTimestamp(line, date.longs()[i]);
                }
                line.append(',');
                if (!delay.nulls()[i]) {
                    line.append(delay.longs()[i]);
                }
                line.append(',');
                if (!distance.nulls()[i]) {
                    line.append(distance.longs()[i]);
                }
                line.append(',');
                appendText(line, origin, i);
                line.append(',');
                appendText(line, destination, i);
                line.append('\n');
                w.append(line);
                rows++;
            }
        }
        w.flush();
        return rows;
    }

    /** Microseconds since the epoch, read as a local time, to {@code yyyy-MM-dd HH:mm:ss}. */
    static void appendTimestamp(StringBuilder out, long micros) {
        LocalDateTime t =
                LocalDateTime.ofEpochSecond(
                        Math.floorDiv(micros, 1_000_000L),
                        (int) Math.floorMod(micros, 1_000_000L) * 1000,
                        ZoneOffset.UTC);
        out.append(t.getYear()).append('-');
        two(out, t.getMonthValue()).append('-');
        two(out, t.getDayOfMonth()).append(' ');
        two(out, t.getHour()).append(':');
        two(out, t.getMinute()).append(':');
        two(out, t.getSecond());
    }

    private static StringBuilder two(StringBuilder out, int v) {
        return out.append(v < 10 ? "0" : "").append(v);
    }

    /** A text value, quoted when CSV needs it (airport codes never do). */
    private static void appendText(StringBuilder out, ParquetFile.Values v, int i) {
        if (v.nulls()[i]) {
            return;
        }
        String s = v.strings()[i];
        if (s.isEmpty()
                || s.indexOf(',') >= 0
                || s.indexOf('"') >= 0
                || s.indexOf('\n') >= 0
                || s.indexOf('\r') >= 0) {
            out.append('"').append(s.replace("\"", "\"\"")).append('"');
        } else {
            out.append(s);
        }
    }
}
