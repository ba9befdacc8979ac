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
 */
public record WindowFrame(boolean rows, long lower, long upper) {
    public static final long UNBOUNDED = Long.MAX_VALUE;

    /** RANGE BETWEEN UNBOUNDED PRECEDING AND CURRENT ROW: the default with ORDER BY. */
    public static final WindowFrame RUNNING = new WindowFrame(false, UNBOUNDED, 0);

    /** The whole partition: the default without ORDER BY. */
    public static final WindowFrame WHOLE = new WindowFrame(false, UNBOUNDED, UNBOUNDED);

    public String explain() {
        return (rows ? "ROWS " : "RANGE ")
                + bound(lower, "PRECEDING")
                + " AND "
                + bound(upper, "FOLLOWING");
    }

    private static String bound(long n, String dir) {
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
