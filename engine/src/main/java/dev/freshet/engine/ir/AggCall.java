package dev.freshet.engine.ir;

import dev.freshet.engine.type.DataType;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One aggregate call of an {@link AggregateNode}.
 *
 * @param kind which aggregate
 * @param args input column indexes
 * @param distinct DISTINCT modifier
 * @param filterArg index of a boolean input column (FILTER (WHERE ...)), or -1
 * @param type result type
 * @param name output column name
 * @param external for {@link AggKind#EXTERNAL}: the SPI function name; otherwise null
 */
public record AggCall(
        AggKind kind,
        int[] args,
        boolean distinct,
        int filterArg,
        DataType type,
        String name,
        @Nullable String external) {
    public AggCall {
        Objects.requireNonNull(kind);
        args = args.clone();
        Objects.requireNonNull(type);
        Objects.requireNonNull(name);
    }

    @Override
    public int[] args() {
        return args.clone();
    }

    public int arg(int i) {
        return args[i];
    }

    public int argCount() {
        return args.length;
    }

    public String explain() {
        StringBuilder sb = new StringBuilder(external != null ? external : kind.label());
        if (kind != AggKind.COUNT_STAR) {
            sb.append('(');
            if (distinct) {
                sb.append("DISTINCT ");
            }
            for (int i = 0; i < args.length; i++) {
                if (i > 0) {
                    sb.append(", ");
                }
                sb.append('$').append(args[i]);
            }
            sb.append(')');
        }
        if (filterArg >= 0) {
            sb.append(" FILTER $").append(filterArg);
        }
        return sb.toString();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof AggCall c
                && kind == c.kind
                && java.util.Arrays.equals(args, c.args)
                && distinct == c.distinct
                && filterArg == c.filterArg
                && type.equals(c.type)
                && name.equals(c.name)
                && Objects.equals(external, c.external);
    }

    @Override
    public int hashCode() {
        return Objects.hash(kind, java.util.Arrays.hashCode(args), distinct, filterArg, type, name);
    }
}
