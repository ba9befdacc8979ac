package dev.freshet.server.pgwire;

/**
 * What a connection's worker thread processes, in arrival order: the client's messages and the two
 * things that end a connection from outside the protocol.
 */
sealed interface ConnectionEvent
        permits FrontendMessage, ConnectionEvent.ChannelClosed, ConnectionEvent.ServerShutdown {

    /** The client's socket closed (Terminate not sent, or sent and already handled). */
    record ChannelClosed() implements ConnectionEvent {}

    /** The server is shutting down: tell the client (57P01) and end the connection. */
    record ServerShutdown() implements ConnectionEvent {}
}
