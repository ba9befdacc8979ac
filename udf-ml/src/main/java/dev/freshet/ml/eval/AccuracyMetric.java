package dev.freshet.ml.eval;

import dev.freshet.engine.ir.Retraction;
import dev.freshet.ml.model.ModelInput;
import dev.freshet.ml.model.ModelOutput;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * {@code accuracy(label, prediction)} as an aggregate: the weighted fraction of rows whose
 * prediction equals the label. Exact under retraction (two counters). Rows with a NULL label are
 * ignored; a NULL prediction counts as wrong.
 */
public final class AccuracyMetric {
    private double correct;
    private double total;

    public static Retraction retraction() {
        return Retraction.EXACT;
    }

    /** Adds ({@code weight > 0}) or retracts ({@code weight < 0}) one row. */
    public void add(@Nullable Object label, @Nullable Object prediction, double weight) {
        if (label == null) {
            return;
        }
        add(Objects.equals(label, prediction), weight);
    }

    /** Adds or retracts one row given whether it was correct. */
    public void add(boolean isCorrect, double weight) {
        total += weight;
        if (isCorrect) {
            correct += weight;
        }
    }

    /** The accuracy, or NULL ({@code null}) when no rows remain. */
    public @Nullable Double result() {
        return total <= 0 ? null : correct / total;
    }

    public void write(ModelOutput out) {
        out.writeDouble(correct);
        out.writeDouble(total);
    }

    public static AccuracyMetric read(ModelInput in) {
        AccuracyMetric m = new AccuracyMetric();
        m.correct = in.readDouble();
        m.total = in.readDouble();
        return m;
    }
}
