/**
 * Linear models: {@link dev.freshet.ml.linear.LogisticRegression} (binary and softmax; AdaGrad or
 * FTRL-proximal), {@link dev.freshet.ml.linear.LeastSquaresRegression} (linear and ridge regression
 * from exact sufficient statistics, retractable) and the passive-aggressive models {@link
 * dev.freshet.ml.linear.PassiveAggressiveClassifier} and {@link
 * dev.freshet.ml.linear.PassiveAggressiveRegressor}.
 *
 * <p>Imports only {@code dev.freshet.ml.model}. Hot loops run over the listed slots of a {@code
 * FeatureVector} and allocate nothing.
 */
@NullMarked
package dev.freshet.ml.linear;

import org.jspecify.annotations.NullMarked;
