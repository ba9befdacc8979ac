package dev.freshet.engine.copy;

import dev.freshet.sql.error.ErrorCode;
import dev.freshet.sql.error.FreshetException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * Cuts the byte stream of {@code COPY ... FROM STDIN} into rows of fields, in PostgreSQL's text or
 * CSV format, however the client split the stream into messages.
 *
 * <p>Bytes are kept only from the start of the row not yet complete, so memory stays at one row
 * plus one message however long the stream. Rows end at LF (a CR before it is dropped) outside CSV
 * quotes; in text format a backslash escapes the byte after it (so {@code \}+LF is data). A line
 * holding only {@code \.} ends the data; what follows it is ignored, as in PostgreSQL.
 *
 * <p>Text fields: the raw field equal to the NULL string is NULL; otherwise {@code \b \f \n \r \t
 * \v}, {@code \\}, octal {@code \ooo} and hex {@code \xhh} are decoded and any other escaped byte
 * stands for itself. CSV fields: an unquoted field equal to the NULL string is NULL; inside quotes
 * the escape byte makes the quote or escape byte after it literal, and a quoted field is never
 * NULL. Not thread safe.
 */
public final class CopyDecoder {
    /** Receives each row; {@code fields[0..count)} are valid only during the call. */
    public interface RowSink {
        /**
         * @param line 1-based line number of the row in the data (for error context)
         */
        void row(@Nullable String[] fields, int count, long line);
    }

    private final CopyFormat format;
    private final byte[] nullBytes;
    private byte[] buf = new byte[16 * 1024];
    private int len;
    private int scan;
    private boolean inQuotes;
    private boolean skipHeader;
    private boolean ended;
    private long line;
    private @Nullable String[] fields = new String[16];
    private byte[] field = new byte[256];

    public CopyDecoder(CopyFormat format) {
        this.format = format;
        this.nullBytes = format.nullString().getBytes(StandardCharsets.UTF_8);
        this.skipHeader = format.header();
    }

    /** Lines consumed so far (the line of the last row delivered, or of a row in error). */
    public long line() {
        return line;
    }

    /** Takes more data and delivers every row it completes. */
    public void feed(byte[] data, int offset, int length, RowSink sink) {
        if (ended) {
            return;
        }
        if (len + length > buf.length) {
            buf = Arrays.copyOf(buf, Math.max(buf.length * 2, len + length));
        }
        System.arraycopy(data, offset, buf, len, length);
        len += length;
        drain(sink, false);
    }

    /** The data ended: delivers the last row if it had no line end. */
    public void finish(RowSink sink) {
        if (ended) {
            return;
        }
        drain(sink, true);
        if (ended || len == 0) {
            return;
        }
        if (inQuotes) {
            line++;
            throw new FreshetException(
                    ErrorCode.BAD_COPY_FILE_FORMAT, "unterminated CSV quoted field");
        }
        int end = len;
        if (buf[end - 1] == '\r') {
            end--;
        }
        record(0, end, sink);
        len = 0;
        scan = 0;
    }

    private void drain(RowSink sink, boolean atEnd) {
        int start = 0;
        int i = scan;
        byte quote = format.quote();
        byte escape = format.escape();
        boolean csv = format.csv();
        while (i < len && !ended) {
            byte b = buf[i];
            if (csv) {
                if (inQuotes) {
                    if (b == escape && escape != quote) {
                        if (i + 1 >= len && !atEnd) {
                            break;
                        }
                        i += 2;
                        continue;
                    }
                    if (b == quote) {
                        inQuotes = false;
                    }
                    i++;
                    continue;
                }
                if (b == quote) {
                    inQuotes = true;
                    i++;
                    continue;
                }
            } else if (b == '\\') {
                if (i + 1 >= len && !atEnd) {
                    break;
                }
                i += 2;
                continue;
            }
            if (b == '\n') {
                int end = i;
                if (end > start && buf[end - 1] == '\r') {
                    end--;
                }
                record(start, end, sink);
                start = i + 1;
            }
            i++;
        }
        if (ended) {
            len = 0;
            scan = 0;
            return;
        }
        i = Math.min(i, len);
        System.arraycopy(buf, start, buf, 0, len - start);
        len -= start;
        scan = i - start;
    }

    private void record(int start, int end, RowSink sink) {
        line++;
        if (end - start == 2 && buf[start] == '\\' && buf[start + 1] == '.') {
            ended = true;
            return;
        }
        if (skipHeader) {
            skipHeader = false;
            return;
        }
        int count = format.csv() ? splitCsv(start, end) : splitText(start, end);
        sink.row(fields, count, line);
    }

    private int splitText(int start, int end) {
        byte delimiter = format.delimiter();
        int n = 0;
        int fs = start;
        while (true) {
            int j = fs;
            boolean escaped = false;
            while (j < end && buf[j] != delimiter) {
                if (buf[j] == '\\' && j + 1 < end) {
                    escaped = true;
                    j += 2;
                } else {
                    j++;
                }
            }
            String value;
            if (rawEquals(fs, j, nullBytes)) {
                value = null;
            } else if (!escaped) {
                value = new String(buf, fs, j - fs, StandardCharsets.UTF_8);
            } else {
                value = unescapeText(fs, j);
            }
            put(n++, value);
            if (j >= end) {
                return n;
            }
            fs = j + 1;
        }
    }

    private String unescapeText(int from, int to) {
        int out = 0;
        ensureField(to - from);
        int i = from;
        while (i < to) {
            byte b = buf[i++];
            if (b != '\\' || i >= to) {
                field[out++] = b;
                continue;
            }
            byte c = buf[i++];
            switch (c) {
                case 'b' -> field[out++] = '\b';
                case 'f' -> field[out++] = '\f';
                case 'n' -> field[out++] = '\n';
                case 'r' -> field[out++] = '\r';
                case 't' -> field[out++] = '\t';
                case 'v' -> field[out++] = 0x0B;
                case 'x' -> {
                    int v = 0;
                    int digits = 0;
                    while (digits < 2 && i < to && Character.digit(buf[i], 16) >= 0) {
                        v = v * 16 + Character.digit(buf[i++], 16);
                        digits++;
                    }
                    if (digits == 0) {
                        field[out++] = 'x';
                    } else {
                        field[out++] = (byte) v;
                    }
                }
                case '0', '1', '2', '3', '4', '5', '6', '7' -> {
                    int v = c - '0';
                    int digits = 1;
                    while (digits < 3 && i < to && buf[i] >= '0' && buf[i] <= '7') {
                        v = v * 8 + (buf[i++] - '0');
                        digits++;
                    }
                    field[out++] = (byte) v;
                }
                default -> field[out++] = c;
            }
        }
        return new String(field, 0, out, StandardCharsets.UTF_8);
    }

    private int splitCsv(int start, int end) {
        byte delimiter = format.delimiter();
        byte quote = format.quote();
        byte escape = format.escape();
        int n = 0;
        int fs = start;
        while (true) {
            ensureField(end - fs);
            int out = 0;
            int j = fs;
            boolean quoted = false;
            boolean inq = false;
            while (j < end) {
                byte b = buf[j];
                if (!inq) {
                    if (b == delimiter) {
                        break;
                    }
                    if (b == quote) {
                        inq = true;
                        quoted = true;
                        j++;
                        continue;
                    }
                } else {
                    if (b == escape
                            && j + 1 < end
                            && (buf[j + 1] == quote || buf[j + 1] == escape)) {
                        field[out++] = buf[j + 1];
                        j += 2;
                        continue;
                    }
                    if (b == quote) {
                        inq = false;
                        j++;
                        continue;
                    }
                }
                field[out++] = b;
                j++;
            }
            if (inq) {
                throw new FreshetException(
                        ErrorCode.BAD_COPY_FILE_FORMAT, "unterminated CSV quoted field");
            }
            String value =
                    !quoted && rawEquals(fs, j, nullBytes)
                            ? null
                            : new String(field, 0, out, StandardCharsets.UTF_8);
            put(n++, value);
            if (j >= end) {
                return n;
            }
            fs = j + 1;
        }
    }

    private boolean rawEquals(int from, int to, byte[] s) {
        return Arrays.equals(buf, from, to, s, 0, s.length);
    }

    private void put(int index, @Nullable String value) {
        if (index >= fields.length) {
            fields = Arrays.copyOf(fields, fields.length * 2);
        }
        fields[index] = value;
    }

    private void ensureField(int capacity) {
        if (field.length < capacity) {
            field = new byte[Math.max(capacity, field.length * 2)];
        }
    }
}
