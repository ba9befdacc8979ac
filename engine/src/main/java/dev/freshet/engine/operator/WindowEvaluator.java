package dev.freshet.engine.operator;

import dev.freshet.engine.batch.Batch;
import dev.freshet.engine.batch.Column;
import dev.freshet.engine.batch.ColumnBuilder;
import dev.freshet.engine.expr.ValueComparator;
import dev.freshet.engine.ir.WindowCall;
import dev.freshet.engine.ir.WindowFrame;
import dev.freshet.engine.type.DataType;
import dev.freshet.engine.type.Decimal;
import dev.freshet.engine.type.PhysicalType;
import dev.freshet.sql.error.ErrorCode;
import dev.freshet.sql.error.FreshetException;
import java.math.BigDecimal;

/**
 * Computes window functions over one sorted partition (all its rows, in order, in a batch), given
 * each row's peer group (rows with equal ORDER BY keys share one).
 */
final class WindowEvaluator {
    private WindowEvaluator() {}

    /** The values of {@code call} for every row of {@code rows}. */
    static Column evaluate(
            WindowCall call,
            Batch rows,
            int[] peer,
            java.util.List<dev.freshet.engine.ir.SortKey> order) {
        int n = rows.size();
        ColumnBuilder out = ColumnBuilder.forType(call.type(), Math.max(1, n));
        int[] peerStart = new int[n];
        int[] peerEnd = new int[n];
        for (int i = 0; i < n; i++) {
            peerStart[i] = i > 0 && peer[i] == peer[i - 1] ? peerStart[i - 1] : i;
        }
        for (int i = n - 1; i >= 0; i--) {
            peerEnd[i] = i < n - 1 && peer[i] == peer[i + 1] ? peerEnd[i + 1] : i;
        }
        switch (call.function()) {
            case ROW_NUMBER -> {
                for (int i = 0; i < n; i++) {
                    out.appendObject((long) (i + 1));
                }
            }
            case RANK -> {
                for (int i = 0; i < n; i++) {
                    out.appendObject((long) (peerStart[i] + 1));
                }
            }
            case DENSE_RANK -> {
                for (int i = 0; i < n; i++) {
                    out.appendObject((long) (peer[i] - peer[0] + 1));
                }
            }
            case PERCENT_RANK -> {
                for (int i = 0; i < n; i++) {
                    out.appendObject(n == 1 ? 0.0 : (double) peerStart[i] / (n - 1));
                }
            }
            case CUME_DIST -> {
                for (int i = 0; i < n; i++) {
                    out.appendObject((double) (peerEnd[i] + 1) / n);
                }
            }
            case NTILE -> {
                long buckets = call.offset();
                for (int i = 0; i < n; i++) {
                    long size = n / buckets;
                    long extra = n % buckets;
                    // the first `extra` buckets hold one more row
                    long bucket;
                    long bigRows = extra * (size + 1);
                    if (i < bigRows) {
                        bucket = i / (size + 1);
                    } else {
                        bucket = extra + (i - bigRows) / Math.max(1, size);
                    }
                    out.appendObject(bucket + 1);
                }
            }
            case LAG, LEAD -> {
                Column arg = rows.column(call.args().get(0));
                long off =
                        call.function() == WindowCall.Function.LAG ? -call.offset() : call.offset();
                // lag(int_col, 1, 7.9) is NUMERIC: the column's values take the result's type
                boolean convert = arg.type().kind() != call.type().kind();
                for (int i = 0; i < n; i++) {
                    long j = i + off;
                    if (j >= 0 && j < n) {
                        if (convert) {
                            out.appendObject(castValue(arg, (int) j, call.type()));
                        } else {
                            out.appendFrom(arg, (int) j);
                        }
                    } else {
                        out.appendObject(call.defaultValue());
                    }
                }
            }
            case SESSION_START, SESSION_END -> sessions(call, rows, order, out);
            default -> frameFunction(call, rows, peerStart, peerEnd, order, out);
        }
        return out.build();
    }

    private static @org.jspecify.annotations.Nullable Object castValue(
            Column column, int row, DataType type) {
        Object v = column.getObject(row);
        if (v == null) {
            return null;
        }
        return dev.freshet.engine.expr.ConstantFolder.evaluate(
                dev.freshet.engine.expr.TypeCoercion.castTo(
                        new dev.freshet.engine.expr.Literal(column.type(), v), type));
    }

    private static void frameFunction(
            WindowCall call,
            Batch rows,
            int[] peerStart,
            int[] peerEnd,
            java.util.List<dev.freshet.engine.ir.SortKey> order,
            ColumnBuilder out) {
        int n = rows.size();
        WindowFrame f = call.frame();
        Column arg = call.args().isEmpty() ? null : rows.column(call.args().get(0));
        for (int i = 0; i < n; i++) {
            int lo;
            int hi;
            if (f.rows()) {
                lo =
                        f.lower() == WindowFrame.UNBOUNDED
                                ? 0
                                : (int) Math.max(0, Math.min(n, i - f.lower()));
                hi =
                        f.upper() == WindowFrame.UNBOUNDED
                                ? n - 1
                                : (int) Math.max(-1, Math.min(n - 1, i + f.upper()));
            } else {
                lo = f.lower() == WindowFrame.UNBOUNDED ? 0 : peerStart[i];
                hi = f.upper() == WindowFrame.UNBOUNDED ? n - 1 : peerEnd[i];
                boolean lowerOffset = f.lower() != WindowFrame.UNBOUNDED && f.lower() != 0;
                boolean upperOffset = f.upper() != WindowFrame.UNBOUNDED && f.upper() != 0;
                if (f.lowerExact() != null || f.upperExact() != null) {
                    // a NULL key's frame is its peers (the other NULLs), as in PostgreSQL
                    if (!rows.column(order.get(0).field()).isNull(i)) {
                        int[] loHi = exactRange(rows, order.get(0), f, i, lo, hi);
                        lo = loHi[0];
                        hi = loHi[1];
                    }
                } else if ((lowerOffset || upperOffset) && !rangeKey(rows, order).isNull(i)) {
                    dev.freshet.engine.batch.LongColumn key = rangeKey(rows, order);
                    boolean desc = order.get(0).descending();
                    long k = key.get(i);
                    // in sort order, PRECEDING values are smaller (ASC) or larger (DESC)
                    if (lowerOffset) {
                        lo = firstAtOrAfter(key, k, f.lower(), desc, i);
                    }
                    if (upperOffset) {
                        hi = lastAtOrBefore(key, k, f.upper(), desc, i);
                    }
                }
            }
            appendFrameValue(call, arg, lo, hi, out);
        }
    }

    /**
     * Session windows over rows sorted by time: a session is a maximal run of rows each less than
     * the gap after the previous one; it starts at its first row's time and ends at its last row's
     * time plus the gap. Rows with a NULL time belong to no session.
     */
    private static void sessions(
            WindowCall call,
            Batch rows,
            java.util.List<dev.freshet.engine.ir.SortKey> order,
            ColumnBuilder out) {
        dev.freshet.engine.batch.LongColumn ts =
                (dev.freshet.engine.batch.LongColumn) rows.column(order.get(0).field());
        long gap = call.offset();
        int n = rows.size();
        long[] value = new long[n];
        boolean[] isNull = new boolean[n];
        int i = 0;
        while (i < n) {
            if (ts.isNull(i)) {
                isNull[i++] = true;
                continue;
            }
            int end = i;
            while (end + 1 < n && !ts.isNull(end + 1) && ts.get(end + 1) - ts.get(end) < gap) {
                end++;
            }
            long v =
                    call.function() == WindowCall.Function.SESSION_START
                            ? ts.get(i)
                            : satAdd(ts.get(end), gap);
            for (int k = i; k <= end; k++) {
                value[k] = v;
            }
            i = end + 1;
        }
        for (int k = 0; k < n; k++) {
            if (isNull[k]) {
                out.appendNull();
            } else {
                out.appendObject(value[k]);
            }
        }
    }

    /**
     * Frame bounds of row {@code i} for a RANGE offset over a numeric or floating-point key, by
     * exact comparison: the first row whose key is within the lower offset, the last within the
     * upper one (in sort order; NULL keys are never within).
     */
    private static int[] exactRange(
            Batch rows,
            dev.freshet.engine.ir.SortKey key,
            WindowFrame f,
            int i,
            int peerLo,
            int peerHi) {
        Column c = rows.column(key.field());
        int n = rows.size();
        boolean desc = key.descending();
        BigDecimal k = numeric(c, i);
        if (k == null) {
            return new int[] {peerLo, peerHi}; // NaN or infinite: its peers only
        }
        // the key range [from, to] in value order that the frame covers
        BigDecimal from = null;
        BigDecimal to = null;
        if (f.lowerExact() != null) {
            BigDecimal off = f.lower() > 0 ? f.lowerExact() : f.lowerExact().negate();
            // PRECEDING: smaller values (ASC) or larger values (DESC)
            BigDecimal b = desc ? k.add(off) : k.subtract(off);
            if (desc) {
                to = b;
            } else {
                from = b;
            }
        }
        if (f.upperExact() != null) {
            BigDecimal off = f.upper() > 0 ? f.upperExact() : f.upperExact().negate();
            BigDecimal b = desc ? k.subtract(off) : k.add(off);
            if (desc) {
                from = b;
            } else {
                to = b;
            }
        }
        int lo = f.lowerExact() == null ? (f.lower() == WindowFrame.UNBOUNDED ? 0 : peerLo) : -1;
        int hi =
                f.upperExact() == null ? (f.upper() == WindowFrame.UNBOUNDED ? n - 1 : peerHi) : -2;
        for (int j = 0; j < n; j++) {
            if (c.isNull(j)) {
                continue;
            }
            BigDecimal v = numeric(c, j);
            if (v == null) {
                continue;
            }
            boolean inside =
                    (from == null || v.compareTo(from) >= 0)
                            && (to == null || v.compareTo(to) <= 0);
            if (!inside) {
                continue;
            }
            if (f.lowerExact() != null && lo < 0) {
                lo = j;
            }
            if (f.upperExact() != null) {
                hi = j;
            }
        }
        if (f.lowerExact() != null && lo < 0) {
            return new int[] {1, 0}; // nothing within: an empty frame
        }
        if (f.upperExact() != null && hi < 0) {
            return new int[] {1, 0};
        }
        return new int[] {lo, hi};
    }

    private static @org.jspecify.annotations.Nullable BigDecimal numeric(Column c, int row) {
        return switch (c) {
            case dev.freshet.engine.batch.DoubleColumn d ->
                    Double.isFinite(d.get(row)) ? new BigDecimal(d.get(row)) : null;
            case dev.freshet.engine.batch.DecimalColumn d ->
                    d.get(row).isFinite() ? d.get(row).bigDecimal() : null;
            case dev.freshet.engine.batch.LongColumn l -> BigDecimal.valueOf(l.get(row));
            default ->
                    throw new FreshetException(
                            ErrorCode.WINDOWING_ERROR,
                            "RANGE with an offset needs a numeric, date or time ORDER BY column");
        };
    }

    /** The single ORDER BY column of a RANGE frame with an offset, as its long encoding. */
    private static dev.freshet.engine.batch.LongColumn rangeKey(
            Batch rows, java.util.List<dev.freshet.engine.ir.SortKey> order) {
        if (order.size() != 1
                || !(rows.column(order.get(0).field())
                        instanceof dev.freshet.engine.batch.LongColumn key)) {
            throw new FreshetException(
                    ErrorCode.WINDOWING_ERROR,
                    "RANGE with offset PRECEDING/FOLLOWING requires exactly one ORDER BY column of"
                            + " an integer, date or timestamp type");
        }
        return key;
    }

    /**
     * The first row (scanning from the current row backwards) whose key is within {@code before} of
     * {@code k} in sort order: key ≥ k − before (ASC) or key ≤ k + before (DESC). A negative {@code
     * before} reaches past the current row.
     */
    private static int firstAtOrAfter(
            dev.freshet.engine.batch.LongColumn key, long k, long before, boolean desc, int i) {
        long bound = desc ? satAdd(k, before) : satAdd(k, -before);
        int n = key.size();
        int j = i;
        if (desc ? bound < k : bound > k) {
            while (j < n && !key.isNull(j) && (desc ? key.get(j) > bound : key.get(j) < bound)) {
                j++;
            }
            return j;
        }
        while (j > 0
                && !key.isNull(j - 1)
                && (desc ? key.get(j - 1) <= bound : key.get(j - 1) >= bound)) {
            j--;
        }
        return j;
    }

    /** The last row whose key is within {@code after} of {@code k} in sort order. */
    private static int lastAtOrBefore(
            dev.freshet.engine.batch.LongColumn key, long k, long after, boolean desc, int i) {
        long bound = desc ? satAdd(k, -after) : satAdd(k, after);
        int n = key.size();
        int j = i;
        if (desc ? bound > k : bound < k) {
            while (j >= 0 && !key.isNull(j) && (desc ? key.get(j) < bound : key.get(j) > bound)) {
                j--;
            }
            return j;
        }
        while (j + 1 < n
                && !key.isNull(j + 1)
                && (desc ? key.get(j + 1) >= bound : key.get(j + 1) <= bound)) {
            j++;
        }
        return j;
    }

    private static long satAdd(long a, long b) {
        long r = a + b;
        if (((a ^ r) & (b ^ r)) < 0) {
            return b > 0 ? Long.MAX_VALUE : Long.MIN_VALUE;
        }
        return r;
    }

    private static void appendFrameValue(
            WindowCall call, Column arg, int lo, int hi, ColumnBuilder out) {
        switch (call.function()) {
            case FIRST_VALUE -> {
                if (lo <= hi) {
                    out.appendFrom(arg, lo);
                } else {
                    out.appendNull();
                }
            }
            case LAST_VALUE -> {
                if (lo <= hi) {
                    out.appendFrom(arg, hi);
                } else {
                    out.appendNull();
                }
            }
            case NTH_VALUE -> {
                long j = lo + call.offset() - 1;
                if (j <= hi) {
                    out.appendFrom(arg, (int) j);
                } else {
                    out.appendNull();
                }
            }
            case COUNT_STAR -> out.appendObject((long) Math.max(0, hi - lo + 1));
            case COUNT -> {
                long c = 0;
                for (int j = lo; j <= hi; j++) {
                    if (!arg.isNull(j)) {
                        c++;
                    }
                }
                out.appendObject(c);
            }
            case MIN, MAX -> {
                int best = -1;
                for (int j = lo; j <= hi; j++) {
                    if (arg.isNull(j)) {
                        continue;
                    }
                    if (best < 0) {
                        best = j;
                        continue;
                    }
                    int cmp = ValueComparator.compare(arg, j, arg, best);
                    if (call.function() == WindowCall.Function.MIN ? cmp < 0 : cmp > 0) {
                        best = j;
                    }
                }
                if (best < 0) {
                    out.appendNull();
                } else {
                    out.appendFrom(arg, best);
                }
            }
            case SUM, SUM0, AVG -> out.appendObject(sum(call, arg, lo, hi));
            default -> throw new IllegalStateException("not a frame function: " + call.function());
        }
    }

    private static Object sum(WindowCall call, Column arg, int lo, int hi) {
        DataType t = call.type();
        long count = 0;
        BigDecimal exact = BigDecimal.ZERO;
        double approx = 0;
        boolean decimalNaN = false;
        for (int j = lo; j <= hi; j++) {
            if (arg.isNull(j)) {
                continue;
            }
            count++;
            Object v = arg.getObject(j);
            switch (v) {
                case Long l -> exact = exact.add(BigDecimal.valueOf(l));
                case Double d -> approx += d;
                case Decimal d -> {
                    if (d.isFinite()) {
                        exact = exact.add(d.bigDecimal());
                    } else {
                        decimalNaN = true;
                    }
                }
                default -> throw new IllegalStateException("sum of " + v);
            }
        }
        if (count == 0) {
            return call.function() == WindowCall.Function.SUM0 ? zero(t) : null;
        }
        boolean floating = arg.type().physical() == PhysicalType.DOUBLE;
        if (call.function() == WindowCall.Function.AVG) {
            return floating
                    ? (Object) (approx / count)
                    : Decimal.of(exact).divide(Decimal.of(count));
        }
        return switch (t.physical()) {
            case LONG -> exact.longValueExact();
            case DOUBLE -> floating ? approx : exact.doubleValue();
            case DECIMAL -> decimalNaN ? Decimal.NAN : Decimal.of(exact);
            default -> throw new IllegalStateException("sum as " + t);
        };
    }

    private static Object zero(DataType t) {
        return switch (t.physical()) {
            case LONG -> 0L;
            case DOUBLE -> 0.0;
            default -> Decimal.ZERO;
        };
    }
}
