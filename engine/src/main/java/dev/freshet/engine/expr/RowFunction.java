package dev.freshet.engine.expr;

import dev.freshet.engine.batch.Column;
import dev.freshet.engine.batch.ColumnBuilder;
import dev.freshet.engine.batch.NullBits;
import dev.freshet.engine.type.DataType;
import dev.freshet.sql.error.FreshetException;
import org.jspecify.annotations.Nullable;

/**
 * A scalar function computed one row at a time over Java values: the simple way to add a function
 * whose cost is dominated by the work itself (string formatting, regular expressions, calendars).
 * Hot arithmetic and comparisons have vectorized kernels instead.
 */
public final class RowFunction implements ScalarFunction {
    /** The per-row body; {@code args} holds Java values (null for NULL when not strict). */
    @FunctionalInterface
    public interface Body {
        @Nullable Object apply(@Nullable Object[] args, EvalContext ctx);
    }

    private final String name;
    private final DataType resultType;
    private final boolean strict;
    private final boolean isVolatile;
    private final Body body;

    public RowFunction(
            String name, DataType resultType, boolean strict, boolean isVolatile, Body body) {
        this.name = name;
        this.resultType = resultType;
        this.strict = strict;
        this.isVolatile = isVolatile;
        this.body = body;
    }

    /** A strict, deterministic function. */
    public static RowFunction strict(String name, DataType resultType, Body body) {
        return new RowFunction(name, resultType, true, false, body);
    }

    @Override
    public String name() {
        return name;
    }

    @Override
    public DataType resultType() {
        return resultType;
    }

    @Override
    public boolean strict() {
        return strict;
    }

    @Override
    public boolean volatile_() {
        return isVolatile;
    }

    @Override
    public Column apply(Column[] args, long @Nullable [] nulls, int rows, EvalContext ctx) {
        ColumnBuilder out = ColumnBuilder.forType(resultType, Math.max(rows, 1));
        Object[] values = new Object[args.length];
        for (int r = 0; r < rows; r++) {
            if (strict && NullBits.isNull(nulls, r)) {
                out.appendNull();
                continue;
            }
            for (int a = 0; a < args.length; a++) {
                values[a] = args[a].getObject(r);
            }
            try {
                out.appendObject(body.apply(values, ctx));
            } catch (FreshetException e) {
                ctx.fail(e);
                out.appendNull();
            }
        }
        return out.build();
    }
}
