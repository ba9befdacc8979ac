package dev.freshet.server.pgwire;

import java.time.Duration;
import java.util.Objects;

/**
 * Limits the protocol layer enforces on what a client sends. A message over the size limit is a
 * protocol violation: the client gets ErrorResponse 08P01 and its connection is closed.
 *
 * @param maxMessageBytes the largest message accepted after startup, as its length field counts it
 *     (the length word itself plus the body, not the type byte)
 * @param startupTimeout how long a new connection may take to complete its startup (like
 *     PostgreSQL's {@code authentication_timeout}); a connection still starting up then is closed
 */
public record WireLimits(int maxMessageBytes, Duration startupTimeout) {
    /** 256 MB: room for large parameter values and COPY chunks, far below what would OOM us. */
    public static final int DEFAULT_MAX_MESSAGE_BYTES = 256 * 1024 * 1024;

    public static final Duration DEFAULT_STARTUP_TIMEOUT = Duration.ofSeconds(60);

    /** PostgreSQL's MAX_STARTUP_PACKET_LENGTH: the startup packet is small and unauthenticated. */
    public static final int MAX_STARTUP_PACKET_BYTES = 10_000;

    public static final WireLimits DEFAULT =
            new WireLimits(DEFAULT_MAX_MESSAGE_BYTES, DEFAULT_STARTUP_TIMEOUT);

    public WireLimits {
        if (maxMessageBytes < 64) {
            throw new IllegalArgumentException("maxMessageBytes too small: " + maxMessageBytes);
        }
        Objects.requireNonNull(startupTimeout);
        if (startupTimeout.isNegative() || startupTimeout.isZero()) {
            throw new IllegalArgumentException("startupTimeout must be positive");
        }
    }

    /** The given message size limit, the default startup timeout. */
    public WireLimits(int maxMessageBytes) {
        this(maxMessageBytes, DEFAULT_STARTUP_TIMEOUT);
    }
}
