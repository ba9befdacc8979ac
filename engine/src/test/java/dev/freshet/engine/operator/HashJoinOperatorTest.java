package dev.freshet.engine.operator;

import static dev.freshet.engine.operator.Rows.batch;
import static dev.freshet.engine.operator.Rows.row;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.freshet.engine.expr.EvalContext;
import dev.freshet.engine.ir.JoinKind;
import dev.freshet.engine.type.DataType;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Step tests of the incremental join for each join kind. */
class HashJoinOperatorTest {
    private static final List<DataType> SIDE = List.of(DataType.INTEGER, DataType.VARCHAR);
    private final CollectOperator sink = new CollectOperator();

    private HashJoinOperator join(JoinKind kind) {
        HashJoinOperator op =
                new HashJoinOperator(
                        kind,
                        SIDE,
                        SIDE,
                        new int[] {0},
                        new int[] {0},
                        new boolean[] {false},
                        null,
                        new EvalContext(EvalContext.ErrorPolicy.FAIL, ZoneOffset.UTC, 0, 1));
        op.connect(sink, 0);
        return op;
    }

    private List<String> push(HashJoinOperator op, int port, Object[]... rows) {
        sink.batches().clear();
        op.push(port, batch(SIDE, rows));
        op.endEpoch();
        return Rows.consolidated(sink.batches());
    }

    @Test
    void innerJoinInsertDeleteReinsert() {
        HashJoinOperator op = join(JoinKind.INNER);
        assertEquals(List.of(), push(op, 0, row(1, 1L, "a")));
        assertEquals(List.of("+1 [1, a, 1, x]"), push(op, 1, row(1, 1L, "x")));
        assertEquals(List.of("-1 [1, a, 1, x]"), push(op, 0, row(-1, 1L, "a")));
        assertEquals(List.of("+1 [1, b, 1, x]"), push(op, 0, row(1, 1L, "b")));
    }

    @Test
    void noOpUpdateEmitsNothing() {
        HashJoinOperator op = join(JoinKind.LEFT);
        push(op, 0, row(1, 1L, "a"));
        push(op, 1, row(1, 1L, "x"));
        sink.batches().clear();
        op.push(1, batch(SIDE, row(-1, 1L, "x"), row(1, 1L, "x")));
        assertEquals(0, Rows.count(sink.batches()));
    }

    @Test
    void leftJoinPadsAndUnpads() {
        HashJoinOperator op = join(JoinKind.LEFT);
        assertEquals(List.of("+1 [1, a, null, null]"), push(op, 0, row(1, 1L, "a")));
        assertEquals(
                List.of("+1 [1, a, 1, x]", "-1 [1, a, null, null]"), push(op, 1, row(1, 1L, "x")));
        assertEquals(List.of("+1 [1, a, 1, y]"), push(op, 1, row(1, 1L, "y")));
        assertEquals(List.of("-1 [1, a, 1, x]"), push(op, 1, row(-1, 1L, "x")));
        assertEquals(
                List.of("-1 [1, a, 1, y]", "+1 [1, a, null, null]"), push(op, 1, row(-1, 1L, "y")));
    }

    @Test
    void fullJoinTracksBothSides() {
        HashJoinOperator op = join(JoinKind.FULL);
        assertEquals(List.of("+1 [null, null, 2, r]"), push(op, 1, row(1, 2L, "r")));
        assertEquals(
                List.of("+1 [2, l, 2, r]", "-1 [null, null, 2, r]"), push(op, 0, row(1, 2L, "l")));
        assertEquals(
                List.of("-1 [2, l, 2, r]", "+1 [2, l, null, null]"), push(op, 1, row(-1, 2L, "r")));
    }

    @Test
    void nullKeysNeverMatch() {
        HashJoinOperator op = join(JoinKind.FULL);
        assertEquals(List.of("+1 [null, a, null, null]"), push(op, 0, row(1, null, "a")));
        assertEquals(List.of("+1 [null, null, null, b]"), push(op, 1, row(1, null, "b")));
    }

    @Test
    void semiAndAntiJoins() {
        HashJoinOperator semi = join(JoinKind.SEMI);
        assertEquals(List.of(), push(semi, 0, row(1, 1L, "a")));
        assertEquals(List.of("+1 [1, a]"), push(semi, 1, row(1, 1L, "x")));
        assertEquals(List.of(), push(semi, 1, row(1, 1L, "y")));
        assertEquals(List.of(), push(semi, 1, row(-1, 1L, "x")));
        assertEquals(List.of("-1 [1, a]"), push(semi, 1, row(-1, 1L, "y")));

        HashJoinOperator anti = join(JoinKind.ANTI);
        assertEquals(List.of("+1 [1, a]"), push(anti, 0, row(1, 1L, "a")));
        assertEquals(List.of("-1 [1, a]"), push(anti, 1, row(1, 1L, "x")));
        assertEquals(List.of("+1 [1, a]"), push(anti, 1, row(-1, 1L, "x")));
    }

    @Test
    void multiplicitiesMultiply() {
        HashJoinOperator op = join(JoinKind.INNER);
        push(op, 0, row(2, 1L, "a"));
        assertEquals(List.of("+6 [1, a, 1, x]"), push(op, 1, row(3, 1L, "x")));
    }
}
