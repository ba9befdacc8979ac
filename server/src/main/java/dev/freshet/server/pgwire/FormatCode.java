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
     * The formats of a Bind message's {@code count} parameters.
     *
     * @throws FreshetException 08P01 when the number of codes fits neither rule, or a code is
     *     unknown
     */
    static FormatCode[] forParameters(short[] codes, int count) {
        if (!fits(codes, count)) {
            throw new FreshetException(
                    ErrorCode.PROTOCOL_VIOLATION,
                    "bind message has "
                            + codes.length
                            + " parameter formats but "
                            + count
                            + " parameters");
        }
        return resolve(codes, count);
    }

    /**
     * The formats of {@code count} result columns as a Bind message asked for them.
     *
     * @throws FreshetException 08P01 when the number of codes fits neither rule, or a code is
     *     unknown
     */
    static FormatCode[] forResults(short[] codes, int count) {
        if (!fits(codes, count)) {
            throw new FreshetException(
                    ErrorCode.PROTOCOL_VIOLATION,
                    "bind message has "
                            + codes.length
                            + " result formats but query has "
                            + count
                            + " columns");
        }
        return resolve(codes, count);
    }

    /** All-text formats for {@code count} values (simple query, Describe of a statement). */
    static FormatCode[] allText(int count) {
        FormatCode[] out = new FormatCode[count];
        Arrays.fill(out, TEXT);
        return out;
    }

    /** No codes mean all text, one code applies to every value, else one code per value. */
    private static boolean fits(short[] codes, int count) {
        return codes.length <= 1 || codes.length == count;
    }

    private static FormatCode[] resolve(short[] codes, int count) {
        FormatCode[] out = new FormatCode[count];
        if (codes.length == 0) {
            Arrays.fill(out, TEXT);
        } else if (codes.length == 1) {
            Arrays.fill(out, of(codes[0]));
        } else {
            for (int i = 0; i < count; i++) {
                out[i] = of(codes[i]);
            }
        }
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
