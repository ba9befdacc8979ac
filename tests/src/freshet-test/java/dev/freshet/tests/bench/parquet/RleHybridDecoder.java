package dev.freshet.tests.bench.parquet;

import java.io.IOException;

/**
 * Parquet's RLE / bit-packing hybrid encoding of small integers (definition levels, dictionary
 * indices): a sequence of runs, each a ULEB128 header; {@code header & 1 == 0}: an RLE run of
 * {@code header >>> 1} copies of one value stored in {@code ceil(bitWidth / 8)} little-endian
 * bytes; {@code header & 1 == 1}: {@code header >>> 1} groups of 8 values bit-packed LSB first in
 * {@code bitWidth} bytes per group (the last group may be padding).
 */
public final class RleHybridDecoder {
    private RleHybridDecoder() {}

    /** Decodes {@code count} values of {@code bitWidth} bits from {@code buf[from..to)}. */
    public static void decode(byte[] buf, int from, int to, int bitWidth, int[] out, int count)
            throws IOException {
        if (bitWidth < 0 || bitWidth > 32) {
            throw new IOException("bad bit width " + bitWidth);
        }
        int pos = from;
        int n = 0;
        while (n < count) {
            long header = 0;
            for (int shift = 0; ; shift += 7) {
                if (pos >= to || shift > 35) {
                    throw new IOException("RLE/bit-packed data truncated");
                }
                int b = buf[pos++] & 0xFF;
                header |= (long) (b & 0x7F) << shift;
                if ((b & 0x80) == 0) {
                    break;
                }
            }
            if ((header & 1) == 0) {
                long run = header >>> 1;
                int bytes = (bitWidth + 7) / 8;
                if (pos + bytes > to) {
                    throw new IOException("RLE run truncated");
                }
                int v = 0;
                for (int i = 0; i < bytes; i++) {
                    v |= (buf[pos + i] & 0xFF) << (8 * i);
                }
                pos += bytes;
                for (long i = 0; i < run && n < count; i++) {
                    out[n++] = v;
                }
            } else {
                long groups = header >>> 1;
                long bits = groups * 8 * bitWidth;
                if (pos + (bits + 7) / 8 > to) {
                    throw new IOException("bit-packed run truncated");
                }
                long bit = (long) pos * 8;
                long mask = bitWidth == 32 ? 0xFFFFFFFFL : (1L << bitWidth) - 1;
                for (long i = 0; i < groups * 8 && n < count; i++) {
                    long v = 0;
                    for (int b = 0; b < bitWidth; b++) {
                        long at = bit + b;
                        v |= (long) ((buf[(int) (at >>> 3)] >>> (at & 7)) & 1) << b;
                    }
                    out[n++] = (int) (v & mask);
                    bit += bitWidth;
                }
                pos += (int) ((bits + 7) / 8);
            }
        }
    }
}
