/**
 * Metric accumulators: the prequential metrics every model keeps ({@link
 * dev.freshet.ml.eval.ClassificationMetrics}, {@link dev.freshet.ml.eval.RegressionMetrics}) and
 * the ones usable as plain SQL aggregates ({@link dev.freshet.ml.eval.AccuracyMetric}, {@link
 * dev.freshet.ml.eval.AucMetric}, {@link dev.freshet.ml.eval.RmseMetric}), each declaring how it
 * retracts.
 *
 * <p>Imports only {@code dev.freshet.ml.model} and the engine's {@code Retraction}.
 */
@NullMarked
package dev.freshet.ml.eval;

import org.jspecify.annotations.NullMarked;
