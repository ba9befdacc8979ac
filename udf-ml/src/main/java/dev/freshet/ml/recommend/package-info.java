/**
 * Recommenders over (user, item, rating) streams: {@link
 * dev.freshet.ml.recommend.BiasedMatrixFactorization}.
 *
 * <p>Imports only {@code dev.freshet.ml.model}.
 */
@NullMarked
package dev.freshet.ml.recommend;

import org.jspecify.annotations.NullMarked;
