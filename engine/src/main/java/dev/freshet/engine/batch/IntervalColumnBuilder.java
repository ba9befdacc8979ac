package dev.freshet.engine.batch;

import dev.freshet.engine.type.DataType;
import dev.freshet.engine.type.Interval;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/** Builds {@link IntervalColumn}s. */
public final class IntervalColumnBuilder extends ColumnBuilder {
    private int[] months;
    private int[] days;
    private long[] micros;

    IntervalColumnBuilder(DataType type, int capacity) {
        super(type);
        int c = Math.max(capacity, 1);
        months = new int[c];
        days = new int[c];
        micros = new long[c];
    }

    /** Appends a non-null value. */
    public void appendInterval(int m, int d, long us) {
        ensureCapacity(size + 1);
        months[size] = m;
        days[size] = d;
        micros[size] = us;
        size++;
    }

    @Override
    protected int capacity() {
        return months.length;
    }

    @Override
    protected void ensureCapacity(int rows) {
        if (rows > months.length) {
            int n = grow(months.length, rows);
            months = Arrays.copyOf(months, n);
            days = Arrays.copyOf(days, n);
            micros = Arrays.copyOf(micros, n);
        }
    }

    @Override
    protected void appendDefault() {
        months[size] = 0;
        days[size] = 0;
        micros[size] = 0;
    }

    @Override
    protected void appendValueFrom(Column src, int row) {
        IntervalColumn i = (IntervalColumn) src;
        months[size] = i.months(row);
        days[size] = i.days(row);
        micros[size] = i.micros(row);
    }

    @Override
    protected void appendValueObject(Object value) {
        Interval i = (Interval) value;
        months[size] = i.months();
        days[size] = i.days();
        micros[size] = i.micros();
    }

    @Override
    protected Column buildColumn(long @Nullable [] nullBits) {
        Column c = new IntervalColumn(type, months, days, micros, nullBits, size);
        int n = Math.max(16, size);
        months = new int[n];
        days = new int[n];
        micros = new long[n];
        return c;
    }
}
