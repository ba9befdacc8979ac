package dev.freshet.ml.smile;

import dev.freshet.ml.model.Classifier;
import dev.freshet.ml.model.FeatureVector;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;
import smile.classification.DataFrameClassifier;
import smile.data.DataFrame;
import smile.data.Tuple;
import smile.data.formula.Formula;
import smile.data.type.StructType;
import smile.data.vector.ValueVector;

/**
 * A Smile data-frame classifier refitted on a row window. Columns are {@code x0..x(d-1)} (double)
 * and {@code y} (int). Until the first fit, and while a window holds a single class, it predicts
 * the class frequencies of the window.
 */
abstract class SmileClassifier extends RefittingModel implements Classifier {
    private int classes;
    private double[] windowCounts = new double[0];
    private @Nullable DataFrameClassifier model;
    private int @Nullable [] modelClasses;
    private @Nullable StructType predictors;
    private final double[] row;
    private double[] posterior = new double[2];

    SmileClassifier(int dim, RefitSchedule schedule) {
        super(dim, schedule);
        row = new double[dim];
    }

    /** Fits Smile's model on {@code data} with response {@code y}; randomness from {@code seed}. */
    protected abstract DataFrameClassifier fitSmile(Formula formula, DataFrame data, long seed);

    @Override
    public int classCount() {
        return classes;
    }

    @Override
    protected void observe(FeatureVector x, double y) {
        int c = (int) y;
        if (c < 0 || c != y) {
            throw new IllegalArgumentException("class index expected: " + y);
        }
        classes = Math.max(classes, c + 1);
    }

    @Override
    protected void fit(double[][] x, double[] y, long seed) {
        int[] labels = new int[y.length];
        int maxLabel = 0;
        for (int i = 0; i < y.length; i++) {
            labels[i] = (int) y[i];
            maxLabel = Math.max(maxLabel, labels[i]);
        }
        classes = Math.max(classes, maxLabel + 1);
        windowCounts = new double[classes];
        int distinct = 0;
        for (int l : labels) {
            if (windowCounts[l]++ == 0) {
                distinct++;
            }
        }
        if (distinct < 2) {
            clearFit();
            return;
        }
        ValueVector[] cols = new ValueVector[dim + 1];
        for (int j = 0; j < dim; j++) {
            double[] col = new double[x.length];
            for (int i = 0; i < x.length; i++) {
                col[i] = x[i][j];
            }
            cols[j] = ValueVector.of("x" + j, col);
        }
        cols[dim] = ValueVector.of("y", labels);
        DataFrame data = new DataFrame(cols);
        Formula formula = Formula.lhs("y");
        DataFrameClassifier fitted = SmileFitter.fit(seed, () -> fitSmile(formula, data, seed));
        model = fitted;
        predictors = fitted.schema();
        modelClasses = ((smile.classification.AbstractClassifier<?>) fitted).classes();
        posterior = new double[modelClasses.length];
    }

    @Override
    protected void clearFit() {
        model = null;
        modelClasses = null;
        predictors = null;
    }

    @Override
    public void predictProba(FeatureVector x, double[] out) {
        if (classes == 0) {
            return;
        }
        Arrays.fill(out, 0, classes, 0.0);
        DataFrameClassifier m = model;
        int[] mc = modelClasses;
        StructType schema = predictors;
        if (m == null || mc == null || schema == null) {
            double total = 0;
            for (double c : windowCounts) {
                total += c;
            }
            for (int c = 0; c < classes; c++) {
                out[c] =
                        total > 0 && c < windowCounts.length
                                ? windowCounts[c] / total
                                : 1.0 / classes;
            }
            return;
        }
        for (int j = 0; j < dim; j++) {
            row[j] = x.get(j);
        }
        m.predict(Tuple.of(schema, row), posterior);
        for (int k = 0; k < mc.length; k++) {
            out[mc[k]] = posterior[k];
        }
    }
}
