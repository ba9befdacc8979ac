package dev.freshet.sql.error;

import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A user-visible error: an {@link ErrorCode} (hence a SQLSTATE), a message written for the user,
 * and, for errors in SQL text, the 1-based character position in the statement as sent by the
 * client (PostgreSQL's {@code P} field).
 *
 * <p>Foreign exceptions are translated into this type where they enter our code; the wire layer
 * only ever sees this type (anything else is reported as {@link ErrorCode#INTERNAL_ERROR} with an
 * error id, its stack trace going to the log).
 */
public class FreshetException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final ErrorCode code;
    private final int position;
    private final @Nullable String detail;
    private final @Nullable String hint;
    private final @Nullable String context;

    public FreshetException(ErrorCode code, String message) {
        this(code, message, 0, null, null, null);
    }

    public FreshetException(ErrorCode code, String message, @Nullable Throwable cause) {
        this(code, message, 0, null, null, cause);
    }

    public FreshetException(
            ErrorCode code,
            String message,
            int position,
            @Nullable String detail,
            @Nullable String hint,
            @Nullable Throwable cause) {
        this(code, message, position, detail, hint, null, cause);
    }

    /** All fields; {@code context} is where the error happened (PostgreSQL's {@code W} field). */
    public FreshetException(
            ErrorCode code,
            String message,
            int position,
            @Nullable String detail,
            @Nullable String hint,
            @Nullable String context,
            @Nullable Throwable cause) {
        super(Objects.requireNonNull(message), cause);
        this.code = Objects.requireNonNull(code);
        this.position = position;
        this.detail = detail;
        this.hint = hint;
        this.context = context;
    }

    /** The error condition. */
    public ErrorCode code() {
        return code;
    }

    /** 1-based character offset into the SQL text, or 0 when the error has no position. */
    public int position() {
        return position;
    }

    public @Nullable String detail() {
        return detail;
    }

    public @Nullable String hint() {
        return hint;
    }

    /** Where the error happened, e.g. {@code COPY t, line 3}; null when not known. */
    public @Nullable String context() {
        return context;
    }

    /** A copy of this error pointing at {@code newPosition} (1-based; 0 for none). */
    public FreshetException withPosition(int newPosition) {
        return new FreshetException(
                code, getMessage(), newPosition, detail, hint, context, getCause());
    }

    /** A copy of this error with a hint. */
    public FreshetException withHint(String newHint) {
        return new FreshetException(
                code, getMessage(), position, detail, newHint, context, getCause());
    }

    /** A copy of this error with a detail line. */
    public FreshetException withDetail(String newDetail) {
        return new FreshetException(
                code, getMessage(), position, newDetail, hint, context, getCause());
    }

    /** A copy of this error with a context line (where it happened). */
    public FreshetException withContext(String newContext) {
        return new FreshetException(
                code, getMessage(), position, detail, hint, newContext, getCause());
    }

    /** Shorthand for a formatted error (not for hot paths). */
    public static FreshetException of(ErrorCode code, String format, Object... args) {
        return new FreshetException(code, String.format(format, args));
    }
}
