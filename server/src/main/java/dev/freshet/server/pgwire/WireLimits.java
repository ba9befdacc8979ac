package dev.freshet.server.pgwire;

/**
 * Limits the protocol layer enforces on what a client sends. A message over a limit is a protocol
 * violation: the client gets ErrorResponse 08P01 and its connection is closed.
 *
 * @param maxMessageBytes the largest message accepted after startup, as its length field counts it
 *     (the length word itself plus the body, not the type byte)
 */
public record WireLimits(int maxMessageBytes) {
    /** 256 MB: room for large parameter values and COPY chunks, far below what would OOM us. */
    public static final int DEFAULT_MAX_MESSAGE_BYTES = 256 * 1024 * 1024;

    /** PostgreSQL's MAX_STARTUP_PACKET_LENGTH: the startup packet is small and unauthenticated. */
    public static final int MAX_STARTUP_PACKET_BYTES = 10_000;

    public static final WireLimits DEFAULT = new WireLimits(DEFAULT_MAX_MESSAGE_BYTES);

    public WireLimits {
        if (maxMessageBytes < 64) {
            throw new IllegalArgumentException("maxMessageBytes too small: " + maxMessageBytes);
        }
    }
}
