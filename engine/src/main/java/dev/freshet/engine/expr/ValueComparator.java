package dev.freshet.engine.expr;

import dev.freshet.engine.batch.ArrayColumn;
import dev.freshet.engine.batch.BoolColumn;
import dev.freshet.engine.batch.BytesColumn;
import dev.freshet.engine.batch.Column;
import dev.freshet.engine.batch.DecimalColumn;
import dev.freshet.engine.batch.DoubleColumn;
import dev.freshet.engine.batch.IntervalColumn;
import dev.freshet.engine.batch.LongColumn;
import dev.freshet.engine.type.Interval;

/**
 * SQL ordering of two non-null values of the same type held in columns: PostgreSQL semantics (NaN
 * equals NaN and sorts above every number, -0.0 equals 0.0, NUMERIC compares by value, strings
 * bytewise as the "C" collation, intervals by total length, arrays element-wise with NULL elements
 * last).
 */
public final class ValueComparator {
    private ValueComparator() {}

    public static int compare(Column a, int i, Column b, int j) {
        return switch (a) {
            case LongColumn la -> Long.compare(la.get(i), ((LongColumn) b).get(j));
            case DoubleColumn da -> compareDoubles(da.get(i), ((DoubleColumn) b).get(j));
            case BoolColumn ba -> Boolean.compare(ba.get(i), ((BoolColumn) b).get(j));
            case BytesColumn sa -> BytesColumn.compare(sa, i, (BytesColumn) b, j);
            case DecimalColumn xa -> compareDecimals(xa, i, (DecimalColumn) b, j);
            case IntervalColumn ia -> {
                IntervalColumn ib = (IntervalColumn) b;
                yield Interval.compare(
                        ia.months(i),
                        ia.days(i),
                        ia.micros(i),
                        ib.months(j),
                        ib.days(j),
                        ib.micros(j));
            }
            case ArrayColumn aa -> compareArrays(aa, i, (ArrayColumn) b, j);
        };
    }

    /** PostgreSQL float comparison: -0 = 0, NaN = NaN, NaN greater than everything. */
    public static int compareDoubles(double x, double y) {
        if (x < y) {
            return -1;
        }
        if (x > y) {
            return 1;
        }
        if (x == y) {
            return 0;
        }
        boolean xn = Double.isNaN(x);
        boolean yn = Double.isNaN(y);
        return xn == yn ? 0 : (xn ? 1 : -1);
    }

    public static int compareDecimals(DecimalColumn a, int i, DecimalColumn b, int j) {
        short sa = a.scaleOrMarker(i);
        short sb = b.scaleOrMarker(j);
        if (sa >= 0 && sa == sb) {
            return Long.compare(a.unscaled(i), b.unscaled(j));
        }
        return a.get(i).compareTo(b.get(j));
    }

    private static int compareArrays(ArrayColumn a, int i, ArrayColumn b, int j) {
        int na = a.length(i);
        int nb = b.length(j);
        Column ea = a.elements();
        Column eb = b.elements();
        for (int k = 0; k < Math.min(na, nb); k++) {
            int x = a.start(i) + k;
            int y = b.start(j) + k;
            boolean xn = ea.isNull(x);
            boolean yn = eb.isNull(y);
            if (xn || yn) {
                if (xn != yn) {
                    return xn ? 1 : -1;
                }
                continue;
            }
            int c = compare(ea, x, eb, y);
            if (c != 0) {
                return c;
            }
        }
        return Integer.compare(na, nb);
    }
}
