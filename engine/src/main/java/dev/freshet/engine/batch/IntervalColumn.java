package dev.freshet.engine.batch;

import dev.freshet.engine.type.DataType;
import dev.freshet.engine.type.Interval;
import dev.freshet.engine.type.PhysicalType;
import java.util.Arrays;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/** INTERVAL values as three parallel arrays: months, days, microseconds. */
public final class IntervalColumn implements Column {
    private final DataType type;
    private final int[] months;
    private final int[] days;
    private final long[] micros;
    private final long @Nullable [] nulls;
    private final int size;

    public IntervalColumn(
            DataType type,
            int[] months,
            int[] days,
            long[] micros,
            long @Nullable [] nulls,
            int size) {
        if (type.physical() != PhysicalType.INTERVAL) {
            throw new IllegalArgumentException("not an INTERVAL type: " + type);
        }
        this.type = Objects.requireNonNull(type);
        this.months = months;
        this.days = days;
        this.micros = micros;
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

    public int months(int row) {
        return months[row];
    }

    public int days(int row) {
        return days[row];
    }

    public long micros(int row) {
        return micros[row];
    }

    public Interval get(int row) {
        return new Interval(months[row], days[row], micros[row]);
    }

    @Override
    public IntervalColumn gather(int[] positions, int count) {
        int[] m = new int[count];
        int[] d = new int[count];
        long[] u = new long[count];
        for (int i = 0; i < count; i++) {
            int p = positions[i];
            m[i] = months[p];
            d[i] = days[p];
            u[i] = micros[p];
        }
        return new IntervalColumn(type, m, d, u, NullBits.gather(nulls, positions, count), count);
    }

    @Override
    public IntervalColumn slice(int from, int count) {
        return new IntervalColumn(
                type,
                Arrays.copyOfRange(months, from, from + count),
                Arrays.copyOfRange(days, from, from + count),
                Arrays.copyOfRange(micros, from, from + count),
                LongColumn.sliceNulls(nulls, from, count),
                count);
    }

    @Override
    public @Nullable Object getObject(int row) {
        return isNull(row) ? null : get(row);
    }
}
