package dev.freshet.ml.tree;

/** How a Hoeffding tree leaf predicts. */
public enum LeafPrediction {
    /** Majority class of the leaf. */
    MC,
    /** Naive Bayes over the leaf's Gaussian observers. */
    NB,
    /** Whichever of MC and NB has been right more often at this leaf (MOA's default). */
    NBA
}
