package dev.freshet.ml.smile;

import dev.freshet.ml.model.ModelInput;
import dev.freshet.ml.model.ModelOutput;
import dev.freshet.ml.model.Options;
import smile.classification.DataFrameClassifier;
import smile.classification.GradientTreeBoost;
import smile.data.DataFrame;
import smile.data.formula.Formula;

/**
 * Smile's gradient tree boosting (Friedman), batch-trained on the most recent rows and refitted on
 * a schedule ({@link RefitSchedule}). Append-only.
 */
public final class SmileGradientBoosting extends SmileClassifier {
    public static final String NAME = "smile_gradient_boosting";

    /**
     * Hyperparameters.
     *
     * @param trees boosting rounds (100)
     * @param maxDepth depth of each tree (6)
     * @param shrinkage learning rate (0.05)
     * @param subsample fraction of rows per round (0.7)
     */
    public record Params(int trees, int maxDepth, double shrinkage, double subsample) {
        public Params {
            if (trees < 1
                    || maxDepth < 2
                    || !(shrinkage > 0 && shrinkage <= 1)
                    || !(subsample > 0 && subsample <= 1)) {
                throw new IllegalArgumentException("bad gradient boosting parameters");
            }
        }

        /** Reads {@code n_trees, max_depth, learning_rate, subsample}. */
        public static Params parse(Options o) {
            return new Params(
                    o.getInt("n_trees", 100, 1, 10_000),
                    o.getInt("max_depth", 6, 2, 100),
                    o.getPositive("learning_rate", 0.05, 1.0),
                    o.getPositive("subsample", 0.7, 1.0));
        }
    }

    private final Params params;

    public SmileGradientBoosting(int dim, Params params, RefitSchedule schedule) {
        super(dim, schedule);
        this.params = params;
    }

    @Override
    public String algorithm() {
        return NAME;
    }

    @Override
    protected DataFrameClassifier fitSmile(Formula formula, DataFrame data, long seed) {
        GradientTreeBoost.Options options =
                new GradientTreeBoost.Options(
                        params.trees,
                        params.maxDepth,
                        1 << params.maxDepth,
                        5,
                        params.shrinkage,
                        params.subsample,
                        null,
                        null);
        return GradientTreeBoost.fit(formula, data, options);
    }

    @Override
    protected void writeParams(ModelOutput out) {
        out.writeInt(params.trees);
        out.writeInt(params.maxDepth);
        out.writeDouble(params.shrinkage);
        out.writeDouble(params.subsample);
    }

    public static SmileGradientBoosting read(ModelInput in) {
        Params p;
        try {
            p = new Params(in.readInt(), in.readInt(), in.readDouble(), in.readDouble());
        } catch (IllegalArgumentException e) {
            throw ModelInput.corrupt(e.getMessage());
        }
        RefitSchedule s = RefitSchedule.read(in);
        SmileGradientBoosting m = new SmileGradientBoosting(in.readSize(1 << 20), p, s);
        m.readState(in);
        return m;
    }
}
