package dev.freshet.engine.session;

import dev.freshet.engine.api.CopyInSink;
import dev.freshet.engine.batch.Batch;
import dev.freshet.engine.batch.BatchBuilder;
import dev.freshet.engine.batch.ColumnBuilder;
import dev.freshet.engine.catalog.ColumnDef;
import dev.freshet.engine.catalog.TableEntry;
import dev.freshet.engine.copy.CopyDecoder;
import dev.freshet.engine.copy.CopyFormat;
import dev.freshet.engine.type.DataType;
import dev.freshet.engine.type.PgText;
import dev.freshet.sql.error.ErrorCode;
import dev.freshet.sql.error.FreshetException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * {@code COPY table [(columns)] FROM STDIN}: parses the client's data as it arrives into columnar
 * batches in the table's layout (columns not listed are NULL), checking every value's type and NOT
 * NULL with the line it came from; at the end hands all batches to the session, which commits them
 * as one write in one epoch (or adds them to the open transaction).
 *
 * <p>Memory: the parsed rows, in columns, and one partial line; never the raw text of the whole
 * COPY.
 */
final class CopyFromStdin implements CopyInSink, CopyDecoder.RowSink {
    private final FreshetSession session;
    private final TableEntry table;
    private final int[] targets;
    private final List<DataType> types;
    private final CopyDecoder decoder;
    private final ZoneId zone;
    private final List<Batch> batches = new ArrayList<>();
    private final ColumnBuilder[] columns;
    private BatchBuilder builder;
    private long rows;
    private boolean done;

    /**
     * @param targets for each field of a row, the table column it fills
     */
    CopyFromStdin(FreshetSession session, TableEntry table, int[] targets, CopyFormat format) {
        this.session = session;
        this.table = table;
        this.targets = targets;
        List<DataType> t = new ArrayList<>();
        for (ColumnDef c : table.columns()) {
            t.add(c.type());
        }
        this.types = List.copyOf(t);
        this.decoder = new CopyDecoder(format);
        this.zone = session.params().zone();
        this.columns = new ColumnBuilder[types.size()];
        this.builder = newBuilder();
    }

    private BatchBuilder newBuilder() {
        BatchBuilder b = new BatchBuilder(types, Batch.TARGET_ROWS);
        for (int c = 0; c < columns.length; c++) {
            columns[c] = b.column(c);
        }
        return b;
    }

    @Override
    public void write(byte[] data, int offset, int length) {
        if (done) {
            return;
        }
        try {
            decoder.feed(data, offset, length, this);
        } catch (FreshetException e) {
            abort();
            session.statementFailed();
            throw withLine(e);
        }
    }

    @Override
    public String finish() {
        if (done) {
            throw new IllegalStateException("COPY already finished");
        }
        try {
            decoder.finish(this);
        } catch (FreshetException e) {
            abort();
            session.statementFailed();
            throw withLine(e);
        }
        if (builder.size() > 0) {
            batches.add(builder.build());
        }
        done = true;
        List<Batch> all = List.copyOf(batches);
        batches.clear();
        try {
            session.writeRows(table.oid(), all);
        } catch (RuntimeException e) {
            session.statementFailed();
            throw e;
        }
        return "COPY " + rows;
    }

    @Override
    public void abort() {
        done = true;
        batches.clear();
    }

    private FreshetException withLine(FreshetException e) {
        return e.context() != null
                ? e
                : e.withContext("COPY " + table.name() + ", line " + decoder.line());
    }

    @Override
    public void row(@Nullable String[] fields, int count, long line) {
        session.checkInterrupted();
        if (count > targets.length) {
            throw new FreshetException(
                            ErrorCode.BAD_COPY_FILE_FORMAT, "extra data after last expected column")
                    .withContext(context(line, null, null));
        }
        if (count < targets.length) {
            throw new FreshetException(
                            ErrorCode.BAD_COPY_FILE_FORMAT,
                            "missing data for column \""
                                    + table.columns().get(targets[count]).name()
                                    + "\"")
                    .withContext(context(line, null, null));
        }
        Object[] values = new Object[types.size()];
        for (int f = 0; f < count; f++) {
            String text = fields[f];
            int c = targets[f];
            ColumnDef def = table.columns().get(c);
            if (text == null) {
                continue;
            }
            try {
                values[c] = PgText.parse(def.type(), text, zone);
            } catch (FreshetException e) {
                throw e.withContext(context(line, def.name(), text));
            }
        }
        for (int c = 0; c < values.length; c++) {
            ColumnDef def = table.columns().get(c);
            if (values[c] == null && !def.nullable()) {
                throw new FreshetException(
                                ErrorCode.NOT_NULL_VIOLATION,
                                "null value in column \""
                                        + def.name()
                                        + "\" of relation \""
                                        + table.name()
                                        + "\" violates not-null constraint")
                        .withContext(context(line, null, null));
            }
            columns[c].appendObject(values[c]);
        }
        builder.endRow(1);
        rows++;
        if (builder.size() >= Batch.TARGET_ROWS) {
            batches.add(builder.build());
            builder = newBuilder();
        }
    }

    private String context(long line, @Nullable String column, @Nullable String value) {
        StringBuilder s = new StringBuilder("COPY ").append(table.name()).append(", line ");
        s.append(line);
        if (column != null) {
            s.append(", column ").append(column).append(": \"").append(value).append('"');
        }
        return s.toString();
    }
}
