package dev.freshet.server;

import dev.freshet.engine.api.Engine;
import dev.freshet.engine.api.EngineConfig;
import dev.freshet.server.pgwire.ConnectionRegistry;
import dev.freshet.server.pgwire.PgChannelInitializer;
import dev.freshet.server.pgwire.Security;
import dev.freshet.server.pgwire.WireLimits;
import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFuture;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.WriteBufferWaterMark;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import io.netty.handler.ssl.SslContext;
import io.netty.handler.ssl.SslContextBuilder;
import io.netty.util.concurrent.DefaultThreadFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.net.ssl.SSLException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A running Freshet server: PostgreSQL clients connect to {@link #port()} and are served from an
 * {@link Engine}.
 *
 * <p>{@link #start(ServerOptions)} starts the engine on the data directory and owns it; {@link
 * #start(ServerOptions, Engine)} serves an engine the caller owns (tests, embedding). Either
 * returns once the server is listening. {@link #close()} shuts down gracefully: stop accepting, let
 * every connection finish what it already received and tell its client the server is going away
 * (57P01), close connections that do not finish in time, then close the engine if owned.
 */
public final class FreshetServer implements AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(FreshetServer.class);

    /** How long connections get to finish their current statement when the server closes. */
    private static final Duration SHUTDOWN_GRACE = Duration.ofSeconds(10);

    /** How long to wait after cancelling and closing what did not finish. */
    private static final Duration FORCED_SHUTDOWN_GRACE = Duration.ofSeconds(5);

    /** Netty's outbound buffer per connection: above the high mark a result stream waits. */
    private static final WriteBufferWaterMark WATER_MARK =
            new WriteBufferWaterMark(256 * 1024, 1024 * 1024);

    private final Engine engine;
    private final boolean ownsEngine;
    private final EventLoopGroup acceptGroup;
    private final EventLoopGroup ioGroup;
    private final Channel serverChannel;
    private final ConnectionRegistry registry;
    private final InetSocketAddress address;
    private final AtomicBoolean closed = new AtomicBoolean();

    private FreshetServer(
            Engine engine,
            boolean ownsEngine,
            EventLoopGroup acceptGroup,
            EventLoopGroup ioGroup,
            Channel serverChannel,
            ConnectionRegistry registry) {
        this.engine = engine;
        this.ownsEngine = ownsEngine;
        this.acceptGroup = acceptGroup;
        this.ioGroup = ioGroup;
        this.serverChannel = serverChannel;
        this.registry = registry;
        this.address = (InetSocketAddress) serverChannel.localAddress();
    }

    /**
     * Starts the engine on {@code options.dataDir()} and serves it; the server owns the engine and
     * closes it on {@link #close()}.
     *
     * @throws UncheckedIOException if the address cannot be listened on (e.g. port in use)
     */
    public static FreshetServer start(ServerOptions options) {
        Engine engine = startEngine(options);
        try {
            return start(options, engine, WireLimits.DEFAULT, true);
        } catch (RuntimeException e) {
            engine.close();
            throw e;
        }
    }

    /**
     * Serves {@code engine}, which the caller keeps owning: {@link #close()} leaves it open.
     *
     * @throws UncheckedIOException if the address cannot be listened on (e.g. port in use)
     */
    public static FreshetServer start(ServerOptions options, Engine engine) {
        return start(options, engine, WireLimits.DEFAULT, false);
    }

    /** As {@link #start(ServerOptions, Engine)}, with protocol limits other than the defaults. */
    public static FreshetServer start(ServerOptions options, Engine engine, WireLimits limits) {
        return start(options, engine, limits, false);
    }

    private static Engine startEngine(ServerOptions options) {
        EngineConfig config = EngineConfig.of(options.dataDir().toAbsolutePath().normalize());
        return dev.freshet.engine.session.FreshetEngine.start(config);
    }

    private static FreshetServer start(
            ServerOptions options, Engine engine, WireLimits limits, boolean ownsEngine) {
        Objects.requireNonNull(options);
        Objects.requireNonNull(engine);
        Objects.requireNonNull(limits);
        EventLoopGroup acceptGroup =
                new MultiThreadIoEventLoopGroup(
                        1, new DefaultThreadFactory("freshet-accept"), NioIoHandler.newFactory());
        EventLoopGroup ioGroup =
                new MultiThreadIoEventLoopGroup(
                        0, new DefaultThreadFactory("freshet-io"), NioIoHandler.newFactory());
        ConnectionRegistry registry = new ConnectionRegistry();
        ServerBootstrap bootstrap =
                new ServerBootstrap()
                        .group(acceptGroup, ioGroup)
                        .channel(NioServerSocketChannel.class)
                        .option(ChannelOption.SO_BACKLOG, 1024)
                        .childOption(ChannelOption.TCP_NODELAY, true)
                        .childOption(ChannelOption.SO_KEEPALIVE, true)
                        .childOption(ChannelOption.WRITE_BUFFER_WATER_MARK, WATER_MARK)
                        .childHandler(
                                new PgChannelInitializer(
                                        engine, registry, limits, security(options)));
        ChannelFuture bound = bootstrap.bind(options.host(), options.port()).awaitUninterruptibly();
        if (!bound.isSuccess()) {
            acceptGroup.shutdownGracefully(0, 0, TimeUnit.SECONDS);
            ioGroup.shutdownGracefully(0, 0, TimeUnit.SECONDS);
            Throwable cause = bound.cause();
            String reason = cause.getMessage() != null ? cause.getMessage() : cause.toString();
            String message =
                    "cannot listen on " + options.host() + ":" + options.port() + ": " + reason;
            throw new UncheckedIOException(
                    message,
                    cause instanceof IOException io ? io : new IOException(message, cause));
        }
        FreshetServer server =
                new FreshetServer(
                        engine, ownsEngine, acceptGroup, ioGroup, bound.channel(), registry);
        log.info("listening on {}", server.address);
        return server;
    }

    /** The authentication method and TLS context the options ask for. */
    private static Security security(ServerOptions options) {
        Path cert = options.tlsCert();
        Path key = options.tlsKey();
        if (cert == null || key == null) {
            return new Security(options.auth(), null);
        }
        try {
            SslContext tls = SslContextBuilder.forServer(cert.toFile(), key.toFile()).build();
            return new Security(options.auth(), tls);
        } catch (SSLException | IllegalArgumentException e) {
            throw new IllegalArgumentException(
                    "cannot load TLS certificate "
                            + cert
                            + " and key "
                            + key
                            + ": "
                            + e.getMessage(),
                    e);
        }
    }

    /** The port the server listens on (the one chosen when the options said 0). */
    public int port() {
        return address.getPort();
    }

    /** The address the server listens on. */
    public InetSocketAddress address() {
        return address;
    }

    /** Number of open client connections. */
    public int connectionCount() {
        return registry.size();
    }

    /** Shuts down gracefully (see the class comment); idempotent. */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        serverChannel.close().awaitUninterruptibly();
        registry.shutdownAll();
        try {
            if (!registry.awaitEmpty(SHUTDOWN_GRACE)) {
                log.info("closing {} connections that did not finish", registry.size());
                registry.forceCloseAll();
                registry.awaitEmpty(FORCED_SHUTDOWN_GRACE);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            registry.forceCloseAll();
        }
        ioGroup.shutdownGracefully(0, 2, TimeUnit.SECONDS).awaitUninterruptibly();
        acceptGroup.shutdownGracefully(0, 2, TimeUnit.SECONDS).awaitUninterruptibly();
        if (ownsEngine) {
            engine.close();
        }
        log.info("stopped listening on {}", address);
    }
}
