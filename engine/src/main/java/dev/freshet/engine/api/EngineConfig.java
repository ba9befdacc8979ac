package dev.freshet.engine.api;

import java.nio.file.Path;
import java.util.Objects;

/**
 * How to start an engine.
 *
 * @param dataDirectory where durable state lives (created if missing)
 * @param serverVersion the PostgreSQL version string reported to clients
 */
public record EngineConfig(Path dataDirectory, String serverVersion) {
    /** The PostgreSQL version we speak as; drivers gate features on it. */
    public static final String DEFAULT_SERVER_VERSION = "15.0.0";

    public EngineConfig {
        Objects.requireNonNull(dataDirectory);
        Objects.requireNonNull(serverVersion);
    }

    public static EngineConfig of(Path dataDirectory) {
        return new EngineConfig(dataDirectory, DEFAULT_SERVER_VERSION);
    }
}
