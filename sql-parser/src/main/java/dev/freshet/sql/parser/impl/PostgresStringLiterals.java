package dev.freshet.sql.parser.impl;

import dev.freshet.sql.error.ErrorCode;
import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.apache.calcite.sql.parser.SqlParserPos;

/**
 * Decodes PostgreSQL's string literal forms that Calcite lacks: escape strings {@code E'...'} and
 * dollar-quoted strings {@code $$...$$}.
 */
final class PostgresStringLiterals {
    private PostgresStringLiterals() {}

    /**
     * The value of an escape string token such as {@code E'a\tb\'c'}: backslash escapes {@code \b
     * \f \n \r \t}, octal {@code \o \oo \ooo} and hex {@code \xh \xhh} bytes (UTF-8), a backslash
     * and {@code u} or {@code U} before 4 or 8 hex digits for a code point, {@code \} before any
     * other character stands for that character, and {@code ''} for a quote.
     */
    static String decodeEscapeString(String image, SqlParserPos pos) {
        // image is E'...' (or e'...'); the lexer guarantees the quotes.
        String body = image.substring(2, image.length() - 1);
        StringBuilder out = new StringBuilder(body.length());
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        int i = 0;
        while (i < body.length()) {
            char c = body.charAt(i);
            if (c == '\'') {
                flush(bytes, out, pos);
                out.append('\'');
                i += 2; // the lexer only lets '' through
                continue;
            }
            if (c != '\\' || i + 1 >= body.length()) {
                flush(bytes, out, pos);
                out.append(c);
                i++;
                continue;
            }
            char e = body.charAt(i + 1);
            i += 2;
            switch (e) {
                case 'b' -> append(bytes, out, pos, '\b');
                case 'f' -> append(bytes, out, pos, '\f');
                case 'n' -> append(bytes, out, pos, '\n');
                case 'r' -> append(bytes, out, pos, '\r');
                case 't' -> append(bytes, out, pos, '\t');
                case 'x' -> {
                    int end = hexEnd(body, i, 2);
                    if (end == i) {
                        append(bytes, out, pos, 'x'); // "\x" not followed by hex is just x
                    } else {
                        addByte(bytes, Integer.parseInt(body.substring(i, end), 16), pos);
                        i = end;
                    }
                }
                case 'u', 'U' -> {
                    int digits = e == 'u' ? 4 : 8;
                    int end = hexEnd(body, i, digits);
                    if (end - i != digits) {
                        throw new PositionedParseException(
                                ErrorCode.INVALID_ESCAPE_SEQUENCE,
                                "invalid Unicode escape: \\"
                                        + e
                                        + " needs "
                                        + digits
                                        + " hexadecimal digits",
                                pos);
                    }
                    long codePoint = Long.parseLong(body.substring(i, end), 16);
                    if (codePoint == 0
                            || codePoint > Character.MAX_CODE_POINT
                            || (codePoint >= Character.MIN_SURROGATE
                                    && codePoint <= Character.MAX_SURROGATE)) {
                        throw new PositionedParseException(
                                ErrorCode.INVALID_ESCAPE_SEQUENCE,
                                "invalid Unicode escape value",
                                pos);
                    }
                    flush(bytes, out, pos);
                    out.appendCodePoint((int) codePoint);
                    i = end;
                }
                default -> {
                    if (e >= '0' && e <= '7') {
                        int end = i - 1;
                        while (end < body.length() && end < i + 2 && isOctal(body.charAt(end))) {
                            end++;
                        }
                        addByte(bytes, Integer.parseInt(body.substring(i - 1, end), 8) & 0xFF, pos);
                        i = end;
                    } else {
                        append(bytes, out, pos, e);
                    }
                }
            }
        }
        flush(bytes, out, pos);
        return out.toString();
    }

    /** The value of a dollar-quoted string token {@code $$...$$}: its text, unchanged. */
    static String decodeDollarQuoted(String image) {
        return image.substring(2, image.length() - 2);
    }

    private static void append(
            ByteArrayOutputStream bytes, StringBuilder out, SqlParserPos pos, char c) {
        flush(bytes, out, pos);
        out.append(c);
    }

    private static void addByte(ByteArrayOutputStream bytes, int b, SqlParserPos pos) {
        if (b == 0) {
            throw new PositionedParseException(
                    ErrorCode.CHARACTER_NOT_IN_REPERTOIRE,
                    "invalid byte sequence for encoding \"UTF8\": 0x00",
                    pos);
        }
        bytes.write(b);
    }

    /** Decodes escaped bytes collected so far as UTF-8, as PostgreSQL checks them. */
    private static void flush(ByteArrayOutputStream bytes, StringBuilder out, SqlParserPos pos) {
        if (bytes.size() == 0) {
            return;
        }
        try {
            out.append(
                    StandardCharsets.UTF_8
                            .newDecoder()
                            .onMalformedInput(CodingErrorAction.REPORT)
                            .onUnmappableCharacter(CodingErrorAction.REPORT)
                            .decode(ByteBuffer.wrap(bytes.toByteArray())));
        } catch (CharacterCodingException e) {
            throw new PositionedParseException(
                    ErrorCode.CHARACTER_NOT_IN_REPERTOIRE,
                    "invalid byte sequence for encoding \"UTF8\"",
                    pos);
        }
        bytes.reset();
    }

    private static int hexEnd(String s, int start, int maxDigits) {
        int end = start;
        while (end < s.length() && end < start + maxDigits && isHex(s.charAt(end))) {
            end++;
        }
        return end;
    }

    private static boolean isHex(char c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
    }

    private static boolean isOctal(char c) {
        return c >= '0' && c <= '7';
    }
}
