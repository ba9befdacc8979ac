package dev.freshet.engine.state;

/** Reads what {@link ByteSink} wrote. A cursor over a byte range; reusable via {@link #reset}. */
public final class ByteReader {
    private byte[] buf = new byte[0];
    private int pos;
    private int end;

    public ByteReader() {}

    public ByteReader(byte[] buf, int off, int len) {
        reset(buf, off, len);
    }

    public ByteReader reset(byte[] data, int off, int len) {
        this.buf = data;
        this.pos = off;
        this.end = off + len;
        return this;
    }

    public boolean hasRemaining() {
        return pos < end;
    }

    public int position() {
        return pos;
    }

    public byte[] array() {
        return buf;
    }

    public void skip(int n) {
        pos += n;
    }

    public int getByte() {
        return buf[pos++] & 0xFF;
    }

    public long getLongBE() {
        long v = 0;
        for (int i = 0; i < 8; i++) {
            v = (v << 8) | (buf[pos++] & 0xFF);
        }
        return v;
    }

    public int getIntBE() {
        int v = 0;
        for (int i = 0; i < 4; i++) {
            v = (v << 8) | (buf[pos++] & 0xFF);
        }
        return v;
    }

    public int getShortBE() {
        int v = ((buf[pos] & 0xFF) << 8) | (buf[pos + 1] & 0xFF);
        pos += 2;
        return (short) v;
    }

    public int getVarInt() {
        int v = 0;
        int shift = 0;
        while (true) {
            int b = buf[pos++];
            v |= (b & 0x7F) << shift;
            if ((b & 0x80) == 0) {
                return v;
            }
            shift += 7;
        }
    }

    public long getVarLong() {
        long z = 0;
        int shift = 0;
        while (true) {
            long b = buf[pos++];
            z |= (b & 0x7F) << shift;
            if ((b & 0x80) == 0) {
                break;
            }
            shift += 7;
        }
        return (z >>> 1) ^ -(z & 1);
    }
}
