package dev.freshet.engine.expr;

import dev.freshet.engine.batch.Column;
import dev.freshet.engine.batch.LongColumn;
import dev.freshet.engine.type.DataType;
import dev.freshet.engine.type.TypeKind;
import org.jspecify.annotations.Nullable;

/**
 * PostgreSQL's bitwise operators on smallint, integer and bigint: {@code &}, {@code |}, {@code #}
 * (xor), prefix {@code ~} (not), and the shifts {@code <<} and {@code >>} by an integer count. Like
 * PostgreSQL they never raise overflow: results wrap to the operand's width, and shift counts are
 * taken modulo the width of the machine word PostgreSQL shifts in (32 bits for smallint and
 * integer, 64 for bigint).
 */
final class BitFunctions {
    private BitFunctions() {}

    private enum Op {
        AND("&"),
        OR("|"),
        XOR("#"),
        SHIFT_LEFT("<<"),
        SHIFT_RIGHT(">>"),
        NOT("~");

        final String symbol;

        Op(String symbol) {
            this.symbol = symbol;
        }
    }

    static void register(FunctionLibrary lib) {
        for (DataType t : new DataType[] {DataType.SMALLINT, DataType.INTEGER, DataType.BIGINT}) {
            for (Op op : new Op[] {Op.AND, Op.OR, Op.XOR}) {
                lib.define(op.symbol, t, (args, result) -> new Kernel(op, result), t, t);
            }
            for (Op op : new Op[] {Op.SHIFT_LEFT, Op.SHIFT_RIGHT}) {
                lib.define(
                        op.symbol,
                        t,
                        (args, result) -> new Kernel(op, result),
                        t,
                        DataType.INTEGER);
            }
            lib.define("~", t, (args, result) -> new Kernel(Op.NOT, result), t);
        }
    }

    /** One operator over one integer width; vectorized over the operands' long arrays. */
    private record Kernel(Op op, DataType type) implements ScalarFunction {
        @Override
        public String name() {
            return op.symbol;
        }

        @Override
        public DataType resultType() {
            return type;
        }

        @Override
        public Column apply(Column[] args, long @Nullable [] nulls, int rows, EvalContext ctx) {
            long[] x = ((LongColumn) args[0]).values();
            long[] y = args.length > 1 ? ((LongColumn) args[1]).values() : x;
            long[] out = new long[rows];
            TypeKind kind = type.kind();
            switch (op) {
                case AND -> {
                    for (int i = 0; i < rows; i++) {
                        out[i] = x[i] & y[i];
                    }
                }
                case OR -> {
                    for (int i = 0; i < rows; i++) {
                        out[i] = x[i] | y[i];
                    }
                }
                case XOR -> {
                    for (int i = 0; i < rows; i++) {
                        out[i] = x[i] ^ y[i];
                    }
                }
                case NOT -> {
                    for (int i = 0; i < rows; i++) {
                        out[i] = ~x[i];
                    }
                }
                case SHIFT_LEFT -> {
                    for (int i = 0; i < rows; i++) {
                        out[i] = narrow(kind, shiftLeft(kind, x[i], (int) y[i]));
                    }
                }
                case SHIFT_RIGHT -> {
                    for (int i = 0; i < rows; i++) {
                        out[i] = narrow(kind, shiftRight(kind, x[i], (int) y[i]));
                    }
                }
            }
            return new LongColumn(type, out, nulls, rows);
        }

        private static long shiftLeft(TypeKind kind, long v, int n) {
            return kind == TypeKind.BIGINT ? v << n : (long) ((int) v << n);
        }

        private static long shiftRight(TypeKind kind, long v, int n) {
            return kind == TypeKind.BIGINT ? v >> n : (long) ((int) v >> n);
        }

        private static long narrow(TypeKind kind, long v) {
            return switch (kind) {
                case SMALLINT -> (short) v;
                case INTEGER -> (int) v;
                default -> v;
            };
        }
    }
}
