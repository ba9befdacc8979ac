package dev.freshet.sql.parser.impl;

import dev.freshet.sql.error.ErrorCode;
import java.util.Objects;
import org.apache.calcite.sql.parser.SqlParserPos;

/**
 * An error found by a grammar action (a rule the grammar cannot express, such as "at most one
 * primary key"), carrying the parser position of the offending text. {@code FreshetParser} turns it
 * into a {@link dev.freshet.sql.error.FreshetException} with a character position; it never leaves
 * the parser.
 */
public final class PositionedParseException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final ErrorCode code;
    private final transient SqlParserPos pos;

    public PositionedParseException(ErrorCode code, String message, SqlParserPos pos) {
        super(message, null, false, false);
        this.code = Objects.requireNonNull(code);
        this.pos = Objects.requireNonNull(pos);
    }

    /** A syntax error ({@link ErrorCode#SYNTAX_ERROR}) at {@code pos}. */
    public static PositionedParseException syntax(String message, SqlParserPos pos) {
        return new PositionedParseException(ErrorCode.SYNTAX_ERROR, message, pos);
    }

    /** The error condition. */
    public ErrorCode code() {
        return code;
    }

    /** Where in the parsed text the error is. */
    public SqlParserPos pos() {
        return pos;
    }
}
