package dev.freshet.ml.smile;

import dev.freshet.ml.model.ModelInput;
import dev.freshet.ml.model.ModelOutput;
import dev.freshet.ml.model.Options;
import dev.freshet.ml.model.Rng;
import smile.classification.DataFrameClassifier;
import smile.classification.RandomForest;
import smile.data.DataFrame;
import smile.data.formula.Formula;

/**
 * Smile's random forest (Breiman), batch-trained on the most recent rows and refitted on a schedule
 * ({@link RefitSchedule}). Append-only.
 */
public final class SmileRandomForest extends SmileClassifier {
    public static final String NAME = "smile_random_forest";

    /**
     * Hyperparameters.
     *
     * @param trees number of trees (100)
     * @param maxDepth maximum depth (20)
     * @param nodeSize minimum rows in a leaf (5)
     */
    public record Params(int trees, int maxDepth, int nodeSize) {
        public Params {
            if (trees < 1 || maxDepth < 2 || nodeSize < 1) {
                throw new IllegalArgumentException("bad random forest parameters");
            }
        }

        /** Reads {@code n_trees, max_depth, node_size}. */
        public static Params parse(Options o) {
            return new Params(
                    o.getInt("n_trees", 100, 1, 10_000),
                    o.getInt("max_depth", 20, 2, 1000),
                    o.getInt("node_size", 5, 1, 1_000_000));
        }
    }

    private final Params params;

    public SmileRandomForest(int dim, Params params, RefitSchedule schedule) {
        super(dim, schedule);
        this.params = params;
    }

    @Override
    public String algorithm() {
        return NAME;
    }

    @Override
    protected DataFrameClassifier fitSmile(Formula formula, DataFrame data, long seed) {
        int mtry = Math.max(1, (int) Math.floor(Math.sqrt(dim)));
        Rng rng = new Rng(seed);
        long[] seeds = new long[params.trees];
        for (int i = 0; i < seeds.length; i++) {
            seeds[i] = rng.nextLong();
        }
        RandomForest.Options options =
                new RandomForest.Options(
                        params.trees,
                        mtry,
                        smile.model.cart.SplitRule.GINI,
                        params.maxDepth,
                        Math.max(data.nrow(), 2),
                        params.nodeSize,
                        1.0,
                        null,
                        seeds,
                        null);
        return RandomForest.fit(formula, data, options);
    }

    @Override
    protected void writeParams(ModelOutput out) {
        out.writeInt(params.trees);
        out.writeInt(params.maxDepth);
        out.writeInt(params.nodeSize);
    }

    public static SmileRandomForest read(ModelInput in) {
        Params p;
        try {
            p = new Params(in.readInt(), in.readInt(), in.readInt());
        } catch (IllegalArgumentException e) {
            throw ModelInput.corrupt(e.getMessage());
        }
        RefitSchedule s = RefitSchedule.read(in);
        SmileRandomForest m = new SmileRandomForest(in.readSize(1 << 20), p, s);
        m.readState(in);
        return m;
    }
}
