package dev.freshet.ml.smile;

import dev.freshet.ml.model.AnomalyDetector;
import dev.freshet.ml.model.FeatureVector;
import dev.freshet.ml.model.ModelInput;
import dev.freshet.ml.model.ModelOutput;
import dev.freshet.ml.model.Options;
import org.jspecify.annotations.Nullable;
import smile.anomaly.IsolationForest;

/**
 * Smile's isolation forest (Liu, Ting and Zhou, 2008), batch-trained on the most recent rows and
 * refitted on a schedule ({@link RefitSchedule}). {@link #anomalyScore} is Smile's score, about 0.5
 * for ordinary rows and towards 1 for anomalies; 0 before the first fit. Append-only.
 */
public final class SmileIsolationForest extends RefittingModel implements AnomalyDetector {
    public static final String NAME = "isolation_forest";

    /**
     * Hyperparameters.
     *
     * @param trees number of trees (100)
     * @param subsample fraction of the window per tree (0.7)
     */
    public record Params(int trees, double subsample) {
        public Params {
            if (trees < 1 || !(subsample > 0 && subsample <= 1)) {
                throw new IllegalArgumentException("bad isolation forest parameters");
            }
        }

        /** Reads {@code n_trees, subsample}. */
        public static Params parse(Options o) {
            return new Params(
                    o.getInt("n_trees", 100, 1, 10_000), o.getPositive("subsample", 0.7, 1.0));
        }
    }

    private final Params params;
    private @Nullable IsolationForest forest;
    private final double[] row;

    public SmileIsolationForest(int dim, Params params, RefitSchedule schedule) {
        super(dim, schedule);
        this.params = params;
        this.row = new double[dim];
    }

    @Override
    public String algorithm() {
        return NAME;
    }

    @Override
    protected void fit(double[][] x, double[] y, long seed) {
        int depth =
                (int) Math.ceil(Math.log(Math.max(2, x.length * params.subsample)) / Math.log(2));
        IsolationForest.Options options =
                new IsolationForest.Options(params.trees, depth, params.subsample, 0);
        forest = SmileFitter.fit(seed, () -> IsolationForest.fit(x, options));
    }

    @Override
    protected void clearFit() {
        forest = null;
    }

    @Override
    public double anomalyScore(FeatureVector x) {
        IsolationForest f = forest;
        if (f == null) {
            return 0.0;
        }
        for (int j = 0; j < dim; j++) {
            row[j] = x.get(j);
        }
        return f.score(row);
    }

    @Override
    protected void writeParams(ModelOutput out) {
        out.writeInt(params.trees);
        out.writeDouble(params.subsample);
    }

    public static SmileIsolationForest read(ModelInput in) {
        Params p;
        try {
            p = new Params(in.readInt(), in.readDouble());
        } catch (IllegalArgumentException e) {
            throw ModelInput.corrupt(e.getMessage());
        }
        RefitSchedule s = RefitSchedule.read(in);
        SmileIsolationForest m = new SmileIsolationForest(in.readSize(1 << 20), p, s);
        m.readState(in);
        return m;
    }
}
