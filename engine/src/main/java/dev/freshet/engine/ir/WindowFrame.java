package dev.freshet.engine.ir;

/**
 * The frame of a window function: rows (by position) or range (by peers of the ORDER BY key),
 * between two bounds. A bound offset of {@link #UNBOUNDED} means the partition's edge.
 *
 * @param rows ROWS (true) or RANGE (false)
 * @param lower rows before the current row (0 = current row, UNBOUNDED = partition start); negative
 *     means following
 * @param upper rows after the current row (0 = current row, UNBOUNDED = partition end); negative
 *     means preceding
 * @param lowerExact for a RANGE offset over a numeric or floating-point key: the offset's exact
 *     value ({@code lower} then only says the direction, 1 preceding or -1 following); else null
 * @param upperExact the same for {@code upper}
 */
public record WindowFrame(
        boolean rows,
        long lower,
        long upper,
        java.math.@org.jspecify.annotations.Nullable BigDecimal lowerExact,
        java.math.@org.jspecify.annotations.Nullable BigDecimal upperExact) {

    public WindowFrame(boolean rows, long lower, long upper) {
        this(rows, lower, upper, null, null);
    }

    public static final long UNBOUNDED = Long.MAX_VALUE;

    /** RANGE BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW: the default with ORDER BY. */
    public static final WindowFrame RUNNING = new WindowFrame(false, UNBOUNDED, 0);

    /** The whole partition: the default without ORDER BY. */
    public static final WindowFrame WHOLE = new WindowFrame(false, UNBOUNDED, UNBOUNDED);

    public String explain() {
        return (rows ? "ROWS " : "RANGE ")
                + bound(lower, lowerExact, "PRECEDING")
                + " AND "
                + bound(upper, upperExact, "FOLLOWING");
    }

    private static String bound(
            long n, java.math.@org.jspecify.annotations.Nullable BigDecimal exact, String dir) {
        if (exact != null) {
            return exact.toPlainString()
                    + " "
                    + (n > 0 ? dir : (dir.equals("PRECEDING") ? "FOLLOWING" : "PRECEDING"));
        }
        if (n == UNBOUNDED) {
            return "UNBOUNDED " + dir;
        }
        if (n == 0) {
            return "CURRENT ROW";
        }
        return n > 0
                ? n + " " + dir
                : (-n) + " " + (dir.equals("PRECEDING") ? "FOLLOWING" : "PRECEDING");
    }
}
