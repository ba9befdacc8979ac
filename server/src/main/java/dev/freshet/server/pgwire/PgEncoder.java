package dev.freshet.server.pgwire;

import dev.freshet.engine.api.ResultColumn;
import dev.freshet.engine.type.DataType;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * Writes backend (server → client) messages into a buffer. Each method documents its message's
 * layout: {@code Byte1 type, Int32 length} (counting itself and the body, not the type byte), then
 * the body. {@code String} is NUL-terminated UTF-8.
 */
final class PgEncoder {
    private PgEncoder() {}

    /** Backend message type bytes. */
    static final byte AUTHENTICATION = 'R';

    static final byte PARAMETER_STATUS = 'S';
    static final byte BACKEND_KEY_DATA = 'K';
    static final byte READY_FOR_QUERY = 'Z';
    static final byte ROW_DESCRIPTION = 'T';
    static final byte DATA_ROW = 'D';
    static final byte COMMAND_COMPLETE = 'C';
    static final byte EMPTY_QUERY_RESPONSE = 'I';
    static final byte ERROR_RESPONSE = 'E';
    static final byte NOTICE_RESPONSE = 'N';
    static final byte PARSE_COMPLETE = '1';
    static final byte BIND_COMPLETE = '2';
    static final byte CLOSE_COMPLETE = '3';
    static final byte NO_DATA = 'n';
    static final byte PORTAL_SUSPENDED = 's';
    static final byte PARAMETER_DESCRIPTION = 't';
    static final byte NEGOTIATE_PROTOCOL_VERSION = 'v';
    static final byte COPY_IN_RESPONSE = 'G';
    static final byte COPY_OUT_RESPONSE = 'H';
    static final byte COPY_DATA = 'd';
    static final byte COPY_DONE = 'c';

    /** The one-byte answer to SSLRequest and GSSENCRequest: this encryption is not offered. */
    static final byte ENCRYPTION_REFUSED = 'N';

    /** AuthenticationOk: {@code 'R', Int32 8, Int32 0}. */
    static void authenticationOk(ByteBuf out) {
        out.writeByte(AUTHENTICATION).writeInt(8).writeInt(0);
    }

    /** ParameterStatus: {@code 'S', Int32 len, String name, String value}. */
    static void parameterStatus(ByteBuf out, String name, String value) {
        int start = begin(out, PARAMETER_STATUS);
        string(out, name);
        string(out, value);
        end(out, start);
    }

    /** BackendKeyData: {@code 'K', Int32 12, Int32 processId, Int32 secretKey}. */
    static void backendKeyData(ByteBuf out, int processId, int secretKey) {
        out.writeByte(BACKEND_KEY_DATA).writeInt(12).writeInt(processId).writeInt(secretKey);
    }

    /**
     * ReadyForQuery: {@code 'Z', Int32 5, Byte1 status} — 'I' idle, 'T' in a transaction block, 'E'
     * in a failed transaction block.
     */
    static void readyForQuery(ByteBuf out, char transactionStatus) {
        out.writeByte(READY_FOR_QUERY).writeInt(5).writeByte(transactionStatus);
    }

    /**
     * NegotiateProtocolVersion: {@code 'v', Int32 len, Int32 newest supported minor version, Int32
     * n, String[n] protocol options not recognized}.
     */
    static void negotiateProtocolVersion(
            ByteBuf out, int newestMinorVersion, List<String> unrecognizedOptions) {
        int start = begin(out, NEGOTIATE_PROTOCOL_VERSION);
        out.writeInt(newestMinorVersion);
        out.writeInt(unrecognizedOptions.size());
        for (String option : unrecognizedOptions) {
            string(out, option);
        }
        end(out, start);
    }

    /**
     * RowDescription: {@code 'T', Int32 len, Int16 n, then per field: String name, Int32 table OID,
     * Int16 column number, Int32 type OID, Int16 type length, Int32 type modifier, Int16 format}.
     */
    static void rowDescription(ByteBuf out, List<ResultColumn> columns, FormatCode[] formats) {
        int start = begin(out, ROW_DESCRIPTION);
        out.writeShort(columns.size());
        for (int i = 0; i < columns.size(); i++) {
            ResultColumn column = columns.get(i);
            DataType type = column.type();
            string(out, column.name());
            out.writeInt(column.tableOid());
            out.writeShort(column.columnNumber());
            out.writeInt(column.typeOid());
            out.writeShort(column.reportsOtherType() ? -1 : type.kind().typlen());
            out.writeInt(column.reportsOtherType() ? -1 : type.typmod());
            out.writeShort(formats[i].code());
        }
        end(out, start);
    }

    /** ParameterDescription: {@code 't', Int32 len, Int16 n, Int32[n] type OIDs}. */
    static void parameterDescription(ByteBuf out, List<DataType> parameterTypes) {
        int start = begin(out, PARAMETER_DESCRIPTION);
        out.writeShort(parameterTypes.size());
        for (DataType type : parameterTypes) {
            out.writeInt(type.oid());
        }
        end(out, start);
    }

    /** CommandComplete: {@code 'C', Int32 len, String tag}. */
    static void commandComplete(ByteBuf out, String tag) {
        int start = begin(out, COMMAND_COMPLETE);
        string(out, tag);
        end(out, start);
    }

    /** EmptyQueryResponse: {@code 'I', Int32 4}. */
    static void emptyQueryResponse(ByteBuf out) {
        out.writeByte(EMPTY_QUERY_RESPONSE).writeInt(4);
    }

    /** ParseComplete: {@code '1', Int32 4}. */
    static void parseComplete(ByteBuf out) {
        out.writeByte(PARSE_COMPLETE).writeInt(4);
    }

    /** BindComplete: {@code '2', Int32 4}. */
    static void bindComplete(ByteBuf out) {
        out.writeByte(BIND_COMPLETE).writeInt(4);
    }

    /** CloseComplete: {@code '3', Int32 4}. */
    static void closeComplete(ByteBuf out) {
        out.writeByte(CLOSE_COMPLETE).writeInt(4);
    }

    /** NoData: {@code 'n', Int32 4}. */
    static void noData(ByteBuf out) {
        out.writeByte(NO_DATA).writeInt(4);
    }

    /**
     * CopyInResponse ('G') or CopyOutResponse ('H'): {@code Int8 overall format (0 text), Int16
     * columns, Int16[columns] format codes (all 0)}.
     */
    static void copyResponse(ByteBuf out, byte type, int columns) {
        int start = begin(out, type);
        out.writeByte(0);
        out.writeShort(columns);
        for (int i = 0; i < columns; i++) {
            out.writeShort(0);
        }
        end(out, start);
    }

    /** CopyData: {@code 'd', Int32 len, Byte[n] data}. */
    static void copyData(ByteBuf out, byte[] data) {
        out.writeByte(COPY_DATA).writeInt(4 + data.length).writeBytes(data);
    }

    /** CopyDone: {@code 'c', Int32 4}. */
    static void copyDone(ByteBuf out) {
        out.writeByte(COPY_DONE).writeInt(4);
    }

    /** PortalSuspended: {@code 's', Int32 4}. */
    static void portalSuspended(ByteBuf out) {
        out.writeByte(PORTAL_SUSPENDED).writeInt(4);
    }

    /**
     * ErrorResponse: {@code 'E', Int32 len, then (Byte1 field code, String value)* and a final
     * NUL}. Fields written: S severity, V severity (never localized), C SQLSTATE, M message, and
     * when present P position, D detail, H hint.
     */
    static void errorResponse(ByteBuf out, PgError error) {
        fields(out, ERROR_RESPONSE, error);
    }

    /** NoticeResponse: {@code 'N'}, with the layout of ErrorResponse. */
    static void noticeResponse(ByteBuf out, PgError notice) {
        fields(out, NOTICE_RESPONSE, notice);
    }

    private static void fields(ByteBuf out, byte type, PgError error) {
        int start = begin(out, type);
        field(out, 'S', error.severity().name());
        field(out, 'V', error.severity().name());
        field(out, 'C', error.sqlState());
        field(out, 'M', error.message());
        if (error.position() > 0) {
            field(out, 'P', Integer.toString(error.position()));
        }
        field(out, 'D', error.detail());
        field(out, 'H', error.hint());
        field(out, 'W', error.context());
        out.writeByte(0);
        end(out, start);
    }

    private static void field(ByteBuf out, char code, @Nullable String value) {
        if (value != null) {
            out.writeByte(code);
            string(out, value);
        }
    }

    /** ParameterStatus for every entry, in the map's iteration order. */
    static void parameterStatuses(ByteBuf out, Map<String, String> parameters) {
        for (Map.Entry<String, String> e : parameters.entrySet()) {
            parameterStatus(out, e.getKey(), e.getValue());
        }
    }

    /**
     * Starts a message: writes the type byte and a placeholder length. Returns the index of the
     * length, which {@link #end} fills in.
     */
    static int begin(ByteBuf out, byte type) {
        out.writeByte(type);
        int lengthIndex = out.writerIndex();
        out.writeInt(0);
        return lengthIndex;
    }

    /** Completes a message begun at {@code lengthIndex}. */
    static void end(ByteBuf out, int lengthIndex) {
        out.setInt(lengthIndex, out.writerIndex() - lengthIndex);
    }

    /**
     * Writes a NUL-terminated UTF-8 string. A NUL inside {@code s} would end the string early and
     * desynchronize the client, so NULs are dropped.
     */
    static void string(ByteBuf out, String s) {
        if (s.indexOf('\0') >= 0) {
            s = s.replace("\0", "");
        }
        ByteBufUtil.writeUtf8(out, s);
        out.writeByte(0);
    }
}
