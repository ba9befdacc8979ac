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

    /** Stops the engine; open sessions fail afterwards. */
    @Override
    void close();
}
