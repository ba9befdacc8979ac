package dev.freshet.engine.operator;

import dev.freshet.engine.batch.Batch;
import dev.freshet.engine.batch.BatchBuilder;
import dev.freshet.engine.batch.Column;
import dev.freshet.engine.batch.ColumnBuilder;
import dev.freshet.engine.expr.EvalContext;
import dev.freshet.engine.expr.Expr;
import dev.freshet.engine.expr.ExprEvaluator;
import dev.freshet.engine.state.ByteReader;
import dev.freshet.engine.state.ByteSink;
import dev.freshet.engine.state.BytesMap;
import dev.freshet.engine.state.RowCodec;
import dev.freshet.engine.type.DataType;
import java.util.List;

/**
 * A projection that remembers what it emitted for each input row, for expressions whose value may
 * differ between evaluations (random(), now(), {@code predict(model_name, ...)} with the model
 * version current when the row arrives). An inserted row is computed once and its output kept; a
 * deleted row retracts exactly the output emitted for it, never a recomputed one, so the view stays
 * a consistent Z-set. Identical input rows share one output (a multiplicity is kept per distinct
 * input row).
 *
 * <p>State: a {@link BytesMap} from the encoded input row to the encoded output row, aux = the
 * row's multiplicity. Vectorized: the expressions run over the whole batch; only rows seen before
 * (deletes, repeated inserts) take their output from the state.
 */
public final class MemoizingProjectOperator extends Operator {
    private final ExprEvaluator[] exprs;
    private final List<DataType> outputTypes;
    private final RowCodec inputCodec;
    private final RowCodec outputCodec;
    private final EvalContext ctx;
    private final Consolidator consolidator;
    private final BytesMap memo = new BytesMap(64);
    private final ByteSink key = new ByteSink(128);
    private final ByteSink value = new ByteSink(128);
    private final ByteReader reader = new ByteReader();

    public MemoizingProjectOperator(List<DataType> inputTypes, List<Expr> exprs, EvalContext ctx) {
        this.exprs = new ExprEvaluator[exprs.size()];
        DataType[] out = new DataType[exprs.size()];
        for (int i = 0; i < this.exprs.length; i++) {
            this.exprs[i] = new ExprEvaluator(exprs.get(i));
            out[i] = exprs.get(i).type();
        }
        this.outputTypes = List.of(out);
        this.inputCodec = new RowCodec(inputTypes);
        this.outputCodec = new RowCodec(outputTypes);
        this.ctx = ctx;
        this.consolidator = new Consolidator(inputTypes);
    }

    @Override
    public void push(int port, Batch batch) {
        batch = consolidator.consolidate(batch);
        int n = batch.size();
        if (n == 0) {
            return;
        }
        Column[] in = batch.columns();
        // fresh values for every row: only inserts of unseen rows keep them
        Column[] fresh = ExprEvaluator.evaluateAll(exprs, batch, ctx);
        BatchBuilder outB = new BatchBuilder(outputTypes, n);
        ColumnBuilder[] builders = new ColumnBuilder[outputTypes.size()];
        for (int c = 0; c < builders.length; c++) {
            builders[c] = outB.column(c);
        }
        for (int r = 0; r < n; r++) {
            long w = batch.weight(r);
            key.reset();
            inputCodec.encode(in, r, key);
            int id = memo.find(key.array(), 0, key.length());
            if (id < 0) {
                if (w < 0) {
                    // a delete of a row never inserted here: nothing was emitted for it
                    continue;
                }
                value.reset();
                outputCodec.encode(fresh, r, value);
                id = memo.findOrInsert(key.array(), 0, key.length());
                memo.setValue(id, value.array(), 0, value.length());
                memo.setAux(id, 0);
            }
            reader.reset(memo.arena(), memo.valueOffset(id), memo.valueLength(id));
            outputCodec.decode(reader, builders, 0);
            outB.endRow(w);
            if (memo.addAux(id, w) <= 0) {
                memo.remove(id);
            }
        }
        emit(outB.build());
    }

    /** Input rows remembered. */
    public int rememberedRows() {
        return memo.size();
    }

    @Override
    public long stateBytes() {
        return memo.memoryBytes();
    }

    @Override
    public String label() {
        return "MemoizedProject";
    }
}
