package dev.freshet.server.pgwire;

import dev.freshet.engine.api.Engine;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.socket.SocketChannel;
import java.util.Objects;

/**
 * Sets up an accepted client channel for the PostgreSQL protocol: {@link PgDecoder} frames the
 * bytes into messages, {@link PgConnectionHandler} hands them to the connection's worker. (TLS,
 * when configured, is inserted in front of the decoder when the client's SSLRequest is accepted.)
 */
public final class PgChannelInitializer extends ChannelInitializer<SocketChannel> {
    private final Engine engine;
    private final ConnectionRegistry registry;
    private final WireLimits limits;
    private final Security security;

    public PgChannelInitializer(Engine engine, ConnectionRegistry registry, WireLimits limits) {
        this(engine, registry, limits, Security.NONE);
    }

    public PgChannelInitializer(
            Engine engine, ConnectionRegistry registry, WireLimits limits, Security security) {
        this.security = Objects.requireNonNull(security);
        this.engine = Objects.requireNonNull(engine);
        this.registry = Objects.requireNonNull(registry);
        this.limits = Objects.requireNonNull(limits);
    }

    @Override
    protected void initChannel(SocketChannel channel) {
        channel.pipeline()
                .addLast("pg-decoder", new PgDecoder(limits.maxMessageBytes()))
                .addLast(
                        "pg-connection",
                        new PgConnectionHandler(
                                engine, registry, limits.startupTimeout(), security));
    }
}
