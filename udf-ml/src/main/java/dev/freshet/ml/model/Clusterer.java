package dev.freshet.ml.model;

/** An unsupervised model that assigns rows to clusters; {@code learn} ignores its label. */
public interface Clusterer extends Model {
    @Override
    default Task task() {
        return Task.CLUSTERING;
    }

    /** Index of the nearest cluster ({@code 0} before any learning). */
    int cluster(FeatureVector x);

    /** Number of clusters currently defined. */
    int clusterCount();

    /** The centre of cluster {@code c} (a copy). */
    double[] center(int c);
}
