package dev.freshet.engine.ir;

import java.util.List;
import java.util.Objects;

/**
 * The first rows of each partition in a given order: {@code ORDER BY ... LIMIT/OFFSET [WITH TIES]}
 * in a view (one partition), or {@code ROW_NUMBER()/RANK()/DENSE_RANK() OVER (PARTITION BY ...
 * ORDER BY ...) <= n} (group TopN). Output: the input columns, plus the rank when {@code
 * rankColumn} is set.
 *
 * @param offset rows (or ranks) skipped at the start
 * @param limit rows (or ranks) kept after the offset; -1 for no limit
 * @param ranking how ranks count: ROW_NUMBER (rows), RANK (ties share a rank, gaps follow),
 *     DENSE_RANK (ties share, no gaps)
 * @param withTies with ROW_NUMBER: keep the rows tied with the last one kept
 * @param rankColumn output the rank as a last BIGINT column
 */
public record TopNNode(
        PlanNode input,
        List<Integer> partitionKeys,
        List<SortKey> orderKeys,
        long offset,
        long limit,
        WindowCall.Function ranking,
        boolean withTies,
        boolean rankColumn,
        List<Field> fields)
        implements PlanNode {
    public TopNNode {
        Objects.requireNonNull(input);
        partitionKeys = List.copyOf(partitionKeys);
        orderKeys = List.copyOf(orderKeys);
        Objects.requireNonNull(ranking);
        fields = List.copyOf(fields);
    }

    @Override
    public List<PlanNode> inputs() {
        return List.of(input);
    }

    @Override
    public PlanNode withInputs(List<PlanNode> newInputs) {
        return new TopNNode(
                newInputs.get(0),
                partitionKeys,
                orderKeys,
                offset,
                limit,
                ranking,
                withTies,
                rankColumn,
                fields);
    }

    @Override
    public String explain() {
        StringBuilder sb =
                new StringBuilder(
                        partitionKeys.isEmpty()
                                ? "TopN("
                                : "GroupTopN(partition=" + WindowNode.refs(partitionKeys) + ", ");
        sb.append("order=[");
        for (int i = 0; i < orderKeys.size(); i++) {
            if (i > 0) {
                sb.append(", ");
            }
            sb.append(orderKeys.get(i).explain());
        }
        sb.append(']');
        if (offset > 0) {
            sb.append(", offset=").append(offset);
        }
        if (limit >= 0) {
            sb.append(", limit=").append(limit);
        }
        if (ranking != WindowCall.Function.ROW_NUMBER) {
            sb.append(", ").append(ranking.name().toLowerCase(java.util.Locale.ROOT));
        }
        if (withTies) {
            sb.append(", with ties");
        }
        return sb.append(')').toString();
    }
}
