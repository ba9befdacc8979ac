package dev.freshet.ml.model;

/** How one input column becomes features. */
public enum FeatureKind {
    /** One slot; integers, floating point and NUMERIC values; standardised online by default. */
    NUMERIC,
    /** One slot: 1 for true, 0 for false or NULL. */
    BOOLEAN,
    /** One-hot into a block of hashed slots (feature hashing); NULL sets no slot. */
    TEXT
}
