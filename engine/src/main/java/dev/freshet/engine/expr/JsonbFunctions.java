package dev.freshet.engine.expr;

import dev.freshet.engine.type.DataType;
import dev.freshet.engine.type.Decimal;
import dev.freshet.engine.type.JsonText;
import dev.freshet.engine.type.PgCalendar;
import dev.freshet.engine.type.PgDateTimeText;
import dev.freshet.engine.type.PgFloatText;
import dev.freshet.engine.type.PgText;
import dev.freshet.engine.type.PgTimeZones;
import dev.freshet.engine.type.TypeKind;
import dev.freshet.sql.error.ErrorCode;
import dev.freshet.sql.error.FreshetException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * JSONB functions and operators: {@code ->} and {@code ->>} (the parser's {@code jsonb_get} and
 * {@code jsonb_get_text}; text keys for objects, integer indexes for arrays, negative from the
 * end), {@code #>} / {@code #>>} and jsonb_extract_path(_text), jsonb_typeof, jsonb_array_length,
 * jsonb_build_object, jsonb_build_array, to_jsonb, jsonb_strip_nulls, jsonb_exists ({@code ?}) and
 * {@code ||}.
 *
 * <p>Values are read lazily from their stored normal form ({@link JsonbText}); results that build
 * new values are written in normal form directly, or normalized once when keys must be sorted.
 */
public final class JsonbFunctions {
    private JsonbFunctions() {}

    private static final DataType JSONB = DataType.JSONB;
    private static final DataType TEXT = DataType.VARCHAR;
    private static final DataType I4 = DataType.INTEGER;

    static void register(FunctionLibrary lib) {
        lib.define(
                "jsonb_get", JSONB, row("->", v -> JsonbText.field(s(v[0]), s(v[1]))), JSONB, TEXT);
        lib.define(
                "jsonb_get",
                JSONB,
                row("->", v -> JsonbText.element(s(v[0]), (Long) v[1])),
                JSONB,
                I4);
        lib.define(
                "jsonb_get_text",
                TEXT,
                row("->>", v -> text(JsonbText.field(s(v[0]), s(v[1])))),
                JSONB,
                TEXT);
        lib.define(
                "jsonb_get_text",
                TEXT,
                row("->>", v -> text(JsonbText.element(s(v[0]), (Long) v[1]))),
                JSONB,
                I4);
        DataType textArray = DataType.array(TEXT);
        lib.define("#>", JSONB, row("#>", v -> path(s(v[0]), (List<?>) v[1])), JSONB, textArray);
        lib.define(
                "#>>",
                TEXT,
                row("#>>", v -> text(path(s(v[0]), (List<?>) v[1]))),
                JSONB,
                textArray);
        lib.define(
                "jsonb_extract_path",
                ParamType.of(JSONB),
                ParamType.of(TEXT),
                row("jsonb_extract_path", v -> path(s(v[0]), rest(v))),
                ParamType.of(JSONB));
        lib.define(
                "jsonb_extract_path_text",
                ParamType.of(TEXT),
                ParamType.of(TEXT),
                row("jsonb_extract_path_text", v -> text(path(s(v[0]), rest(v)))),
                ParamType.of(JSONB));
        lib.define(
                "jsonb_typeof", TEXT, row("jsonb_typeof", v -> JsonbText.typeOf(s(v[0]))), JSONB);
        lib.define(
                "jsonb_array_length",
                I4,
                row("jsonb_array_length", v -> arrayLength(s(v[0]))),
                JSONB);
        lib.define(
                "jsonb_strip_nulls",
                JSONB,
                row("jsonb_strip_nulls", v -> JsonText.normalize(stripNulls(s(v[0])))),
                JSONB);
        lib.define(
                "jsonb_exists",
                DataType.BOOLEAN,
                row("jsonb_exists", v -> exists(s(v[0]), s(v[1]))),
                JSONB,
                TEXT);
        lib.define(
                "to_jsonb",
                ParamType.of(JSONB),
                null,
                (args, result) -> {
                    DataType t = args.get(0).type();
                    return RowFunction.strict(
                            "to_jsonb", JSONB, (v, ctx) -> toJson(t, v[0], ctx.timeZone()));
                },
                ParamType.Poly.ANY_ELEMENT);
        lib.register("jsonb_build_object", args -> build(args, true));
        lib.register("jsonb_build_array", args -> build(args, false));
        // json is jsonb here (TypeResolver), so json's builders are jsonb's
        lib.register("json_build_object", args -> build(args, true));
        lib.register("json_build_array", args -> build(args, false));
    }

    private static String s(@Nullable Object v) {
        return (String) v;
    }

    private static Resolution.Binder row(String name, StringFunctions.Body body) {
        return StringFunctions.row(name, body);
    }

    private static @Nullable String text(@Nullable String jsonValue) {
        return jsonValue == null ? null : JsonbText.asText(jsonValue);
    }

    private static List<?> rest(@Nullable Object[] v) {
        List<@Nullable Object> out = new ArrayList<>();
        for (int i = 1; i < v.length; i++) {
            out.add(v[i]);
        }
        return out;
    }

    /** #> : follows a path of keys and array indexes; NULL if any step is missing. */
    private static @Nullable String path(String v, List<?> steps) {
        String cur = v;
        for (Object step : steps) {
            if (step == null || cur == null) {
                return null;
            }
            String key = (String) step;
            char c = cur.charAt(0);
            if (c == '{') {
                cur = JsonbText.field(cur, key);
            } else if (c == '[') {
                long index;
                try {
                    index = Long.parseLong(key.trim());
                } catch (NumberFormatException e) {
                    return null;
                }
                cur = JsonbText.element(cur, index);
            } else {
                return null;
            }
        }
        return cur;
    }

    private static long arrayLength(String v) {
        char c = v.charAt(0);
        if (c == '[') {
            return JsonbText.elements(v).size();
        }
        throw new FreshetException(
                ErrorCode.INVALID_PARAMETER_VALUE,
                c == '{'
                        ? "cannot get array length of a non-array"
                        : "cannot get array length of a scalar");
    }

    private static boolean exists(String v, String key) {
        return switch (v.charAt(0)) {
            case '{' -> JsonbText.field(v, key) != null;
            case '[' -> {
                for (String e : JsonbText.elements(v)) {
                    if (e.charAt(0) == '"' && JsonbText.unquote(e, 0).equals(key)) {
                        yield true;
                    }
                }
                yield false;
            }
            case '"' -> JsonbText.unquote(v, 0).equals(key);
            default -> false;
        };
    }

    private static String stripNulls(String v) {
        char c = v.charAt(0);
        if (c == '{') {
            StringBuilder sb = new StringBuilder("{");
            boolean first = true;
            for (String[] m : JsonbText.members(v)) {
                if (m[1].equals("null")) {
                    continue;
                }
                if (!first) {
                    sb.append(", ");
                }
                sb.append(JsonbText.quote(m[0])).append(": ").append(stripNulls(m[1]));
                first = false;
            }
            return sb.append('}').toString();
        }
        if (c == '[') {
            StringBuilder sb = new StringBuilder("[");
            List<String> items = JsonbText.elements(v);
            for (int i = 0; i < items.size(); i++) {
                if (i > 0) {
                    sb.append(", ");
                }
                sb.append(stripNulls(items.get(i)));
            }
            return sb.append(']').toString();
        }
        return v;
    }

    /** The resolution of {@code jsonb || jsonb}. */
    static Optional<Resolution> resolveConcat() {
        return Optional.of(
                new Resolution(
                        List.of(JSONB, JSONB),
                        JSONB,
                        (args, result) ->
                                RowFunction.strict(
                                        "||", JSONB, (v, ctx) -> concat(s(v[0]), s(v[1])))));
    }

    /** PostgreSQL's jsonb || jsonb. */
    static String concat(String a, String b) {
        char x = a.charAt(0);
        char y = b.charAt(0);
        if (x == '{' && y == '{') {
            StringBuilder sb = new StringBuilder("{");
            boolean first = true;
            for (String[] m : JsonbText.members(a)) {
                if (!first) {
                    sb.append(", ");
                }
                sb.append(JsonbText.quote(m[0])).append(": ").append(m[1]);
                first = false;
            }
            for (String[] m : JsonbText.members(b)) {
                if (!first) {
                    sb.append(", ");
                }
                sb.append(JsonbText.quote(m[0])).append(": ").append(m[1]);
                first = false;
            }
            // normalizing keeps the last of duplicate keys and sorts them
            return JsonText.normalize(sb.append('}').toString());
        }
        List<String> items = new ArrayList<>();
        if (x == '[') {
            items.addAll(JsonbText.elements(a));
        } else {
            items.add(a);
        }
        if (y == '[') {
            items.addAll(JsonbText.elements(b));
        } else {
            items.add(b);
        }
        return "[" + String.join(", ", items) + "]";
    }

    private static Optional<Resolution> build(List<DataType> args, boolean object) {
        List<DataType> params = new ArrayList<>(args.size());
        for (DataType t : args) {
            params.add(t.kind() == TypeKind.UNKNOWN ? TEXT : t);
        }
        String name = object ? "jsonb_build_object" : "jsonb_build_array";
        return Optional.of(
                new Resolution(
                        params,
                        JSONB,
                        (exprs, result) ->
                                new RowFunction(
                                        name,
                                        JSONB,
                                        false,
                                        false,
                                        (v, ctx) ->
                                                object
                                                        ? buildObject(params, v, ctx.timeZone())
                                                        : buildArray(params, v, ctx.timeZone()))));
    }

    private static String buildObject(List<DataType> types, @Nullable Object[] v, ZoneId zone) {
        if (v.length % 2 != 0) {
            throw new FreshetException(
                            ErrorCode.INVALID_PARAMETER_VALUE,
                            "argument list must have even number of elements")
                    .withHint(
                            "The arguments of jsonb_build_object() must consist of alternating keys and values.");
        }
        StringBuilder sb = new StringBuilder("{");
        for (int i = 0; i < v.length; i += 2) {
            if (v[i] == null) {
                throw new FreshetException(
                        ErrorCode.NULL_VALUE_NOT_ALLOWED,
                        "argument " + (i + 1) + ": key must not be null");
            }
            if (i > 0) {
                sb.append(", ");
            }
            DataType kt = types.get(i);
            String key =
                    kt.kind() == TypeKind.JSONB
                            ? JsonbText.asText((String) v[i])
                            : StringFunctions.text(kt, v[i], contextFor(zone));
            sb.append(JsonbText.quote(key == null ? "null" : key)).append(": ");
            appendJson(types.get(i + 1), v[i + 1], zone, sb);
        }
        return JsonText.normalize(sb.append('}').toString());
    }

    private static String buildArray(List<DataType> types, @Nullable Object[] v, ZoneId zone) {
        StringBuilder sb = new StringBuilder("[");
        for (int i = 0; i < v.length; i++) {
            if (i > 0) {
                sb.append(", ");
            }
            appendJson(types.get(i), v[i], zone, sb);
        }
        return sb.append(']').toString();
    }

    private static EvalContext contextFor(ZoneId zone) {
        return new EvalContext(EvalContext.ErrorPolicy.FAIL, zone, 0, 0);
    }

    /** to_jsonb: a SQL value as JSONB. */
    static String toJson(DataType type, @Nullable Object value, ZoneId zone) {
        StringBuilder sb = new StringBuilder();
        appendJson(type, value, zone, sb);
        return sb.toString();
    }

    private static void appendJson(
            DataType type, @Nullable Object value, ZoneId zone, StringBuilder out) {
        if (value == null) {
            out.append("null");
            return;
        }
        switch (type.kind()) {
            case BOOLEAN -> out.append(((Boolean) value) ? "true" : "false");
            case SMALLINT, INTEGER, BIGINT -> out.append((long) (Long) value);
            case REAL, DOUBLE -> {
                double d = (Double) value;
                if (Double.isNaN(d) || Double.isInfinite(d)) {
                    JsonText.appendQuoted(
                            Double.isNaN(d) ? "NaN" : (d > 0 ? "Infinity" : "-Infinity"), out);
                } else {
                    String text =
                            type.kind() == TypeKind.REAL
                                    ? PgText.format(type, value, zone)
                                    : PgFloatText.formatDouble(d);
                    out.append(JsonText.normalize(text));
                }
            }
            case DECIMAL -> {
                Decimal d = (Decimal) value;
                if (d.isFinite()) {
                    out.append(d);
                } else {
                    JsonText.appendQuoted(d.toString(), out);
                }
            }
            case JSONB -> out.append((String) value);
            case DATE -> {
                StringBuilder sb = new StringBuilder();
                PgDateTimeText.appendDate((Long) value, sb);
                JsonText.appendQuoted(sb.toString(), out);
            }
            case TIMESTAMP, TIMESTAMPTZ -> {
                long ts = (Long) value;
                StringBuilder sb = new StringBuilder();
                if (!PgCalendar.isFinite(ts)) {
                    sb.append(ts > 0 ? "infinity" : "-infinity");
                } else if (type.kind() == TypeKind.TIMESTAMP) {
                    PgDateTimeText.appendTimestamp(ts, sb);
                    sb.setCharAt(10, 'T');
                } else {
                    int offset = PgTimeZones.offsetSeconds(zone, ts);
                    PgDateTimeText.appendTimestamp(ts + offset * 1_000_000L, sb);
                    sb.setCharAt(10, 'T');
                    int a = Math.abs(offset);
                    sb.append(offset < 0 ? '-' : '+');
                    two(a / 3600, sb);
                    sb.append(':');
                    two((a / 60) % 60, sb);
                    if (a % 60 != 0) {
                        sb.append(':');
                        two(a % 60, sb);
                    }
                }
                JsonText.appendQuoted(sb.toString(), out);
            }
            case ARRAY -> {
                out.append('[');
                List<?> items = (List<?>) value;
                for (int i = 0; i < items.size(); i++) {
                    if (i > 0) {
                        out.append(", ");
                    }
                    appendJson(type.elementType(), items.get(i), zone, out);
                }
                out.append(']');
            }
            default -> JsonText.appendQuoted(PgText.format(type, value, zone), out);
        }
    }

    private static void two(int v, StringBuilder sb) {
        if (v < 10) {
            sb.append('0');
        }
        sb.append(v);
    }

    /** jsonb to number/boolean casts: the JSON type must match (22023 otherwise). */
    public static String scalarForCast(String json, String targetName, boolean bool) {
        String type = JsonbText.typeOf(json);
        if (bool ? !type.equals("boolean") : !type.equals("number")) {
            throw new FreshetException(
                    ErrorCode.INVALID_PARAMETER_VALUE,
                    "cannot cast jsonb "
                            + (type.equals("number") ? "numeric" : type)
                            + " to type "
                            + targetName);
        }
        return json;
    }
}
