package dev.freshet.engine.ir;

import dev.freshet.engine.expr.Expr;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * A join on equal keys ({@code leftKeys[i] = rightKeys[i]}, or IS NOT DISTINCT FROM where {@code
 * nullSafe[i]}), with an optional residual condition over the concatenated row (left columns then
 * right columns). No keys at all is a nested-loop (cross or theta) join.
 */
public record JoinNode(
        PlanNode left,
        PlanNode right,
        JoinKind kind,
        List<Integer> leftKeys,
        List<Integer> rightKeys,
        List<Boolean> nullSafe,
        @Nullable Expr residual,
        List<Field> fields,
        boolean temporal)
        implements PlanNode {

    /** An ordinary (not temporal) join. */
    public JoinNode(
            PlanNode left,
            PlanNode right,
            JoinKind kind,
            List<Integer> leftKeys,
            List<Integer> rightKeys,
            List<Boolean> nullSafe,
            @Nullable Expr residual,
            List<Field> fields) {
        this(left, right, kind, leftKeys, rightKeys, nullSafe, residual, fields, false);
    }

    public JoinNode {
        Objects.requireNonNull(left);
        Objects.requireNonNull(right);
        Objects.requireNonNull(kind);
        leftKeys = List.copyOf(leftKeys);
        rightKeys = List.copyOf(rightKeys);
        nullSafe = List.copyOf(nullSafe);
        fields = List.copyOf(fields);
        if (leftKeys.size() != rightKeys.size() || leftKeys.size() != nullSafe.size()) {
            throw new IllegalArgumentException("join key lists differ in length");
        }
    }

    /** Output fields of a join of {@code left} and {@code right} of the given kind. */
    public static List<Field> joinFields(PlanNode left, PlanNode right, JoinKind kind) {
        List<Field> out = new ArrayList<>();
        for (Field f : left.fields()) {
            out.add(kind.keepsUnmatchedRight() ? new Field(f.name(), f.type(), true) : f);
        }
        if (kind.projectsRight()) {
            for (Field f : right.fields()) {
                out.add(kind.keepsUnmatchedLeft() ? new Field(f.name(), f.type(), true) : f);
            }
        }
        return out;
    }

    @Override
    public List<PlanNode> inputs() {
        return List.of(left, right);
    }

    @Override
    public PlanNode withInputs(List<PlanNode> newInputs) {
        return new JoinNode(
                newInputs.get(0),
                newInputs.get(1),
                kind,
                leftKeys,
                rightKeys,
                nullSafe,
                residual,
                fields,
                temporal);
    }

    @Override
    public String explain() {
        StringBuilder sb =
                new StringBuilder(temporal ? "TemporalJoin(" : "HashJoin(")
                        .append(kind.name().toLowerCase(java.util.Locale.ROOT));
        sb.append(", keys=[");
        for (int i = 0; i < leftKeys.size(); i++) {
            if (i > 0) {
                sb.append(", ");
            }
            sb.append('$').append(leftKeys.get(i)).append(nullSafe.get(i) ? " <=> " : " = ");
            sb.append('$').append(rightKeys.get(i));
        }
        sb.append(']');
        if (residual != null) {
            sb.append(", residual=").append(residual.explain());
        }
        return sb.append(')').toString();
    }
}
