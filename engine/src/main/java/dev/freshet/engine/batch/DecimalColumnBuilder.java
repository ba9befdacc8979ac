package dev.freshet.engine.batch;

import dev.freshet.engine.type.DataType;
import dev.freshet.engine.type.Decimal;
import java.math.BigDecimal;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/** Builds {@link DecimalColumn}s, choosing the compact form whenever the digits fit a long. */
public final class DecimalColumnBuilder extends ColumnBuilder {
    private long[] unscaled;
    private short[] scales;
    private BigDecimal @Nullable [] big;

    DecimalColumnBuilder(DataType type, int capacity) {
        super(type);
        unscaled = new long[Math.max(capacity, 1)];
        scales = new short[Math.max(capacity, 1)];
    }

    /** Appends a compact value {@code unscaledValue × 10^-scale} ({@code 0 ≤ scale}). */
    public void appendCompact(long unscaledValue, int scale) {
        ensureCapacity(size + 1);
        unscaled[size] = unscaledValue;
        scales[size] = (short) scale;
        size++;
    }

    /** Appends a non-null value. */
    public void appendDecimal(Decimal d) {
        ensureCapacity(size + 1);
        put(d);
        size++;
    }

    private void put(Decimal d) {
        if (d.isNaN()) {
            scales[size] = DecimalColumn.NAN;
        } else if (d.isInfinite()) {
            scales[size] = d.signum() > 0 ? DecimalColumn.POS_INF : DecimalColumn.NEG_INF;
        } else {
            putBig(d.bigDecimal());
        }
    }

    private void putBig(BigDecimal b) {
        int scale = b.scale();
        if (scale < 0) {
            b = b.setScale(0);
            scale = 0;
        }
        if (scale <= Short.MAX_VALUE && b.unscaledValue().bitLength() <= 63) {
            unscaled[size] = b.unscaledValue().longValue();
            scales[size] = (short) scale;
        } else {
            if (big == null) {
                big = new BigDecimal[unscaled.length];
            }
            big[size] = b;
            scales[size] = DecimalColumn.BIG;
        }
    }

    @Override
    protected int capacity() {
        return unscaled.length;
    }

    @Override
    protected void ensureCapacity(int rows) {
        if (rows > unscaled.length) {
            int n = grow(unscaled.length, rows);
            unscaled = Arrays.copyOf(unscaled, n);
            scales = Arrays.copyOf(scales, n);
            if (big != null) {
                big = Arrays.copyOf(big, n);
            }
        }
    }

    @Override
    protected void appendDefault() {
        unscaled[size] = 0;
        scales[size] = 0;
    }

    @Override
    protected void appendValueFrom(Column src, int row) {
        DecimalColumn d = (DecimalColumn) src;
        short s = d.scaleOrMarker(row);
        if (s == DecimalColumn.BIG) {
            put(d.get(row));
        } else {
            unscaled[size] = d.unscaled(row);
            scales[size] = s;
        }
    }

    @Override
    protected void appendValueObject(Object value) {
        if (value instanceof Decimal d) {
            put(d);
        } else if (value instanceof BigDecimal b) {
            putBig(b);
        } else {
            unscaled[size] = ((Number) value).longValue();
            scales[size] = 0;
        }
    }

    @Override
    protected Column buildColumn(long @Nullable [] nullBits) {
        Column c = new DecimalColumn(type, unscaled, scales, big, nullBits, size);
        unscaled = new long[Math.max(16, size)];
        scales = new short[Math.max(16, size)];
        big = null;
        return c;
    }
}
