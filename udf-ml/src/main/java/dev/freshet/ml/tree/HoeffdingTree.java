package dev.freshet.ml.tree;

import dev.freshet.engine.ir.Retraction;
import dev.freshet.ml.drift.Adwin;
import dev.freshet.ml.drift.DriftDetector;
import dev.freshet.ml.drift.DriftState;
import dev.freshet.ml.model.Classifier;
import dev.freshet.ml.model.FeatureVector;
import dev.freshet.ml.model.Model;
import dev.freshet.ml.model.ModelInput;
import dev.freshet.ml.model.ModelOutput;
import dev.freshet.ml.model.Options;
import dev.freshet.ml.model.Rng;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * A Hoeffding tree classifier (Domingos and Hulten, "Mining high-speed data streams", KDD 2000)
 * over numeric features, and with {@code adaptive} its drift-aware form, the Hoeffding adaptive
 * tree (Bifet and Gavaldà, IDA 2009).
 *
 * <p>A leaf keeps class weights and a {@link NumericObserver} per attribute. Every {@code
 * gracePeriod} of weight it scores, per attribute, {@code splitPoints} thresholds between the
 * observed minimum and maximum by information gain, estimating each side's class weights from
 * per-class normal approximations. It splits on the best attribute when its gain beats the
 * second-best (or no split) by more than the Hoeffding bound {@code sqrt(R² ln(1/delta) / 2n)},
 * {@code R = log2(classes)}, or when the bound has shrunk below {@code tieThreshold}. Binary splits
 * {@code x[a] <= t}. Leaves predict by {@link LeafPrediction}.
 *
 * <p>Adaptive: every split node watches the 0/1 error of the predictions made below it with ADWIN;
 * when the error rises it grows an alternate subtree from a fresh leaf, trained on the same
 * examples, and swaps it in once both have seen {@value #ALT_MIN_WIDTH} examples and the alternate
 * is better beyond a Hoeffding-style bound (or drops it when it is worse).
 *
 * <p>{@code maxFeatures > 0} makes every new leaf observe a random subset of that many attributes
 * (the random subspaces of an adaptive random forest). Append-only.
 */
public final class HoeffdingTree implements Classifier {
    public static final String NAME = "hoeffding_tree";
    public static final String ADAPTIVE_NAME = "hoeffding_adaptive_tree";

    static final int ALT_MIN_WIDTH = 300;
    private static final double MIN_BRANCH_FRACTION = 0.01;
    private static final double ALT_DELTA = 0.05;

    /**
     * Hyperparameters.
     *
     * @param adaptive HAT when true
     * @param gracePeriod weight a leaf sees between split attempts (200)
     * @param delta split confidence (1e-7)
     * @param tieThreshold split anyway when the bound falls below this (0.05)
     * @param splitPoints candidate thresholds per attribute (10)
     * @param maxDepth leaves at this depth do not split (20)
     * @param leafPrediction MC, NB or NBA (NBA)
     * @param maxFeatures attributes observed per leaf, 0 for all
     * @param adwinDelta confidence of the ADWIN detectors at HAT nodes (0.002)
     * @param seed random seed for feature subsets
     */
    public record Params(
            boolean adaptive,
            int gracePeriod,
            double delta,
            double tieThreshold,
            int splitPoints,
            int maxDepth,
            LeafPrediction leafPrediction,
            int maxFeatures,
            double adwinDelta,
            long seed) {
        public Params {
            if (gracePeriod < 1
                    || !(delta > 0 && delta < 1)
                    || !(tieThreshold >= 0)
                    || splitPoints < 1
                    || maxDepth < 1
                    || maxFeatures < 0
                    || !(adwinDelta > 0 && adwinDelta < 1)) {
                throw new IllegalArgumentException("bad Hoeffding tree parameters");
            }
        }

        public static Params defaults(boolean adaptive) {
            return new Params(adaptive, 200, 1e-7, 0.05, 10, 20, LeafPrediction.NBA, 0, 0.002, 42);
        }

        /**
         * Reads {@code grace_period, delta, tie_threshold, split_points, max_depth,
         * leaf_prediction, max_features, adwin_delta, seed}.
         */
        public static Params parse(Options o, boolean adaptive) {
            Params d = defaults(adaptive);
            return new Params(
                    adaptive,
                    o.getInt("grace_period", d.gracePeriod, 1, 1 << 30),
                    o.getDouble("delta", d.delta, Double.MIN_VALUE, 0.5),
                    o.getDouble("tie_threshold", d.tieThreshold, 0.0, 1.0),
                    o.getInt("split_points", d.splitPoints, 1, 1000),
                    o.getInt("max_depth", d.maxDepth, 1, 1000),
                    o.getEnum("leaf_prediction", d.leafPrediction, LeafPrediction.values()),
                    o.getInt("max_features", d.maxFeatures, 0, 1 << 20),
                    adaptive
                            ? o.getDouble("adwin_delta", d.adwinDelta, Double.MIN_VALUE, 0.5)
                            : d.adwinDelta,
                    o.getLong("seed", d.seed));
        }

        void write(ModelOutput out) {
            out.writeBoolean(adaptive);
            out.writeInt(gracePeriod);
            out.writeDouble(delta);
            out.writeDouble(tieThreshold);
            out.writeInt(splitPoints);
            out.writeInt(maxDepth);
            out.writeByte(leafPrediction.ordinal());
            out.writeInt(maxFeatures);
            out.writeDouble(adwinDelta);
            out.writeLong(seed);
        }

        static Params read(ModelInput in) {
            try {
                return new Params(
                        in.readBoolean(),
                        in.readInt(),
                        in.readDouble(),
                        in.readDouble(),
                        in.readInt(),
                        in.readInt(),
                        in.readEnum(LeafPrediction.values()),
                        in.readInt(),
                        in.readDouble(),
                        in.readLong());
            } catch (IllegalArgumentException e) {
                throw ModelInput.corrupt(e.getMessage());
            }
        }
    }

    private sealed interface Node permits Leaf, Split {}

    private static final class Leaf implements Node {
        final int depth;
        double[] counts;
        double weightSeen;
        double weightAtLastEval;
        double mcCorrect;
        double nbCorrect;
        final int[] attributes;
        final NumericObserver[] observers;

        Leaf(int depth, double[] counts, int[] attributes) {
            this.depth = depth;
            this.counts = counts;
            this.attributes = attributes;
            this.observers = new NumericObserver[attributes.length];
        }
    }

    private static final class Split implements Node {
        final int depth;
        final int attribute;
        final double threshold;
        Node left;
        Node right;
        @Nullable Adwin adwin;
        @Nullable Node alternate;
        @Nullable Adwin alternateAdwin;

        Split(int depth, int attribute, double threshold, Node left, Node right) {
            this.depth = depth;
            this.attribute = attribute;
            this.threshold = threshold;
            this.left = left;
            this.right = right;
        }
    }

    private final Params params;
    private final int dim;
    private final Rng rng;
    private int classes;
    private Node root;
    private double[] scratch = new double[2];
    private double[] left = new double[2];
    private double[] right = new double[2];
    private double[] bestLeft = new double[2];
    private double[] bestRight = new double[2];

    public HoeffdingTree(int dimension, Params params) {
        this.params = params;
        this.dim = dimension;
        this.rng = new Rng(params.seed);
        this.root = newLeaf(0, new double[0]);
    }

    private HoeffdingTree(int dimension, Params params, long rngState) {
        this.params = params;
        this.dim = dimension;
        this.rng = new Rng(rngState);
        this.root = new Leaf(0, new double[0], new int[0]);
    }

    @Override
    public String algorithm() {
        return params.adaptive ? ADAPTIVE_NAME : NAME;
    }

    @Override
    public Retraction retraction() {
        return Retraction.APPEND_ONLY;
    }

    @Override
    public int dimension() {
        return dim;
    }

    @Override
    public int classCount() {
        return classes;
    }

    public Params params() {
        return params;
    }

    /** Number of leaves in the main tree (walks the tree). */
    public int leafCount() {
        return countLeaves(root);
    }

    private static int countLeaves(Node n) {
        return switch (n) {
            case Leaf l -> 1;
            case Split s -> countLeaves(s.left) + countLeaves(s.right);
        };
    }

    @Override
    public void reset() {
        classes = 0;
        root = newLeaf(0, new double[0]);
    }

    private Leaf newLeaf(int depth, double[] counts) {
        int[] attrs;
        if (params.maxFeatures == 0 || params.maxFeatures >= dim) {
            attrs = new int[dim];
            for (int i = 0; i < dim; i++) {
                attrs[i] = i;
            }
        } else {
            // Partial Fisher-Yates: the first maxFeatures of a random permutation, kept sorted.
            int[] perm = new int[dim];
            for (int i = 0; i < dim; i++) {
                perm[i] = i;
            }
            for (int i = 0; i < params.maxFeatures; i++) {
                int j = i + rng.nextInt(dim - i);
                int t = perm[i];
                perm[i] = perm[j];
                perm[j] = t;
            }
            attrs = Arrays.copyOf(perm, params.maxFeatures);
            Arrays.sort(attrs);
        }
        return new Leaf(depth, counts, attrs);
    }

    private void ensureClasses(int k) {
        if (k > classes) {
            classes = k;
        }
        if (scratch.length < classes) {
            scratch = new double[classes];
            left = new double[classes];
            right = new double[classes];
            bestLeft = new double[classes];
            bestRight = new double[classes];
        }
    }

    private Leaf leafFor(Node node, FeatureVector x) {
        Node n = node;
        while (true) {
            switch (n) {
                case Leaf l -> {
                    return l;
                }
                case Split s -> n = x.get(s.attribute) <= s.threshold ? s.left : s.right;
            }
        }
    }

    @Override
    public void predictProba(FeatureVector x, double[] out) {
        if (classes == 0) {
            return;
        }
        leafProba(leafFor(root, x), x, out);
    }

    private void leafProba(Leaf leaf, FeatureVector x, double[] out) {
        boolean nb =
                switch (params.leafPrediction) {
                    case MC -> false;
                    case NB -> leaf.weightSeen > 0;
                    case NBA -> leaf.weightSeen > 0 && leaf.nbCorrect >= leaf.mcCorrect;
                };
        if (nb) {
            naiveBayes(leaf, x, out);
        } else {
            majority(leaf, out);
        }
    }

    private void majority(Leaf leaf, double[] out) {
        double total = 0;
        for (int c = 0; c < classes; c++) {
            double v = c < leaf.counts.length ? leaf.counts[c] : 0.0;
            out[c] = v;
            total += v;
        }
        for (int c = 0; c < classes; c++) {
            out[c] = total > 0 ? out[c] / total : 1.0 / classes;
        }
    }

    private void naiveBayes(Leaf leaf, FeatureVector x, double[] out) {
        double total = 0;
        for (int c = 0; c < leaf.counts.length && c < classes; c++) {
            total += leaf.counts[c];
        }
        if (total <= 0) {
            majority(leaf, out);
            return;
        }
        double best = Double.NEGATIVE_INFINITY;
        for (int c = 0; c < classes; c++) {
            double n = c < leaf.counts.length ? leaf.counts[c] : 0.0;
            if (n <= 0) {
                out[c] = Double.NEGATIVE_INFINITY;
                continue;
            }
            double lp = Math.log(n / total);
            for (int i = 0; i < leaf.attributes.length; i++) {
                NumericObserver o = leaf.observers[i];
                if (o != null) {
                    lp += o.logDensity(c, x.get(leaf.attributes[i]));
                }
            }
            out[c] = lp;
            best = Math.max(best, lp);
        }
        double sum = 0;
        for (int c = 0; c < classes; c++) {
            out[c] = Math.exp(out[c] - best);
            sum += out[c];
        }
        for (int c = 0; c < classes; c++) {
            out[c] /= sum;
        }
    }

    private int argmax(double[] p) {
        int best = 0;
        for (int c = 1; c < classes; c++) {
            if (p[c] > p[best]) {
                best = c;
            }
        }
        return best;
    }

    @Override
    public void learn(FeatureVector x, double y, double weight) {
        if (!Model.requirePositive(algorithm(), weight)) {
            return;
        }
        int label = (int) y;
        if (label < 0 || label != y) {
            throw new IllegalArgumentException("class index expected: " + y);
        }
        ensureClasses(label + 1);
        double err = 0;
        if (params.adaptive) {
            err = errorOf(root, x, label);
        }
        root = learnNode(root, x, label, weight, err);
    }

    private double errorOf(Node node, FeatureVector x, int label) {
        leafProba(leafFor(node, x), x, scratch);
        return argmax(scratch) == label ? 0.0 : 1.0;
    }

    private Node learnNode(Node node, FeatureVector x, int y, double w, double err) {
        return switch (node) {
            case Leaf leaf -> learnLeaf(leaf, x, y, w);
            case Split s -> {
                if (x.get(s.attribute) <= s.threshold) {
                    s.left = learnNode(s.left, x, y, w, err);
                } else {
                    s.right = learnNode(s.right, x, y, w, err);
                }
                yield params.adaptive ? adapt(s, x, y, w, err) : s;
            }
        };
    }

    /** HAT at one split node: watch the error, grow, compare and swap alternates. */
    private Node adapt(Split s, FeatureVector x, int y, double w, double err) {
        if (s.adwin == null) {
            s.adwin = new Adwin(params.adwinDelta);
        }
        double before = s.adwin.estimation();
        boolean drift = s.adwin.update(err) == DriftState.DRIFT;
        if (drift && s.adwin.estimation() > before && s.alternate == null) {
            s.alternate = newLeaf(s.depth, new double[0]);
            s.alternateAdwin = new Adwin(params.adwinDelta);
        }
        Node alt = s.alternate;
        Adwin altAdwin = s.alternateAdwin;
        if (alt == null || altAdwin == null) {
            return s;
        }
        double altErr0 = errorOf(alt, x, y);
        altAdwin.update(altErr0);
        s.alternate = learnNode(alt, x, y, w, altErr0);
        if (altAdwin.width() > ALT_MIN_WIDTH && s.adwin.width() > ALT_MIN_WIDTH) {
            double oldErr = s.adwin.estimation();
            double altErr = altAdwin.estimation();
            double m = 1.0 / altAdwin.width() + 1.0 / s.adwin.width();
            double bound = Math.sqrt(2.0 * oldErr * (1.0 - oldErr) * Math.log(2.0 / ALT_DELTA) * m);
            if (bound < oldErr - altErr) {
                return s.alternate;
            } else if (bound < altErr - oldErr) {
                s.alternate = null;
                s.alternateAdwin = null;
            }
        }
        return s;
    }

    private Node learnLeaf(Leaf leaf, FeatureVector x, int y, double w) {
        if (params.leafPrediction == LeafPrediction.NBA && leaf.weightSeen > 0) {
            majority(leaf, scratch);
            if (argmax(scratch) == y) {
                leaf.mcCorrect += w;
            }
            naiveBayes(leaf, x, scratch);
            if (argmax(scratch) == y) {
                leaf.nbCorrect += w;
            }
        }
        if (y >= leaf.counts.length) {
            leaf.counts = Arrays.copyOf(leaf.counts, classes);
        }
        leaf.counts[y] += w;
        for (int i = 0; i < leaf.attributes.length; i++) {
            NumericObserver o = leaf.observers[i];
            if (o == null) {
                o = new NumericObserver(classes);
                leaf.observers[i] = o;
            }
            o.add(y, x.get(leaf.attributes[i]), w);
        }
        leaf.weightSeen += w;
        if (leaf.depth < params.maxDepth
                && leaf.weightSeen - leaf.weightAtLastEval >= params.gracePeriod) {
            leaf.weightAtLastEval = leaf.weightSeen;
            return trySplit(leaf);
        }
        return leaf;
    }

    private static double entropy(double[] dist, int k) {
        double total = 0;
        for (int c = 0; c < k; c++) {
            total += dist[c];
        }
        if (total <= 0) {
            return 0;
        }
        double h = 0;
        for (int c = 0; c < k; c++) {
            if (dist[c] > 0) {
                double p = dist[c] / total;
                h -= p * Math.log(p);
            }
        }
        return h / Math.log(2);
    }

    private Node trySplit(Leaf leaf) {
        int k = classes;
        int nonEmpty = 0;
        double total = 0;
        for (int c = 0; c < leaf.counts.length; c++) {
            if (leaf.counts[c] > 0) {
                nonEmpty++;
                total += leaf.counts[c];
            }
        }
        if (nonEmpty < 2) {
            return leaf;
        }
        double[] parent = Arrays.copyOf(leaf.counts, k);
        double hParent = entropy(parent, k);
        double best = 0; // the null split
        double second = 0;
        int bestAttr = -1;
        double bestThreshold = 0;
        for (int i = 0; i < leaf.attributes.length; i++) {
            NumericObserver o = leaf.observers[i];
            if (o == null) {
                continue;
            }
            double lo = o.overallMin();
            double hi = o.overallMax();
            if (!(hi > lo)) {
                continue;
            }
            double attrBest = 0;
            double attrThreshold = 0;
            for (int p = 1; p <= params.splitPoints; p++) {
                double t = lo + (hi - lo) * p / (params.splitPoints + 1);
                o.split(t, left, right, k);
                double wl = 0;
                double wr = 0;
                for (int c = 0; c < k; c++) {
                    wl += left[c];
                    wr += right[c];
                }
                // As in VFDT: both branches must hold at least 1 % of the weight.
                if (wl < MIN_BRANCH_FRACTION * (wl + wr) || wr < MIN_BRANCH_FRACTION * (wl + wr)) {
                    continue;
                }
                double gain =
                        hParent - (wl * entropy(left, k) + wr * entropy(right, k)) / (wl + wr);
                if (gain > attrBest) {
                    attrBest = gain;
                    attrThreshold = t;
                }
            }
            if (attrBest > best) {
                second = best;
                best = attrBest;
                bestAttr = leaf.attributes[i];
                bestThreshold = attrThreshold;
                o.split(attrThreshold, bestLeft, bestRight, k);
            } else if (attrBest > second) {
                second = attrBest;
            }
        }
        if (bestAttr < 0) {
            return leaf;
        }
        double range = Math.log(Math.max(k, 2)) / Math.log(2);
        double epsilon = Math.sqrt(range * range * Math.log(1.0 / params.delta) / (2.0 * total));
        if (best - second > epsilon || epsilon < params.tieThreshold) {
            Leaf l = newLeaf(leaf.depth + 1, Arrays.copyOf(bestLeft, k));
            Leaf r = newLeaf(leaf.depth + 1, Arrays.copyOf(bestRight, k));
            return new Split(leaf.depth, bestAttr, bestThreshold, l, r);
        }
        return leaf;
    }

    // ---- serialization ----

    @Override
    public void write(ModelOutput out) {
        params.write(out);
        out.writeInt(dim);
        out.writeLong(rng.state());
        out.writeInt(classes);
        writeNode(out, root);
    }

    private static void writeNode(ModelOutput out, Node node) {
        switch (node) {
            case Leaf l -> {
                out.writeByte(0);
                out.writeInt(l.depth);
                out.writeDoubles(l.counts);
                out.writeDouble(l.weightSeen);
                out.writeDouble(l.weightAtLastEval);
                out.writeDouble(l.mcCorrect);
                out.writeDouble(l.nbCorrect);
                out.writeInts(l.attributes);
                for (NumericObserver o : l.observers) {
                    out.writeBoolean(o != null);
                    if (o != null) {
                        o.write(out);
                    }
                }
            }
            case Split s -> {
                out.writeByte(1);
                out.writeInt(s.depth);
                out.writeInt(s.attribute);
                out.writeDouble(s.threshold);
                writeNode(out, s.left);
                writeNode(out, s.right);
                out.writeBoolean(s.adwin != null);
                if (s.adwin != null) {
                    s.adwin.write(out);
                }
                out.writeBoolean(s.alternate != null && s.alternateAdwin != null);
                if (s.alternate != null && s.alternateAdwin != null) {
                    writeNode(out, s.alternate);
                    s.alternateAdwin.write(out);
                }
            }
        }
    }

    /** Reads a tree written by {@link #write}. */
    public static HoeffdingTree read(ModelInput in) {
        Params p = Params.read(in);
        int dim = in.readSize(1 << 24);
        long rngState = in.readLong();
        HoeffdingTree t = new HoeffdingTree(dim, p, rngState);
        int classes = in.readSize(1 << 20);
        t.ensureClasses(classes);
        t.root = t.readNode(in, 0);
        return t;
    }

    private Node readNode(ModelInput in, int level) {
        if (level > 10_000) {
            throw ModelInput.corrupt("tree too deep");
        }
        int tag = in.readByte();
        if (tag == 0) {
            int depth = in.readInt();
            double[] counts = in.readDoubles();
            double ws = in.readDouble();
            double wl = in.readDouble();
            double mc = in.readDouble();
            double nb = in.readDouble();
            int[] attrs = in.readInts();
            for (int a : attrs) {
                if (a < 0 || a >= dim) {
                    throw ModelInput.corrupt("bad attribute " + a);
                }
            }
            Leaf l = new Leaf(depth, counts, attrs);
            l.weightSeen = ws;
            l.weightAtLastEval = wl;
            l.mcCorrect = mc;
            l.nbCorrect = nb;
            for (int i = 0; i < attrs.length; i++) {
                if (in.readBoolean()) {
                    l.observers[i] = NumericObserver.read(in);
                }
            }
            return l;
        }
        if (tag != 1) {
            throw ModelInput.corrupt("bad node tag " + tag);
        }
        int depth = in.readInt();
        int attr = in.readInt();
        if (attr < 0 || attr >= dim) {
            throw ModelInput.corrupt("bad split attribute " + attr);
        }
        double threshold = in.readDouble();
        Node l = readNode(in, level + 1);
        Node r = readNode(in, level + 1);
        Split s = new Split(depth, attr, threshold, l, r);
        if (in.readBoolean()) {
            s.adwin = readAdwin(in);
        }
        if (in.readBoolean()) {
            s.alternate = readNode(in, level + 1);
            s.alternateAdwin = readAdwin(in);
        }
        return s;
    }

    private static Adwin readAdwin(ModelInput in) {
        if (DriftDetector.read(in) instanceof Adwin a) {
            return a;
        }
        throw ModelInput.corrupt("expected an ADWIN detector");
    }
}
