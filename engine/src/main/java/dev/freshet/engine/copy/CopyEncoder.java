package dev.freshet.engine.copy;

import dev.freshet.engine.batch.Batch;
import dev.freshet.engine.batch.Column;
import dev.freshet.engine.type.PgText;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.List;

/**
 * Writes rows in PostgreSQL's COPY text or CSV format (the inverse of {@link CopyDecoder}): text
 * escapes backslash, the delimiter and control characters and writes NULL as the NULL string; CSV
 * quotes a value holding the delimiter, the quote, CR or LF, or equal to the NULL string (so an
 * empty string is {@code ""} and NULL is empty by default). Lines end with LF.
 *
 * <p>Output accumulates in one buffer owned by the encoder; {@link #take()} hands it over. Not
 * thread safe.
 */
public final class CopyEncoder {
    private final CopyFormat format;
    private final ZoneId zone;
    private final char delimiter;
    private final char quote;
    private final char escape;
    private final StringBuilder out = new StringBuilder(64 * 1024);
    private final StringBuilder value = new StringBuilder(64);

    public CopyEncoder(CopyFormat format, ZoneId zone) {
        this.format = format;
        this.zone = zone;
        this.delimiter = (char) format.delimiter();
        this.quote = (char) format.quote();
        this.escape = (char) format.escape();
    }

    /** Writes the header line (column names). */
    public void header(List<String> names) {
        for (int i = 0; i < names.size(); i++) {
            if (i > 0) {
                out.append(delimiter);
            }
            value.setLength(0);
            value.append(names.get(i));
            appendValue();
        }
        out.append('\n');
    }

    /** Writes row {@code row} of {@code batch}. */
    public void row(Batch batch, int row) {
        int columns = batch.columnCount();
        for (int c = 0; c < columns; c++) {
            if (c > 0) {
                out.append(delimiter);
            }
            Column column = batch.column(c);
            if (column.isNull(row)) {
                out.append(format.nullString());
                continue;
            }
            value.setLength(0);
            PgText.format(column, row, zone, value);
            appendValue();
        }
        out.append('\n');
    }

    /** Characters written since the last {@link #take()}. */
    public int pending() {
        return out.length();
    }

    /** The bytes written since the last call (UTF-8), and a fresh start. */
    public byte[] take() {
        byte[] bytes = out.toString().getBytes(StandardCharsets.UTF_8);
        out.setLength(0);
        return bytes;
    }

    private void appendValue() {
        if (format.csv()) {
            appendCsv();
        } else {
            appendText();
        }
    }

    private void appendText() {
        for (int i = 0; i < value.length(); i++) {
            char ch = value.charAt(i);
            switch (ch) {
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append(delimiter == '\t' ? "\\t" : "\t");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                case 0x0B -> out.append("\\v");
                default -> {
                    if (ch == delimiter) {
                        out.append('\\');
                    }
                    out.append(ch);
                }
            }
        }
    }

    private void appendCsv() {
        boolean needsQuotes = value.toString().equals(format.nullString());
        for (int i = 0; i < value.length() && !needsQuotes; i++) {
            char ch = value.charAt(i);
            needsQuotes = ch == delimiter || ch == quote || ch == '\n' || ch == '\r';
        }
        if (!needsQuotes
                && value.length() == 2
                && value.charAt(0) == '\\'
                && value.charAt(1) == '.') {
            needsQuotes = true;
        }
        if (!needsQuotes) {
            out.append(value);
            return;
        }
        out.append(quote);
        for (int i = 0; i < value.length(); i++) {
            char ch = value.charAt(i);
            if (ch == quote || ch == escape) {
                out.append(escape);
            }
            out.append(ch);
        }
        out.append(quote);
    }
}
