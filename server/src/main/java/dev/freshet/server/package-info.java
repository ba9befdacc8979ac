/**
 * The Freshet server process: {@link dev.freshet.server.FreshetServer} (listens for PostgreSQL
 * clients and serves them from an {@link dev.freshet.engine.api.Engine}), its {@link
 * dev.freshet.server.ServerOptions} and the command-line launcher {@link
 * dev.freshet.server.FreshetMain}.
 *
 * <p>May import the engine's API ({@code dev.freshet.engine.api}), {@code dev.freshet.sql.error},
 * Netty and SLF4J. The wire protocol itself lives in {@code dev.freshet.server.pgwire}; Netty stops
 * at this module.
 */
@NullMarked
package dev.freshet.server;

import org.jspecify.annotations.NullMarked;
