package dev.freshet.engine.batch;

import dev.freshet.engine.type.DataType;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/** Builds {@link BytesColumn}s. */
public final class BytesColumnBuilder extends ColumnBuilder {
    private int[] offsets;
    private byte[] data;

    BytesColumnBuilder(DataType type, int capacity) {
        super(type);
        offsets = new int[Math.max(capacity, 1) + 1];
        data = new byte[Math.max(capacity, 1) * 8];
    }

    /** Appends {@code len} bytes of {@code src} starting at {@code start}. */
    public void appendBytes(byte[] src, int start, int len) {
        ensureCapacity(size + 1);
        put(src, start, len);
        size++;
    }

    /** Appends a string as UTF-8. */
    public void appendString(String s) {
        byte[] b = s.getBytes(StandardCharsets.UTF_8);
        appendBytes(b, 0, b.length);
    }

    private void put(byte[] src, int start, int len) {
        int pos = offsets[size];
        if (pos + len > data.length) {
            data = Arrays.copyOf(data, Math.max(pos + len, data.length * 2));
        }
        System.arraycopy(src, start, data, pos, len);
        offsets[size + 1] = pos + len;
    }

    @Override
    protected int capacity() {
        return offsets.length - 1;
    }

    @Override
    protected void ensureCapacity(int rows) {
        if (rows + 1 > offsets.length) {
            offsets = Arrays.copyOf(offsets, grow(offsets.length, rows + 1));
        }
    }

    @Override
    protected void appendDefault() {
        offsets[size + 1] = offsets[size];
    }

    @Override
    protected void appendValueFrom(Column src, int row) {
        BytesColumn b = (BytesColumn) src;
        put(b.data(), b.start(row), b.length(row));
    }

    @Override
    protected void appendValueObject(Object value) {
        byte[] b =
                value instanceof byte[] bytes
                        ? bytes
                        : value.toString().getBytes(StandardCharsets.UTF_8);
        put(b, 0, b.length);
    }

    @Override
    protected Column buildColumn(long @Nullable [] nullBits) {
        Column c = new BytesColumn(type, offsets, data, nullBits, size);
        offsets = new int[Math.max(16, size) + 1];
        data = new byte[Math.max(64, offsets[0])];
        return c;
    }
}
