package dev.freshet.engine.batch;

import dev.freshet.engine.type.DataType;
import dev.freshet.engine.type.PhysicalType;
import dev.freshet.engine.type.TypeKind;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Variable-length values as slices of one {@code byte[]}: row {@code i} is {@code data[offsets[i]
 * .. offsets[i+1])}. VARCHAR and JSONB hold UTF-8 text, BYTEA raw bytes, UUID 16 bytes.
 */
public final class BytesColumn implements Column {
    private final DataType type;
    private final int[] offsets;
    private final byte[] data;
    private final long @Nullable [] nulls;
    private final int size;

    /**
     * @param offsets {@code size + 1} ascending offsets into {@code data}
     */
    public BytesColumn(
            DataType type, int[] offsets, byte[] data, long @Nullable [] nulls, int size) {
        if (type.physical() != PhysicalType.BYTES) {
            throw new IllegalArgumentException("not a BYTES type: " + type);
        }
        this.type = Objects.requireNonNull(type);
        this.offsets = offsets;
        this.data = data;
        this.nulls = nulls;
        this.size = size;
    }

    @Override
    public DataType type() {
        return type;
    }

    @Override
    public int size() {
        return size;
    }

    @Override
    public boolean isNull(int row) {
        return NullBits.isNull(nulls, row);
    }

    @Override
    public long @Nullable [] nulls() {
        return nulls;
    }

    public int start(int row) {
        return offsets[row];
    }

    public int length(int row) {
        return offsets[row + 1] - offsets[row];
    }

    /** The shared backing array; read only. */
    public byte[] data() {
        return data;
    }

    public int[] offsets() {
        return offsets;
    }

    /** A copy of the bytes at {@code row}. */
    public byte[] getBytes(int row) {
        return Arrays.copyOfRange(data, offsets[row], offsets[row + 1]);
    }

    /** The value at {@code row} decoded as UTF-8 (allocates). */
    public String getString(int row) {
        return new String(data, offsets[row], length(row), StandardCharsets.UTF_8);
    }

    /** Unsigned lexicographic comparison of two rows' bytes (PostgreSQL's "C" collation). */
    public static int compare(BytesColumn a, int ra, BytesColumn b, int rb) {
        return Arrays.compareUnsigned(
                a.data, a.offsets[ra], a.offsets[ra + 1], b.data, b.offsets[rb], b.offsets[rb + 1]);
    }

    @Override
    public BytesColumn gather(int[] positions, int count) {
        int total = 0;
        for (int i = 0; i < count; i++) {
            total += length(positions[i]);
        }
        byte[] out = new byte[total];
        int[] outOffsets = new int[count + 1];
        int pos = 0;
        for (int i = 0; i < count; i++) {
            int p = positions[i];
            int len = offsets[p + 1] - offsets[p];
            System.arraycopy(data, offsets[p], out, pos, len);
            pos += len;
            outOffsets[i + 1] = pos;
        }
        return new BytesColumn(
                type, outOffsets, out, NullBits.gather(nulls, positions, count), count);
    }

    @Override
    public BytesColumn slice(int from, int count) {
        int base = offsets[from];
        int[] outOffsets = new int[count + 1];
        for (int i = 0; i <= count; i++) {
            outOffsets[i] = offsets[from + i] - base;
        }
        return new BytesColumn(
                type,
                outOffsets,
                Arrays.copyOfRange(data, base, offsets[from + count]),
                LongColumn.sliceNulls(nulls, from, count),
                count);
    }

    @Override
    public @Nullable Object getObject(int row) {
        if (isNull(row)) {
            return null;
        }
        return type.kind() == TypeKind.BYTEA || type.kind() == TypeKind.UUID
                ? getBytes(row)
                : getString(row);
    }
}
