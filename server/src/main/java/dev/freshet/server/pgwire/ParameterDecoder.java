package dev.freshet.server.pgwire;

import dev.freshet.engine.type.DataType;
import dev.freshet.engine.type.PgText;
import dev.freshet.engine.type.TypeKind;
import dev.freshet.sql.error.ErrorCode;
import dev.freshet.sql.error.FreshetException;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Turns a Bind message's raw parameter values into the Java values the engine executes with (the
 * mapping of {@link dev.freshet.engine.type.Values}): text through {@link PgText#parse}, binary
 * through {@link PgBinary#read}.
 */
final class ParameterDecoder {
    private ParameterDecoder() {}

    /**
     * Decodes {@code values} as the statement's {@code types}.
     *
     * @param statementName for the error message when the counts differ
     * @param zone the session's time zone, for text input of TIMESTAMPTZ
     * @throws FreshetException 08P01 for a count mismatch, else the type's input error
     */
    static List<@Nullable Object> decode(
            List<byte @Nullable []> values,
            short[] formatCodes,
            List<DataType> types,
            String statementName,
            ZoneId zone) {
        if (values.size() != types.size()) {
            throw new FreshetException(
                    ErrorCode.PROTOCOL_VIOLATION,
                    "bind message supplies "
                            + values.size()
                            + " parameters, but prepared statement \""
                            + statementName
                            + "\" requires "
                            + types.size());
        }
        FormatCode[] formats = FormatCode.forParameters(formatCodes, values.size());
        List<@Nullable Object> out = new ArrayList<>(values.size());
        for (int i = 0; i < values.size(); i++) {
            byte[] value = values.get(i);
            if (value == null) {
                out.add(null);
                continue;
            }
            DataType type = types.get(i);
            out.add(
                    switch (formats[i]) {
                        case TEXT -> text(type, new String(value, StandardCharsets.UTF_8), zone);
                        case BINARY -> PgBinary.read(type, value, i + 1);
                    });
        }
        return out;
    }

    private static Object text(DataType type, String text, ZoneId zone) {
        // A parameter whose type nothing determined stays text, as PostgreSQL's unknown does.
        return type.kind() == TypeKind.UNKNOWN ? text : PgText.parse(type, text, zone);
    }
}
