/**
 * Batch-trained models from Smile (GPL-3.0), wrapped as online models that buffer recent rows and
 * refit on a schedule or on drift: {@link dev.freshet.ml.smile.SmileRandomForest}, {@link
 * dev.freshet.ml.smile.SmileGradientBoosting}, {@link dev.freshet.ml.smile.SmileIsolationForest}.
 * All are append-only.
 *
 * <p>This is the only package of Freshet that imports {@code smile.*}; it also imports {@code
 * dev.freshet.ml.model}. Smile's own serialization is never used: a model is written as its row
 * window and fit schedule, and reading refits deterministically ({@link
 * dev.freshet.ml.smile.SmileFitter}).
 */
@NullMarked
package dev.freshet.ml.smile;

import org.jspecify.annotations.NullMarked;
