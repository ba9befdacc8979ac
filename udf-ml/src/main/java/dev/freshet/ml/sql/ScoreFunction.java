package dev.freshet.ml.sql;

import dev.freshet.engine.batch.Column;
import dev.freshet.engine.batch.ColumnBuilder;
import dev.freshet.engine.expr.ConstantFolder;
import dev.freshet.engine.expr.EvalContext;
import dev.freshet.engine.expr.FunctionLibrary;
import dev.freshet.engine.expr.Resolution;
import dev.freshet.engine.expr.ScalarFunction;
import dev.freshet.engine.type.DataType;
import dev.freshet.engine.type.Decimal;
import dev.freshet.engine.type.TypeKind;
import dev.freshet.ml.train.OnlineModel;
import dev.freshet.sql.error.ErrorCode;
import dev.freshet.sql.error.FreshetException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The scoring functions. Each takes a model reference first: a handle ({@code train}'s value, e.g.
 * {@code m.model} from a model's view: exactly that version, so the result is deterministic) or a
 * model name ({@code predict(fraud, ...)} is rewritten to the name as a constant: the version
 * current when the row is scored, which makes the call volatile, so views memoize it).
 *
 * <ul>
 *   <li>{@code predict(model, features...)}: double precision — the class label as a number
 *       (booleans 1/0), the regression value, the anomaly score, the cluster index, the rating
 *   <li>{@code predict_label(model, features...)}: text — the class label (or the value as text)
 *   <li>{@code predict_proba(model, features...)}: double precision — the probability of the
 *       positive class (true, 1, 'yes'; else the second class seen)
 *   <li>{@code anomaly_score(model, features...)}: double precision
 *   <li>{@code model_export(model)}: text — the version in the documented export format
 *   <li>{@code model_version(model)}: bigint — the version a reference resolves to
 * </ul>
 */
final class ScoreFunction implements ScalarFunction {
    enum Kind {
        PREDICT("predict", DataType.DOUBLE, true),
        PREDICT_LABEL("predict_label", DataType.VARCHAR, true),
        PREDICT_PROBA("predict_proba", DataType.DOUBLE, true),
        ANOMALY_SCORE("anomaly_score", DataType.DOUBLE, true),
        MODEL_EXPORT("model_export", DataType.VARCHAR, false),
        MODEL_VERSION("model_version", DataType.BIGINT, false);

        final String sqlName;
        final DataType result;
        final boolean takesFeatures;

        Kind(String sqlName, DataType result, boolean takesFeatures) {
            this.sqlName = sqlName;
            this.result = result;
            this.takesFeatures = takesFeatures;
        }
    }

    /** Function names whose first argument may be a bare model name. */
    static final List<String> NAMES =
            List.of(
                    "predict",
                    "predict_label",
                    "predict_proba",
                    "anomaly_score",
                    "model_export",
                    "model_version");

    private final Kind kind;
    private final boolean byName;

    private ScoreFunction(Kind kind, boolean byName) {
        this.kind = kind;
        this.byName = byName;
    }

    static void register(FunctionLibrary lib) {
        for (Kind k : Kind.values()) {
            lib.register(k.sqlName, args -> resolve(k, args));
        }
    }

    private static Optional<Resolution> resolve(Kind k, List<DataType> args) {
        if (args.isEmpty()) {
            return Optional.empty();
        }
        if (k.takesFeatures ? args.size() < 2 : args.size() != 1) {
            return Optional.empty();
        }
        TypeKind first = args.get(0).kind();
        if (first != TypeKind.VARCHAR && first != TypeKind.UNKNOWN) {
            return Optional.empty();
        }
        List<DataType> params = new ArrayList<>(args.size());
        params.add(DataType.VARCHAR);
        for (int i = 1; i < args.size(); i++) {
            DataType t = args.get(i);
            params.add(t.kind() == TypeKind.UNKNOWN ? DataType.VARCHAR : t);
        }
        return Optional.of(
                new Resolution(
                        params,
                        k.result,
                        (exprs, result) ->
                                new ScoreFunction(k, ConstantFolder.isConstant(exprs.get(0)))));
    }

    @Override
    public String name() {
        return kind.sqlName;
    }

    @Override
    public DataType resultType() {
        return kind.result;
    }

    @Override
    public boolean strict() {
        return false;
    }

    /** By model name the value depends on the version current at evaluation. */
    @Override
    public boolean volatile_() {
        return byName;
    }

    @Override
    public Column apply(Column[] args, long @Nullable [] nulls, int rows, EvalContext ctx) {
        ColumnBuilder out = ColumnBuilder.forType(kind.result, Math.max(rows, 1));
        ModelRegistry registry = ctx.service(ModelRegistry.class);
        @Nullable Object[] features = new Object[args.length - 1];
        String lastRef = null;
        PublishedModel model = null;
        for (int r = 0; r < rows; r++) {
            Object ref = args[0].getObject(r);
            if (ref == null) {
                out.appendNull();
                continue;
            }
            try {
                if (!ref.equals(lastRef) || model == null) {
                    model = registry.resolve((String) ref);
                    lastRef = (String) ref;
                }
                for (int f = 0; f < features.length; f++) {
                    features[f] = args[f + 1].getObject(r);
                }
                out.appendObject(score(model, features));
            } catch (FreshetException e) {
                lastRef = null;
                ctx.fail(e);
                out.appendNull();
            }
        }
        return out.build();
    }

    private @Nullable Object score(PublishedModel p, @Nullable Object[] features) {
        switch (kind) {
            case MODEL_EXPORT -> {
                return p.export();
            }
            case MODEL_VERSION -> {
                return p.version;
            }
            default -> {}
        }
        OnlineModel m = p.model();
        synchronized (m) {
            return switch (kind) {
                case PREDICT -> number(m.predict(features));
                case PREDICT_LABEL -> {
                    Object v = m.predict(features);
                    yield v == null ? null : v.toString();
                }
                case PREDICT_PROBA -> positiveProbability(m, features);
                case ANOMALY_SCORE -> m.anomalyScore(features);
                case MODEL_EXPORT, MODEL_VERSION -> throw new IllegalStateException();
            };
        }
    }

    private static @Nullable Double number(@Nullable Object v) {
        return switch (v) {
            case null -> null;
            case Double d -> d;
            case Long l -> (double) l;
            case Integer i -> (double) i;
            case Decimal d -> d.toDouble();
            case Boolean b -> b ? 1.0 : 0.0;
            case String s -> {
                try {
                    yield Double.parseDouble(s);
                } catch (NumberFormatException e) {
                    throw new FreshetException(
                                    ErrorCode.DATATYPE_MISMATCH,
                                    "predict returns a number, but this model predicts the label \""
                                            + s
                                            + "\"")
                            .withHint("Use predict_label for text labels.");
                }
            }
            default -> throw new IllegalStateException("prediction " + v.getClass());
        };
    }

    private static @Nullable Double positiveProbability(OnlineModel m, @Nullable Object[] f) {
        List<Object> labels = m.labels();
        if (labels.isEmpty()) {
            return null;
        }
        double[] p = m.predictProba(f);
        int positive = -1;
        for (int i = 0; i < labels.size(); i++) {
            Object l = labels.get(i);
            boolean yes =
                    switch (l) {
                        case Boolean b -> b;
                        case Long n -> n == 1;
                        case Integer n -> n == 1;
                        case Decimal d -> d.toDouble() == 1.0;
                        case String s ->
                                s.equalsIgnoreCase("1")
                                        || s.equalsIgnoreCase("true")
                                        || s.equalsIgnoreCase("t")
                                        || s.equalsIgnoreCase("yes");
                        default -> false;
                    };
            if (yes) {
                positive = i;
            }
        }
        if (positive < 0) {
            positive = labels.size() > 1 ? 1 : 0;
        }
        return positive < p.length ? p[positive] : 0.0;
    }
}
