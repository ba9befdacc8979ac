package dev.freshet.engine.connector;

import dev.freshet.engine.catalog.ColumnDef;
import dev.freshet.engine.copy.CopyDecoder;
import dev.freshet.engine.copy.CopyFormat;
import dev.freshet.engine.type.PgText;
import dev.freshet.sql.error.ErrorCode;
import dev.freshet.sql.error.FreshetException;
import java.time.ZoneId;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * {@code ENCODE CSV [(delimiter = ',', without_header = 'true')]}: a message is one CSV record
 * whose fields are the columns in order (an unquoted empty field is NULL), split by COPY's CSV
 * reader. With {@code without_header = 'false'} a record that repeats the column names is a header
 * and skipped.
 */
public final class CsvRowDecoder implements RowDecoder {
    private final List<ColumnDef> columns;
    private final CopyFormat format;
    private final boolean skipHeaders;
    private final ZoneId zone;

    public CsvRowDecoder(
            List<ColumnDef> columns, byte delimiter, boolean skipHeaders, ZoneId zone) {
        this.columns = List.copyOf(columns);
        this.format = new CopyFormat(true, delimiter, "", (byte) '"', (byte) '"', false);
        this.skipHeaders = skipHeaders;
        this.zone = zone;
    }

    @Override
    public boolean decode(byte[] message, SourceBatcher out) {
        Record r = new Record();
        CopyDecoder decoder = new CopyDecoder(format);
        decoder.feed(message, 0, message.length, r);
        decoder.finish(r);
        if (r.records != 1) {
            throw new FreshetException(
                    ErrorCode.BAD_COPY_FILE_FORMAT,
                    "malformed CSV: a message must hold one record, not " + r.records);
        }
        @Nullable String[] fields = r.fields;
        if (fields.length != columns.size()) {
            throw new FreshetException(
                    ErrorCode.BAD_COPY_FILE_FORMAT,
                    "malformed CSV: "
                            + fields.length
                            + " fields for "
                            + columns.size()
                            + " columns");
        }
        if (skipHeaders && isHeader(fields)) {
            return false;
        }
        @Nullable Object[] values = new Object[fields.length];
        for (int c = 0; c < fields.length; c++) {
            String text = fields[c];
            if (text != null) {
                try {
                    values[c] = PgText.parse(columns.get(c).type(), text, zone);
                } catch (FreshetException e) {
                    throw e.withContext("column " + columns.get(c).name());
                }
            }
        }
        out.append(values);
        return true;
    }

    private boolean isHeader(@Nullable String[] fields) {
        for (int c = 0; c < fields.length; c++) {
            if (fields[c] == null || !fields[c].trim().equalsIgnoreCase(columns.get(c).name())) {
                return false;
            }
        }
        return true;
    }

    /** The fields of the one record a message holds. */
    private static final class Record implements CopyDecoder.RowSink {
        @Nullable String[] fields = new String[0];
        int records;

        @Override
        public void row(@Nullable String[] f, int count, long line) {
            records++;
            fields = java.util.Arrays.copyOf(f, count);
        }
    }
}
