package dev.freshet.engine.type;

import dev.freshet.sql.error.ErrorCode;
import dev.freshet.sql.error.FreshetException;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * PostgreSQL's BYTEA text output ({@code bytea_output = hex}: {@code \x0102ff}) and input, which
 * takes the hex format ({@code \x} then pairs of hex digits, whitespace allowed between pairs) or
 * the escape format (characters as their UTF-8 bytes, {@code \\} for a backslash, {@code \ooo}
 * octal for any byte).
 */
public final class PgByteaText {
    private PgByteaText() {}

    private static final char[] HEX = "0123456789abcdef".toCharArray();

    /** Appends {@code data[from, to)} in hex format. */
    public static void appendBytea(byte[] data, int from, int to, StringBuilder out) {
        out.append("\\x");
        for (int i = from; i < to; i++) {
            int b = data[i] & 0xff;
            out.append(HEX[b >>> 4]).append(HEX[b & 15]);
        }
    }

    /** Parses BYTEA input in hex or escape format. */
    public static byte[] parse(String text) {
        if (text.length() >= 2 && text.charAt(0) == '\\' && text.charAt(1) == 'x') {
            return parseHex(text);
        }
        byte[] utf8 = text.getBytes(StandardCharsets.UTF_8);
        ByteArrayOutputStream out = new ByteArrayOutputStream(utf8.length);
        int i = 0;
        while (i < utf8.length) {
            byte b = utf8[i];
            if (b != '\\') {
                out.write(b);
                i++;
            } else if (i + 1 < utf8.length && utf8[i + 1] == '\\') {
                out.write('\\');
                i += 2;
            } else if (i + 3 < utf8.length
                    && utf8[i + 1] >= '0'
                    && utf8[i + 1] <= '3'
                    && isOctal(utf8[i + 2])
                    && isOctal(utf8[i + 3])) {
                out.write(
                        ((utf8[i + 1] - '0') << 6)
                                | ((utf8[i + 2] - '0') << 3)
                                | (utf8[i + 3] - '0'));
                i += 4;
            } else {
                throw new FreshetException(
                        ErrorCode.INVALID_TEXT_REPRESENTATION,
                        "invalid input syntax for type bytea");
            }
        }
        return out.toByteArray();
    }

    private static boolean isOctal(byte b) {
        return b >= '0' && b <= '7';
    }

    private static byte[] parseHex(String text) {
        byte[] out = new byte[(text.length() - 2) / 2];
        int n = 0;
        int i = 2;
        int len = text.length();
        while (i < len) {
            char c = text.charAt(i);
            if (c == ' ' || c == '\n' || c == '\t' || c == '\r') {
                i++;
                continue;
            }
            int hi = hexValue(text, i);
            if (i + 1 >= len) {
                throw new FreshetException(
                        ErrorCode.INVALID_PARAMETER_VALUE,
                        "invalid hexadecimal data: odd number of digits");
            }
            int lo = hexValue(text, i + 1);
            out[n++] = (byte) ((hi << 4) | lo);
            i += 2;
        }
        return n == out.length ? out : Arrays.copyOf(out, n);
    }

    private static int hexValue(String text, int i) {
        char c = text.charAt(i);
        if (c >= '0' && c <= '9') {
            return c - '0';
        }
        if (c >= 'a' && c <= 'f') {
            return c - 'a' + 10;
        }
        if (c >= 'A' && c <= 'F') {
            return c - 'A' + 10;
        }
        String digit = text.substring(i, i + Character.charCount(text.codePointAt(i)));
        throw new FreshetException(
                ErrorCode.INVALID_PARAMETER_VALUE, "invalid hexadecimal digit: \"" + digit + "\"");
    }
}
