package dev.freshet.ml.recommend;

import dev.freshet.engine.ir.Retraction;
import dev.freshet.ml.model.FeatureVector;
import dev.freshet.ml.model.ModelInput;
import dev.freshet.ml.model.ModelOutput;
import dev.freshet.ml.model.Options;
import dev.freshet.ml.model.Recommender;
import dev.freshet.ml.model.Rng;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.TreeMap;

/**
 * Biased matrix factorisation trained by SGD (Koren, Bell and Volinsky, "Matrix factorization
 * techniques for recommender systems", 2009): {@code r̂(u, i) = mu + b_u + b_i + p_u · q_i}, with
 * {@code mu} the exact running mean rating, and per rating the step {@code e = r - r̂; b_u += lr (e
 * - reg b_u); b_i += lr (e - reg b_i); p_u += lr (e q_i - reg p_u); q_i += lr (e p_u - reg q_i)}.
 * Factors start as {@code N(0, init_std²)} from a seeded generator.
 *
 * <p>Keys get dense indices in order of first appearance, which is also the serialized order.
 * Retraction is {@link Retraction#APPROXIMATE}: a negative weight steps the other way (the mean and
 * the record of seen pairs are exact).
 */
public final class BiasedMatrixFactorization implements Recommender {
    public static final String NAME = "matrix_factorization";

    /**
     * Hyperparameters.
     *
     * @param factors latent dimensions (10)
     * @param learningRate SGD step (0.01)
     * @param l2 regularisation (0.02)
     * @param initStd standard deviation of initial factors (0.1)
     * @param seed random seed
     */
    public record Params(int factors, double learningRate, double l2, double initStd, long seed) {
        public Params {
            if (factors < 1 || !(learningRate > 0) || !(l2 >= 0) || !(initStd >= 0)) {
                throw new IllegalArgumentException("bad matrix factorisation parameters");
            }
        }

        /** Reads {@code factors, learning_rate, l2, init_std, seed}. */
        public static Params parse(Options o) {
            return new Params(
                    o.getInt("factors", 10, 1, 10_000),
                    o.getPositive("learning_rate", 0.01, 10),
                    o.getDouble("l2", 0.02, 0, 1e6),
                    o.getDouble("init_std", 0.1, 0, 10),
                    o.getLong("seed", 42));
        }
    }

    private final Params params;
    private final Rng rng;
    private final HashMap<Object, Integer> userIndex = new HashMap<>();
    private final HashMap<Object, Integer> itemIndex = new HashMap<>();
    private final ArrayList<Object> users = new ArrayList<>();
    private final ArrayList<Object> items = new ArrayList<>();
    private double[] userBias = new double[16];
    private double[] itemBias = new double[16];
    private double[] p = new double[0];
    private double[] q = new double[0];
    private double ratingWeight;
    private double ratingSum;
    // Weight of each rated (user, item) pair, keyed user << 32 | item.
    private final HashMap<Long, Double> seen = new HashMap<>();
    private final double[] pu;

    public BiasedMatrixFactorization(Params params) {
        this(params, params.seed);
    }

    private BiasedMatrixFactorization(Params params, long rngState) {
        this.params = params;
        this.rng = new Rng(rngState);
        this.p = new double[16 * params.factors];
        this.q = new double[16 * params.factors];
        this.pu = new double[params.factors];
    }

    @Override
    public String algorithm() {
        return NAME;
    }

    @Override
    public Retraction retraction() {
        return Retraction.APPROXIMATE;
    }

    @Override
    public int dimension() {
        return 2;
    }

    /** Number of users seen. */
    public int userCount() {
        return users.size();
    }

    /** Number of items seen. */
    public int itemCount() {
        return items.size();
    }

    @Override
    public void reset() {
        userIndex.clear();
        itemIndex.clear();
        users.clear();
        items.clear();
        Arrays.fill(userBias, 0);
        Arrays.fill(itemBias, 0);
        ratingWeight = 0;
        ratingSum = 0;
        seen.clear();
    }

    private int userId(Object key) {
        Integer id = userIndex.get(key);
        if (id != null) {
            return id;
        }
        int u = users.size();
        users.add(key);
        userIndex.put(key, u);
        if (u >= userBias.length) {
            userBias = Arrays.copyOf(userBias, u * 2);
            p = Arrays.copyOf(p, u * 2 * params.factors);
        }
        for (int f = 0; f < params.factors; f++) {
            p[u * params.factors + f] = params.initStd * rng.nextGaussian();
        }
        return u;
    }

    private int itemId(Object key) {
        Integer id = itemIndex.get(key);
        if (id != null) {
            return id;
        }
        int i = items.size();
        items.add(key);
        itemIndex.put(key, i);
        if (i >= itemBias.length) {
            itemBias = Arrays.copyOf(itemBias, i * 2);
            q = Arrays.copyOf(q, i * 2 * params.factors);
        }
        for (int f = 0; f < params.factors; f++) {
            q[i * params.factors + f] = params.initStd * rng.nextGaussian();
        }
        return i;
    }

    private double mean() {
        return ratingWeight > 0 ? ratingSum / ratingWeight : 0.0;
    }

    private double score(int u, int i) {
        double s = mean() + userBias[u] + itemBias[i];
        int k = params.factors;
        for (int f = 0; f < k; f++) {
            s += p[u * k + f] * q[i * k + f];
        }
        return s;
    }

    @Override
    public void learn(Object user, Object item, double rating, double weight) {
        if (weight == 0.0 || !Double.isFinite(rating)) {
            return;
        }
        int u = userId(Recommender.key(user));
        int i = itemId(Recommender.key(item));
        ratingWeight += weight;
        ratingSum += weight * rating;
        long pair = ((long) u << 32) | i;
        double pw = seen.getOrDefault(pair, 0.0) + weight;
        if (pw <= 1e-12) {
            seen.remove(pair);
        } else {
            seen.put(pair, pw);
        }
        double lr = params.learningRate * weight;
        double e = rating - score(u, i);
        double reg = params.l2;
        userBias[u] += lr * (e - reg * userBias[u]);
        itemBias[i] += lr * (e - reg * itemBias[i]);
        int k = params.factors;
        for (int f = 0; f < k; f++) {
            pu[f] = p[u * k + f];
        }
        for (int f = 0; f < k; f++) {
            double qi = q[i * k + f];
            p[u * k + f] += lr * (e * qi - reg * pu[f]);
            q[i * k + f] += lr * (e * pu[f] - reg * qi);
        }
    }

    @Override
    public void learn(FeatureVector x, double y, double weight) {
        learn((long) x.get(0), (long) x.get(1), y, weight);
    }

    @Override
    public double predict(Object user, Object item) {
        Integer u = userIndex.get(Recommender.key(user));
        Integer i = itemIndex.get(Recommender.key(item));
        double s = mean();
        if (u != null) {
            s += userBias[u];
        }
        if (i != null) {
            s += itemBias[i];
        }
        if (u != null && i != null) {
            int k = params.factors;
            for (int f = 0; f < k; f++) {
                s += p[u * k + f] * q[i * k + f];
            }
        }
        return s;
    }

    @Override
    public List<Scored> recommend(Object user, int k, boolean excludeSeen) {
        Integer u = userIndex.get(Recommender.key(user));
        PriorityQueue<double[]> heap = // [score, item], worst first
                new PriorityQueue<>(
                        (a, b) ->
                                a[0] != b[0]
                                        ? Double.compare(a[0], b[0])
                                        : Double.compare(b[1], a[1]));
        for (int i = 0; i < items.size(); i++) {
            if (excludeSeen && u != null && seen.containsKey(((long) u << 32) | i)) {
                continue;
            }
            double s = u != null ? score(u, i) : mean() + itemBias[i];
            heap.add(new double[] {s, i});
            if (heap.size() > k) {
                heap.poll();
            }
        }
        ArrayList<Scored> out = new ArrayList<>(heap.size());
        while (!heap.isEmpty()) {
            double[] e = heap.poll();
            out.add(new Scored(items.get((int) e[1]), e[0]));
        }
        Collections.reverse(out);
        return out;
    }

    // ---- serialization ----

    private static void writeKey(ModelOutput out, Object key) {
        switch (key) {
            case Long l -> {
                out.writeByte(0);
                out.writeLong(l);
            }
            case String s -> {
                out.writeByte(1);
                out.writeString(s);
            }
            default -> throw new IllegalStateException("key type " + key.getClass());
        }
    }

    private static Object readKey(ModelInput in) {
        int tag = in.readByte();
        return switch (tag) {
            case 0 -> in.readLong();
            case 1 -> in.readString();
            default -> throw ModelInput.corrupt("bad key tag " + tag);
        };
    }

    @Override
    public void write(ModelOutput out) {
        out.writeInt(params.factors);
        out.writeDouble(params.learningRate);
        out.writeDouble(params.l2);
        out.writeDouble(params.initStd);
        out.writeLong(params.seed);
        out.writeLong(rng.state());
        out.writeDouble(ratingWeight);
        out.writeDouble(ratingSum);
        int k = params.factors;
        out.writeInt(users.size());
        for (int u = 0; u < users.size(); u++) {
            writeKey(out, users.get(u));
            out.writeDouble(userBias[u]);
            for (int f = 0; f < k; f++) {
                out.writeDouble(p[u * k + f]);
            }
        }
        out.writeInt(items.size());
        for (int i = 0; i < items.size(); i++) {
            writeKey(out, items.get(i));
            out.writeDouble(itemBias[i]);
            for (int f = 0; f < k; f++) {
                out.writeDouble(q[i * k + f]);
            }
        }
        TreeMap<Long, Double> sorted = new TreeMap<>(seen);
        out.writeInt(sorted.size());
        for (Map.Entry<Long, Double> e : sorted.entrySet()) {
            out.writeLong(e.getKey());
            out.writeDouble(e.getValue());
        }
    }

    public static BiasedMatrixFactorization read(ModelInput in) {
        Params params;
        try {
            params =
                    new Params(
                            in.readInt(),
                            in.readDouble(),
                            in.readDouble(),
                            in.readDouble(),
                            in.readLong());
        } catch (IllegalArgumentException e) {
            throw ModelInput.corrupt(e.getMessage());
        }
        BiasedMatrixFactorization m = new BiasedMatrixFactorization(params, in.readLong());
        m.ratingWeight = in.readDouble();
        m.ratingSum = in.readDouble();
        int k = params.factors;
        int nu = in.readCount();
        m.userBias = new double[Math.max(16, nu)];
        m.p = new double[Math.max(16, nu) * k];
        for (int u = 0; u < nu; u++) {
            Object key = readKey(in);
            m.users.add(key);
            m.userIndex.put(key, u);
            m.userBias[u] = in.readDouble();
            for (int f = 0; f < k; f++) {
                m.p[u * k + f] = in.readDouble();
            }
        }
        int ni = in.readCount();
        m.itemBias = new double[Math.max(16, ni)];
        m.q = new double[Math.max(16, ni) * k];
        for (int i = 0; i < ni; i++) {
            Object key = readKey(in);
            m.items.add(key);
            m.itemIndex.put(key, i);
            m.itemBias[i] = in.readDouble();
            for (int f = 0; f < k; f++) {
                m.q[i * k + f] = in.readDouble();
            }
        }
        int ns = in.readCount();
        for (int s = 0; s < ns; s++) {
            m.seen.put(in.readLong(), in.readDouble());
        }
        return m;
    }
}
