package dev.freshet.engine.type;

import dev.freshet.sql.error.ErrorCode;
import dev.freshet.sql.error.FreshetException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * JSONB text input: validates JSON as PostgreSQL's parser does (same error details) and returns the
 * text PostgreSQL's {@code jsonb_out} would print for the stored value, which is what Freshet
 * stores for a JSONB value.
 *
 * <p>The normal form: one space after {@code :} and {@code ,} and none elsewhere; object keys
 * de-duplicated (the last value wins) and ordered by the length of their UTF-8 bytes, then by the
 * bytes; numbers as NUMERIC prints them ({@code 1e2} → {@code 100}, {@code -0} → {@code 0}, {@code
 * 1.50} kept); strings re-escaped with {@code \"}, {@code \\}, {@code \b \f \n \r \t} and {@code
 * \}{@code u00XX} for other control characters, everything else (including {@code /} and non-ASCII)
 * literal. {@code \}{@code u0000} is rejected (22P05) as PostgreSQL cannot store it in text.
 *
 * <p>Nesting deeper than {@link #MAX_DEPTH} is rejected with 54000.
 */
public final class JsonText {
    private JsonText() {}

    /** Deepest nesting of arrays and objects accepted. */
    public static final int MAX_DEPTH = 1000;

    /** Parses JSON text and returns its JSONB normal form. */
    public static String normalize(String text) {
        Parser p = new Parser(text);
        Node root = p.parseDocument();
        StringBuilder out = new StringBuilder(text.length());
        render(root, out);
        return out.toString();
    }

    // ---------------------------------------------------------------- tree

    private sealed interface Node permits Literal, Str, Arr, Obj {}

    /** A number (already in NUMERIC's form), {@code true}, {@code false} or {@code null}. */
    private record Literal(String text) implements Node {}

    private record Str(String value) implements Node {}

    private record Arr(List<Node> items) implements Node {}

    private record Obj(List<Member> members) implements Node {}

    private record Member(String key, byte[] keyBytes, int order, Node value) {}

    /** jsonb's key order: shorter UTF-8 first, then bytes; for equal keys the later one first. */
    private static final Comparator<Member> KEY_ORDER =
            (a, b) -> {
                int c = Integer.compare(a.keyBytes.length, b.keyBytes.length);
                if (c == 0) {
                    c = Arrays.compareUnsigned(a.keyBytes, b.keyBytes);
                }
                return c != 0 ? c : Integer.compare(b.order, a.order);
            };

    private static void render(Node node, StringBuilder out) {
        switch (node) {
            case Literal l -> out.append(l.text());
            case Str s -> appendQuoted(s.value(), out);
            case Arr a -> {
                out.append('[');
                for (int i = 0; i < a.items().size(); i++) {
                    if (i > 0) {
                        out.append(", ");
                    }
                    render(a.items().get(i), out);
                }
                out.append(']');
            }
            case Obj o -> {
                out.append('{');
                for (int i = 0; i < o.members().size(); i++) {
                    if (i > 0) {
                        out.append(", ");
                    }
                    Member m = o.members().get(i);
                    appendQuoted(m.key(), out);
                    out.append(": ");
                    render(m.value(), out);
                }
                out.append('}');
            }
        }
    }

    private static final char[] HEX = "0123456789abcdef".toCharArray();

    /** Appends {@code s} as a JSON string literal, escaped as PostgreSQL's {@code escape_json}. */
    public static void appendQuoted(String s, StringBuilder out) {
        out.append('"');
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\b' -> out.append("\\b");
                case '\f' -> out.append("\\f");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < ' ') {
                        out.append("\\u00").append(HEX[c >> 4]).append(HEX[c & 15]);
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        out.append('"');
    }

    // ---------------------------------------------------------------- parser

    private enum Token {
        OBJECT_START,
        OBJECT_END,
        ARRAY_START,
        ARRAY_END,
        COMMA,
        COLON,
        STRING,
        NUMBER,
        TRUE,
        FALSE,
        NULL,
        END
    }

    /** What the parser expected when it found something else (PostgreSQL's JsonParseContext). */
    private enum Expected {
        VALUE("Expected JSON value, but found \"%s\"."),
        STRING("Expected string, but found \"%s\"."),
        ARRAY_NEXT("Expected \",\" or \"]\", but found \"%s\"."),
        OBJECT_START("Expected string or \"}\", but found \"%s\"."),
        OBJECT_LABEL("Expected \":\", but found \"%s\"."),
        OBJECT_NEXT("Expected \",\" or \"}\", but found \"%s\"."),
        END("Expected end of input, but found \"%s\".");

        final String detail;

        Expected(String detail) {
            this.detail = detail;
        }
    }

    /**
     * A recursive-descent parser that, like PostgreSQL's, always has the next token lexed: a
     * lexical error is reported as soon as the bad token is reached.
     */
    private static final class Parser {
        private final String s;
        private int pos;
        private Token token = Token.END;
        private int tokenStart;
        private String stringValue = "";
        private int depth;
        private int memberOrder;

        Parser(String s) {
            this.s = s;
        }

        Node parseDocument() {
            lex();
            Node root = parseValue();
            expect(Expected.END, Token.END);
            return root;
        }

        private Node parseValue() {
            return switch (token) {
                case OBJECT_START -> parseObject();
                case ARRAY_START -> parseArray();
                default -> parseScalar();
            };
        }

        private Node parseScalar() {
            Node n =
                    switch (token) {
                        case STRING -> new Str(stringValue);
                        case NUMBER -> new Literal(numberText());
                        case TRUE -> new Literal("true");
                        case FALSE -> new Literal("false");
                        case NULL -> new Literal("null");
                        default -> throw parseError(Expected.VALUE);
                    };
            lex();
            return n;
        }

        private String numberText() {
            String literal = s.substring(tokenStart, pos);
            PgNumericText.checkSize(literal);
            return Decimal.parse(literal).toString();
        }

        private Node parseArray() {
            enter();
            lex();
            List<Node> items = new ArrayList<>();
            if (token != Token.ARRAY_END) {
                items.add(parseValue());
                while (token == Token.COMMA) {
                    lex();
                    items.add(parseValue());
                }
            }
            expect(Expected.ARRAY_NEXT, Token.ARRAY_END);
            depth--;
            return new Arr(items);
        }

        private Node parseObject() {
            enter();
            lex();
            List<Member> members = new ArrayList<>();
            switch (token) {
                case STRING -> {
                    members.add(parseMember());
                    while (token == Token.COMMA) {
                        lex();
                        members.add(parseMember());
                    }
                }
                case OBJECT_END -> {}
                default -> throw parseError(Expected.OBJECT_START);
            }
            expect(Expected.OBJECT_NEXT, Token.OBJECT_END);
            depth--;
            members.sort(KEY_ORDER);
            List<Member> unique = new ArrayList<>(members.size());
            for (Member m : members) {
                if (unique.isEmpty() || !unique.getLast().key().equals(m.key())) {
                    unique.add(m);
                }
            }
            return new Obj(unique);
        }

        private Member parseMember() {
            if (token != Token.STRING) {
                throw parseError(Expected.STRING);
            }
            String key = stringValue;
            lex();
            expect(Expected.OBJECT_LABEL, Token.COLON);
            Node value = parseValue();
            return new Member(key, key.getBytes(StandardCharsets.UTF_8), memberOrder++, value);
        }

        private void enter() {
            if (++depth > MAX_DEPTH) {
                throw new FreshetException(
                        ErrorCode.PROGRAM_LIMIT_EXCEEDED,
                        "JSON nesting depth exceeds the maximum of " + MAX_DEPTH);
            }
        }

        private void expect(Expected context, Token wanted) {
            if (token != wanted) {
                throw parseError(context);
            }
            lex();
        }

        private FreshetException parseError(Expected context) {
            if (token == Token.END) {
                return syntaxError("The input string ended unexpectedly.");
            }
            return syntaxError(context.detail.formatted(s.substring(tokenStart, pos)));
        }

        // ------------------------------------------------------------ lexer

        private void lex() {
            int n = s.length();
            while (pos < n && isJsonSpace(s.charAt(pos))) {
                pos++;
            }
            tokenStart = pos;
            if (pos == n) {
                token = Token.END;
                return;
            }
            char c = s.charAt(pos);
            switch (c) {
                case '{' -> single(Token.OBJECT_START);
                case '}' -> single(Token.OBJECT_END);
                case '[' -> single(Token.ARRAY_START);
                case ']' -> single(Token.ARRAY_END);
                case ',' -> single(Token.COMMA);
                case ':' -> single(Token.COLON);
                case '"' -> lexString();
                default -> {
                    if (c == '-' || (c >= '0' && c <= '9')) {
                        lexNumber();
                    } else {
                        lexWord();
                    }
                }
            }
        }

        private void single(Token t) {
            token = t;
            pos++;
        }

        private void lexWord() {
            int n = s.length();
            int p = pos;
            while (p < n && isAlphanumeric(s.charAt(p))) {
                p++;
            }
            if (p == pos) {
                pos += Character.charCount(s.codePointAt(pos));
                throw invalidToken();
            }
            pos = p;
            switch (s.substring(tokenStart, p)) {
                case "true" -> token = Token.TRUE;
                case "false" -> token = Token.FALSE;
                case "null" -> token = Token.NULL;
                default -> throw invalidToken();
            }
        }

        private void lexNumber() {
            int n = s.length();
            int p = pos;
            boolean error = false;
            if (s.charAt(p) == '-') {
                p++;
            }
            if (p < n && s.charAt(p) == '0') {
                p++;
            } else if (p < n && s.charAt(p) >= '1' && s.charAt(p) <= '9') {
                while (p < n && isDigit(s.charAt(p))) {
                    p++;
                }
            } else {
                error = true;
            }
            if (p < n && s.charAt(p) == '.') {
                p++;
                if (p == n || !isDigit(s.charAt(p))) {
                    error = true;
                } else {
                    while (p < n && isDigit(s.charAt(p))) {
                        p++;
                    }
                }
            }
            if (p < n && (s.charAt(p) == 'e' || s.charAt(p) == 'E')) {
                p++;
                if (p < n && (s.charAt(p) == '+' || s.charAt(p) == '-')) {
                    p++;
                }
                if (p == n || !isDigit(s.charAt(p))) {
                    error = true;
                } else {
                    while (p < n && isDigit(s.charAt(p))) {
                        p++;
                    }
                }
            }
            // Letters or digits running on belong to the (bad) token, for the message.
            while (p < n && isAlphanumeric(s.charAt(p))) {
                p++;
                error = true;
            }
            pos = p;
            if (error) {
                throw invalidToken();
            }
            token = Token.NUMBER;
        }

        private void lexString() {
            int n = s.length();
            StringBuilder b = new StringBuilder();
            int highSurrogate = -1;
            int p = pos + 1;
            while (true) {
                if (p >= n) {
                    pos = n;
                    throw invalidToken();
                }
                char c = s.charAt(p);
                if (c == '"') {
                    break;
                }
                if (c < ' ') {
                    throw syntaxError(
                            "Character with value 0x%02x must be escaped.".formatted((int) c));
                }
                if (c == '\\') {
                    p++;
                    if (p >= n) {
                        pos = n;
                        throw invalidToken();
                    }
                    char e = s.charAt(p);
                    if (e == 'u') {
                        int ch = 0;
                        for (int k = 0; k < 4; k++) {
                            p++;
                            if (p >= n) {
                                pos = n;
                                throw invalidToken();
                            }
                            int d = Character.digit(s.charAt(p), 16);
                            if (d < 0 || s.charAt(p) > 'f') {
                                throw syntaxError(
                                        "\"\\u\" must be followed by four hexadecimal digits.");
                            }
                            ch = ch * 16 + d;
                        }
                        if (Character.isHighSurrogate((char) ch)) {
                            if (highSurrogate != -1) {
                                throw syntaxError(
                                        "Unicode high surrogate must not follow a high"
                                                + " surrogate.");
                            }
                            highSurrogate = ch;
                            p++;
                            continue;
                        }
                        if (Character.isLowSurrogate((char) ch)) {
                            if (highSurrogate == -1) {
                                throw lowSurrogateError();
                            }
                            b.append((char) highSurrogate).append((char) ch);
                            highSurrogate = -1;
                            p++;
                            continue;
                        }
                        if (highSurrogate != -1) {
                            throw lowSurrogateError();
                        }
                        if (ch == 0) {
                            throw new FreshetException(
                                            ErrorCode.UNTRANSLATABLE_CHARACTER,
                                            "unsupported Unicode escape sequence")
                                    .withDetail("\\u0000 cannot be converted to text.");
                        }
                        b.append((char) ch);
                    } else {
                        if (highSurrogate != -1) {
                            throw lowSurrogateError();
                        }
                        switch (e) {
                            case '"', '\\', '/' -> b.append(e);
                            case 'b' -> b.append('\b');
                            case 'f' -> b.append('\f');
                            case 'n' -> b.append('\n');
                            case 'r' -> b.append('\r');
                            case 't' -> b.append('\t');
                            default -> {
                                String bad =
                                        s.substring(p, p + Character.charCount(s.codePointAt(p)));
                                throw syntaxError("Escape sequence \"\\" + bad + "\" is invalid.");
                            }
                        }
                    }
                } else {
                    if (highSurrogate != -1) {
                        throw lowSurrogateError();
                    }
                    b.append(c);
                }
                p++;
            }
            if (highSurrogate != -1) {
                throw lowSurrogateError();
            }
            pos = p + 1;
            token = Token.STRING;
            stringValue = b.toString();
        }

        private FreshetException invalidToken() {
            return syntaxError("Token \"" + s.substring(tokenStart, pos) + "\" is invalid.");
        }

        private static FreshetException lowSurrogateError() {
            return syntaxError("Unicode low surrogate must follow a high surrogate.");
        }

        private static FreshetException syntaxError(String detail) {
            return new FreshetException(
                            ErrorCode.INVALID_TEXT_REPRESENTATION,
                            "invalid input syntax for type json")
                    .withDetail(detail);
        }

        private static boolean isJsonSpace(char c) {
            return c == ' ' || c == '\t' || c == '\n' || c == '\r';
        }

        private static boolean isDigit(char c) {
            return c >= '0' && c <= '9';
        }

        /** PostgreSQL's JSON_ALPHANUMERIC_CHAR: letters, digits, {@code _} and non-ASCII. */
        private static boolean isAlphanumeric(char c) {
            return (c >= 'a' && c <= 'z')
                    || (c >= 'A' && c <= 'Z')
                    || (c >= '0' && c <= '9')
                    || c == '_'
                    || c >= 0x80;
        }
    }
}
