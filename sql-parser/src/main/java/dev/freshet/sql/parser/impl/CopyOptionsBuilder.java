package dev.freshet.sql.parser.impl;

import dev.freshet.sql.ast.CopyOptions;
import dev.freshet.sql.error.ErrorCode;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.apache.calcite.sql.parser.SqlParserPos;
import org.jspecify.annotations.Nullable;

/**
 * Collects and checks the options of {@code COPY}, in both PostgreSQL spellings, with PostgreSQL's
 * rules and messages: each option at most once, single-character delimiter, quote and escape,
 * CSV-only options only with CSV, nothing but the format in binary mode.
 */
final class CopyOptionsBuilder {
    private final Set<String> given = new HashSet<>();
    private CopyOptions.Format format = CopyOptions.Format.TEXT;
    private boolean header;
    private @Nullable String delimiter;
    private @Nullable String nullString;
    private @Nullable String quote;
    private @Nullable String escape;
    private @Nullable String encoding;
    private @Nullable SqlParserPos headerPos;
    private @Nullable SqlParserPos delimiterPos;
    private @Nullable SqlParserPos nullPos;
    private @Nullable SqlParserPos quotePos;
    private @Nullable SqlParserPos escapePos;

    /** An option of the parenthesized list: {@code name [value]}. */
    void option(String name, @Nullable String value, boolean quoted, SqlParserPos pos) {
        switch (name) {
            case "format" -> {
                once(name, pos);
                format = format(required(name, value, pos), pos);
            }
            case "header" -> {
                once(name, pos);
                header = value == null || bool(name, value, pos);
                headerPos = pos;
            }
            case "delimiter" -> {
                once(name, pos);
                delimiter = required(name, value, pos);
                delimiterPos = pos;
            }
            case "null" -> {
                once(name, pos);
                nullString = required(name, value, pos);
                nullPos = pos;
            }
            case "quote" -> {
                once(name, pos);
                quote = required(name, value, pos);
                quotePos = pos;
            }
            case "escape" -> {
                once(name, pos);
                escape = required(name, value, pos);
                escapePos = pos;
            }
            case "encoding" -> {
                once(name, pos);
                encoding = required(name, value, pos);
            }
            default ->
                    throw PositionedParseException.syntax(
                            "option \"" + name + "\" not recognized", pos);
        }
    }

    /** An option of the older syntax: {@code BINARY}, {@code CSV}, {@code HEADER}, ... */
    void legacyOption(String name, @Nullable String value, SqlParserPos pos) {
        switch (name) {
            case "binary", "csv" -> {
                if (value != null) {
                    throw PositionedParseException.syntax(
                            "syntax error at or near \"" + value + "\"", pos);
                }
                option("format", name, false, pos);
            }
            case "header" -> {
                if (value != null) {
                    throw PositionedParseException.syntax(
                            "syntax error at or near \"" + value + "\"", pos);
                }
                option("header", null, false, pos);
            }
            case "delimiter", "null", "quote", "escape", "encoding" -> {
                if (value == null) {
                    throw PositionedParseException.syntax(
                            "syntax error at or near \"" + name + "\"", pos);
                }
                option(name, value, true, pos);
            }
            default ->
                    throw PositionedParseException.syntax(
                            "syntax error at or near \"" + name + "\"", pos);
        }
    }

    CopyOptions build() {
        if (format == CopyOptions.Format.BINARY) {
            binaryRejects("DELIMITER", delimiterPos);
            binaryRejects("NULL", nullPos);
            binaryRejects("HEADER", headerPos);
        }
        if (format != CopyOptions.Format.CSV) {
            csvOnly("quote", quotePos);
            csvOnly("escape", escapePos);
        }
        if (delimiter != null) {
            singleCharacter("delimiter", delimiter, delimiterPos);
            if (delimiter.equals("\n") || delimiter.equals("\r")) {
                throw new PositionedParseException(
                        ErrorCode.INVALID_PARAMETER_VALUE,
                        "COPY delimiter cannot be newline or carriage return",
                        delimiterPos);
            }
        }
        if (quote != null) {
            singleCharacter("quote", quote, quotePos);
            if (quote.equals(delimiter)) {
                throw new PositionedParseException(
                        ErrorCode.INVALID_PARAMETER_VALUE,
                        "COPY delimiter and quote must be different",
                        quotePos);
            }
        }
        if (escape != null) {
            singleCharacter("escape", escape, escapePos);
        }
        if (nullString != null && delimiter != null && nullString.contains(delimiter)) {
            throw new PositionedParseException(
                    ErrorCode.INVALID_PARAMETER_VALUE,
                    "COPY delimiter character must not appear in the NULL specification",
                    nullPos);
        }
        return new CopyOptions(format, header, delimiter, nullString, quote, escape, encoding);
    }

    private void once(String name, SqlParserPos pos) {
        if (!given.add(name)) {
            throw PositionedParseException.syntax("conflicting or redundant options", pos);
        }
    }

    private static String required(String name, @Nullable String value, SqlParserPos pos) {
        if (value == null) {
            throw PositionedParseException.syntax(name + " requires a parameter", pos);
        }
        return value;
    }

    private static CopyOptions.Format format(String value, SqlParserPos pos) {
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "text" -> CopyOptions.Format.TEXT;
            case "csv" -> CopyOptions.Format.CSV;
            case "binary" -> CopyOptions.Format.BINARY;
            default ->
                    throw new PositionedParseException(
                            ErrorCode.INVALID_PARAMETER_VALUE,
                            "COPY format \"" + value + "\" not recognized",
                            pos);
        };
    }

    private static boolean bool(String name, String value, SqlParserPos pos) {
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "true", "on", "1", "yes" -> true;
            case "false", "off", "0", "no" -> false;
            default ->
                    throw new PositionedParseException(
                            ErrorCode.INVALID_PARAMETER_VALUE,
                            name + " requires a Boolean value",
                            pos);
        };
    }

    private static void binaryRejects(String option, @Nullable SqlParserPos pos) {
        if (pos != null) {
            throw PositionedParseException.syntax(
                    "cannot specify " + option + " in BINARY mode", pos);
        }
    }

    private static void csvOnly(String option, @Nullable SqlParserPos pos) {
        if (pos != null) {
            throw new PositionedParseException(
                    ErrorCode.FEATURE_NOT_SUPPORTED,
                    "COPY " + option + " available only in CSV mode",
                    pos);
        }
    }

    private static void singleCharacter(String option, String value, @Nullable SqlParserPos pos) {
        if (value.codePointCount(0, value.length()) != 1 || value.codePointAt(0) > 0x7F) {
            throw new PositionedParseException(
                    ErrorCode.FEATURE_NOT_SUPPORTED,
                    "COPY " + option + " must be a single one-byte character",
                    pos == null ? SqlParserPos.ZERO : pos);
        }
    }
}
