package dev.freshet.server.pgwire;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.freshet.server.pgwire.FrontendMessage.Bind;
import dev.freshet.server.pgwire.FrontendMessage.Execute;
import dev.freshet.server.pgwire.FrontendMessage.Parse;
import dev.freshet.server.pgwire.FrontendMessage.ProtocolViolation;
import dev.freshet.server.pgwire.FrontendMessage.Query;
import dev.freshet.server.pgwire.FrontendMessage.StartupMessage;
import dev.freshet.server.pgwire.FrontendMessage.Sync;
import dev.freshet.server.pgwire.RawClient.Body;
import io.netty.buffer.Unpooled;
import io.netty.channel.embedded.EmbeddedChannel;
import java.io.ByteArrayOutputStream;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The decoder's framing and state machine, fed bytes directly. */
class PgDecoderTest {

    private static byte[] message(char type, byte[] body) {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        b.write(type);
        b.writeBytes(Body.of().int32(body.length + 4).bytes());
        b.writeBytes(body);
        return b.toByteArray();
    }

    private static byte[] conversation() {
        ByteArrayOutputStream b = new ByteArrayOutputStream();
        b.writeBytes(
                RawClient.startupPacket(
                        3 << 16, Body.of().string("user").string("u").byte1(0).bytes()));
        b.writeBytes(message('Q', Body.of().string("select 1").bytes()));
        b.writeBytes(
                message('P', Body.of().string("s").string("select $1").int16(1).int32(23).bytes()));
        b.writeBytes(
                message(
                        'B',
                        Body.of()
                                .string("")
                                .string("s")
                                .int16(0)
                                .int16(2)
                                .int32(1)
                                .raw(new byte[] {'7'})
                                .int32(-1)
                                .int16(1)
                                .int16(1)
                                .bytes()));
        b.writeBytes(message('E', Body.of().string("").int32(10).bytes()));
        b.writeBytes(message('S', new byte[0]));
        return b.toByteArray();
    }

    @Test
    void decodesTheSameWhateverTheChunking() {
        byte[] bytes = conversation();
        for (int chunk : new int[] {bytes.length, 1, 3, 7}) {
            EmbeddedChannel ch = new EmbeddedChannel(new PgDecoder(1 << 20));
            for (int i = 0; i < bytes.length; i += chunk) {
                ch.writeInbound(
                        Unpooled.wrappedBuffer(bytes, i, Math.min(chunk, bytes.length - i)));
            }
            StartupMessage startup = assertInstanceOf(StartupMessage.class, ch.readInbound());
            assertEquals(Map.of("user", "u"), startup.parameters());
            assertEquals("select 1", assertInstanceOf(Query.class, ch.readInbound()).sql());
            Parse parse = assertInstanceOf(Parse.class, ch.readInbound());
            assertArrayEquals(new int[] {23}, parse.parameterTypeOids());
            Bind bind = assertInstanceOf(Bind.class, ch.readInbound());
            assertArrayEquals(new byte[] {'7'}, bind.parameterValues().get(0));
            assertNull(bind.parameterValues().get(1));
            assertArrayEquals(new short[] {1}, bind.resultFormats());
            assertEquals(10, assertInstanceOf(Execute.class, ch.readInbound()).maxRows());
            assertInstanceOf(Sync.class, ch.readInbound());
            assertNull(ch.readInbound());
            assertEquals(PgDecoder.State.MESSAGES, ch.pipeline().get(PgDecoder.class).state());
            ch.finishAndReleaseAll();
        }
    }

    @Test
    void afterAViolationEverythingIsDiscarded() {
        EmbeddedChannel ch = new EmbeddedChannel(new PgDecoder(64));
        ch.writeInbound(
                Unpooled.wrappedBuffer(
                        RawClient.startupPacket(
                                3 << 16, Body.of().string("user").string("u").byte1(0).bytes())));
        ch.readInbound();
        ch.writeInbound(Unpooled.wrappedBuffer(message('Q', new byte[100])));
        assertInstanceOf(ProtocolViolation.class, ch.readInbound());
        ch.writeInbound(Unpooled.wrappedBuffer(message('S', new byte[0])));
        assertNull(ch.readInbound(), "nothing is decoded after a violation");
        assertEquals(PgDecoder.State.DISCARD, ch.pipeline().get(PgDecoder.class).state());
        ch.finishAndReleaseAll();
    }
}
