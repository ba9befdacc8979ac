/**
 * The contracts every model implements and the pieces they share: {@link
 * dev.freshet.ml.model.Model} and its task interfaces ({@link dev.freshet.ml.model.Classifier},
 * {@link dev.freshet.ml.model.Regressor}, {@link dev.freshet.ml.model.AnomalyDetector}, {@link
 * dev.freshet.ml.model.Clusterer}), the reusable {@link dev.freshet.ml.model.FeatureVector}, the
 * {@link dev.freshet.ml.model.FeatureEncoder} that turns SQL values into vectors, option parsing
 * ({@link dev.freshet.ml.model.Options}), the binary state format ({@link
 * dev.freshet.ml.model.ModelOutput}, {@link dev.freshet.ml.model.ModelInput}) and a serializable
 * random generator.
 *
 * <p>May import the engine's value types and {@code Retraction}, and the SQL error types. Imports
 * no other {@code dev.freshet.ml} package: every algorithm package depends on this one.
 */
@NullMarked
package dev.freshet.ml.model;

import org.jspecify.annotations.NullMarked;
