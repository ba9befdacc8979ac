package dev.freshet.engine.expr;

import dev.freshet.sql.error.ErrorCode;
import dev.freshet.sql.error.FreshetException;
import java.nio.charset.StandardCharsets;

/**
 * A LIKE / ILIKE pattern compiled for matching UTF-8 bytes directly: {@code %} matches any run of
 * characters, {@code _} exactly one character, everything else itself (after the escape character).
 * ILIKE folds ASCII letters only, as PostgreSQL does in the "C" locale.
 *
 * <p>Common shapes get a fast path: an exact string, a prefix ({@code 'abc%'}), a suffix ({@code
 * '%abc'}) and a substring ({@code '%abc%'}); everything else runs a backtracking matcher that is
 * linear for patterns with one {@code %} and never recurses. Immutable and thread safe.
 */
final class LikeMatcher {
    private enum Shape {
        EXACT,
        PREFIX,
        SUFFIX,
        CONTAINS,
        GENERAL
    }

    /** Pattern opcodes: a literal byte is its value 0..255; these are negative. */
    private static final int ANY_CHAR = -1;

    private static final int ANY_RUN = -2;

    /** An escape character ending the pattern: an error if matching reaches it. */
    private static final int DANGLING_ESCAPE = -3;

    private final int[] ops;
    private final byte[] literal;
    private final Shape shape;
    private final boolean fold;

    private LikeMatcher(int[] ops, boolean fold) {
        this.ops = ops;
        this.fold = fold;
        Shape s = Shape.GENERAL;
        int runs = 0;
        int anyChars = 0;
        for (int op : ops) {
            runs += op == ANY_RUN ? 1 : 0;
            anyChars += op == ANY_CHAR || op == DANGLING_ESCAPE ? 1 : 0;
        }
        int n = ops.length;
        if (anyChars == 0) {
            if (runs == 0) {
                s = Shape.EXACT;
            } else if (runs == 1 && ops[n - 1] == ANY_RUN) {
                s = Shape.PREFIX;
            } else if (runs == 1 && ops[0] == ANY_RUN) {
                s = Shape.SUFFIX;
            } else if (runs == 2 && n >= 2 && ops[0] == ANY_RUN && ops[n - 1] == ANY_RUN) {
                s = Shape.CONTAINS;
            }
        }
        this.shape = s;
        int count = 0;
        for (int op : ops) {
            count += op >= 0 ? 1 : 0;
        }
        byte[] lit = new byte[count];
        int k = 0;
        for (int op : ops) {
            if (op >= 0) {
                lit[k++] = (byte) op;
            }
        }
        this.literal = lit;
    }

    /**
     * Compiles {@code pattern}; {@code escape} is the escape character or -1 for none (PostgreSQL's
     * default is backslash).
     */
    static LikeMatcher compile(String pattern, int escape, boolean caseInsensitive) {
        byte[] p = pattern.getBytes(StandardCharsets.UTF_8);
        int[] ops = new int[p.length];
        int n = 0;
        byte[] esc =
                escape < 0
                        ? new byte[0]
                        : new String(Character.toChars(escape)).getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < p.length; ) {
            if (esc.length > 0 && startsWith(p, i, esc)) {
                i += esc.length;
                if (i >= p.length) {
                    // PostgreSQL complains only if matching gets this far
                    ops[n++] = DANGLING_ESCAPE;
                    break;
                }
                int w = StringFunctions.utf8Width(p[i]);
                for (int k = 0; k < w && i < p.length; k++) {
                    ops[n++] = fold(p[i++], caseInsensitive);
                }
                continue;
            }
            byte b = p[i];
            if (b == '%') {
                if (n == 0 || ops[n - 1] != ANY_RUN) {
                    ops[n++] = ANY_RUN;
                }
                i++;
            } else if (b == '_') {
                ops[n++] = ANY_CHAR;
                i++;
            } else {
                ops[n++] = fold(b, caseInsensitive);
                i++;
            }
        }
        return new LikeMatcher(java.util.Arrays.copyOf(ops, n), caseInsensitive);
    }

    /** The escape character of an ESCAPE clause: empty means none; longer is an error. */
    static int escapeOf(String e) {
        if (e.isEmpty()) {
            return -1;
        }
        if (e.codePointCount(0, e.length()) != 1) {
            throw new FreshetException(ErrorCode.INVALID_ESCAPE_SEQUENCE, "invalid escape string")
                    .withHint("Escape string must be empty or one character.");
        }
        return e.codePointAt(0);
    }

    private static boolean startsWith(byte[] a, int at, byte[] prefix) {
        if (at + prefix.length > a.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (a[at + i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static int fold(byte b, boolean caseInsensitive) {
        int v = b & 0xFF;
        if (caseInsensitive && v >= 'A' && v <= 'Z') {
            v += 32;
        }
        return v;
    }

    private int at(byte[] text, int i) {
        int v = text[i] & 0xFF;
        if (fold && v >= 'A' && v <= 'Z') {
            v += 32;
        }
        return v;
    }

    private boolean literalAt(byte[] text, int from) {
        for (int i = 0; i < literal.length; i++) {
            if (at(text, from + i) != (literal[i] & 0xFF)) {
                return false;
            }
        }
        return true;
    }

    /** Substring search: scan for the literal's first byte, then compare the rest. */
    private boolean contains(byte[] text, int from, int end) {
        int l = literal.length;
        if (l == 0) {
            return true;
        }
        int first = literal[0] & 0xFF;
        int last = end - l;
        for (int i = from; i <= last; i++) {
            int b = text[i] & 0xFF;
            if (fold && b >= 'A' && b <= 'Z') {
                b += 32;
            }
            if (b != first) {
                continue;
            }
            int k = 1;
            while (k < l && at(text, i + k) == (literal[k] & 0xFF)) {
                k++;
            }
            if (k == l) {
                return true;
            }
        }
        return false;
    }

    /** True if {@code text[from, from+len)} matches the whole pattern. */
    boolean matches(byte[] text, int from, int len) {
        int l = literal.length;
        switch (shape) {
            case EXACT:
                return len == l && literalAt(text, from);
            case PREFIX:
                return len >= l && literalAt(text, from);
            case SUFFIX:
                return len >= l && literalAt(text, from + len - l);
            case CONTAINS:
                return contains(text, from, from + len);
            case GENERAL:
            default:
                return general(text, from, from + len);
        }
    }

    private boolean general(byte[] text, int from, int end) {
        int t = from;
        int p = 0;
        int starP = -1;
        int starT = -1;
        while (t < end) {
            if (p < ops.length && ops[p] == DANGLING_ESCAPE) {
                throw new FreshetException(
                        ErrorCode.INVALID_ESCAPE_SEQUENCE,
                        "LIKE pattern must not end with escape character");
            }
            if (p < ops.length && ops[p] == ANY_CHAR) {
                t += StringFunctions.utf8Width(text[t]);
                p++;
            } else if (p < ops.length && ops[p] >= 0 && ops[p] == at(text, t)) {
                t++;
                p++;
            } else if (p < ops.length && ops[p] == ANY_RUN) {
                starP = p++;
                starT = t;
            } else if (starP >= 0) {
                p = starP + 1;
                starT += StringFunctions.utf8Width(text[starT]);
                t = starT;
            } else {
                return false;
            }
        }
        while (p < ops.length && ops[p] == ANY_RUN) {
            p++;
        }
        return p == ops.length && t == end;
    }
}
