package dev.freshet.engine.api;

import dev.freshet.engine.type.DataType;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * One client's session: its parameters, its prepared statements' analysis, its transaction state. A
 * session is used by one thread at a time (the connection's), except {@link #cancel()}.
 *
 * <p>Every failure is a {@link dev.freshet.sql.error.FreshetException} carrying a SQLSTATE; the
 * session stays usable after it.
 */
public interface Session extends AutoCloseable {

    /**
     * Parses {@code sql}, which may hold several statements separated by semicolons, as the
     * simple-query protocol sends them. A syntax error anywhere fails the whole text before any
     * statement runs. Parameters ($n) are not allowed here.
     */
    List<Prepared> prepareAll(String sql);

    /**
     * Parses and analyses one statement for the extended protocol. {@code parameterTypes} are the
     * client's declared types of $1..$n (null or shorter list: infer).
     */
    Prepared prepare(String sql, List<@Nullable DataType> parameterTypes);

    /**
     * Runs a prepared statement with parameter values in the Java mapping of {@link
     * dev.freshet.engine.type.Values} (null for SQL NULL). DML returns once its changes are
     * committed and visible in every view.
     */
    StatementResult execute(Prepared statement, List<@Nullable Object> parameters);

    /**
     * Current values of the parameters a server reports to clients (server_version,
     * client_encoding, DateStyle, TimeZone, integer_datetimes, standard_conforming_strings,
     * application_name, ...). The wire layer sends ParameterStatus for any that change.
     */
    Map<String, String> reportedParameters();

    /** 'I' idle, 'T' in a transaction block, 'E' in a failed transaction block. */
    char transactionStatus();

    /** Notices raised by the last statement (e.g. "table ... does not exist, skipping"). */
    List<String> drainNotices();

    /**
     * Asks the statement currently running in this session to stop; callable from any thread. The
     * request stays pending until a statement checks it or {@link #clearCancel()} drops it, so a
     * cancel that arrives while a statement is still being parsed or planned stops it too.
     */
    void cancel();

    /**
     * Hands the session the wire layer's prepared statements, so that {@code DEALLOCATE name} and
     * {@code DEALLOCATE ALL} sent as SQL (psqlODBC does before it prepares a name again) drop them:
     * {@code dropper} removes the named statement, or every one for null, and says whether there
     * was one.
     */
    default void preparedStatements(java.util.function.Predicate<@Nullable String> dropper) {}

    /** Drops a pending cancel request: the connection is idle, there is nothing to cancel. */
    default void clearCancel() {}

    /** Ends the session, rolling back an open transaction. */
    @Override
    void close();
}
