package dev.freshet.engine.expr;

import dev.freshet.engine.type.JsonText;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * Navigation in a JSONB value as Freshet stores it: PostgreSQL's normal text form ({@link
 * JsonText}: {@code ", "} between elements, {@code ": "} after keys, keys sorted, strings escaped
 * canonically). Because that form is fixed, a value can be read lazily by scanning: finding a key
 * or an element skips the other values without building a tree. Every method takes a value in
 * normal form and returns substrings that are values in normal form.
 */
final class JsonbText {
    private JsonbText() {}

    /** jsonb_typeof: object, array, string, number, boolean or null. */
    static String typeOf(String v) {
        return switch (v.charAt(0)) {
            case '{' -> "object";
            case '[' -> "array";
            case '"' -> "string";
            case 't', 'f' -> "boolean";
            case 'n' -> "null";
            default -> "number";
        };
    }

    /** Index just past the value starting at {@code i}. */
    static int skip(String s, int i) {
        char c = s.charAt(i);
        if (c == '"') {
            return skipString(s, i);
        }
        if (c == '{' || c == '[') {
            int depth = 0;
            int j = i;
            while (j < s.length()) {
                char d = s.charAt(j);
                if (d == '"') {
                    j = skipString(s, j);
                    continue;
                }
                if (d == '{' || d == '[') {
                    depth++;
                } else if (d == '}' || d == ']') {
                    depth--;
                    if (depth == 0) {
                        return j + 1;
                    }
                }
                j++;
            }
            return j;
        }
        int j = i;
        while (j < s.length() && s.charAt(j) != ',' && s.charAt(j) != ']' && s.charAt(j) != '}') {
            j++;
        }
        return j;
    }

    private static int skipString(String s, int i) {
        int j = i + 1;
        while (j < s.length()) {
            char d = s.charAt(j);
            if (d == '\\') {
                j += 2;
                continue;
            }
            if (d == '"') {
                return j + 1;
            }
            j++;
        }
        return j;
    }

    /** The decoded text of the JSON string literal starting at {@code i}. */
    static String unquote(String s, int i) {
        int end = skipString(s, i) - 1;
        if (s.indexOf('\\', i + 1) < 0 || s.indexOf('\\', i + 1) > end) {
            return s.substring(i + 1, end);
        }
        StringBuilder sb = new StringBuilder(end - i);
        for (int j = i + 1; j < end; j++) {
            char c = s.charAt(j);
            if (c != '\\') {
                sb.append(c);
                continue;
            }
            char e = s.charAt(++j);
            switch (e) {
                case 'b' -> sb.append('\b');
                case 'f' -> sb.append('\f');
                case 'n' -> sb.append('\n');
                case 'r' -> sb.append('\r');
                case 't' -> sb.append('\t');
                case 'u' -> {
                    sb.append((char) Integer.parseInt(s.substring(j + 1, j + 5), 16));
                    j += 4;
                }
                default -> sb.append(e);
            }
        }
        return sb.toString();
    }

    /** The value of {@code key} in an object, or null if absent or not an object. */
    static @Nullable String field(String v, String key) {
        if (v.charAt(0) != '{') {
            return null;
        }
        int i = 1;
        if (v.charAt(i) == '}') {
            return null;
        }
        while (i < v.length()) {
            int keyEnd = skipString(v, i);
            boolean match = unquote(v, i).equals(key);
            int valueStart = keyEnd + 2; // ": "
            int valueEnd = skip(v, valueStart);
            if (match) {
                return v.substring(valueStart, valueEnd);
            }
            if (valueEnd >= v.length() || v.charAt(valueEnd) == '}') {
                return null;
            }
            i = valueEnd + 2; // ", "
        }
        return null;
    }

    /** The elements of an array (normal form each), or null if not an array. */
    static @Nullable List<String> elements(String v) {
        if (v.charAt(0) != '[') {
            return null;
        }
        List<String> out = new ArrayList<>();
        int i = 1;
        if (v.charAt(i) == ']') {
            return out;
        }
        while (i < v.length()) {
            int end = skip(v, i);
            out.add(v.substring(i, end));
            if (end >= v.length() || v.charAt(end) == ']') {
                break;
            }
            i = end + 2;
        }
        return out;
    }

    /** The members of an object as key, value pairs (normal form values), or null. */
    static @Nullable List<String[]> members(String v) {
        if (v.charAt(0) != '{') {
            return null;
        }
        List<String[]> out = new ArrayList<>();
        int i = 1;
        if (v.charAt(i) == '}') {
            return out;
        }
        while (i < v.length()) {
            int keyEnd = skipString(v, i);
            String key = unquote(v, i);
            int valueStart = keyEnd + 2;
            int valueEnd = skip(v, valueStart);
            out.add(new String[] {key, v.substring(valueStart, valueEnd)});
            if (valueEnd >= v.length() || v.charAt(valueEnd) == '}') {
                break;
            }
            i = valueEnd + 2;
        }
        return out;
    }

    /** Element {@code index} of an array (negative counts from the end), or null. */
    static @Nullable String element(String v, long index) {
        if (v.charAt(0) != '[') {
            return null;
        }
        if (index < 0) {
            List<String> all = elements(v);
            long k = all.size() + index;
            return k >= 0 ? all.get((int) k) : null;
        }
        int i = 1;
        if (v.charAt(i) == ']') {
            return null;
        }
        long k = 0;
        while (i < v.length()) {
            int end = skip(v, i);
            if (k == index) {
                return v.substring(i, end);
            }
            if (end >= v.length() || v.charAt(end) == ']') {
                return null;
            }
            i = end + 2;
            k++;
        }
        return null;
    }

    /** ->> semantics: a string's text, NULL for JSON null, else the value's text. */
    static @Nullable String asText(String v) {
        char c = v.charAt(0);
        if (c == '"') {
            return unquote(v, 0);
        }
        if (c == 'n') {
            return null;
        }
        return v;
    }

    /** A text value as a JSON string in normal form. */
    static String quote(String s) {
        StringBuilder sb = new StringBuilder(s.length() + 2);
        JsonText.appendQuoted(s, sb);
        return sb.toString();
    }
}
