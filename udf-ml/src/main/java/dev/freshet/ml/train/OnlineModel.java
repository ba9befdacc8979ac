package dev.freshet.ml.train;

import dev.freshet.engine.ir.Retraction;
import dev.freshet.engine.type.Decimal;
import dev.freshet.ml.drift.DriftDetector;
import dev.freshet.ml.drift.DriftDetectorKind;
import dev.freshet.ml.drift.DriftState;
import dev.freshet.ml.eval.ClassificationMetrics;
import dev.freshet.ml.eval.RegressionMetrics;
import dev.freshet.ml.model.AnomalyDetector;
import dev.freshet.ml.model.Classifier;
import dev.freshet.ml.model.Clusterer;
import dev.freshet.ml.model.EncoderParams;
import dev.freshet.ml.model.FeatureEncoder;
import dev.freshet.ml.model.FeatureRow;
import dev.freshet.ml.model.FeatureSchema;
import dev.freshet.ml.model.FeatureVector;
import dev.freshet.ml.model.Model;
import dev.freshet.ml.model.ModelInput;
import dev.freshet.ml.model.ModelOutput;
import dev.freshet.ml.model.Options;
import dev.freshet.ml.model.Recommender;
import dev.freshet.ml.model.Regressor;
import dev.freshet.ml.model.Task;
import dev.freshet.sql.error.ErrorCode;
import dev.freshet.sql.error.FreshetException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import org.jspecify.annotations.Nullable;

/**
 * A model as SQL sees it: the state of one {@code TRAIN} group. It owns the {@link FeatureEncoder}
 * (SQL values to vectors), the {@link LabelIndex} (SQL labels to classes), the algorithm's {@link
 * Model}, prequential metrics, a drift detector on the model's error with its {@link DriftPolicy},
 * the drift events, and counters.
 *
 * <p><b>Learning</b> ({@link #learn}): with a positive weight the row is first predicted (test),
 * the prediction is scored into the prequential metrics and the detector, then the encoder
 * statistics and the model learn it (train). With a negative weight the row is retracted as {@link
 * #retraction()} allows; metrics are history and are not retracted.
 *
 * <p><b>Common options</b> (besides the algorithm's own): {@code standardize}, {@code
 * hash_buckets}, {@code on_drift} ({@code none|reset|adapt}), {@code drift_detector} ({@code
 * adwin|page_hinkley|ddm}) and its parameters, {@code adapt_window} (200), {@code
 * approximate_retraction} ({@code false}: APPROXIMATE models refuse deletes unless it is true).
 *
 * <p><b>Snapshots</b>: the object is the model; {@link ModelCodec#write} serializes it on demand
 * and {@link #copy} makes an independent copy. Not thread safe.
 */
public final class OnlineModel {
    private final Algorithm algorithm;
    private final TreeMap<String, String> options;
    private final FeatureEncoder encoder;
    private final LabelIndex labels;
    private Model model;
    private final DriftDetector detector;
    private final DriftPolicy policy;
    private final int adaptWindow;
    private final boolean approximateRetraction;
    private ClassificationMetrics classification = new ClassificationMetrics();
    private RegressionMetrics regression = new RegressionMetrics();
    private final ArrayList<DriftEvent> events = new ArrayList<>();
    private long detections;
    private long rows;
    private long updates;
    // ADAPT: the background model and the errors of both since it started.
    private @Nullable Model background;
    private long adaptRows;
    private double adaptErrForeground;
    private double adaptErrBackground;
    // Scratch, owned by this object.
    private final FeatureVector vector;
    private final FeatureRow row;
    private double[] proba = new double[2];

    private OnlineModel(
            Algorithm algorithm,
            TreeMap<String, String> options,
            FeatureEncoder encoder,
            LabelIndex labels,
            Model model,
            DriftDetector detector,
            DriftPolicy policy,
            int adaptWindow,
            boolean approximateRetraction) {
        this.algorithm = algorithm;
        this.options = options;
        this.encoder = encoder;
        this.labels = labels;
        this.model = model;
        this.detector = detector;
        this.policy = policy;
        this.adaptWindow = adaptWindow;
        this.approximateRetraction = approximateRetraction;
        this.vector = encoder.newVector();
        this.row = newRow();
    }

    /**
     * A new, untrained model.
     *
     * @param algorithm the algorithm's SQL name
     * @param schema the feature columns (for recommenders: user, item)
     * @param rawOptions options from SQL; unknown or invalid ones fail with {@link
     *     ErrorCode#INVALID_PARAMETER_VALUE}
     */
    public static OnlineModel create(
            String algorithm, FeatureSchema schema, Map<String, String> rawOptions) {
        Algorithm a = Algorithm.of(algorithm);
        Options o = new Options(a.sqlName(), rawOptions);
        EncoderParams ep = EncoderParams.parse(o, a.standardizeByDefault());
        DriftDetectorKind kind =
                o.getEnum("drift_detector", DriftDetectorKind.ADWIN, DriftDetectorKind.values());
        DriftDetector detector = kind.create(o);
        DriftPolicy policy = o.getEnum("on_drift", DriftPolicy.NONE, DriftPolicy.values());
        int adaptWindow = o.getInt("adapt_window", 200, 10, 1 << 24);
        boolean approx = o.getBoolean("approximate_retraction", false);
        if (a.task() == Task.RECOMMENDATION && schema.size() != 2) {
            throw new FreshetException(
                    ErrorCode.INVALID_PARAMETER_VALUE,
                    a.sqlName() + " takes two features (user, item), got " + schema.size());
        }
        FeatureEncoder encoder = new FeatureEncoder(schema, ep);
        Model m = a.create(encoder.dimension(), o);
        // Detector parameters of the other kinds are accepted but unused.
        for (String k :
                List.of(
                        "adwin_delta",
                        "ph_min_instances",
                        "ph_delta",
                        "ph_threshold",
                        "ph_alpha",
                        "ddm_min_instances",
                        "ddm_warning",
                        "ddm_drift")) {
            o.allow(k);
        }
        o.checkAllUsed();
        TreeMap<String, String> opts = new TreeMap<>();
        for (Map.Entry<String, String> e : rawOptions.entrySet()) {
            opts.put(e.getKey().trim().toLowerCase(Locale.ROOT), e.getValue().trim());
        }
        return new OnlineModel(
                a, opts, encoder, new LabelIndex(), m, detector, policy, adaptWindow, approx);
    }

    // ---- what it is ----

    public Algorithm algorithm() {
        return algorithm;
    }

    public Task task() {
        return algorithm.task();
    }

    /** The options it was created with (normalised keys, sorted). */
    public Map<String, String> options() {
        return Collections.unmodifiableMap(options);
    }

    public FeatureSchema schema() {
        return encoder.schema();
    }

    /**
     * How this model handles deletes, after its options: an {@code APPROXIMATE} algorithm is {@code
     * APPEND_ONLY} unless {@code approximate_retraction = true}; an {@code EXACT} one is {@code
     * APPROXIMATE} when its inputs are standardised online (the scaling moves under it), and {@code
     * APPEND_ONLY} when {@code on_drift} may reset or replace it (a forgotten row cannot be
     * retracted).
     */
    public Retraction retraction() {
        Retraction r = algorithm.retraction();
        if (r == Retraction.EXACT && encoder.params().standardize()) {
            r = Retraction.APPROXIMATE;
        }
        if ((policy == DriftPolicy.RESET || policy == DriftPolicy.ADAPT)
                && r != Retraction.APPEND_ONLY) {
            r = Retraction.APPEND_ONLY;
        }
        if (r == Retraction.APPROXIMATE && !approximateRetraction) {
            r = Retraction.APPEND_ONLY;
        }
        return r;
    }

    /** The algorithm's model (the current foreground model; owned by this object). */
    public Model model() {
        return model;
    }

    /** The class labels in class order (classifiers). */
    public List<Object> labels() {
        return labels.labels();
    }

    /** Net weight of rows learned (inserts minus retractions). */
    public long rows() {
        return rows;
    }

    /** Number of {@link #learn} calls that changed the model; a version number for snapshots. */
    public long version() {
        return updates;
    }

    /** Prequential classification metrics (classifiers). */
    public ClassificationMetrics classificationMetrics() {
        return classification;
    }

    /** Prequential regression metrics (regressors, recommenders). */
    public RegressionMetrics regressionMetrics() {
        return regression;
    }

    /** Events kept by {@link #driftEvents}: the most recent ones. */
    public static final int MAX_EVENTS = 1000;

    /** The most recent drift events (at most {@value #MAX_EVENTS}), oldest first. */
    public List<DriftEvent> driftEvents() {
        return Collections.unmodifiableList(events);
    }

    /** How many drifts were detected in total. */
    public long driftCount() {
        return detections;
    }

    private void event(DriftEvent.Kind kind) {
        if (events.size() == MAX_EVENTS) {
            events.removeFirst();
        }
        events.add(new DriftEvent(rows, kind));
    }

    // ---- learning ----

    /**
     * Learns ({@code weight > 0}) or retracts ({@code weight < 0}) one row.
     *
     * @param features the feature values in schema order (engine Java values; NULL allowed)
     * @param label the label (class label, target value, rating); ignored by anomaly detectors and
     *     clusterers; a supervised row with a NULL label is skipped
     */
    public void learn(@Nullable Object[] features, @Nullable Object label, long weight) {
        if (weight == 0) {
            return;
        }
        row.setValues(features);
        learn(row, label, weight);
    }

    /** A reusable row of this model's features, for {@link #learn(FeatureRow, Object, long)}. */
    public FeatureRow newRow() {
        return new FeatureRow(encoder.schema(), algorithm.task() == Task.RECOMMENDATION);
    }

    /**
     * Learns ({@code weight > 0}) or retracts ({@code weight < 0}) one row given as a {@link
     * FeatureRow} (numbers unboxed); otherwise as {@link #learn(Object[], Object, long)}.
     */
    public void learn(FeatureRow features, @Nullable Object label, long weight) {
        if (weight == 0) {
            return;
        }
        if ((weight > 1 || weight < -1) && algorithm.retraction() == Retraction.APPROXIMATE) {
            // An SGD model scales its step by the weight, and a bag of identical rows arrives as
            // one row with their multiplicity: a step ten times too long diverges. Learn the row
            // as many times as it occurs instead.
            long step = weight > 0 ? 1 : -1;
            for (long n = Math.abs(weight); n > 0; n--) {
                learn(features, label, step);
            }
            return;
        }
        Task task = algorithm.task();
        boolean supervised =
                task == Task.CLASSIFICATION
                        || task == Task.REGRESSION
                        || task == Task.RECOMMENDATION;
        if (supervised && label == null) {
            return;
        }
        if (weight < 0) {
            checkRetractable();
        }
        if (task == Task.RECOMMENDATION) {
            learnRating(features.object(0), features.object(1), label, weight);
            return;
        }
        double y = 0;
        if (task == Task.CLASSIFICATION) {
            y = weight > 0 ? labels.indexOf(label) : labels.find(label);
            if (y < 0) {
                throw new FreshetException(
                        ErrorCode.DATA_EXCEPTION,
                        "cannot retract a row with label " + label + " the model never saw");
            }
        } else if (task == Task.REGRESSION) {
            y = number(label);
        }
        if (weight > 0 && supervised) {
            encoder.encode(features, vector);
            testThenScore(y, weight);
        }
        encoder.update(features, weight);
        encoder.encode(features, vector);
        model.learn(vector, y, weight);
        Model bg = background;
        if (bg != null && weight > 0) {
            bg.learn(vector, y, weight);
        }
        rows += weight;
        updates++;
    }

    private void learnRating(
            @Nullable Object user, @Nullable Object item, Object label, long weight) {
        if (user == null || item == null) {
            throw new FreshetException(
                    ErrorCode.INVALID_PARAMETER_VALUE,
                    algorithm.sqlName() + " needs (user, item) features that are not NULL");
        }
        Recommender r = (Recommender) model;
        double rating = number(label);
        if (weight > 0) {
            double predicted = r.predict(user, item);
            regression.add(rating, predicted, weight);
        }
        r.learn(user, item, rating, weight);
        rows += weight;
        updates++;
    }

    private void checkRetractable() {
        Retraction r = retraction();
        if (r == Retraction.APPEND_ONLY) {
            String why =
                    algorithm.retraction() == Retraction.APPEND_ONLY
                            ? " is append-only"
                            : policy == DriftPolicy.RESET || policy == DriftPolicy.ADAPT
                                    ? " with on_drift = "
                                            + policy.name().toLowerCase()
                                            + " is append-only"
                                    : " retracts only approximately";
            FreshetException e =
                    new FreshetException(
                            ErrorCode.FEATURE_NOT_SUPPORTED,
                            algorithm.sqlName()
                                    + why
                                    + ": it cannot unlearn a deleted or updated row");
            throw algorithm.retraction() == Retraction.APPROXIMATE
                            && policy != DriftPolicy.RESET
                            && policy != DriftPolicy.ADAPT
                    ? e.withHint("set approximate_retraction = true to accept approximate deletes")
                    : e;
        }
    }

    private static double number(Object v) {
        return switch (v) {
            case Double d -> d;
            case Long l -> (double) l;
            case Decimal d -> d.toDouble();
            case Integer i -> (double) i;
            case Boolean b -> b ? 1.0 : 0.0;
            default ->
                    throw new FreshetException(
                            ErrorCode.DATATYPE_MISMATCH,
                            "a regression target must be numeric, not "
                                    + v.getClass().getSimpleName());
        };
    }

    /** The test half of test-then-train: score the current prediction, feed the detector. */
    private void testThenScore(double y, long weight) {
        double err;
        if (model instanceof Classifier c) {
            int truth = (int) y;
            int k = Math.max(c.classCount(), truth + 1);
            ensureProba(k);
            int predicted;
            double pTruth;
            if (c.classCount() == 0) {
                predicted = 0;
                pTruth = 0.0;
            } else {
                predicted = c.predict(vector, proba);
                pTruth = truth < c.classCount() ? proba[truth] : 0.0;
            }
            classification.add(truth, predicted, pTruth, weight);
            err = predicted == truth ? 0.0 : 1.0;
            if (background instanceof Classifier b) {
                int bp = b.classCount() == 0 ? 0 : b.predict(vector, proba);
                adaptErrBackground += bp == truth ? 0.0 : 1.0;
                adaptErrForeground += err;
            }
        } else if (model instanceof Regressor r) {
            double mae = regression.mae();
            double p = r.predict(vector);
            regression.add(y, p, weight);
            double e = Math.abs(y - p);
            err = e + mae > 0 ? e / (e + mae) : 0.0;
            if (background instanceof Regressor b) {
                double be = Math.abs(y - b.predict(vector));
                adaptErrBackground += be;
                adaptErrForeground += e;
            }
        } else {
            return;
        }
        if (background != null && ++adaptRows >= adaptWindow) {
            finishAdaptation();
        }
        DriftState state = detector.update(err);
        if (state == DriftState.DRIFT) {
            onDrift();
        }
    }

    private void ensureProba(int k) {
        if (proba.length < k) {
            proba = new double[Math.max(k, proba.length * 2)];
        }
    }

    private void onDrift() {
        detections++;
        event(DriftEvent.Kind.DETECTED);
        switch (policy) {
            case NONE -> {}
            case RESET -> {
                model.reset();
                event(DriftEvent.Kind.RESET);
            }
            case RESTART -> {
                model.restart();
                event(DriftEvent.Kind.RESTARTED);
            }
            case ADAPT -> {
                if (background == null) {
                    background = freshModel();
                    adaptRows = 0;
                    adaptErrForeground = 0;
                    adaptErrBackground = 0;
                    event(DriftEvent.Kind.BACKGROUND_STARTED);
                }
            }
        }
    }

    private void finishAdaptation() {
        Model bg = background;
        background = null;
        if (bg != null && adaptErrBackground <= adaptErrForeground) {
            model = bg;
            event(DriftEvent.Kind.REPLACED);
        } else {
            event(DriftEvent.Kind.BACKGROUND_DROPPED);
        }
    }

    private Model freshModel() {
        return algorithm.create(encoder.dimension(), new Options(algorithm.sqlName(), options));
    }

    // ---- prediction ----

    /**
     * The prediction for a row: the class label (classifiers), the value (regressors, as {@code
     * Double}), the anomaly score ({@code Double}), the cluster index ({@code Long}); {@code null}
     * for a classifier that has seen no label. For recommenders use {@link #predictRating}.
     */
    public @Nullable Object predict(@Nullable Object[] features) {
        switch (algorithm.task()) {
            case CLASSIFICATION -> {
                Classifier c = (Classifier) model;
                if (c.classCount() == 0) {
                    return null;
                }
                encoder.encode(features, vector);
                ensureProba(c.classCount());
                return labels.label(c.predict(vector, proba));
            }
            case REGRESSION -> {
                encoder.encode(features, vector);
                return ((Regressor) model).predict(vector);
            }
            case ANOMALY -> {
                return anomalyScore(features);
            }
            case CLUSTERING -> {
                encoder.encode(features, vector);
                return (long) ((Clusterer) model).cluster(vector);
            }
            case RECOMMENDATION -> {
                return predictRating(features[0], features[1]);
            }
        }
        throw new IllegalStateException();
    }

    /** Class probabilities in the order of {@link #labels()} (a new array). */
    public double[] predictProba(@Nullable Object[] features) {
        if (!(model instanceof Classifier c)) {
            throw notA("a classifier", "predict_proba");
        }
        double[] out = new double[labels.size()];
        if (c.classCount() == 0) {
            return out;
        }
        encoder.encode(features, vector);
        ensureProba(c.classCount());
        c.predictProba(vector, proba);
        System.arraycopy(proba, 0, out, 0, Math.min(out.length, c.classCount()));
        return out;
    }

    /** The anomaly score of a row (see each detector for its scale). */
    public double anomalyScore(@Nullable Object[] features) {
        if (!(model instanceof AnomalyDetector a)) {
            throw notA("an anomaly detector", "anomaly_score");
        }
        encoder.encode(features, vector);
        return a.anomalyScore(vector);
    }

    /** The predicted rating (recommenders). */
    public double predictRating(@Nullable Object user, @Nullable Object item) {
        if (!(model instanceof Recommender r)) {
            throw notA("a recommender", "predict");
        }
        return r.predict(Recommender.key(user), Recommender.key(item));
    }

    /** The top {@code k} items for {@code user} not yet rated by them (recommenders). */
    public List<Recommender.Scored> recommend(@Nullable Object user, int k) {
        if (!(model instanceof Recommender r)) {
            throw notA("a recommender", "recommend");
        }
        if (k < 0) {
            throw new FreshetException(ErrorCode.INVALID_PARAMETER_VALUE, "k must be >= 0");
        }
        return r.recommend(Recommender.key(user), k, true);
    }

    private FreshetException notA(String what, String function) {
        return new FreshetException(
                ErrorCode.WRONG_OBJECT_TYPE,
                function + " needs " + what + ", but " + algorithm.sqlName() + " is not one");
    }

    /** An independent copy (through the binary format). */
    public OnlineModel copy() {
        return ModelCodec.read(ModelCodec.write(this));
    }

    // ---- serialization (called by ModelCodec) ----

    void writeBody(ModelOutput out) {
        out.writeInt(options.size());
        for (Map.Entry<String, String> e : options.entrySet()) {
            out.writeString(e.getKey());
            out.writeString(e.getValue());
        }
        encoder.write(out);
        labels.write(out);
        out.writeLong(rows);
        out.writeLong(updates);
        classification.write(out);
        regression.write(out);
        detector.write(out);
        out.writeLong(detections);
        out.writeInt(events.size());
        for (DriftEvent e : events) {
            out.writeLong(e.row());
            out.writeByte(e.kind().ordinal());
        }
        model.write(out);
        out.writeBoolean(background != null);
        if (background != null) {
            background.write(out);
            out.writeLong(adaptRows);
            out.writeDouble(adaptErrForeground);
            out.writeDouble(adaptErrBackground);
        }
    }

    static OnlineModel readBody(Algorithm algorithm, ModelInput in) {
        int n = in.readCount();
        TreeMap<String, String> options = new TreeMap<>();
        for (int i = 0; i < n; i++) {
            options.put(in.readString(), in.readString());
        }
        // Re-parse the options: validates them and yields the policy and detector settings.
        Options o = new Options(algorithm.sqlName(), options);
        EncoderParams.parse(o, algorithm.standardizeByDefault());
        o.getEnum("drift_detector", DriftDetectorKind.ADWIN, DriftDetectorKind.values());
        DriftPolicy policy = o.getEnum("on_drift", DriftPolicy.NONE, DriftPolicy.values());
        int adaptWindow = o.getInt("adapt_window", 200, 10, 1 << 24);
        boolean approx = o.getBoolean("approximate_retraction", false);
        FeatureEncoder encoder = FeatureEncoder.read(in);
        LabelIndex labels = LabelIndex.read(in);
        long rows = in.readLong();
        long updates = in.readLong();
        ClassificationMetrics cm = ClassificationMetrics.read(in);
        RegressionMetrics rm = RegressionMetrics.read(in);
        DriftDetector detector = DriftDetector.read(in);
        long detections = in.readLong();
        int ne = in.readCount();
        if (ne > MAX_EVENTS) {
            throw ModelInput.corrupt("too many drift events");
        }
        ArrayList<DriftEvent> events = new ArrayList<>(ne);
        for (int i = 0; i < ne; i++) {
            events.add(new DriftEvent(in.readLong(), in.readEnum(DriftEvent.Kind.values())));
        }
        Model model = algorithm.read(in);
        if (model.dimension() != encoder.dimension() && algorithm.task() != Task.RECOMMENDATION) {
            throw ModelInput.corrupt("model and encoder dimensions differ");
        }
        OnlineModel m =
                new OnlineModel(
                        algorithm,
                        options,
                        encoder,
                        labels,
                        model,
                        detector,
                        policy,
                        adaptWindow,
                        approx);
        m.rows = rows;
        m.updates = updates;
        m.classification = cm;
        m.regression = rm;
        m.events.addAll(events);
        m.detections = detections;
        if (in.readBoolean()) {
            m.background = algorithm.read(in);
            m.adaptRows = in.readLong();
            m.adaptErrForeground = in.readDouble();
            m.adaptErrBackground = in.readDouble();
        }
        return m;
    }
}
