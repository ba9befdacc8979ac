package dev.freshet.ml.model;

/**
 * How a {@link FeatureEncoder} maps values to slots.
 *
 * @param standardize numeric columns become {@code (x - mean) / sd} with running mean and variance
 *     (weighted Welford, exact under retraction); off for models that need raw values (exact linear
 *     regression, naive Bayes, z-score), which scale internally where they must
 * @param hashBuckets slots per text column (one-hot after hashing); collisions merge values
 */
public record EncoderParams(boolean standardize, int hashBuckets) {
    /** Option names read by {@link #parse}. */
    public static final String STANDARDIZE = "standardize";

    public static final String HASH_BUCKETS = "hash_buckets";

    public EncoderParams {
        if (hashBuckets < 1 || hashBuckets > (1 << 20)) {
            throw new IllegalArgumentException("hashBuckets out of range: " + hashBuckets);
        }
    }

    /** Defaults: the given standardisation, 64 buckets per text column. */
    public static EncoderParams defaults(boolean standardize) {
        return new EncoderParams(standardize, 64);
    }

    /** Reads {@code standardize} and {@code hash_buckets}, defaulting as {@link #defaults}. */
    public static EncoderParams parse(Options options, boolean standardizeByDefault) {
        return new EncoderParams(
                options.getBoolean(STANDARDIZE, standardizeByDefault),
                options.getInt(HASH_BUCKETS, 64, 1, 1 << 20));
    }
}
