package dev.freshet.engine.type;

import dev.freshet.engine.batch.ArrayColumn;
import dev.freshet.engine.batch.Column;
import dev.freshet.sql.error.ErrorCode;
import dev.freshet.sql.error.FreshetException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * PostgreSQL's ARRAY text output and input.
 *
 * <p>Output: {@code {1,2,NULL}}; each element in its type's text form, double-quoted when it is
 * empty, equals {@code NULL} in any case, or contains {@code { } " , \} or whitespace, with {@code
 * "} and {@code \} escaped by a backslash inside the quotes. An element that is itself an array is
 * printed as a nested {@code {...}} without quotes (PostgreSQL's multi-dimensional form).
 *
 * <p>Input: one-dimensional {@code {...}} literals with quoted or unquoted elements, backslash
 * escapes, unquoted {@code NULL} (any case) for SQL NULL, whitespace around elements ignored, and
 * an optional {@code [1:n]=} or {@code [n]=} dimension prefix. Multi-dimensional literals and lower
 * bounds other than 1 are rejected with 0A000; malformed literals with PostgreSQL's 22P02 {@code
 * malformed array literal} and its detail line.
 */
public final class PgArrayText {
    private PgArrayText() {}

    /** Appends the array at {@code row} of {@code column}. */
    public static void appendArray(ArrayColumn column, int row, ZoneId zone, StringBuilder out) {
        Column elements = column.elements();
        int start = column.start(row);
        int end = start + column.length(row);
        out.append('{');
        for (int e = start; e < end; e++) {
            if (e > start) {
                out.append(',');
            }
            if (elements.isNull(e)) {
                out.append("NULL");
            } else if (elements instanceof ArrayColumn nested) {
                appendArray(nested, e, zone, out);
            } else {
                int at = out.length();
                PgText.format(elements, e, zone, out);
                quoteElement(out, at);
            }
        }
        out.append('}');
    }

    /**
     * Appends an array given as a list of element values (nulls allowed) of {@code elementType}.
     */
    public static void appendArray(
            DataType elementType, List<?> elements, ZoneId zone, StringBuilder out) {
        out.append('{');
        for (int i = 0; i < elements.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            Object v = elements.get(i);
            if (v == null) {
                out.append("NULL");
            } else if (elementType.kind() == TypeKind.ARRAY) {
                appendArray(elementType.elementType(), (List<?>) v, zone, out);
            } else {
                int at = out.length();
                PgText.append(elementType, v, zone, out);
                quoteElement(out, at);
            }
        }
        out.append('}');
    }

    /** Quotes and escapes, in place, the element text from {@code at} to the end if it needs it. */
    private static void quoteElement(StringBuilder out, int at) {
        int end = out.length();
        boolean quote = end == at || isNullWord(out, at, end);
        int escapes = 0;
        for (int i = at; i < end; i++) {
            char c = out.charAt(i);
            if (c == '"' || c == '\\') {
                escapes++;
                quote = true;
            } else if (c == '{' || c == '}' || c == ',' || isSpace(c)) {
                quote = true;
            }
        }
        if (!quote) {
            return;
        }
        int length = end + 2 + escapes;
        out.setLength(length);
        int w = length - 1;
        out.setCharAt(w--, '"');
        for (int i = end - 1; i >= at; i--) {
            char c = out.charAt(i);
            out.setCharAt(w--, c);
            if (c == '"' || c == '\\') {
                out.setCharAt(w--, '\\');
            }
        }
        out.setCharAt(at, '"');
    }

    private static boolean isNullWord(CharSequence s, int from, int to) {
        return to - from == 4
                && (s.charAt(from) | 0x20) == 'n'
                && (s.charAt(from + 1) | 0x20) == 'u'
                && (s.charAt(from + 2) | 0x20) == 'l'
                && (s.charAt(from + 3) | 0x20) == 'l';
    }

    /** PostgreSQL's array_isspace. */
    private static boolean isSpace(char c) {
        return c == ' ' || (c >= '\t' && c <= '\r');
    }

    // ---------------------------------------------------------------- input

    /** Parses a one-dimensional array literal into a list of {@code elementType} values. */
    public static List<@Nullable Object> parse(DataType elementType, String text, ZoneId zone) {
        int n = text.length();
        int i = skipSpace(text, 0);
        int dims = 0;
        long lower = 1;
        long upper = 0;
        while (i < n && text.charAt(i) == '[') {
            // As PostgreSQL: a run of digits and signs, read with atoi.
            int first = ++i;
            i = skipBound(text, i);
            if (i == first) {
                throw malformed(
                        text, "\"[\" must introduce explicitly-specified array dimensions.");
            }
            long lb = 1;
            long ub;
            if (i < n && text.charAt(i) == ':') {
                lb = atoi(text, first, i);
                int second = ++i;
                i = skipBound(text, i);
                if (i == second) {
                    throw malformed(text, "Missing array dimension value.");
                }
                ub = atoi(text, second, i);
            } else {
                ub = atoi(text, first, i);
            }
            if (i >= n || text.charAt(i) != ']') {
                throw malformed(text, "Missing \"]\" after array dimensions.");
            }
            i++;
            if (ub < lb) {
                throw new FreshetException(
                        ErrorCode.ARRAY_SUBSCRIPT_ERROR,
                        "upper bound cannot be less than lower bound");
            }
            dims++;
            lower = lb;
            upper = ub;
            i = skipSpace(text, i);
        }
        if (dims > 0) {
            if (i >= n || text.charAt(i) != '=') {
                throw malformed(text, "Missing \"=\" after array dimensions.");
            }
            i = skipSpace(text, i + 1);
            if (i >= n || text.charAt(i) != '{') {
                throw malformed(text, "Array contents must start with \"{\".");
            }
        } else if (i >= n || text.charAt(i) != '{') {
            throw malformed(text, "Array value must start with \"{\" or dimension information.");
        }
        // Errors inside the braces quote the text from the opening brace, as PostgreSQL's do.
        String contents = text.substring(i);
        List<@Nullable String> items = new ArrayList<>();
        int end = readElements(contents, 1, items);
        end = skipSpace(contents, end);
        if (end != contents.length()) {
            throw malformed(contents, "Junk after closing right brace.");
        }
        if (dims > 0) {
            if (dims > 1 || upper - lower + 1 != items.size()) {
                throw malformed(text, "Specified array dimensions do not match array contents.");
            }
            if (lower != 1) {
                throw new FreshetException(
                        ErrorCode.FEATURE_NOT_SUPPORTED,
                        "array lower bounds other than 1 are not supported");
            }
        }
        List<@Nullable Object> values = new ArrayList<>(items.size());
        for (String item : items) {
            values.add(item == null ? null : PgText.parse(elementType, item, zone));
        }
        return Collections.unmodifiableList(values);
    }

    /**
     * Reads the elements after the opening brace at {@code i - 1} up to the closing brace; returns
     * the index after it.
     */
    private static int readElements(String text, int i, List<@Nullable String> items) {
        int n = text.length();
        i = skipSpace(text, i);
        if (i < n && text.charAt(i) == '}') {
            return i + 1;
        }
        if (i < n && text.charAt(i) == '{') {
            throw new FreshetException(
                    ErrorCode.FEATURE_NOT_SUPPORTED, "multidimensional arrays are not supported");
        }
        StringBuilder b = new StringBuilder();
        while (true) {
            i = skipSpace(text, i);
            if (i >= n) {
                throw unexpectedEnd(text);
            }
            char c = text.charAt(i);
            if (c == ',' || c == '}' || c == '{') {
                throw malformed(text, "Unexpected \"" + c + "\" character.");
            }
            b.setLength(0);
            if (c == '"') {
                i++;
                while (true) {
                    if (i >= n) {
                        throw unexpectedEnd(text);
                    }
                    char q = text.charAt(i++);
                    if (q == '"') {
                        break;
                    }
                    if (q == '\\') {
                        if (i >= n) {
                            throw unexpectedEnd(text);
                        }
                        q = text.charAt(i++);
                    }
                    b.append(q);
                }
                items.add(b.toString());
                i = skipSpace(text, i);
                if (i >= n) {
                    throw unexpectedEnd(text);
                }
                c = text.charAt(i);
                if (c == '\\' || c == '{') {
                    throw malformed(text, "Unexpected \"" + c + "\" character.");
                }
                if (c != ',' && c != '}') {
                    throw malformed(text, "Unexpected array element.");
                }
            } else {
                boolean escaped = false;
                int keep = 0;
                while (true) {
                    if (i >= n) {
                        throw unexpectedEnd(text);
                    }
                    c = text.charAt(i);
                    if (c == ',' || c == '}') {
                        break;
                    }
                    if (c == '"') {
                        throw malformed(text, "Unexpected array element.");
                    }
                    if (c == '{') {
                        throw malformed(text, "Unexpected \"{\" character.");
                    }
                    i++;
                    if (c == '\\') {
                        if (i >= n) {
                            throw unexpectedEnd(text);
                        }
                        b.append(text.charAt(i++));
                        escaped = true;
                        keep = b.length();
                    } else {
                        b.append(c);
                        if (!isSpace(c)) {
                            keep = b.length();
                        }
                    }
                }
                // Unescaped trailing whitespace is not part of the element.
                b.setLength(keep);
                items.add(!escaped && isNullWord(b, 0, b.length()) ? null : b.toString());
            }
            if (c == '}') {
                return i + 1;
            }
            i++;
        }
    }

    private static int skipSpace(String s, int i) {
        while (i < s.length() && isSpace(s.charAt(i))) {
            i++;
        }
        return i;
    }

    /** The end of the run of digits and signs at {@code i} (a bound in {@code [lb:ub]}). */
    private static int skipBound(String s, int i) {
        while (i < s.length()
                && ((s.charAt(i) >= '0' && s.charAt(i) <= '9')
                        || s.charAt(i) == '-'
                        || s.charAt(i) == '+')) {
            i++;
        }
        return i;
    }

    /**
     * C's {@code atoi} of {@code s[from, to)}: an optional sign and the digits that follow it (0
     * when there are none), saturating at the {@code long} range, then truncated to {@code int}.
     */
    private static long atoi(String s, int from, int to) {
        int i = from;
        boolean negative = false;
        if (i < to && (s.charAt(i) == '+' || s.charAt(i) == '-')) {
            negative = s.charAt(i) == '-';
            i++;
        }
        long v = 0;
        for (; i < to && s.charAt(i) >= '0' && s.charAt(i) <= '9'; i++) {
            int d = s.charAt(i) - '0';
            v = v > (Long.MAX_VALUE - d) / 10 ? Long.MAX_VALUE : v * 10 + d;
        }
        return (int) (negative ? -v : v);
    }

    private static FreshetException unexpectedEnd(String text) {
        return malformed(text, "Unexpected end of input.");
    }

    private static FreshetException malformed(String text, String detail) {
        return new FreshetException(
                        ErrorCode.INVALID_TEXT_REPRESENTATION,
                        "malformed array literal: \"" + text + "\"")
                .withDetail(detail);
    }
}
