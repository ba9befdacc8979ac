/**
 * Unsupervised anomaly detectors: {@link dev.freshet.ml.anomaly.HalfSpaceTrees} (append-only) and
 * {@link dev.freshet.ml.anomaly.ZScoreDetector} (exact retraction).
 *
 * <p>Imports only {@code dev.freshet.ml.model}.
 */
@NullMarked
package dev.freshet.ml.anomaly;

import org.jspecify.annotations.NullMarked;
