package dev.freshet.engine.ir;

import dev.freshet.engine.type.DataType;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * One window function of a {@link WindowNode}.
 *
 * @param function which function
 * @param args input column indexes
 * @param offset LAG/LEAD/NTH_VALUE offset (1 by default), NTILE buckets
 * @param defaultValue LAG/LEAD default (Java value), or null
 * @param frame the frame (aggregates, first/last/nth value)
 * @param type result type
 */
public record WindowCall(
        Function function,
        List<Integer> args,
        long offset,
        @Nullable Object defaultValue,
        WindowFrame frame,
        DataType type) {
    /** The window functions. */
    public enum Function {
        ROW_NUMBER,
        RANK,
        DENSE_RANK,
        PERCENT_RANK,
        CUME_DIST,
        NTILE,
        LAG,
        LEAD,
        FIRST_VALUE,
        LAST_VALUE,
        NTH_VALUE,
        COUNT,
        COUNT_STAR,
        SUM,
        SUM0,
        MIN,
        MAX,
        AVG,
        /** Start of the row's session: rows less than {@code offset} µs apart share a session. */
        SESSION_START,
        /** End of the row's session: its last row's time plus the gap ({@code offset} µs). */
        SESSION_END
    }

    public WindowCall {
        Objects.requireNonNull(function);
        args = List.copyOf(args);
        Objects.requireNonNull(frame);
        Objects.requireNonNull(type);
    }

    public String explain() {
        StringBuilder sb =
                new StringBuilder(function.name().toLowerCase(java.util.Locale.ROOT)).append('(');
        for (int i = 0; i < args.size(); i++) {
            if (i > 0) {
                sb.append(", ");
            }
            sb.append('$').append(args.get(i));
        }
        sb.append(')');
        return sb.toString();
    }
}
