package dev.freshet.engine.connector;

import com.fasterxml.jackson.core.JacksonException;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import dev.freshet.engine.batch.ColumnBuilder;
import dev.freshet.engine.batch.DoubleColumnBuilder;
import dev.freshet.engine.batch.LongColumnBuilder;
import dev.freshet.engine.catalog.ColumnDef;
import dev.freshet.engine.type.DataType;
import dev.freshet.engine.type.JsonText;
import dev.freshet.engine.type.PgDateTimeParser;
import dev.freshet.engine.type.PgFloatText;
import dev.freshet.engine.type.PgIntegerText;
import dev.freshet.engine.type.PgText;
import dev.freshet.sql.error.ErrorCode;
import dev.freshet.sql.error.FreshetException;
import java.io.IOException;
import java.io.StringWriter;
import java.time.ZoneId;
import java.util.Arrays;
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
 * fill jsonb (or text) columns with their JSON text.
 *
 * <p>Read with Jackson's streaming parser (no tree per message) into a scratch row that keeps
 * integers, timestamps and floats as primitives; the row is appended only once every field has
 * parsed, so a malformed message leaves the batch untouched. Not thread safe (one per reader).
 */
public final class JsonRowDecoder implements RowDecoder {
    private static final JsonFactory FACTORY = new JsonFactory();

    private final DataType[] types;
    private final Map<String, Integer> exact = new HashMap<>();
    private final Map<String, Integer> folded = new HashMap<>();
    private final ZoneId zone;
    private final boolean[] set;
    private final long[] longs;
    private final double[] doubles;
    private final @Nullable Object[] objects;

    public JsonRowDecoder(List<ColumnDef> columns, ZoneId zone) {
        this.types = columns.stream().map(ColumnDef::type).toArray(DataType[]::new);
        for (int c = 0; c < columns.size(); c++) {
            exact.put(columns.get(c).name(), c);
            folded.putIfAbsent(columns.get(c).name().toLowerCase(Locale.ROOT), c);
        }
        this.zone = zone;
        this.set = new boolean[types.length];
        this.longs = new long[types.length];
        this.doubles = new double[types.length];
        this.objects = new Object[types.length];
    }

    @Override
    public boolean decode(byte[] message, SourceBatcher out) {
        Arrays.fill(set, false);
        try (JsonParser p = FACTORY.createParser(message)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw malformed("a JSON object was expected");
            }
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
                try {
                    read(p, v, c);
                } catch (FreshetException e) {
                    throw e.withContext("field \"" + name + "\"");
                }
            }
            if (t != JsonToken.END_OBJECT) {
                throw malformed("the JSON object is not closed");
            }
            if (p.nextToken() != null) {
                throw malformed("text after the JSON object");
            }
        } catch (JacksonException e) {
            throw malformed(e.getOriginalMessage());
        } catch (IOException e) {
            throw malformed(e.toString());
        }
        for (int c = 0; c < types.length; c++) {
            ColumnBuilder b = out.column(c);
            if (!set[c]) {
                b.appendNull();
                continue;
            }
            switch (types[c].kind()) {
                case SMALLINT, INTEGER, BIGINT, TIMESTAMP, TIMESTAMPTZ ->
                        ((LongColumnBuilder) b).appendLong(longs[c]);
                case REAL, DOUBLE -> ((DoubleColumnBuilder) b).appendDouble(doubles[c]);
                default -> b.appendObject(objects[c]);
            }
        }
        out.endRow();
        return true;
    }

    /** Reads field value {@code v} into column {@code c} of the scratch row (NULL: not set). */
    private void read(JsonParser p, JsonToken v, int c) throws IOException {
        DataType type = types[c];
        if (v == JsonToken.VALUE_NULL) {
            return;
        }
        if (v == JsonToken.START_OBJECT || v == JsonToken.START_ARRAY) {
            StringWriter text = new StringWriter();
            try (JsonGenerator g = FACTORY.createGenerator(text)) {
                g.copyCurrentStructure(p);
            }
            setObject(c, text.toString());
            return;
        }
        String text = p.getText();
        switch (type.kind()) {
            case SMALLINT -> setLong(c, PgIntegerText.parseSmallint(text));
            case INTEGER -> setLong(c, PgIntegerText.parseInteger(text));
            case BIGINT -> setLong(c, PgIntegerText.parseBigint(text));
            case TIMESTAMP -> setLong(c, PgDateTimeParser.parseTimestamp(text));
            case TIMESTAMPTZ -> setLong(c, PgDateTimeParser.parseTimestampTz(text, zone));
            case DOUBLE -> setDouble(c, PgFloatText.parseDouble(text));
            case REAL -> setDouble(c, PgFloatText.parseReal(text));
            case JSONB -> {
                if (v == JsonToken.VALUE_STRING) {
                    StringBuilder quoted = new StringBuilder();
                    JsonText.appendQuoted(text, quoted);
                    text = quoted.toString();
                }
                setObject(c, text);
            }
            default -> setObject(c, text);
        }
    }

    private void setLong(int c, long v) {
        longs[c] = v;
        set[c] = true;
    }

    private void setDouble(int c, double v) {
        doubles[c] = v;
        set[c] = true;
    }

    /** Non-primitive columns: the value as PostgreSQL parses the text for the type. */
    private void setObject(int c, String text) {
        objects[c] = PgText.parse(types[c], text, zone);
        set[c] = true;
    }

    private static FreshetException malformed(String why) {
        return new FreshetException(
                ErrorCode.INVALID_TEXT_REPRESENTATION, "malformed JSON: " + why);
    }
}
