package dev.freshet.engine.type;

import dev.freshet.sql.error.ErrorCode;
import dev.freshet.sql.error.FreshetException;

/**
 * PostgreSQL's UUID text output ({@code a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11}, lower case) and
 * input: 32 hex digits in either case, optionally in braces, with an optional hyphen after any
 * group of four digits; no whitespace.
 */
public final class PgUuidText {
    private PgUuidText() {}

    private static final char[] HEX = "0123456789abcdef".toCharArray();

    /** Appends the 16 bytes at {@code data[from]} as {@code 8-4-4-4-12} lower-case hex. */
    public static void appendUuid(byte[] data, int from, StringBuilder out) {
        for (int i = 0; i < 16; i++) {
            if (i == 4 || i == 6 || i == 8 || i == 10) {
                out.append('-');
            }
            int b = data[from + i] & 0xff;
            out.append(HEX[b >>> 4]).append(HEX[b & 15]);
        }
    }

    /** Parses UUID input into 16 bytes. */
    public static byte[] parse(String text) {
        byte[] out = new byte[16];
        int i = 0;
        int n = text.length();
        boolean braces = n > 0 && text.charAt(0) == '{';
        if (braces) {
            i++;
        }
        for (int k = 0; k < 16; k++) {
            if (i + 1 >= n) {
                throw invalid(text);
            }
            int hi = Character.digit(text.charAt(i), 16);
            int lo = Character.digit(text.charAt(i + 1), 16);
            if (hi < 0 || lo < 0 || text.charAt(i) > 'f' || text.charAt(i + 1) > 'f') {
                throw invalid(text);
            }
            out[k] = (byte) ((hi << 4) | lo);
            i += 2;
            if (i < n && text.charAt(i) == '-' && k % 2 == 1 && k < 15) {
                i++;
            }
        }
        if (braces) {
            if (i >= n || text.charAt(i) != '}') {
                throw invalid(text);
            }
            i++;
        }
        if (i != n) {
            throw invalid(text);
        }
        return out;
    }

    private static FreshetException invalid(String text) {
        return new FreshetException(
                ErrorCode.INVALID_TEXT_REPRESENTATION,
                "invalid input syntax for type uuid: \"" + text + "\"");
    }
}
