package dev.freshet.ml.train;

import dev.freshet.engine.ir.Retraction;
import dev.freshet.ml.anomaly.HalfSpaceTrees;
import dev.freshet.ml.anomaly.ZScoreDetector;
import dev.freshet.ml.bayes.GaussianNaiveBayes;
import dev.freshet.ml.bayes.MultinomialNaiveBayes;
import dev.freshet.ml.cluster.OnlineKMeans;
import dev.freshet.ml.ensemble.AdaptiveRandomForest;
import dev.freshet.ml.linear.LeastSquaresRegression;
import dev.freshet.ml.linear.LogisticRegression;
import dev.freshet.ml.linear.PassiveAggressiveClassifier;
import dev.freshet.ml.linear.PassiveAggressiveRegressor;
import dev.freshet.ml.model.Model;
import dev.freshet.ml.model.ModelInput;
import dev.freshet.ml.model.Options;
import dev.freshet.ml.model.Task;
import dev.freshet.ml.recommend.BiasedMatrixFactorization;
import dev.freshet.ml.smile.RefitSchedule;
import dev.freshet.ml.smile.SmileGradientBoosting;
import dev.freshet.ml.smile.SmileIsolationForest;
import dev.freshet.ml.smile.SmileRandomForest;
import dev.freshet.ml.tree.HoeffdingTree;
import dev.freshet.sql.error.ErrorCode;
import dev.freshet.sql.error.FreshetException;
import java.util.Locale;

/**
 * Every algorithm {@code TRAIN} knows: its SQL name, task, retraction class (known before any model
 * exists, for the planner), whether its inputs are standardised by default, how to build one from
 * options and how to read one back.
 */
public enum Algorithm {
    LOGISTIC_REGRESSION(LogisticRegression.NAME, Task.CLASSIFICATION, Retraction.APPROXIMATE, true),
    LINEAR_REGRESSION(LeastSquaresRegression.LINEAR, Task.REGRESSION, Retraction.EXACT, false),
    RIDGE_REGRESSION(LeastSquaresRegression.RIDGE, Task.REGRESSION, Retraction.EXACT, false),
    PASSIVE_AGGRESSIVE_CLASSIFIER(
            PassiveAggressiveClassifier.NAME, Task.CLASSIFICATION, Retraction.APPROXIMATE, true),
    PASSIVE_AGGRESSIVE_REGRESSOR(
            PassiveAggressiveRegressor.NAME, Task.REGRESSION, Retraction.APPROXIMATE, true),
    GAUSSIAN_NAIVE_BAYES(GaussianNaiveBayes.NAME, Task.CLASSIFICATION, Retraction.EXACT, false),
    MULTINOMIAL_NAIVE_BAYES(
            MultinomialNaiveBayes.NAME, Task.CLASSIFICATION, Retraction.EXACT, false),
    HOEFFDING_TREE(HoeffdingTree.NAME, Task.CLASSIFICATION, Retraction.APPEND_ONLY, false),
    HOEFFDING_ADAPTIVE_TREE(
            HoeffdingTree.ADAPTIVE_NAME, Task.CLASSIFICATION, Retraction.APPEND_ONLY, false),
    ADAPTIVE_RANDOM_FOREST(
            AdaptiveRandomForest.NAME, Task.CLASSIFICATION, Retraction.APPEND_ONLY, false),
    KMEANS(OnlineKMeans.NAME, Task.CLUSTERING, Retraction.APPEND_ONLY, true),
    HALF_SPACE_TREES(HalfSpaceTrees.NAME, Task.ANOMALY, Retraction.APPEND_ONLY, true),
    ZSCORE(ZScoreDetector.NAME, Task.ANOMALY, Retraction.EXACT, false),
    MATRIX_FACTORIZATION(
            BiasedMatrixFactorization.NAME, Task.RECOMMENDATION, Retraction.APPROXIMATE, false),
    SMILE_RANDOM_FOREST(SmileRandomForest.NAME, Task.CLASSIFICATION, Retraction.APPEND_ONLY, false),
    SMILE_GRADIENT_BOOSTING(
            SmileGradientBoosting.NAME, Task.CLASSIFICATION, Retraction.APPEND_ONLY, false),
    ISOLATION_FOREST(SmileIsolationForest.NAME, Task.ANOMALY, Retraction.APPEND_ONLY, false);

    private final String sqlName;
    private final Task task;
    private final Retraction retraction;
    private final boolean standardizeByDefault;

    Algorithm(String sqlName, Task task, Retraction retraction, boolean standardizeByDefault) {
        this.sqlName = sqlName;
        this.task = task;
        this.retraction = retraction;
        this.standardizeByDefault = standardizeByDefault;
    }

    /** The name used in SQL ({@code algorithm = 'logistic_regression'}). */
    public String sqlName() {
        return sqlName;
    }

    public Task task() {
        return task;
    }

    /** How the algorithm itself retracts (before options such as {@code on_drift}). */
    public Retraction retraction() {
        return retraction;
    }

    /** Whether numeric inputs are standardised unless {@code standardize} says otherwise. */
    public boolean standardizeByDefault() {
        return standardizeByDefault;
    }

    /** The algorithm named {@code name} (case-insensitive), or an error listing the valid ones. */
    public static Algorithm of(String name) {
        String n = name.trim().toLowerCase(Locale.ROOT);
        for (Algorithm a : values()) {
            if (a.sqlName.equals(n)) {
                return a;
            }
        }
        StringBuilder names = new StringBuilder();
        for (Algorithm a : values()) {
            if (!names.isEmpty()) {
                names.append(", ");
            }
            names.append(a.sqlName);
        }
        throw new FreshetException(
                ErrorCode.INVALID_PARAMETER_VALUE,
                "unknown model algorithm \"" + name + "\"; known algorithms: " + names);
    }

    /** A new model over {@code dimension} feature slots, its parameters read from options. */
    public Model create(int dimension, Options o) {
        return switch (this) {
            case LOGISTIC_REGRESSION ->
                    new LogisticRegression(dimension, LogisticRegression.Params.parse(o));
            case LINEAR_REGRESSION ->
                    new LeastSquaresRegression(
                            sqlName, dimension, LeastSquaresRegression.Params.parse(o, false));
            case RIDGE_REGRESSION ->
                    new LeastSquaresRegression(
                            sqlName, dimension, LeastSquaresRegression.Params.parse(o, true));
            case PASSIVE_AGGRESSIVE_CLASSIFIER ->
                    new PassiveAggressiveClassifier(
                            dimension, PassiveAggressiveClassifier.Params.parse(o));
            case PASSIVE_AGGRESSIVE_REGRESSOR ->
                    new PassiveAggressiveRegressor(
                            dimension, PassiveAggressiveRegressor.Params.parse(o));
            case GAUSSIAN_NAIVE_BAYES ->
                    new GaussianNaiveBayes(dimension, GaussianNaiveBayes.Params.parse(o));
            case MULTINOMIAL_NAIVE_BAYES ->
                    new MultinomialNaiveBayes(dimension, MultinomialNaiveBayes.Params.parse(o));
            case HOEFFDING_TREE ->
                    new HoeffdingTree(dimension, HoeffdingTree.Params.parse(o, false));
            case HOEFFDING_ADAPTIVE_TREE ->
                    new HoeffdingTree(dimension, HoeffdingTree.Params.parse(o, true));
            case ADAPTIVE_RANDOM_FOREST ->
                    new AdaptiveRandomForest(dimension, AdaptiveRandomForest.Params.parse(o));
            case KMEANS -> new OnlineKMeans(dimension, OnlineKMeans.Params.parse(o));
            case HALF_SPACE_TREES -> new HalfSpaceTrees(dimension, HalfSpaceTrees.Params.parse(o));
            case ZSCORE -> ZScoreDetector.create(dimension, o);
            case MATRIX_FACTORIZATION ->
                    new BiasedMatrixFactorization(BiasedMatrixFactorization.Params.parse(o));
            case SMILE_RANDOM_FOREST ->
                    new SmileRandomForest(
                            dimension, SmileRandomForest.Params.parse(o), RefitSchedule.parse(o));
            case SMILE_GRADIENT_BOOSTING ->
                    new SmileGradientBoosting(
                            dimension,
                            SmileGradientBoosting.Params.parse(o),
                            RefitSchedule.parse(o));
            case ISOLATION_FOREST ->
                    new SmileIsolationForest(
                            dimension,
                            SmileIsolationForest.Params.parse(o),
                            RefitSchedule.parse(o));
        };
    }

    /** Reads a model of this algorithm written by {@link Model#write}. */
    public Model read(ModelInput in) {
        return switch (this) {
            case LOGISTIC_REGRESSION -> LogisticRegression.read(in);
            case LINEAR_REGRESSION, RIDGE_REGRESSION -> LeastSquaresRegression.read(in);
            case PASSIVE_AGGRESSIVE_CLASSIFIER -> PassiveAggressiveClassifier.read(in);
            case PASSIVE_AGGRESSIVE_REGRESSOR -> PassiveAggressiveRegressor.read(in);
            case GAUSSIAN_NAIVE_BAYES -> GaussianNaiveBayes.read(in);
            case MULTINOMIAL_NAIVE_BAYES -> MultinomialNaiveBayes.read(in);
            case HOEFFDING_TREE, HOEFFDING_ADAPTIVE_TREE -> HoeffdingTree.read(in);
            case ADAPTIVE_RANDOM_FOREST -> AdaptiveRandomForest.read(in);
            case KMEANS -> OnlineKMeans.read(in);
            case HALF_SPACE_TREES -> HalfSpaceTrees.read(in);
            case ZSCORE -> ZScoreDetector.read(in);
            case MATRIX_FACTORIZATION -> BiasedMatrixFactorization.read(in);
            case SMILE_RANDOM_FOREST -> SmileRandomForest.read(in);
            case SMILE_GRADIENT_BOOSTING -> SmileGradientBoosting.read(in);
            case ISOLATION_FOREST -> SmileIsolationForest.read(in);
        };
    }
}
