package dev.freshet.server.pgwire;

import io.netty.buffer.ByteBuf;
import io.netty.buffer.Unpooled;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFutureListener;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import org.jspecify.annotations.Nullable;

/**
 * The connection worker's way to write to its channel: messages accumulate in one buffer that goes
 * out when it reaches {@link #CHUNK_BYTES} or on {@link #flush()}; after every write the worker
 * waits while the channel is not writable. A large result therefore streams with at most a chunk
 * plus Netty's high water mark in memory, however slowly the client reads.
 *
 * <p>Used by the worker thread only, except {@link #wake()}, which the event loop calls when the
 * channel's writability changes or it closes. When the channel has closed, every method that would
 * write throws {@link ClientGoneException}.
 */
final class ChannelOutput {
    /** Output is handed to Netty in chunks of about this size. */
    static final int CHUNK_BYTES = 64 * 1024;

    private final Channel channel;
    private final ReentrantLock lock = new ReentrantLock();
    private final Condition changed = lock.newCondition();
    private @Nullable ByteBuf pending;

    ChannelOutput(Channel channel) {
        this.channel = channel;
    }

    /** The buffer to write the next message into; owned by this output. */
    ByteBuf buffer() {
        ByteBuf buf = pending;
        if (buf == null) {
            ensureOpen();
            buf = channel.alloc().ioBuffer(CHUNK_BYTES / 4);
            pending = buf;
        }
        return buf;
    }

    /** Call after each message: hands the buffer to the channel once it has a chunk's worth. */
    void messageWritten() {
        ByteBuf buf = pending;
        if (buf != null && buf.readableBytes() >= CHUNK_BYTES) {
            flush();
        }
    }

    /** Sends everything pending and waits until the channel can take more. */
    void flush() {
        ensureOpen();
        ByteBuf buf = pending;
        pending = null;
        if (buf != null && buf.isReadable()) {
            channel.writeAndFlush(buf).addListener(ChannelFutureListener.CLOSE_ON_FAILURE);
        } else if (buf != null) {
            buf.release();
        }
        awaitWritable();
    }

    /** Sends what is pending, then closes the channel; for the end of a connection. */
    void flushAndClose() {
        ByteBuf buf = pending;
        pending = null;
        if (!channel.isActive()) {
            if (buf != null) {
                buf.release();
            }
            return;
        }
        channel.writeAndFlush(buf != null ? buf : Unpooled.EMPTY_BUFFER)
                .addListener(ChannelFutureListener.CLOSE);
    }

    /** Frees an unsent buffer (the connection ended without sending it). */
    void release() {
        ByteBuf buf = pending;
        pending = null;
        if (buf != null) {
            buf.release();
        }
    }

    /** Wakes a worker waiting for writability: the channel became writable or closed. */
    void wake() {
        lock.lock();
        try {
            changed.signalAll();
        } finally {
            lock.unlock();
        }
    }

    private void awaitWritable() {
        lock.lock();
        try {
            while (channel.isActive() && !channel.isWritable()) {
                changed.awaitUninterruptibly();
            }
        } finally {
            lock.unlock();
        }
        ensureOpen();
    }

    private void ensureOpen() {
        if (!channel.isActive()) {
            release();
            throw new ClientGoneException();
        }
    }
}
