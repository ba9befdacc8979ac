package dev.freshet.engine.ir;

import dev.freshet.engine.expr.Expr;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A temporal filter: the conditions of a view's WHERE that compare a row's value with the clock
 * ({@code now()}, {@code current_timestamp}, {@code current_date}). A row enters the output when
 * the clock reaches its {@link Bound since} value and leaves it (is retracted) when the clock
 * passes its {@link Bound until} value, as time goes by, without any write. Both bounds are
 * optional, at most one of each.
 *
 * @param since the row is valid once {@code clock >= row} ({@code inclusive}) or {@code clock >
 *     row}; null when there is no such condition
 * @param until the row is valid while {@code row >= clock} ({@code inclusive}) or {@code row >
 *     clock}; null when there is no such condition
 */
public record TemporalFilterNode(
        PlanNode input, @Nullable Bound since, @Nullable Bound until, List<Field> fields)
        implements PlanNode {

    /**
     * One side of the validity interval.
     *
     * @param row the row's value (an expression over the input row, the clock's type)
     * @param clock the clock expression ({@code now() - INTERVAL '1 hour'}), no column references
     * @param inclusive whether equality counts as valid
     */
    public record Bound(Expr row, Expr clock, boolean inclusive) {
        public Bound {
            Objects.requireNonNull(row);
            Objects.requireNonNull(clock);
        }
    }

    public TemporalFilterNode {
        Objects.requireNonNull(input);
        if (since == null && until == null) {
            throw new IllegalArgumentException("a temporal filter needs a bound");
        }
        fields = List.copyOf(fields);
    }

    @Override
    public List<PlanNode> inputs() {
        return List.of(input);
    }

    @Override
    public PlanNode withInputs(List<PlanNode> newInputs) {
        return new TemporalFilterNode(newInputs.get(0), since, until, fields);
    }

    @Override
    public String explain() {
        StringBuilder sb = new StringBuilder("TemporalFilter(");
        if (since != null) {
            sb.append(since.row().explain())
                    .append(since.inclusive() ? " <= " : " < ")
                    .append(since.clock().explain());
        }
        if (until != null) {
            if (since != null) {
                sb.append(" AND ");
            }
            sb.append(until.row().explain())
                    .append(until.inclusive() ? " >= " : " > ")
                    .append(until.clock().explain());
        }
        return sb.append(')').toString();
    }
}
