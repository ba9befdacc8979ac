package dev.freshet.server.pgwire;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.freshet.engine.type.DataType;
import dev.freshet.engine.type.Decimal;
import dev.freshet.sql.error.FreshetException;
import io.netty.buffer.ByteBuf;
import io.netty.buffer.ByteBufUtil;
import io.netty.buffer.Unpooled;
import java.util.List;
import org.junit.jupiter.api.Test;

class PgBinaryTest {

    /** Encodes {@code value} and returns the Int16 words of its binary NUMERIC form. */
    private static List<Integer> numericWords(String value) {
        ByteBuf buf = Unpooled.buffer();
        PgBinary.writeNumeric(Decimal.parse(value), buf);
        List<Integer> words = new java.util.ArrayList<>();
        while (buf.isReadable()) {
            words.add((int) buf.readShort());
        }
        return words;
    }

    @Test
    void numericLayoutMatchesPostgres() {
        // ndigits, weight, sign, dscale, digits... as PostgreSQL's numeric_send writes them.
        assertEquals(List.of(3, 1, 0, 4, 1, 2345, 6789), numericWords("12345.6789"));
        assertEquals(List.of(1, -1, 0, 1, 5000), numericWords("0.5"));
        assertEquals(List.of(1, -1, 0x4000, 3, 10), numericWords("-0.001"));
        assertEquals(List.of(1, 1, 0, 0, 1), numericWords("10000"));
        assertEquals(List.of(0, 0, 0, 2), numericWords("0.00"));
        assertEquals(List.of(1, -2, 0, 8, 1), numericWords("0.00000001"));
        assertEquals(List.of(0, 0, 0xC000 - 0x10000, 0), numericWords("NaN"));
        assertEquals(List.of(0, 0, 0xD000 - 0x10000, 0), numericWords("Infinity"));
        assertEquals(List.of(0, 0, 0xF000 - 0x10000, 0), numericWords("-Infinity"));
    }

    @Test
    void numericRoundTrips() {
        for (String v :
                List.of(
                        "0",
                        "1",
                        "-1",
                        "12345.6789",
                        "0.5",
                        "-0.001",
                        "10000",
                        "99999999999999999999999999.000000001",
                        "123.4500",
                        "NaN",
                        "Infinity",
                        "-Infinity")) {
            ByteBuf buf = Unpooled.buffer();
            PgBinary.writeNumeric(Decimal.parse(v), buf);
            Object back = PgBinary.read(DataType.DECIMAL, ByteBufUtil.getBytes(buf), 1);
            assertEquals(Decimal.parse(v).toString(), back.toString(), v);
        }
    }

    @Test
    void integersAndTimestampsFromBinary() {
        assertEquals(7L, PgBinary.read(DataType.INTEGER, new byte[] {0, 0, 0, 7}, 1));
        assertEquals(-2L, PgBinary.read(DataType.SMALLINT, new byte[] {-1, -2}, 1));
        assertEquals(
                PgBinary.PG_EPOCH_MICROS,
                PgBinary.read(DataType.TIMESTAMPTZ, new byte[8], 1),
                "0 is 2000-01-01 00:00 UTC");
        assertEquals((long) PgBinary.PG_EPOCH_DAYS, PgBinary.read(DataType.DATE, new byte[4], 1));
    }

    @Test
    void wrongLengthIs22P03() {
        FreshetException e =
                assertThrows(
                        FreshetException.class,
                        () -> PgBinary.read(DataType.BIGINT, new byte[] {1, 2, 3}, 2));
        assertEquals("22P03", e.code().sqlState());
        assertEquals("incorrect binary data format in bind parameter 2", e.getMessage());
    }
}
