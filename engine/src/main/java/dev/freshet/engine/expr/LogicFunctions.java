package dev.freshet.engine.expr;

import dev.freshet.engine.batch.BoolColumn;
import dev.freshet.engine.batch.Column;
import dev.freshet.engine.batch.NullBits;
import dev.freshet.engine.type.DataType;
import org.jspecify.annotations.Nullable;

/** AND, OR, NOT and the IS [NOT] NULL / TRUE / FALSE tests, with SQL's three-valued logic. */
public final class LogicFunctions {
    private LogicFunctions() {}

    private abstract static class BoolFunction implements ScalarFunction {
        private final String name;
        private final boolean strict;

        BoolFunction(String name, boolean strict) {
            this.name = name;
            this.strict = strict;
        }

        @Override
        public String name() {
            return name;
        }

        @Override
        public DataType resultType() {
            return DataType.BOOLEAN;
        }

        @Override
        public boolean strict() {
            return strict;
        }
    }

    /** n-ary AND: FALSE if any is FALSE, else NULL if any is NULL, else TRUE. */
    public static final ScalarFunction AND =
            new BoolFunction("AND", false) {
                @Override
                public Column apply(Column[] args, long @Nullable [] n, int rows, EvalContext ctx) {
                    boolean[] out = new boolean[rows];
                    long[] nulls = null;
                    for (int i = 0; i < rows; i++) {
                        boolean anyNull = false;
                        boolean anyFalse = false;
                        for (Column a : args) {
                            BoolColumn b = (BoolColumn) a;
                            if (b.isNull(i)) {
                                anyNull = true;
                            } else if (!b.get(i)) {
                                anyFalse = true;
                                break;
                            }
                        }
                        if (anyFalse) {
                            out[i] = false;
                        } else if (anyNull) {
                            if (nulls == null) {
                                nulls = new long[NullBits.words(rows)];
                            }
                            NullBits.set(nulls, i);
                        } else {
                            out[i] = true;
                        }
                    }
                    return new BoolColumn(out, nulls, rows);
                }
            };

    /** n-ary OR: TRUE if any is TRUE, else NULL if any is NULL, else FALSE. */
    public static final ScalarFunction OR =
            new BoolFunction("OR", false) {
                @Override
                public Column apply(Column[] args, long @Nullable [] n, int rows, EvalContext ctx) {
                    boolean[] out = new boolean[rows];
                    long[] nulls = null;
                    for (int i = 0; i < rows; i++) {
                        boolean anyNull = false;
                        boolean anyTrue = false;
                        for (Column a : args) {
                            BoolColumn b = (BoolColumn) a;
                            if (b.isNull(i)) {
                                anyNull = true;
                            } else if (b.get(i)) {
                                anyTrue = true;
                                break;
                            }
                        }
                        if (anyTrue) {
                            out[i] = true;
                        } else if (anyNull) {
                            if (nulls == null) {
                                nulls = new long[NullBits.words(rows)];
                            }
                            NullBits.set(nulls, i);
                        }
                    }
                    return new BoolColumn(out, nulls, rows);
                }
            };

    public static final ScalarFunction NOT =
            new BoolFunction("NOT", true) {
                @Override
                public Column apply(Column[] args, long @Nullable [] n, int rows, EvalContext ctx) {
                    boolean[] in = ((BoolColumn) args[0]).values();
                    boolean[] out = new boolean[rows];
                    for (int i = 0; i < rows; i++) {
                        out[i] = !in[i];
                    }
                    return new BoolColumn(out, n, rows);
                }
            };

    /** The IS tests, never NULL. */
    public enum Test {
        IS_NULL("IS NULL"),
        IS_NOT_NULL("IS NOT NULL"),
        IS_TRUE("IS TRUE"),
        IS_NOT_TRUE("IS NOT TRUE"),
        IS_FALSE("IS FALSE"),
        IS_NOT_FALSE("IS NOT FALSE");

        final String label;

        Test(String label) {
            this.label = label;
        }
    }

    public static ScalarFunction test(Test test) {
        return new BoolFunction(test.label, false) {
            @Override
            public Column apply(Column[] args, long @Nullable [] n, int rows, EvalContext ctx) {
                Column a = args[0];
                boolean[] out = new boolean[rows];
                for (int i = 0; i < rows; i++) {
                    boolean isNull = a.isNull(i);
                    out[i] =
                            switch (test) {
                                case IS_NULL -> isNull;
                                case IS_NOT_NULL -> !isNull;
                                case IS_TRUE -> !isNull && ((BoolColumn) a).get(i);
                                case IS_NOT_TRUE -> isNull || !((BoolColumn) a).get(i);
                                case IS_FALSE -> !isNull && !((BoolColumn) a).get(i);
                                case IS_NOT_FALSE -> isNull || ((BoolColumn) a).get(i);
                            };
                }
                return new BoolColumn(out, null, rows);
            }
        };
    }
}
