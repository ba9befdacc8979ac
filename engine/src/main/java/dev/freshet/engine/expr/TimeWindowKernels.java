package dev.freshet.engine.expr;

import dev.freshet.engine.batch.Column;
import dev.freshet.engine.batch.LongColumn;
import dev.freshet.engine.type.DataType;
import org.jspecify.annotations.Nullable;

/**
 * The bounds of fixed-size time windows over a TIMESTAMP or TIMESTAMPTZ column (µs): the start of
 * the tumbling window containing a time, and a shift by a fixed number of microseconds.
 */
public final class TimeWindowKernels {
    private TimeWindowKernels() {}

    /** {@code offset + floor((t - offset) / size) * size}. */
    public static ScalarFunction windowStart(DataType type, long sizeMicros, long offsetMicros) {
        return new ScalarFunction() {
            @Override
            public String name() {
                return "window_start[" + sizeMicros + "us]";
            }

            @Override
            public DataType resultType() {
                return type;
            }

            @Override
            public boolean monotone() {
                return true;
            }

            @Override
            public Column apply(Column[] args, long @Nullable [] nulls, int rows, EvalContext ctx) {
                long[] t = ((LongColumn) args[0]).values();
                long[] out = new long[rows];
                for (int i = 0; i < rows; i++) {
                    out[i] =
                            Math.floorDiv(t[i] - offsetMicros, sizeMicros) * sizeMicros
                                    + offsetMicros;
                }
                return new LongColumn(type, out, nulls, rows);
            }
        };
    }

    /** {@code t + micros}. */
    public static ScalarFunction shift(DataType type, long micros) {
        return new ScalarFunction() {
            @Override
            public String name() {
                return "shift[" + micros + "us]";
            }

            @Override
            public DataType resultType() {
                return type;
            }

            @Override
            public boolean monotone() {
                return true;
            }

            @Override
            public Column apply(Column[] args, long @Nullable [] nulls, int rows, EvalContext ctx) {
                long[] t = ((LongColumn) args[0]).values();
                long[] out = new long[rows];
                for (int i = 0; i < rows; i++) {
                    out[i] = t[i] + micros;
                }
                return new LongColumn(type, out, nulls, rows);
            }
        };
    }
}
