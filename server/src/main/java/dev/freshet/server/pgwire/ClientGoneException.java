package dev.freshet.server.pgwire;

/**
 * The client's channel closed while the connection still had something to say. Unwinds the
 * connection's worker to its cleanup; it is a normal event (the client vanished), not an error.
 */
final class ClientGoneException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    ClientGoneException() {
        super("client connection closed", null, false, false);
    }
}
