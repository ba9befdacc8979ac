package dev.freshet.engine.api;

import java.util.Map;

/**
 * A running Freshet database: catalog, dataflow and storage. Thread safe; one per data directory.
 */
public interface Engine extends AutoCloseable {

    /**
     * Opens a session for {@code user} on {@code database} with the startup parameters the client
     * sent (e.g. application_name, client_encoding, DateStyle, TimeZone).
     */
    Session openSession(String user, String database, Map<String, String> startupParameters);

    /**
     * The password secrets of {@code user}, or empty when the user has no password (or does not
     * exist): the server authenticates against these before {@link #openSession}.
     */
    default java.util.Optional<UserCredentials> credentials(String user) {
        return java.util.Optional.empty();
    }

    /** Stops the engine; open sessions fail afterwards. */
    @Override
    void close();
}
