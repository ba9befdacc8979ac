package dev.freshet.engine.expr;

import dev.freshet.engine.batch.Column;
import dev.freshet.engine.batch.ColumnBuilder;
import dev.freshet.engine.batch.DoubleColumn;
import dev.freshet.engine.batch.LongColumn;
import dev.freshet.engine.batch.NullBits;
import dev.freshet.engine.type.DataType;
import org.jspecify.annotations.Nullable;

/**
 * COALESCE over arguments that are cheap to evaluate eagerly, and GREATEST / LEAST, which like
 * PostgreSQL ignore NULL arguments (the result is NULL only when every argument is). CASE, NULLIF
 * and lazy COALESCE are {@link CaseWhen} trees built by the planner.
 */
public final class ConditionalFunctions {
    private ConditionalFunctions() {}

    static void register(FunctionLibrary lib) {
        // COALESCE's typing; the planner evaluates it lazily (see coalesce below)
        lib.define(
                "coalesce",
                ParamType.Poly.ANY_ELEMENT,
                ParamType.Poly.ANY_ELEMENT,
                (args, result) -> new Coalesce(result),
                ParamType.Poly.ANY_ELEMENT);
        lib.define(
                "nullif",
                ParamType.Poly.ANY_ELEMENT,
                null,
                (args, result) -> new NullIf(result),
                ParamType.Poly.ANY_ELEMENT,
                ParamType.Poly.ANY_ELEMENT);
        lib.define(
                "greatest",
                ParamType.Poly.ANY_ELEMENT,
                ParamType.Poly.ANY_ELEMENT,
                (args, result) -> new Extreme(true, result),
                ParamType.Poly.ANY_ELEMENT);
        lib.define(
                "least",
                ParamType.Poly.ANY_ELEMENT,
                ParamType.Poly.ANY_ELEMENT,
                (args, result) -> new Extreme(false, result),
                ParamType.Poly.ANY_ELEMENT);
    }

    /**
     * COALESCE of already evaluated arguments of type {@code type}: per row the first non-NULL
     * argument. Only for arguments that cannot fail and cost nothing (columns, constants); others
     * need the lazy form.
     */
    public static ScalarFunction coalesce(DataType type) {
        return new Coalesce(type);
    }

    private record Coalesce(DataType type) implements ScalarFunction {
        @Override
        public String name() {
            return "coalesce";
        }

        @Override
        public DataType resultType() {
            return type;
        }

        @Override
        public boolean strict() {
            return false;
        }

        @Override
        public Column apply(Column[] args, long @Nullable [] nulls, int rows, EvalContext ctx) {
            if (args[0] instanceof LongColumn) {
                long[] out = new long[rows];
                long[] outNulls = null;
                for (int r = 0; r < rows; r++) {
                    int k = firstNonNull(args, r);
                    if (k < 0) {
                        outNulls = setNull(outNulls, r, rows);
                    } else {
                        out[r] = ((LongColumn) args[k]).get(r);
                    }
                }
                return new LongColumn(type, out, outNulls, rows);
            }
            if (args[0] instanceof DoubleColumn) {
                double[] out = new double[rows];
                long[] outNulls = null;
                for (int r = 0; r < rows; r++) {
                    int k = firstNonNull(args, r);
                    if (k < 0) {
                        outNulls = setNull(outNulls, r, rows);
                    } else {
                        out[r] = ((DoubleColumn) args[k]).get(r);
                    }
                }
                return new DoubleColumn(type, out, outNulls, rows);
            }
            ColumnBuilder b = ColumnBuilder.forType(type, Math.max(rows, 1));
            for (int r = 0; r < rows; r++) {
                int k = firstNonNull(args, r);
                if (k < 0) {
                    b.appendNull();
                } else {
                    b.appendFrom(args[k], r);
                }
            }
            return b.build();
        }

        private static int firstNonNull(Column[] args, int r) {
            for (int k = 0; k < args.length; k++) {
                if (!args[k].isNull(r)) {
                    return k;
                }
            }
            return -1;
        }
    }

    private static long[] setNull(long @Nullable [] bits, int row, int rows) {
        long[] b = bits == null ? new long[NullBits.words(rows)] : bits;
        NullBits.set(b, row);
        return b;
    }

    /** NULLIF(a, b): NULL where a = b, else a. */
    private record NullIf(DataType type) implements ScalarFunction {
        @Override
        public String name() {
            return "nullif";
        }

        @Override
        public DataType resultType() {
            return type;
        }

        @Override
        public boolean strict() {
            return false;
        }

        @Override
        public Column apply(Column[] args, long @Nullable [] nulls, int rows, EvalContext ctx) {
            ColumnBuilder b = ColumnBuilder.forType(type, Math.max(rows, 1));
            Column a = args[0];
            Column c = args[1];
            for (int r = 0; r < rows; r++) {
                if (!a.isNull(r) && !c.isNull(r) && ValueComparator.compare(a, r, c, r) == 0) {
                    b.appendNull();
                } else {
                    b.appendFrom(a, r);
                }
            }
            return b.build();
        }
    }

    /** GREATEST (max) or LEAST (min) of the non-NULL arguments. */
    private record Extreme(boolean greatest, DataType type) implements ScalarFunction {
        @Override
        public String name() {
            return greatest ? "greatest" : "least";
        }

        @Override
        public DataType resultType() {
            return type;
        }

        @Override
        public boolean strict() {
            return false;
        }

        @Override
        public Column apply(Column[] args, long @Nullable [] nulls, int rows, EvalContext ctx) {
            ColumnBuilder b = ColumnBuilder.forType(type, Math.max(rows, 1));
            for (int r = 0; r < rows; r++) {
                int best = -1;
                for (int k = 0; k < args.length; k++) {
                    if (args[k].isNull(r)) {
                        continue;
                    }
                    if (best < 0) {
                        best = k;
                        continue;
                    }
                    int c = ValueComparator.compare(args[k], r, args[best], r);
                    if (greatest ? c > 0 : c < 0) {
                        best = k;
                    }
                }
                if (best < 0) {
                    b.appendNull();
                } else {
                    b.appendFrom(args[best], r);
                }
            }
            return b.build();
        }
    }
}
