package dev.freshet.engine.copy;

import dev.freshet.sql.ast.CopyOptions;
import dev.freshet.sql.error.ErrorCode;
import dev.freshet.sql.error.FreshetException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * The resolved options of one COPY: the format and its single-byte delimiter, quote and escape, the
 * NULL marker and whether a header line comes first. Checked as PostgreSQL checks them.
 *
 * @param csv CSV rather than text
 * @param delimiter column separator (one ASCII byte)
 * @param nullString the text that stands for NULL
 * @param quote CSV quote byte
 * @param escape CSV escape byte (inside quotes)
 * @param header whether the first line is a header (skipped on input, written on output)
 */
public record CopyFormat(
        boolean csv, byte delimiter, String nullString, byte quote, byte escape, boolean header) {

    /** Resolves and checks {@code options}. */
    public static CopyFormat of(CopyOptions options) {
        if (options.format() == CopyOptions.Format.BINARY) {
            throw new FreshetException(
                    ErrorCode.FEATURE_NOT_SUPPORTED, "COPY in binary format is not supported");
        }
        if (options.encoding() != null
                && !options.encoding().toUpperCase(Locale.ROOT).replace("-", "").equals("UTF8")) {
            throw new FreshetException(
                    ErrorCode.FEATURE_NOT_SUPPORTED,
                    "COPY ENCODING " + options.encoding() + " is not supported; use UTF8");
        }
        boolean csv = options.format() == CopyOptions.Format.CSV;
        if (!csv && options.quote() != null) {
            throw new FreshetException(
                    ErrorCode.FEATURE_NOT_SUPPORTED, "COPY quote available only in CSV mode");
        }
        if (!csv && options.escape() != null) {
            throw new FreshetException(
                    ErrorCode.FEATURE_NOT_SUPPORTED, "COPY escape available only in CSV mode");
        }
        byte delimiter = single(options.delimiterOrDefault(), "COPY delimiter");
        byte quote = single(options.quoteOrDefault(), "COPY quote");
        byte escape = single(options.escapeOrDefault(), "COPY escape");
        String nullString = options.nullStringOrDefault();
        if (delimiter == '\r' || delimiter == '\n') {
            throw new FreshetException(
                    ErrorCode.INVALID_PARAMETER_VALUE,
                    "COPY delimiter cannot be newline or carriage return");
        }
        if (nullString.indexOf('\r') >= 0 || nullString.indexOf('\n') >= 0) {
            throw new FreshetException(
                    ErrorCode.INVALID_PARAMETER_VALUE,
                    "COPY null representation cannot use newline or carriage return");
        }
        if (!csv
                && (delimiter == '\\'
                        || Character.isLetterOrDigit(delimiter)
                        || delimiter == '.')) {
            throw new FreshetException(
                    ErrorCode.INVALID_PARAMETER_VALUE,
                    "COPY delimiter cannot be \"" + (char) delimiter + "\"");
        }
        if (csv && delimiter == quote) {
            throw new FreshetException(
                    ErrorCode.INVALID_PARAMETER_VALUE,
                    "COPY delimiter and quote must be different");
        }
        if (nullString.indexOf((char) delimiter) >= 0) {
            throw new FreshetException(
                    ErrorCode.INVALID_PARAMETER_VALUE,
                    "COPY delimiter must not appear in the NULL specification");
        }
        return new CopyFormat(csv, delimiter, nullString, quote, escape, options.header());
    }

    private static byte single(String s, String what) {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        if (b.length != 1) {
            throw new FreshetException(
                    ErrorCode.FEATURE_NOT_SUPPORTED, what + " must be a single one-byte character");
        }
        return b[0];
    }
}
