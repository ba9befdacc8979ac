package dev.freshet.engine.expr;

import dev.freshet.engine.batch.BoolColumn;
import dev.freshet.engine.batch.Column;
import dev.freshet.engine.batch.DoubleColumn;
import dev.freshet.engine.batch.LongColumn;
import dev.freshet.engine.batch.NullBits;
import dev.freshet.engine.type.DataType;
import org.jspecify.annotations.Nullable;

/** =, &lt;&gt;, &lt;, &lt;=, &gt;, &gt;=, IS [NOT] DISTINCT FROM over two values of one type. */
public final class ComparisonFunctions {
    private ComparisonFunctions() {}

    /** The comparison operators. */
    public enum Op {
        EQ("="),
        NE("<>"),
        LT("<"),
        LE("<="),
        GT(">"),
        GE(">=");

        final String symbol;

        Op(String symbol) {
            this.symbol = symbol;
        }

        public String symbol() {
            return symbol;
        }

        public boolean test(int cmp) {
            return switch (this) {
                case EQ -> cmp == 0;
                case NE -> cmp != 0;
                case LT -> cmp < 0;
                case LE -> cmp <= 0;
                case GT -> cmp > 0;
                case GE -> cmp >= 0;
            };
        }
    }

    /**
     * The comparison operators' typing: both sides convert to their common type ({@link
     * TypeCoercion#commonType}); untyped literals take the other side's type.
     */
    static void register(FunctionLibrary lib) {
        for (Op op : Op.values()) {
            lib.register(
                    op.symbol,
                    args -> {
                        if (args.size() != 2) {
                            return java.util.Optional.empty();
                        }
                        return TypeCoercion.commonType(args.get(0), args.get(1))
                                .map(
                                        t -> {
                                            DataType c =
                                                    t.kind()
                                                                    == dev.freshet.engine.type
                                                                            .TypeKind.UNKNOWN
                                                            ? DataType.VARCHAR
                                                            : t;
                                            return new Resolution(
                                                    java.util.List.of(c, c),
                                                    DataType.BOOLEAN,
                                                    (a, r) -> compare(op));
                                        });
                    });
        }
    }

    /** A strict comparison of two arguments of the same type. */
    public static ScalarFunction compare(Op op) {
        return new ScalarFunction() {
            @Override
            public String name() {
                return op.symbol;
            }

            @Override
            public DataType resultType() {
                return DataType.BOOLEAN;
            }

            @Override
            public Column apply(Column[] args, long @Nullable [] nulls, int rows, EvalContext ctx) {
                boolean[] out = new boolean[rows];
                Column a = args[0];
                Column b = args[1];
                if (a instanceof LongColumn la && b instanceof LongColumn lb) {
                    long[] x = la.values();
                    long[] y = lb.values();
                    switch (op) {
                        case EQ -> {
                            for (int i = 0; i < rows; i++) {
                                out[i] = x[i] == y[i];
                            }
                        }
                        case NE -> {
                            for (int i = 0; i < rows; i++) {
                                out[i] = x[i] != y[i];
                            }
                        }
                        case LT -> {
                            for (int i = 0; i < rows; i++) {
                                out[i] = x[i] < y[i];
                            }
                        }
                        case LE -> {
                            for (int i = 0; i < rows; i++) {
                                out[i] = x[i] <= y[i];
                            }
                        }
                        case GT -> {
                            for (int i = 0; i < rows; i++) {
                                out[i] = x[i] > y[i];
                            }
                        }
                        case GE -> {
                            for (int i = 0; i < rows; i++) {
                                out[i] = x[i] >= y[i];
                            }
                        }
                    }
                } else if (a instanceof DoubleColumn da && b instanceof DoubleColumn db) {
                    for (int i = 0; i < rows; i++) {
                        out[i] = op.test(ValueComparator.compareDoubles(da.get(i), db.get(i)));
                    }
                } else {
                    for (int i = 0; i < rows; i++) {
                        if (!NullBits.isNull(nulls, i)) {
                            out[i] = op.test(ValueComparator.compare(a, i, b, i));
                        }
                    }
                }
                return new BoolColumn(out, nulls, rows);
            }
        };
    }

    /** IS DISTINCT FROM ({@code negate} false) / IS NOT DISTINCT FROM: never NULL. */
    public static ScalarFunction distinctFrom(boolean notDistinct) {
        return new ScalarFunction() {
            @Override
            public String name() {
                return notDistinct ? "IS NOT DISTINCT FROM" : "IS DISTINCT FROM";
            }

            @Override
            public DataType resultType() {
                return DataType.BOOLEAN;
            }

            @Override
            public boolean strict() {
                return false;
            }

            @Override
            public Column apply(Column[] args, long @Nullable [] nulls, int rows, EvalContext ctx) {
                boolean[] out = new boolean[rows];
                Column a = args[0];
                Column b = args[1];
                for (int i = 0; i < rows; i++) {
                    boolean an = a.isNull(i);
                    boolean bn = b.isNull(i);
                    boolean same = an || bn ? an == bn : ValueComparator.compare(a, i, b, i) == 0;
                    out[i] = same == notDistinct;
                }
                return new BoolColumn(out, null, rows);
            }
        };
    }
}
