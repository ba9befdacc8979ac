package dev.freshet.engine.session;

import dev.freshet.engine.type.DataType;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Turns the literals of a simple-protocol statement into parameters, so {@code SELECT * FROM v
 * WHERE k = 17} and {@code ... k = 42} share one plan in the {@link PlanCache}. A lexer over the
 * text, not a parser: it only rewrites what it can prove harmless and leaves everything else as it
 * is.
 *
 * <p>Only SELECT, WITH, VALUES, TABLE, INSERT, UPDATE and DELETE are normalised. A literal becomes
 * a parameter when it is
 *
 * <ul>
 *   <li>an integer: typed INTEGER when it fits, else BIGINT (as PostgreSQL types the literal), or
 *   <li>a plain string {@code '...'}: an untyped parameter, which takes its type from the context
 *       as PostgreSQL's unknown-typed literal does;
 * </ul>
 *
 * and it follows a comparison or arithmetic operator, {@code (}, {@code ,} or one of the keywords
 * {@code AND OR NOT WHEN THEN ELSE WHERE SELECT LIKE ILIKE BETWEEN HAVING}. Left alone: decimals
 * and floats (their precision and scale shape the plan's types), prefixed strings ({@code E'..'},
 * {@code B'..'}, {@code U&'..'}), anything followed by {@code ::}, typed literals ({@code DATE
 * '..'}, {@code INTERVAL '..'}: a keyword comes before them), LIMIT and OFFSET counts, and every
 * literal in an ORDER BY, GROUP BY, PARTITION BY or DISTINCT ON list (where {@code 1} means the
 * first column). Texts with several statements, dollar quotes or {@code $n} are not normalised at
 * all. The cache key carries each parameter's kind, so {@code '1'} and {@code 1} never share a
 * plan; where a normalised statement fails to plan, the session plans the original text.
 */
final class LiteralNormalizer {
    private LiteralNormalizer() {}

    /** At most this many literals become parameters (long multi-row INSERTs are left alone). */
    static final int MAX_PARAMETERS = 64;

    /** What a literal was, which decides the parameter's declared type and the key. */
    enum LiteralKind {
        INTEGER('i', DataType.INTEGER),
        BIGINT('l', DataType.BIGINT),
        STRING('s', null);

        final char code;
        final @Nullable DataType declared;

        LiteralKind(char code, @Nullable DataType declared) {
            this.code = code;
            this.declared = declared;
        }
    }

    /**
     * A statement with its literals replaced by {@code $1..$n}.
     *
     * @param key the cache key: the normalised text and the kinds of its parameters
     * @param text the normalised text
     * @param values each literal's text (strings unquoted)
     */
    record Normalized(String key, String text, List<String> values, List<LiteralKind> kinds) {
        /** The declared types of the parameters (null: untyped, inferred by the planner). */
        List<@Nullable DataType> declared() {
            List<@Nullable DataType> out = new ArrayList<>(kinds.size());
            for (LiteralKind k : kinds) {
                out.add(k.declared);
            }
            return out;
        }
    }

    private static final Set<String> STATEMENTS =
            Set.of("SELECT", "WITH", "VALUES", "TABLE", "INSERT", "UPDATE", "DELETE");

    private static final Set<String> BEFORE_PARAMETER =
            Set.of(
                    "=", "<>", "!=", "<", ">", "<=", ">=", "+", "-", "*", "/", "%", "||", "(", ",",
                    "AND", "OR", "NOT", "WHEN", "THEN", "ELSE", "WHERE", "SELECT", "LIKE", "ILIKE",
                    "BETWEEN", "HAVING");

    private static final int MAX_DEPTH = 63;

    /** Keywords that end a select list at its depth. */
    private static final Set<String> SELECT_LIST_END =
            Set.of(
                    "FROM",
                    "WHERE",
                    "GROUP",
                    "HAVING",
                    "WINDOW",
                    "ORDER",
                    "LIMIT",
                    "OFFSET",
                    "FETCH",
                    "UNION",
                    "INTERSECT",
                    "EXCEPT",
                    "INTO",
                    "FOR");

    /** Keywords that end an ORDER BY / GROUP BY / PARTITION BY list at its depth. */
    private static final Set<String> END_OF_LIST =
            Set.of(
                    "LIMIT",
                    "OFFSET",
                    "FETCH",
                    "HAVING",
                    "WINDOW",
                    "UNION",
                    "INTERSECT",
                    "EXCEPT",
                    "SELECT",
                    "FROM",
                    "WHERE",
                    "RETURNING",
                    "FOR");

    /** The normalised statement, or null when the text is not one this class rewrites. */
    static @Nullable Normalized normalize(String sql) {
        int n = sql.length();
        StringBuilder out = new StringBuilder(n + 16);
        List<String> values = new ArrayList<>();
        List<LiteralKind> kinds = new ArrayList<>();
        String prev = ""; // previous significant token, keywords upper-cased
        boolean first = true;
        int depth = 0;
        int noParamDepth = Integer.MAX_VALUE; // literals at this depth or deeper stay literals
        boolean distinctOnPending = false;
        // per depth: between SELECT and the end of its select list, where a bare literal item
        // names its column ?column? and a parameter would name it after its type
        boolean[] selectList = new boolean[MAX_DEPTH + 1];
        int i = 0;
        while (i < n) {
            char c = sql.charAt(i);
            if (Character.isWhitespace(c)) {
                out.append(c);
                i++;
                continue;
            }
            if (c == '-' && i + 1 < n && sql.charAt(i + 1) == '-') {
                int end = sql.indexOf('\n', i);
                end = end < 0 ? n : end;
                out.append(sql, i, end);
                i = end;
                continue;
            }
            if (c == '/' && i + 1 < n && sql.charAt(i + 1) == '*') {
                int end = skipBlockComment(sql, i);
                if (end < 0) {
                    return null;
                }
                out.append(sql, i, end);
                i = end;
                continue;
            }
            String token;
            if (c == '\'') {
                int end = endOfString(sql, i);
                if (end < 0) {
                    return null;
                }
                boolean prefixed = i > 0 && isIdentifierPart(sql.charAt(i - 1));
                if (!prefixed
                        && depth < noParamDepth
                        && !(selectList[depth] && startsItem(prev))
                        && BEFORE_PARAMETER.contains(prev)
                        && !followedByCast(sql, end)
                        && values.size() < MAX_PARAMETERS) {
                    values.add(sql.substring(i + 1, end - 1).replace("''", "'"));
                    kinds.add(LiteralKind.STRING);
                    out.append('$').append(values.size());
                } else {
                    out.append(sql, i, end);
                }
                token = "'";
                i = end;
            } else if (c == '"') {
                int end = sql.indexOf('"', i + 1);
                while (end > 0 && end + 1 < n && sql.charAt(end + 1) == '"') {
                    end = sql.indexOf('"', end + 2);
                }
                if (end < 0) {
                    return null;
                }
                out.append(sql, i, end + 1);
                token = "\"";
                i = end + 1;
            } else if (c == '$') {
                return null; // $n parameters or dollar quotes: leave the text to the parser
            } else if (Character.isDigit(c) || (c == '.' && i + 1 < n && isDigit(sql, i + 1))) {
                int end = i;
                boolean integer = true;
                while (end < n && Character.isDigit(sql.charAt(end))) {
                    end++;
                }
                if (end < n && (sql.charAt(end) == '.' || Character.isLetter(sql.charAt(end)))) {
                    integer = false;
                    end++;
                    while (end < n
                            && (Character.isLetterOrDigit(sql.charAt(end))
                                    || sql.charAt(end) == '.'
                                    || ((sql.charAt(end) == '+' || sql.charAt(end) == '-')
                                            && (sql.charAt(end - 1) == 'e'
                                                    || sql.charAt(end - 1) == 'E')))) {
                        end++;
                    }
                }
                String literal = sql.substring(i, end);
                LiteralKind kind = integer ? integerKind(literal) : null;
                if (prev.equals("-") && literal.equals("2147483648")) {
                    kind = null; // -2147483648 is an INTEGER literal in PostgreSQL
                }
                if (kind != null
                        && depth < noParamDepth
                        && !(selectList[depth] && startsItem(prev))
                        && BEFORE_PARAMETER.contains(prev)
                        && !followedByCast(sql, end)
                        && values.size() < MAX_PARAMETERS) {
                    values.add(literal);
                    kinds.add(kind);
                    out.append('$').append(values.size());
                } else {
                    out.append(literal);
                }
                token = "0";
                i = end;
            } else if (isIdentifierStart(c)) {
                int end = i + 1;
                while (end < n && isIdentifierPart(sql.charAt(end))) {
                    end++;
                }
                out.append(sql, i, end);
                token = sql.substring(i, end).toUpperCase(Locale.ROOT);
                i = end;
                if (token.equals("SELECT")) {
                    selectList[depth] = true;
                } else if (SELECT_LIST_END.contains(token)) {
                    selectList[depth] = false;
                }
                if (token.equals("BY")
                        && (prev.equals("ORDER")
                                || prev.equals("GROUP")
                                || prev.equals("PARTITION"))) {
                    noParamDepth = Math.min(noParamDepth, depth);
                } else if (token.equals("ON") && prev.equals("DISTINCT")) {
                    distinctOnPending = true;
                } else if (depth == noParamDepth && END_OF_LIST.contains(token)) {
                    noParamDepth = Integer.MAX_VALUE;
                }
            } else if (c == ';') {
                for (int j = i + 1; j < n; j++) {
                    if (!Character.isWhitespace(sql.charAt(j))) {
                        return null; // several statements
                    }
                }
                out.append(sql, i, n);
                break;
            } else if (c == '(' || c == ')' || c == ',' || c == '[' || c == ']' || c == '.') {
                out.append(c);
                token = String.valueOf(c);
                i++;
                if (c == '(') {
                    depth++;
                    if (depth > MAX_DEPTH) {
                        return null;
                    }
                    selectList[depth] = false;
                    if (distinctOnPending) {
                        noParamDepth = Math.min(noParamDepth, depth);
                        distinctOnPending = false;
                    }
                } else if (c == ')') {
                    if (depth == noParamDepth) {
                        noParamDepth = Integer.MAX_VALUE;
                    }
                    selectList[depth] = false;
                    depth--;
                    if (depth < 0) {
                        return null;
                    }
                }
            } else if (c == ':' && i + 1 < n && sql.charAt(i + 1) == ':') {
                out.append("::");
                token = "::";
                i += 2;
            } else {
                int end = i;
                while (end < n && "+-*/<>=~!@#%^&|`?:".indexOf(sql.charAt(end)) >= 0) {
                    end++;
                }
                if (end == i) {
                    end = i + 1;
                }
                out.append(sql, i, end);
                token = sql.substring(i, end);
                i = end;
            }
            if (first && !STATEMENTS.contains(token)) {
                return null;
            }
            first = false;
            prev = token;
        }
        if (first) {
            return null; // nothing but comments
        }
        StringBuilder key = new StringBuilder(out.length() + kinds.size() + 1).append(out);
        key.append('\u0000');
        for (LiteralKind k : kinds) {
            key.append(k.code);
        }
        return new Normalized(
                key.toString(), out.toString(), List.copyOf(values), List.copyOf(kinds));
    }

    private static boolean startsItem(String prev) {
        return prev.equals("SELECT")
                || prev.equals(",")
                || prev.equals("DISTINCT")
                || prev.equals("ALL");
    }

    private static @Nullable LiteralKind integerKind(String digits) {
        if (digits.length() > 19) {
            return null;
        }
        long v;
        try {
            v = Long.parseLong(digits);
        } catch (NumberFormatException e) {
            return null; // beyond BIGINT: a numeric literal, left alone
        }
        return v <= Integer.MAX_VALUE ? LiteralKind.INTEGER : LiteralKind.BIGINT;
    }

    private static boolean followedByCast(String sql, int from) {
        int j = from;
        while (j < sql.length() && Character.isWhitespace(sql.charAt(j))) {
            j++;
        }
        return j + 1 < sql.length() && sql.charAt(j) == ':' && sql.charAt(j + 1) == ':';
    }

    /** The index after the closing quote of the string starting at {@code start}, or -1. */
    private static int endOfString(String sql, int start) {
        int j = start + 1;
        while (j < sql.length()) {
            if (sql.charAt(j) == '\'') {
                if (j + 1 < sql.length() && sql.charAt(j + 1) == '\'') {
                    j += 2;
                    continue;
                }
                return j + 1;
            }
            j++;
        }
        return -1;
    }

    private static int skipBlockComment(String sql, int start) {
        int nesting = 0;
        int j = start;
        while (j + 1 < sql.length()) {
            if (sql.charAt(j) == '/' && sql.charAt(j + 1) == '*') {
                nesting++;
                j += 2;
            } else if (sql.charAt(j) == '*' && sql.charAt(j + 1) == '/') {
                nesting--;
                j += 2;
                if (nesting == 0) {
                    return j;
                }
            } else {
                j++;
            }
        }
        return -1;
    }

    private static boolean isDigit(String s, int i) {
        return Character.isDigit(s.charAt(i));
    }

    private static boolean isIdentifierStart(char c) {
        return Character.isLetter(c) || c == '_';
    }

    private static boolean isIdentifierPart(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '$';
    }
}
