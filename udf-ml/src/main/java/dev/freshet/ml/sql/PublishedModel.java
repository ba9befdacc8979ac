package dev.freshet.ml.sql;

import dev.freshet.ml.model.Task;
import dev.freshet.ml.train.ModelCodec;
import dev.freshet.ml.train.OnlineModel;
import org.jspecify.annotations.Nullable;

/**
 * One published version of a model: its bytes in the {@link ModelCodec} format and the summary
 * numbers shown by {@code DESCRIBE MODEL} and {@code model_history}. Immutable except for the
 * decoded model, made on first use. Scoring through {@link #predict} and its siblings is
 * synchronized: a decoded model keeps scratch buffers.
 */
final class PublishedModel {
    final long version;
    final byte[] bytes;
    final String algorithm;
    final long rows;
    final @Nullable Double accuracy;
    final @Nullable Double kappa;
    final @Nullable Double logLoss;
    final @Nullable Double rmse;
    final @Nullable Double mae;
    final long drift;
    final long epochMicros;
    private @Nullable OnlineModel decoded;

    PublishedModel(long version, byte[] bytes, OnlineModel m, long epochMicros) {
        this.version = version;
        this.bytes = bytes;
        this.algorithm = m.algorithm().sqlName();
        this.rows = m.rows();
        Task t = m.task();
        boolean classifier = t == Task.CLASSIFICATION;
        boolean regression = t == Task.REGRESSION || t == Task.RECOMMENDATION;
        var cm = m.classificationMetrics();
        var rm = m.regressionMetrics();
        this.accuracy = classifier && cm.count() > 0 ? cm.accuracy() : null;
        this.kappa = classifier && cm.count() > 0 ? cm.kappa() : null;
        this.logLoss = classifier && cm.count() > 0 ? cm.logLoss() : null;
        this.rmse = regression && rm.count() > 0 ? rm.rmse() : null;
        this.mae = regression && rm.count() > 0 ? rm.mae() : null;
        this.drift = m.driftCount();
        this.epochMicros = epochMicros;
    }

    /** The model of this version (decoded once, shared; callers synchronize on it). */
    synchronized OnlineModel model() {
        OnlineModel m = decoded;
        if (m == null) {
            m = ModelCodec.read(bytes);
            decoded = m;
        }
        return m;
    }

    /** The exported text of this version. */
    String export() {
        return ModelCodec.exportBytes(bytes, algorithm);
    }

    /** The metric line of SHOW MODELS. */
    String metric() {
        if (accuracy != null) {
            return "accuracy=" + round(accuracy);
        }
        if (rmse != null) {
            return "rmse=" + round(rmse);
        }
        return "";
    }

    static String round(double v) {
        return Double.toString(Math.round(v * 10_000) / 10_000.0);
    }
}
