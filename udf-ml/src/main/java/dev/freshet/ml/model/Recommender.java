package dev.freshet.ml.model;

import dev.freshet.sql.error.ErrorCode;
import dev.freshet.sql.error.FreshetException;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A model of ratings for (user, item) pairs. Users and items are keys in the engine's value mapping
 * ({@code Long} or {@code String}); unseen keys get the model's baseline. Through the {@link Model}
 * interface, slots 0 and 1 of the vector are integer user and item keys.
 */
public interface Recommender extends Model {
    @Override
    default Task task() {
        return Task.RECOMMENDATION;
    }

    /** Learns one rating ({@code weight < 0} retracts as {@link #retraction()} says). */
    void learn(Object user, Object item, double rating, double weight);

    /** The predicted rating. */
    double predict(Object user, Object item);

    /**
     * The {@code k} items with the highest predicted rating for {@code user}, best first (ties by
     * first appearance of the item), leaving out items the user has rated when {@code excludeSeen}.
     */
    List<Scored> recommend(Object user, int k, boolean excludeSeen);

    /** An item key with its predicted rating. */
    record Scored(Object item, double score) {}

    /** Normalises a key: integers become {@code Long}; text stays {@code String}. */
    static Object key(@Nullable Object key) {
        return switch (key) {
            case null ->
                    throw new FreshetException(
                            ErrorCode.NULL_VALUE_NOT_ALLOWED,
                            "user and item keys must not be NULL");
            case Long l -> l;
            case Integer i -> (long) i;
            case String s -> s;
            default ->
                    throw new FreshetException(
                            ErrorCode.DATATYPE_MISMATCH,
                            "user and item keys must be integers or text, not "
                                    + key.getClass().getSimpleName());
        };
    }
}
