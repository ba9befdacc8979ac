package dev.freshet.server.pgwire;

import dev.freshet.engine.api.Engine;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import java.io.IOException;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The event-loop side of a connection: creates the {@link PgConnection} when the channel opens and
 * hands it every decoded message, writability change and the close; closes a connection that has
 * not completed its startup in time. Never blocks and never calls the engine.
 */
final class PgConnectionHandler extends ChannelInboundHandlerAdapter {
    private static final Logger log = LoggerFactory.getLogger(PgConnectionHandler.class);

    private final Engine engine;
    private final ConnectionRegistry registry;
    private final Duration startupTimeout;
    private final Security security;
    private @Nullable PgConnection connection;
    private @Nullable ScheduledFuture<?> startupTimer;

    PgConnectionHandler(
            Engine engine,
            ConnectionRegistry registry,
            Duration startupTimeout,
            Security security) {
        this.security = security;
        this.engine = engine;
        this.registry = registry;
        this.startupTimeout = startupTimeout;
    }

    @Override
    public void channelActive(ChannelHandlerContext ctx) {
        PgConnection c = new PgConnection(ctx.channel(), engine, registry, security);
        registry.register(c);
        connection = c;
        startupTimer =
                ctx.executor()
                        .schedule(
                                () -> {
                                    if (!c.startupComplete()) {
                                        log.debug(
                                                "connection {}: startup timed out", c.processId());
                                        ctx.close();
                                    }
                                },
                                startupTimeout.toNanos(),
                                TimeUnit.NANOSECONDS);
        ctx.fireChannelActive();
    }

    @Override
    public void channelRead(ChannelHandlerContext ctx, Object msg) {
        if (msg instanceof FrontendMessage.CancelRequest cancel) {
            // answered here, without a worker: setting a flag never blocks, and a cancel must get
            // through however busy the workers are
            boolean sent = registry.cancel(cancel.processId(), cancel.secretKey());
            log.debug("cancel request for {}: {}", cancel.processId(), sent ? "sent" : "no match");
            ctx.close();
            return;
        }
        io.netty.handler.ssl.SslContext tls = security.tls();
        if (msg instanceof FrontendMessage.SslRequest && tls != null) {
            // TLS goes in front of the decoder before 'S' leaves; startTls lets that one byte
            // through in clear. The client sends nothing until it has read 'S', so no plain bytes
            // are left behind the handshake.
            ctx.pipeline()
                    .addFirst(
                            "tls",
                            new io.netty.handler.ssl.SslHandler(tls.newEngine(ctx.alloc()), true));
            ctx.writeAndFlush(ctx.alloc().buffer(1).writeByte('S'));
            return;
        }
        connection().offer((FrontendMessage) msg);
    }

    @Override
    public void channelWritabilityChanged(ChannelHandlerContext ctx) {
        connection().onWritabilityChanged();
        ctx.fireChannelWritabilityChanged();
    }

    @Override
    public void channelInactive(ChannelHandlerContext ctx) {
        ScheduledFuture<?> timer = startupTimer;
        if (timer != null) {
            timer.cancel(false);
        }
        PgConnection c = connection;
        if (c != null) {
            c.onChannelClosed();
        }
        ctx.fireChannelInactive();
    }

    @Override
    public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
        if (cause instanceof IOException) {
            // Connection reset and the like: the client went away, nothing to report.
            log.debug("connection {}: {}", ctx.channel().remoteAddress(), cause.toString());
        } else {
            log.error("connection {}: unexpected failure", ctx.channel().remoteAddress(), cause);
        }
        ctx.close();
    }

    private PgConnection connection() {
        return Objects.requireNonNull(connection, "channel not active");
    }
}
