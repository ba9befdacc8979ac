package dev.freshet.engine.expr;

import dev.freshet.engine.batch.ArrayColumnBuilder;
import dev.freshet.engine.batch.Column;
import dev.freshet.engine.batch.ColumnBuilder;
import dev.freshet.engine.type.DataType;
import org.jspecify.annotations.Nullable;

/** ARRAY[...] construction and array functions. */
public final class ArrayFunctions {
    private ArrayFunctions() {}

    /**
     * {@code ARRAY[a, b, ...]}: one array per row from the arguments (already of the element type).
     */
    public static ScalarFunction constructor(DataType arrayType) {
        return new ScalarFunction() {
            @Override
            public String name() {
                return "ARRAY";
            }

            @Override
            public DataType resultType() {
                return arrayType;
            }

            @Override
            public boolean strict() {
                return false;
            }

            @Override
            public Column apply(Column[] args, long @Nullable [] nulls, int rows, EvalContext ctx) {
                ArrayColumnBuilder out =
                        (ArrayColumnBuilder) ColumnBuilder.forType(arrayType, rows);
                ColumnBuilder el = out.elementBuilder();
                for (int r = 0; r < rows; r++) {
                    for (Column a : args) {
                        el.appendFrom(a, r);
                    }
                    out.endArray();
                }
                return out.build();
            }
        };
    }
}
