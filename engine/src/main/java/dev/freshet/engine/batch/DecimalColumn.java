package dev.freshet.engine.batch;

import dev.freshet.engine.type.DataType;
import dev.freshet.engine.type.Decimal;
import dev.freshet.engine.type.PhysicalType;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * NUMERIC values. A value whose unscaled digits fit a {@code long} is stored compactly as {@code
 * unscaled[i] × 10^-scales[i]}; wider values live in the sparse {@code big} array; the special
 * values NaN, +Infinity and -Infinity are marked by a negative scale.
 */
public final class DecimalColumn implements Column {
    /** Scale marker for NaN. */
    public static final short NAN = -1;

    /** Scale marker for +Infinity. */
    public static final short POS_INF = -2;

    /** Scale marker for -Infinity. */
    public static final short NEG_INF = -3;

    /** Scale marker for a value held in {@code big}. */
    public static final short BIG = -4;

    private final DataType type;
    private final long[] unscaled;
    private final short[] scales;
    private final BigDecimal @Nullable [] big;
    private final long @Nullable [] nulls;
    private final int size;

    public DecimalColumn(
            DataType type,
            long[] unscaled,
            short[] scales,
            BigDecimal @Nullable [] big,
            long @Nullable [] nulls,
            int size) {
        if (type.physical() != PhysicalType.DECIMAL) {
            throw new IllegalArgumentException("not a DECIMAL type: " + type);
        }
        this.type = Objects.requireNonNull(type);
        this.unscaled = unscaled;
        this.scales = scales;
        this.big = big;
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

    /** Scale of the value, or one of the negative markers {@link #NAN}, {@link #BIG}, ... */
    public short scaleOrMarker(int row) {
        return scales[row];
    }

    /** Unscaled digits of a compact value (scale ≥ 0). */
    public long unscaled(int row) {
        return unscaled[row];
    }

    /** The value at {@code row} (allocates). */
    public Decimal get(int row) {
        short s = scales[row];
        return switch (s) {
            case NAN -> Decimal.NAN;
            case POS_INF -> Decimal.POSITIVE_INFINITY;
            case NEG_INF -> Decimal.NEGATIVE_INFINITY;
            case BIG -> Decimal.of(Objects.requireNonNull(big)[row]);
            default -> Decimal.of(BigDecimal.valueOf(unscaled[row], s));
        };
    }

    @Override
    public DecimalColumn gather(int[] positions, int count) {
        long[] u = new long[count];
        short[] s = new short[count];
        BigDecimal[] b = null;
        for (int i = 0; i < count; i++) {
            int p = positions[i];
            u[i] = unscaled[p];
            s[i] = scales[p];
            if (s[i] == BIG) {
                if (b == null) {
                    b = new BigDecimal[count];
                }
                b[i] = Objects.requireNonNull(big)[p];
            }
        }
        return new DecimalColumn(type, u, s, b, NullBits.gather(nulls, positions, count), count);
    }

    @Override
    public DecimalColumn slice(int from, int count) {
        return new DecimalColumn(
                type,
                Arrays.copyOfRange(unscaled, from, from + count),
                Arrays.copyOfRange(scales, from, from + count),
                big == null ? null : Arrays.copyOfRange(big, from, from + count),
                LongColumn.sliceNulls(nulls, from, count),
                count);
    }

    @Override
    public @Nullable Object getObject(int row) {
        return isNull(row) ? null : get(row);
    }
}
