/**
 * PostgreSQL frontend/backend protocol version 3.0 on Netty: framing and decoding of client
 * messages ({@link dev.freshet.server.pgwire.PgDecoder}), writing of server messages ({@link
 * dev.freshet.server.pgwire.PgEncoder}), and one {@link dev.freshet.server.pgwire.PgConnection} per
 * client that runs the startup, simple-query and extended-query flows against an engine {@link
 * dev.freshet.engine.api.Session}.
 *
 * <p>Threading: Netty's event loops only frame bytes and hand messages over; every engine call runs
 * on the connection's own (platform) worker thread, which processes that connection's messages in
 * order and writes results back in chunks, waiting while the channel is not writable.
 *
 * <p>May import the engine's API, types and batches ({@code dev.freshet.engine.api}, {@code .type},
 * {@code .batch}), {@code dev.freshet.sql.error}, Netty and SLF4J. Nothing outside this package
 * sees its Netty types except {@link dev.freshet.server.FreshetServer}, which bootstraps the
 * channel with {@link dev.freshet.server.pgwire.PgChannelInitializer}.
 */
@NullMarked
package dev.freshet.server.pgwire;

import org.jspecify.annotations.NullMarked;
