/**
 * What the SQL aggregate holds: {@link dev.freshet.ml.train.OnlineModel} (encoder, labels, model,
 * prequential metrics, drift detection and policy, version), the registry of algorithms ({@link
 * dev.freshet.ml.train.Algorithm}: names, retraction classes, factories, readers) and the versioned
 * binary and text formats ({@link dev.freshet.ml.train.ModelCodec}).
 *
 * <p>Imports every algorithm package; nothing in {@code dev.freshet.ml} imports this one except
 * {@code bench}.
 */
@NullMarked
package dev.freshet.ml.train;

import org.jspecify.annotations.NullMarked;
