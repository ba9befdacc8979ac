package dev.freshet.ml.anomaly;

import dev.freshet.engine.ir.Retraction;
import dev.freshet.ml.model.AnomalyDetector;
import dev.freshet.ml.model.FeatureVector;
import dev.freshet.ml.model.Model;
import dev.freshet.ml.model.ModelInput;
import dev.freshet.ml.model.ModelOutput;
import dev.freshet.ml.model.Options;
import dev.freshet.ml.model.Rng;
import java.util.Arrays;

/**
 * Streaming half-space trees (Tan, Ting and Liu, "Fast anomaly detection for streaming data", IJCAI
 * 2011). Each tree is a complete binary tree of {@code height} levels that halves a random work
 * space on a random attribute at every node. Rows are counted per node in the latest window of
 * {@code window_size} rows; at the end of a window those counts become the reference masses. A row
 * scores {@code sum over trees of r(node) · 2^depth} at the deepest node on its path whose
 * reference mass is at least {@code size_limit}; few rows in the region means anomalous.
 *
 * <p>{@link #anomalyScore} is normalised to [0, 1] ({@code 1 - score / maxScore}); during the first
 * window there are no reference masses and every row scores 1. The work space assumes standardised
 * inputs: each attribute's range is {@code [-limit, limit]} ({@code limit} 3), perturbed as in the
 * paper. Append-only.
 */
public final class HalfSpaceTrees implements AnomalyDetector {
    public static final String NAME = "half_space_trees";

    /**
     * Hyperparameters.
     *
     * @param trees number of trees (10)
     * @param height levels below the root (8)
     * @param windowSize rows per window (250)
     * @param limit half-width of the work space per standardised attribute (3)
     * @param seed random seed
     */
    public record Params(int trees, int height, int windowSize, double limit, long seed) {
        public Params {
            if (trees < 1 || height < 1 || height > 20 || windowSize < 1 || !(limit > 0)) {
                throw new IllegalArgumentException("bad half-space trees parameters");
            }
        }

        /** Reads {@code n_trees, height, window_size, limit, seed}. */
        public static Params parse(Options o) {
            return new Params(
                    o.getInt("n_trees", 10, 1, 1000),
                    o.getInt("height", 8, 1, 20),
                    o.getInt("window_size", 250, 1, 1 << 24),
                    o.getPositive("limit", 3.0, 1e12),
                    o.getLong("seed", 42));
        }
    }

    private final Params params;
    private final int d;
    private final int nodes; // per tree: 2^(height+1) - 1
    private final int[] splitAttr; // trees * internal nodes
    private final double[] splitValue;
    private final double[] reference; // trees * nodes
    private final double[] latest;
    private double windowFill;
    private boolean hasReference;

    public HalfSpaceTrees(int dimension, Params params) {
        this.params = params;
        this.d = dimension;
        this.nodes = (1 << (params.height + 1)) - 1;
        int internal = (1 << params.height) - 1;
        splitAttr = new int[params.trees * internal];
        splitValue = new double[params.trees * internal];
        reference = new double[params.trees * nodes];
        latest = new double[params.trees * nodes];
        build(new Rng(params.seed));
    }

    private void build(Rng rng) {
        if (d == 0) {
            return;
        }
        int internal = (1 << params.height) - 1;
        double[] lo = new double[d];
        double[] hi = new double[d];
        for (int t = 0; t < params.trees; t++) {
            for (int j = 0; j < d; j++) {
                double s = -params.limit + rng.nextDouble() * 2 * params.limit;
                double r = 2 * Math.max(s + params.limit, params.limit - s);
                lo[j] = s - r;
                hi[j] = s + r;
            }
            buildNode(rng, t * internal, 0, lo, hi);
        }
    }

    private void buildNode(Rng rng, int base, int node, double[] lo, double[] hi) {
        if (node >= (1 << params.height) - 1) {
            return;
        }
        int a = rng.nextInt(d);
        double mid = (lo[a] + hi[a]) / 2;
        splitAttr[base + node] = a;
        splitValue[base + node] = mid;
        double oldHi = hi[a];
        hi[a] = mid;
        buildNode(rng, base, 2 * node + 1, lo, hi);
        hi[a] = oldHi;
        double oldLo = lo[a];
        lo[a] = mid;
        buildNode(rng, base, 2 * node + 2, lo, hi);
        lo[a] = oldLo;
    }

    @Override
    public String algorithm() {
        return NAME;
    }

    @Override
    public Retraction retraction() {
        return Retraction.APPEND_ONLY;
    }

    @Override
    public int dimension() {
        return d;
    }

    @Override
    public void reset() {
        Arrays.fill(reference, 0);
        Arrays.fill(latest, 0);
        windowFill = 0;
        hasReference = false;
    }

    @Override
    public void learn(FeatureVector x, double y, double weight) {
        if (!Model.requirePositive(NAME, weight)) {
            return;
        }
        int internal = (1 << params.height) - 1;
        for (int t = 0; t < params.trees; t++) {
            int node = 0;
            int base = t * nodes;
            latest[base] += weight;
            while (node < internal) {
                int i = t * internal + node;
                node = x.get(splitAttr[i]) < splitValue[i] ? 2 * node + 1 : 2 * node + 2;
                latest[base + node] += weight;
            }
        }
        windowFill += weight;
        if (windowFill >= params.windowSize) {
            System.arraycopy(latest, 0, reference, 0, latest.length);
            Arrays.fill(latest, 0);
            windowFill = 0;
            hasReference = true;
        }
    }

    @Override
    public double anomalyScore(FeatureVector x) {
        if (!hasReference || d == 0) {
            return 1.0;
        }
        int internal = (1 << params.height) - 1;
        double sizeLimit = 0.1 * params.windowSize;
        double score = 0;
        for (int t = 0; t < params.trees; t++) {
            int node = 0;
            int depth = 0;
            int base = t * nodes;
            while (node < internal) {
                int i = t * internal + node;
                int next = x.get(splitAttr[i]) < splitValue[i] ? 2 * node + 1 : 2 * node + 2;
                if (reference[base + next] < sizeLimit) {
                    break;
                }
                node = next;
                depth++;
            }
            score += reference[base + node] * Math.scalb(1.0, depth);
        }
        double max = params.trees * (double) params.windowSize * Math.scalb(1.0, params.height);
        return Math.max(0.0, 1.0 - score / max);
    }

    @Override
    public void write(ModelOutput out) {
        out.writeInt(params.trees);
        out.writeInt(params.height);
        out.writeInt(params.windowSize);
        out.writeDouble(params.limit);
        out.writeLong(params.seed);
        out.writeInt(d);
        out.writeDoubles(reference);
        out.writeDoubles(latest);
        out.writeDouble(windowFill);
        out.writeBoolean(hasReference);
    }

    /** Reads a detector written by {@link #write}; the trees are rebuilt from the seed. */
    public static HalfSpaceTrees read(ModelInput in) {
        Params p;
        try {
            p =
                    new Params(
                            in.readInt(),
                            in.readInt(),
                            in.readInt(),
                            in.readDouble(),
                            in.readLong());
        } catch (IllegalArgumentException e) {
            throw ModelInput.corrupt(e.getMessage());
        }
        HalfSpaceTrees h = new HalfSpaceTrees(in.readSize(1 << 24), p);
        in.readDoublesInto(h.reference);
        in.readDoublesInto(h.latest);
        h.windowFill = in.readDouble();
        h.hasReference = in.readBoolean();
        return h;
    }
}
