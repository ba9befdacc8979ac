package dev.freshet.engine.connector;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.freshet.engine.catalog.ColumnDef;
import dev.freshet.engine.type.DataType;
import dev.freshet.engine.type.JsonText;
import dev.freshet.engine.type.PgText;
import dev.freshet.engine.type.TypeKind;
import dev.freshet.sql.error.ErrorCode;
import dev.freshet.sql.error.FreshetException;
import java.io.IOException;
import java.io.StringWriter;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * {@code ENCODE JSON}: a message is one JSON object whose fields fill the columns of the same name
 * (exact name first, then case-insensitively). A missing field is NULL, an unknown one is ignored.
 * Scalars are read as PostgreSQL reads their text for the column's type ({@code "2024-01-01
 * 10:00:00"} for a timestamp, {@code 42} or {@code "42"} for an integer); nested objects and arrays
 * fill jsonb (or text) columns with their JSON text. Read with Jackson's streaming parser: no tree
 * per message.
 */
public final class JsonRowDecoder implements RowDecoder {
    private static final JsonFactory FACTORY = new JsonFactory();

    private final List<DataType> types;
    private final Map<String, Integer> exact = new HashMap<>();
    private final Map<String, Integer> folded = new HashMap<>();
    private final ZoneId zone;

    public JsonRowDecoder(List<ColumnDef> columns, ZoneId zone) {
        this.types = columns.stream().map(ColumnDef::type).toList();
        for (int c = 0; c < columns.size(); c++) {
            exact.put(columns.get(c).name(), c);
            folded.putIfAbsent(columns.get(c).name().toLowerCase(Locale.ROOT), c);
        }
        this.zone = zone;
    }

    @Override
    public @Nullable Object[] decode(byte[] message) {
        try (JsonParser p = FACTORY.createParser(message)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw malformed("a JSON object was expected");
            }
            @Nullable Object[] values = new Object[types.size()];
            JsonToken t;
            while ((t = p.nextToken()) == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                JsonToken v = p.nextToken();
                Integer c = exact.get(name);
                if (c == null) {
                    c = folded.get(name.toLowerCase(Locale.ROOT));
                }
                if (c == null) {
                    p.skipChildren();
                    continue;
                }
                values[c] = value(p, v, types.get(c), name);
            }
            if (t != JsonToken.END_OBJECT) {
                throw malformed("the JSON object is not closed");
            }
            if (p.nextToken() != null) {
                throw malformed("text after the JSON object");
            }
            return values;
        } catch (com.fasterxml.jackson.core.JacksonException e) {
            throw malformed(e.getOriginalMessage());
        } catch (IOException e) {
            throw malformed(e.toString());
        }
    }

    private @Nullable Object value(JsonParser p, JsonToken v, DataType type, String field)
            throws IOException {
        String text;
        switch (v) {
            case VALUE_NULL -> {
                return null;
            }
            case START_OBJECT, START_ARRAY -> {
                StringWriter out = new StringWriter();
                try (JsonGenerator g = FACTORY.createGenerator(out)) {
                    g.copyCurrentStructure(p);
                }
                text = out.toString();
            }
            case VALUE_STRING -> {
                text = p.getText();
                if (type.kind() == TypeKind.JSONB) {
                    StringBuilder quoted = new StringBuilder();
                    JsonText.appendQuoted(text, quoted);
                    text = quoted.toString();
                }
            }
            default -> text = p.getText();
        }
        try {
            return PgText.parse(type, text, zone);
        } catch (FreshetException e) {
            throw e.withContext("field \"" + field + "\"");
        }
    }

    private static FreshetException malformed(String why) {
        return new FreshetException(
                ErrorCode.INVALID_TEXT_REPRESENTATION, "malformed JSON: " + why);
    }
}
