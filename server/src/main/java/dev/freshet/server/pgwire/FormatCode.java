package dev.freshet.server.pgwire;

import dev.freshet.sql.error.ErrorCode;
import dev.freshet.sql.error.FreshetException;
import java.util.Arrays;

/** How a parameter or result value travels: PostgreSQL's text or binary representation. */
enum FormatCode {
    TEXT,
    BINARY;

    /** The wire value of this format code. */
    short code() {
        return (short) ordinal();
    }

    /**
     * Resolves the format codes of a Bind message for {@code count} values: no codes mean all text,
     * one code applies to every value, otherwise there is one code per value.
     *
     * @param what "parameter" or "result", for the error message
     * @throws FreshetException 08P01 when the count does not fit or a code is unknown
     */
    static FormatCode[] resolve(short[] codes, int count, String what) {
        FormatCode[] out = new FormatCode[count];
        if (codes.length == 0) {
            Arrays.fill(out, TEXT);
        } else if (codes.length == 1) {
            Arrays.fill(out, of(codes[0]));
        } else if (codes.length == count) {
            for (int i = 0; i < count; i++) {
                out[i] = of(codes[i]);
            }
        } else {
            String message =
                    what.equals("parameter")
                            ? "bind message has "
                                    + codes.length
                                    + " parameter formats but "
                                    + count
                                    + " parameters"
                            : "bind message has "
                                    + codes.length
                                    + " result formats but query has "
                                    + count
                                    + " columns";
            throw new FreshetException(ErrorCode.PROTOCOL_VIOLATION, message);
        }
        return out;
    }

    /** All-text formats for {@code count} values (simple query, Describe of a statement). */
    static FormatCode[] allText(int count) {
        FormatCode[] out = new FormatCode[count];
        Arrays.fill(out, TEXT);
        return out;
    }

    private static FormatCode of(short code) {
        return switch (code) {
            case 0 -> TEXT;
            case 1 -> BINARY;
            default ->
                    throw new FreshetException(
                            ErrorCode.PROTOCOL_VIOLATION, "unsupported format code: " + code);
        };
    }
}
