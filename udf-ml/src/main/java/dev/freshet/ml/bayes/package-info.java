/**
 * Naive Bayes classifiers with exact retraction: {@link dev.freshet.ml.bayes.GaussianNaiveBayes}
 * (per-class weighted Welford statistics) and {@link dev.freshet.ml.bayes.MultinomialNaiveBayes}
 * (per-class feature counts).
 *
 * <p>Imports only {@code dev.freshet.ml.model}.
 */
@NullMarked
package dev.freshet.ml.bayes;

import org.jspecify.annotations.NullMarked;
