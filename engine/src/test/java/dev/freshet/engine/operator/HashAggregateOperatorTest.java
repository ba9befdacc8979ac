package dev.freshet.engine.operator;

import static dev.freshet.engine.operator.Rows.batch;
import static dev.freshet.engine.operator.Rows.row;
import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.freshet.engine.expr.EvalContext;
import dev.freshet.engine.ir.AggCall;
import dev.freshet.engine.ir.AggKind;
import dev.freshet.engine.ir.ChangeMode;
import dev.freshet.engine.type.DataType;
import dev.freshet.engine.type.Decimal;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Step tests of the incremental hash aggregate: each step's exact output delta. */
class HashAggregateOperatorTest {
    private static final List<DataType> IN = List.of(DataType.INTEGER, DataType.INTEGER);
    private static final List<DataType> OUT =
            List.of(
                    DataType.INTEGER,
                    DataType.BIGINT,
                    DataType.BIGINT,
                    DataType.INTEGER,
                    DataType.INTEGER);

    private final CollectOperator sink = new CollectOperator();

    private HashAggregateOperator agg(ChangeMode mode) {
        return agg(mode, -1);
    }

    private HashAggregateOperator agg(ChangeMode mode, int watermarkKey) {
        // SELECT k, count(*), sum(v), min(v), max(v) FROM t GROUP BY k
        List<AggCall> calls =
                List.of(
                        new AggCall(
                                AggKind.COUNT_STAR,
                                new int[0],
                                false,
                                -1,
                                DataType.BIGINT,
                                "n",
                                null),
                        new AggCall(
                                AggKind.SUM, new int[] {1}, false, -1, DataType.BIGINT, "s", null),
                        new AggCall(
                                AggKind.MIN,
                                new int[] {1},
                                false,
                                -1,
                                DataType.INTEGER,
                                "lo",
                                null),
                        new AggCall(
                                AggKind.MAX,
                                new int[] {1},
                                false,
                                -1,
                                DataType.INTEGER,
                                "hi",
                                null));
        HashAggregateOperator op =
                new HashAggregateOperator(
                        IN,
                        new int[] {0},
                        calls,
                        OUT,
                        mode,
                        new EvalContext(EvalContext.ErrorPolicy.FAIL, ZoneOffset.UTC, 0, 1),
                        watermarkKey);
        op.connect(sink, 0);
        return op;
    }

    private List<String> step(HashAggregateOperator op, Object[]... rows) {
        sink.batches().clear();
        op.push(0, batch(IN, rows));
        op.endEpoch();
        return Rows.consolidated(sink.batches());
    }

    @Test
    void insertCreatesGroups() {
        HashAggregateOperator op = agg(ChangeMode.RETRACTING);
        assertEquals(
                List.of("+1 [1, 2, 15, 5, 10]", "+1 [2, 1, 7, 7, 7]"),
                step(op, row(1, 1L, 5L), row(1, 1L, 10L), row(1, 2L, 7L)));
    }

    @Test
    void deleteToEmptyGroupRetractsTheRow() {
        HashAggregateOperator op = agg(ChangeMode.RETRACTING);
        step(op, row(1, 1L, 5L), row(1, 2L, 7L));
        assertEquals(List.of("-1 [2, 1, 7, 7, 7]"), step(op, row(-1, 2L, 7L)));
        assertEquals(1, op.groupCount());
    }

    @Test
    void deletingTheMinimumFallsBackToTheNext() {
        HashAggregateOperator op = agg(ChangeMode.RETRACTING);
        step(op, row(1, 1L, 5L), row(1, 1L, 10L), row(1, 1L, 3L));
        assertEquals(
                List.of("+1 [1, 2, 15, 5, 10]", "-1 [1, 3, 18, 3, 10]"), step(op, row(-1, 1L, 3L)));
    }

    @Test
    void noOpUpdateEmitsNothing() {
        HashAggregateOperator op = agg(ChangeMode.RETRACTING);
        step(op, row(1, 1L, 5L));
        sink.batches().clear();
        op.push(0, batch(IN, row(-1, 1L, 5L), row(1, 1L, 5L)));
        op.endEpoch();
        assertEquals(0, Rows.count(sink.batches()));
    }

    @Test
    void updateThatLeavesTheAggregateUnchangedEmitsNothing() {
        HashAggregateOperator op = agg(ChangeMode.RETRACTING);
        step(op, row(1, 1L, 5L), row(1, 1L, 6L));
        // (5,6) -> (6,5): same count, sum, min and max
        sink.batches().clear();
        op.push(0, batch(IN, row(-1, 1L, 5L), row(1, 1L, 4L)));
        op.push(0, batch(IN, row(-1, 1L, 4L), row(1, 1L, 5L)));
        op.endEpoch();
        assertEquals(0, Rows.count(sink.batches()));
    }

    @Test
    void reinsertAfterDeleteRecreatesTheGroup() {
        HashAggregateOperator op = agg(ChangeMode.RETRACTING);
        step(op, row(1, 2L, 7L));
        step(op, row(-1, 2L, 7L));
        assertEquals(0, op.groupCount());
        assertEquals(List.of("+1 [2, 1, 9, 9, 9]"), step(op, row(1, 2L, 9L)));
    }

    @Test
    void watermarkOnTheGroupKeyFreesClosedGroupsAndDropsLateRows() {
        HashAggregateOperator op = agg(ChangeMode.APPEND_ONLY, 0);
        step(op, row(1, 1L, 5L), row(1, 2L, 6L), row(1, 3L, 7L));
        assertEquals(3, op.groupCount());
        op.onWatermark(0, 0, 3L);
        assertEquals(List.of(), step(op));
        // groups 1 and 2 are closed: their state is gone, their rows stay downstream
        assertEquals(1, op.groupCount());
        assertEquals(3L, sink.watermarks().get(0));
        // a late row for a closed group changes nothing; group 3 is still open
        assertEquals(
                List.of("-1 [3, 1, 7, 7, 7]", "+1 [3, 2, 15, 7, 8]"),
                step(op, row(1, 1L, 100L), row(1, 3L, 8L)));
        assertEquals(1, op.lateRows());
        assertEquals(1, op.groupCount());
    }

    @Test
    void globalAggregateHasOneRowEvenWhenEmpty() {
        List<AggCall> calls =
                List.of(
                        new AggCall(
                                AggKind.COUNT_STAR,
                                new int[0],
                                false,
                                -1,
                                DataType.BIGINT,
                                "n",
                                null),
                        new AggCall(
                                AggKind.AVG,
                                new int[] {1},
                                false,
                                -1,
                                DataType.DECIMAL,
                                "a",
                                null));
        HashAggregateOperator op =
                new HashAggregateOperator(
                        IN,
                        new int[0],
                        calls,
                        List.of(DataType.BIGINT, DataType.DECIMAL),
                        ChangeMode.RETRACTING,
                        new EvalContext(EvalContext.ErrorPolicy.FAIL, ZoneOffset.UTC, 0, 1),
                        -1);
        op.connect(sink, 0);
        op.endEpoch();
        assertEquals(List.of("+1 [0, null]"), Rows.consolidated(sink.batches()));
        sink.batches().clear();
        op.push(0, batch(IN, row(1, 1L, 1L), row(1, 1L, 2L)));
        op.endEpoch();
        assertEquals(
                List.of("-1 [0, null]", "+1 [2, " + Decimal.parse("1.5000000000000000") + "]"),
                Rows.consolidated(sink.batches()));
        sink.batches().clear();
        op.push(0, batch(IN, row(-1, 1L, 1L), row(-1, 1L, 2L)));
        op.endEpoch();
        assertEquals(
                List.of("+1 [0, null]", "-1 [2, 1.5000000000000000]"),
                Rows.consolidated(sink.batches()));
    }

    @Test
    void appendOnlyMinMaxKeepsOnlyTheExtreme() {
        HashAggregateOperator op = agg(ChangeMode.APPEND_ONLY);
        step(op, row(1, 1L, 5L));
        assertEquals(List.of("-1 [1, 1, 5, 5, 5]", "+1 [1, 2, 8, 3, 5]"), step(op, row(1, 1L, 3L)));
    }
}
