package dev.freshet.ml.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A minimal reader for dense ARFF files whose attributes are numeric or nominal: enough for the
 * benchmark streams, not a general ARFF parser (no sparse rows, dates or quoted commas).
 */
public final class ArffReader {
    /**
     * A data set.
     *
     * @param names attribute names
     * @param nominal per attribute, its nominal values, or {@code null} for numeric
     * @param rows cell text per row
     */
    public record Data(List<String> names, List<List<String>> nominal, List<String[]> rows) {}

    private ArffReader() {}

    /** Reads {@code path}. */
    public static Data read(Path path) throws IOException {
        List<String> names = new ArrayList<>();
        List<List<String>> nominal = new ArrayList<>();
        List<String[]> rows = new ArrayList<>();
        boolean data = false;
        try (BufferedReader r = Files.newBufferedReader(path, StandardCharsets.UTF_8)) {
            String line;
            while ((line = r.readLine()) != null) {
                line = line.trim();
                if (line.isEmpty() || line.startsWith("%")) {
                    continue;
                }
                if (data) {
                    rows.add(line.split(","));
                    continue;
                }
                String lower = line.toLowerCase(Locale.ROOT);
                if (lower.startsWith("@attribute")) {
                    String rest = line.substring("@attribute".length()).trim();
                    int sp = rest.indexOf(' ');
                    names.add(rest.substring(0, sp));
                    String type = rest.substring(sp + 1).trim();
                    if (type.startsWith("{")) {
                        List<String> values = new ArrayList<>();
                        for (String v : type.substring(1, type.indexOf('}')).split(",")) {
                            values.add(v.trim());
                        }
                        nominal.add(values);
                    } else {
                        nominal.add(null);
                    }
                } else if (lower.startsWith("@data")) {
                    data = true;
                }
            }
        }
        return new Data(names, nominal, rows);
    }
}
