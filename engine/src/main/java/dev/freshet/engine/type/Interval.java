package dev.freshet.engine.type;

/**
 * An interval value as PostgreSQL keeps it: months, days and microseconds, each signed and
 * independent ({@code 1 month} is not {@code 30 days} until compared).
 *
 * <p>Comparison and equality follow PostgreSQL: both sides are reduced to microseconds with a month
 * counted as 30 days and a day as 24 hours, so {@code '1 month' = '30 days'} is true.
 *
 * @param months whole months
 * @param days whole days
 * @param micros microseconds
 */
public record Interval(int months, int days, long micros) implements Comparable<Interval> {
    public static final long MICROS_PER_SECOND = 1_000_000L;
    public static final long MICROS_PER_MINUTE = 60 * MICROS_PER_SECOND;
    public static final long MICROS_PER_HOUR = 60 * MICROS_PER_MINUTE;
    public static final long MICROS_PER_DAY = 24 * MICROS_PER_HOUR;
    public static final Interval ZERO = new Interval(0, 0, 0);

    /** High 64 bits of the interval's length in microseconds (128-bit, month = 30 days). */
    public static long spanHigh(int months, int days, long micros) {
        long dayCount = months * 30L + days;
        long hi = Math.multiplyHigh(dayCount, MICROS_PER_DAY);
        long lo = dayCount * MICROS_PER_DAY;
        long sum = lo + micros;
        // carry: unsigned overflow of lo + micros, with micros sign-extended
        long carry = Long.compareUnsigned(sum, lo) < 0 ? 1 : 0;
        return hi + (micros >> 63) + carry;
    }

    /** Low 64 bits of the interval's length in microseconds (unsigned). */
    public static long spanLow(int months, int days, long micros) {
        return (months * 30L + days) * MICROS_PER_DAY + micros;
    }

    /** Compares two intervals as PostgreSQL does (by total length, month = 30 days). */
    public static int compare(int m1, int d1, long u1, int m2, int d2, long u2) {
        long h1 = spanHigh(m1, d1, u1);
        long h2 = spanHigh(m2, d2, u2);
        if (h1 != h2) {
            return Long.compare(h1, h2);
        }
        return Long.compareUnsigned(spanLow(m1, d1, u1), spanLow(m2, d2, u2));
    }

    @Override
    public int compareTo(Interval o) {
        return compare(months, days, micros, o.months, o.days, o.micros);
    }

    /** PostgreSQL equality: same total length. */
    public boolean sameLength(Interval o) {
        return compareTo(o) == 0;
    }

    public Interval negate() {
        return new Interval(
                Math.negateExact(months), Math.negateExact(days), Math.negateExact(micros));
    }

    public Interval plus(Interval o) {
        return new Interval(
                Math.addExact(months, o.months),
                Math.addExact(days, o.days),
                Math.addExact(micros, o.micros));
    }
}
