package dev.freshet.server.pgwire;

import dev.freshet.engine.batch.Batch;
import dev.freshet.engine.batch.BytesColumn;
import dev.freshet.engine.batch.Column;
import dev.freshet.engine.type.PgText;
import dev.freshet.engine.type.TypeKind;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import java.time.ZoneId;

/**
 * Writes result rows as DataRow messages: {@code 'D', Int32 len, Int16 n, then per column Int32
 * length (-1 = NULL) and the value's bytes} in the column's format.
 *
 * <p>Per-row path: no allocation beyond what {@link PgText} does; one reusable text buffer, owned
 * by this writer and so by the connection's worker thread.
 */
final class DataRowWriter {
    private final ChannelOutput out;
    private final StringBuilder text = new StringBuilder(64);

    DataRowWriter(ChannelOutput out) {
        this.out = out;
    }

    /** Sends the rows written so far (a change feed waits for its next rows after this). */
    void flush() {
        out.flush();
    }

    /** Writes row {@code row} of {@code batch}; TIMESTAMPTZ text is shown in {@code zone}. */
    void write(Batch batch, int row, FormatCode[] formats, ZoneId zone) {
        ByteBuf buf = out.buffer();
        int start = PgEncoder.begin(buf, PgEncoder.DATA_ROW);
        int columns = batch.columnCount();
        buf.writeShort(columns);
        for (int c = 0; c < columns; c++) {
            Column column = batch.column(c);
            if (column.isNull(row)) {
                buf.writeInt(-1);
                continue;
            }
            int lengthIndex = buf.writerIndex();
            buf.writeInt(0);
            switch (formats[c]) {
                case TEXT -> writeText(column, row, zone, buf);
                case BINARY -> PgBinary.write(column, row, buf);
            }
            buf.setInt(lengthIndex, buf.writerIndex() - lengthIndex - 4);
        }
        PgEncoder.end(buf, start);
        out.messageWritten();
    }

    private void writeText(Column column, int row, ZoneId zone, ByteBuf buf) {
        if (column.type().kind() == TypeKind.VARCHAR) {
            // Text output of varchar is its UTF-8 bytes: copy them rather than decode and encode.
            BytesColumn bytes = (BytesColumn) column;
            buf.writeBytes(bytes.data(), bytes.start(row), bytes.length(row));
            return;
        }
        text.setLength(0);
        PgText.format(column, row, zone, text);
        ByteBufUtil.writeUtf8(buf, text);
    }
}
