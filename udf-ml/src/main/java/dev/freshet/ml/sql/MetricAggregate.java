package dev.freshet.ml.sql;

import dev.freshet.engine.batch.Column;
import dev.freshet.engine.batch.ColumnBuilder;
import dev.freshet.engine.expr.EvalContext;
import dev.freshet.engine.ir.Retraction;
import dev.freshet.engine.spi.AggregateFunction;
import dev.freshet.engine.spi.AggregateState;
import dev.freshet.engine.state.ByteReader;
import dev.freshet.engine.state.ByteSink;
import dev.freshet.engine.type.DataType;
import dev.freshet.engine.type.Decimal;
import dev.freshet.ml.drift.DriftDetector;
import dev.freshet.ml.drift.DriftDetectorKind;
import dev.freshet.ml.drift.DriftState;
import dev.freshet.ml.eval.AccuracyMetric;
import dev.freshet.ml.eval.AucMetric;
import dev.freshet.ml.eval.RmseMetric;
import dev.freshet.ml.model.ModelInput;
import dev.freshet.ml.model.ModelOutput;
import dev.freshet.ml.model.Options;
import dev.freshet.sql.error.ErrorCode;
import dev.freshet.sql.error.FreshetException;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.jspecify.annotations.Nullable;

/**
 * The evaluation aggregates, usable in any view:
 *
 * <ul>
 *   <li>{@code accuracy(label, prediction)}: double — the fraction of rows whose prediction equals
 *       the label (numbers, booleans and numeric text compare as numbers); EXACT under deletes
 *   <li>{@code auc(label, score)}: double — ROC AUC of a score for a boolean (or 0/1) label; exact
 *       under deletes, keeping counts per distinct score (NEEDS_INPUT)
 *   <li>{@code rmse(y, yhat)}: double — root mean squared error; EXACT
 *   <li>{@code drift_detect(method, value [, options])}: bigint — how many drifts the detector
 *       ({@code 'adwin'}, {@code 'page_hinkley'}, {@code 'ddm'}) signalled on the value stream in
 *       arrival order; APPEND_ONLY
 * </ul>
 */
enum MetricAggregate implements AggregateFunction {
    ACCURACY("accuracy", 2, Retraction.EXACT, DataType.DOUBLE),
    AUC("auc", 2, Retraction.NEEDS_INPUT, DataType.DOUBLE),
    RMSE("rmse", 2, Retraction.EXACT, DataType.DOUBLE),
    DRIFT_DETECT("drift_detect", 2, Retraction.APPEND_ONLY, DataType.BIGINT);

    private final String sqlName;
    private final int arity;
    private final Retraction retraction;
    private final DataType result;

    MetricAggregate(String sqlName, int arity, Retraction retraction, DataType result) {
        this.sqlName = sqlName;
        this.arity = arity;
        this.retraction = retraction;
        this.result = result;
    }

    @Override
    public String sqlName() {
        return sqlName;
    }

    @Override
    public DataType resultType(List<DataType> argTypes) {
        boolean ok =
                this == DRIFT_DETECT
                        ? argTypes.size() == 2 || argTypes.size() == 3
                        : argTypes.size() == arity;
        if (!ok) {
            throw new FreshetException(
                    ErrorCode.UNDEFINED_FUNCTION,
                    "function "
                            + sqlName
                            + " takes "
                            + (this == DRIFT_DETECT
                                    ? "(method, value [, options])"
                                    : "two arguments")
                            + ", not "
                            + argTypes.size());
        }
        return result;
    }

    @Override
    public Retraction retraction(List<DataType> argTypes, List<@Nullable Object> constants) {
        if (this == DRIFT_DETECT) {
            detector(constants);
        }
        return retraction;
    }

    @Override
    public String stateDescription(List<DataType> argTypes, List<@Nullable Object> constants) {
        return switch (this) {
            case ACCURACY -> "correct and total weight per group";
            case AUC -> "label counts per distinct score per group";
            case RMSE -> "error sums per group";
            case DRIFT_DETECT -> "one drift detector per group";
        };
    }

    private static DriftDetector detector(List<@Nullable Object> constants) {
        if (!(constants.get(0) instanceof String method)) {
            throw new FreshetException(
                    ErrorCode.INVALID_PARAMETER_VALUE,
                    "the first argument of drift_detect must be a constant method name"
                            + " ('adwin', 'page_hinkley' or 'ddm')");
        }
        DriftDetectorKind kind;
        try {
            kind = DriftDetectorKind.valueOf(method.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new FreshetException(
                    ErrorCode.INVALID_PARAMETER_VALUE,
                    "unknown drift detector \""
                            + method
                            + "\"; known detectors: adwin, page_hinkley, ddm");
        }
        Map<String, String> raw =
                constants.size() > 2 && constants.get(2) instanceof String s
                        ? TrainCall.parseOptions(s)
                        : Map.of();
        Options o = new Options("drift_detect", raw);
        DriftDetector d = kind.create(o);
        o.checkAllUsed();
        return d;
    }

    @Override
    public AggregateState newState(
            List<DataType> argTypes,
            List<@Nullable Object> constants,
            String column,
            EvalContext ctx) {
        return new State(this, this == DRIFT_DETECT ? detector(constants) : null);
    }

    /** The per-group metric objects of one call. */
    private static final class State implements AggregateState {
        private final MetricAggregate kind;
        private final @Nullable DriftDetector prototype;
        private Object[] groups = new Object[16];
        private long[] drifts = new long[16];

        State(MetricAggregate kind, @Nullable DriftDetector prototype) {
            this.kind = kind;
            this.prototype = prototype;
        }

        @Override
        public void ensureCapacity(int n) {
            if (n > groups.length) {
                int size = Math.max(n, groups.length * 2);
                groups = Arrays.copyOf(groups, size);
                drifts = Arrays.copyOf(drifts, size);
            }
        }

        private Object group(int gid) {
            Object g = groups[gid];
            if (g == null) {
                g =
                        switch (kind) {
                            case ACCURACY -> new AccuracyMetric();
                            case AUC -> new AucMetric();
                            case RMSE -> new RmseMetric();
                            case DRIFT_DETECT ->
                                    java.util.Objects.requireNonNull(prototype).fresh();
                        };
                groups[gid] = g;
            }
            return g;
        }

        @Override
        public void add(int[] groupIds, Column[] args, long[] weights, int rows, EvalContext ctx) {
            for (int r = 0; r < rows; r++) {
                long w = weights[r];
                if (w == 0) {
                    continue;
                }
                int gid = groupIds[r];
                switch (group(gid)) {
                    case AccuracyMetric a -> {
                        Object label = args[0].getObject(r);
                        if (label != null) {
                            a.add(same(label, args[1].getObject(r)), w);
                        }
                    }
                    case AucMetric a ->
                            a.add(positive(args[0].getObject(r)), number(args[1].getObject(r)), w);
                    case RmseMetric m ->
                            m.add(number(args[0].getObject(r)), number(args[1].getObject(r)), w);
                    case DriftDetector d -> {
                        if (w < 0) {
                            throw new FreshetException(
                                    ErrorCode.FEATURE_NOT_SUPPORTED,
                                    "drift_detect cannot retract a value: its input must be"
                                            + " append-only");
                        }
                        Double v = number(args[1].getObject(r));
                        if (v != null) {
                            for (long k = 0; k < w; k++) {
                                if (d.update(v) == DriftState.DRIFT) {
                                    drifts[gid]++;
                                }
                            }
                        }
                    }
                    default -> throw new IllegalStateException();
                }
            }
        }

        @Override
        public void appendResult(int gid, ColumnBuilder out, EvalContext ctx) {
            Object v =
                    switch (group(gid)) {
                        case AccuracyMetric a -> a.result();
                        case AucMetric a -> a.result();
                        case RmseMetric m -> m.result();
                        case DriftDetector d -> drifts[gid];
                        default -> throw new IllegalStateException();
                    };
            out.appendObject(v);
        }

        @Override
        public void reset(int gid) {
            groups[gid] = null;
            drifts[gid] = 0;
        }

        @Override
        public long memoryBytes() {
            return groups.length * 64L;
        }

        @Override
        public void snapshot(int gid, ByteSink out) {
            ModelOutput o = new ModelOutput(64);
            switch (group(gid)) {
                case AccuracyMetric a -> a.write(o);
                case AucMetric a -> a.write(o);
                case RmseMetric m -> m.write(o);
                case DriftDetector d -> {
                    d.write(o);
                    o.writeLong(drifts[gid]);
                }
                default -> throw new IllegalStateException();
            }
            byte[] b = o.toByteArray();
            out.putVarInt(b.length);
            out.putBytes(b, 0, b.length);
        }

        @Override
        public void restore(int gid, ByteReader in) {
            ensureCapacity(gid + 1);
            int n = in.getVarInt();
            ModelInput i = new ModelInput(in.array(), in.position(), n);
            groups[gid] =
                    switch (kind) {
                        case ACCURACY -> AccuracyMetric.read(i);
                        case AUC -> AucMetric.read(i);
                        case RMSE -> RmseMetric.read(i);
                        case DRIFT_DETECT -> DriftDetector.read(i);
                    };
            if (kind == DRIFT_DETECT) {
                drifts[gid] = i.readLong();
            }
            in.skip(n);
        }
    }

    /** Label and prediction agree: as numbers when both read as numbers, else as text. */
    static boolean same(@Nullable Object label, @Nullable Object prediction) {
        if (prediction == null || label == null) {
            return false;
        }
        Double a = numberOrNull(label);
        Double b = numberOrNull(prediction);
        if (a != null && b != null) {
            return a.doubleValue() == b.doubleValue();
        }
        return label.toString().equals(prediction.toString());
    }

    private static @Nullable Double numberOrNull(Object v) {
        return switch (v) {
            case Double d -> d;
            case Long l -> (double) l;
            case Integer i -> (double) i;
            case Decimal d -> d.toDouble();
            case Boolean b -> b ? 1.0 : 0.0;
            case String s -> {
                try {
                    yield Double.parseDouble(s.trim());
                } catch (NumberFormatException e) {
                    yield null;
                }
            }
            default -> null;
        };
    }

    private static @Nullable Double number(@Nullable Object v) {
        return v == null ? null : numberOrNull(v);
    }

    private static @Nullable Boolean positive(@Nullable Object v) {
        if (v == null) {
            return null;
        }
        if (v instanceof Boolean b) {
            return b;
        }
        Double d = numberOrNull(v);
        return d == null ? null : d > 0.5;
    }
}
