package dev.freshet.engine.ir;

import dev.freshet.engine.type.DataType;
import java.util.List;
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
        @Nullable String external,
        List<SortKey> orderBy) {

    /** An aggregate call without ORDER BY inside it. */
    public AggCall(
            AggKind kind,
            int[] args,
            boolean distinct,
            int filterArg,
            DataType type,
            String name,
            @Nullable String external) {
        this(kind, args, distinct, filterArg, type, name, external, List.of());
    }

    public AggCall {
        Objects.requireNonNull(kind);
        args = args.clone();
        Objects.requireNonNull(type);
        Objects.requireNonNull(name);
        orderBy = List.copyOf(orderBy);
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
                && Objects.equals(external, c.external)
                && orderBy.equals(c.orderBy);
    }

    @Override
    public int hashCode() {
        return Objects.hash(kind, java.util.Arrays.hashCode(args), distinct, filterArg, type, name);
    }
}
