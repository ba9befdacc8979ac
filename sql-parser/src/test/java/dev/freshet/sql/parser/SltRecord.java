package dev.freshet.sql.parser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * One SQL record of a sqllogictest file: {@code statement ok}, {@code statement error ...}, {@code
 * statement count n}, {@code query <types> [sort]} or {@code query error ...}, with its SQL (the
 * lines after the header up to a blank line, or up to {@code ----}).
 *
 * @param file the file
 * @param line the 1-based line of the record's header
 * @param header the header line
 * @param sql the SQL text of the record
 */
record SltRecord(Path file, int line, String header, String sql) {

    /** Whether the record expects the SQL to succeed (so it must parse). */
    boolean expectsSuccess() {
        String[] words = header.trim().split("\\s+");
        if (words[0].equals("statement")) {
            return words.length > 1 && (words[1].equals("ok") || words[1].equals("count"));
        }
        return words.length > 1 && !words[1].equals("error");
    }

    /** The SQL records of a file, in order. */
    static List<SltRecord> read(Path file) {
        List<String> lines;
        try {
            lines = Files.readAllLines(file);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<SltRecord> records = new ArrayList<>();
        int i = 0;
        while (i < lines.size()) {
            String header = lines.get(i);
            if (!header.startsWith("statement ") && !header.startsWith("query ")) {
                i++;
                continue;
            }
            int headerLine = i + 1;
            StringBuilder sql = new StringBuilder();
            i++;
            while (i < lines.size() && !lines.get(i).isBlank() && !lines.get(i).equals("----")) {
                if (!sql.isEmpty()) {
                    sql.append('\n');
                }
                sql.append(lines.get(i));
                i++;
            }
            records.add(new SltRecord(file, headerLine, header, sql.toString()));
        }
        return records;
    }
}
