package dev.freshet.server.pgwire;

import dev.freshet.sql.error.ErrorCode;
import dev.freshet.sql.error.FreshetException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The fields of an ErrorResponse or NoticeResponse: what the client is told about a failure.
 *
 * <p>This is where exceptions become wire errors: a {@link FreshetException} carries its SQLSTATE,
 * message, position, detail and hint to the client; anything else is a bug, logged here with its
 * stack trace under a short random id, and the client gets only {@code XX000 internal error (id
 * …)}.
 *
 * @param position 1-based character position in the SQL text, or 0 for none
 */
record PgError(
        Severity severity,
        String sqlState,
        String message,
        int position,
        @Nullable String detail,
        @Nullable String hint,
        @Nullable String context) {

    private static final Logger log = LoggerFactory.getLogger(PgError.class);
    private static final SecureRandom ERROR_IDS = new SecureRandom();

    /** Severity as sent in the S and V fields. */
    enum Severity {
        /** The statement failed; the session goes on. */
        ERROR,
        /** The connection ends after this message. */
        FATAL,
        NOTICE
    }

    PgError {
        Objects.requireNonNull(severity);
        Objects.requireNonNull(sqlState);
        Objects.requireNonNull(message);
    }

    /** An ERROR-level report of a user-visible error. */
    static PgError of(FreshetException e) {
        return new PgError(
                Severity.ERROR,
                e.code().sqlState(),
                Objects.requireNonNullElse(e.getMessage(), e.code().name()),
                e.position(),
                e.detail(),
                e.hint(),
                e.context());
    }

    /** A report of {@code code} with {@code message} and no other fields. */
    static PgError of(Severity severity, ErrorCode code, String message) {
        return new PgError(severity, code.sqlState(), message, 0, null, null, null);
    }

    /**
     * An ERROR-level report of any failure: user-visible errors as they are; anything else logged
     * with an error id and reported as XX000.
     */
    static PgError from(Throwable failure) {
        if (failure instanceof FreshetException e) {
            return of(e);
        }
        String id = HexFormat.of().toHexDigits(ERROR_IDS.nextInt());
        log.error("internal error (id {})", id, failure);
        return of(Severity.ERROR, ErrorCode.INTERNAL_ERROR, "internal error (id " + id + ")");
    }

    /** The same report ending the connection. */
    PgError fatal() {
        return new PgError(Severity.FATAL, sqlState, message, position, detail, hint, context);
    }
}
