/**
 * Ensembles of online models: {@link dev.freshet.ml.ensemble.AdaptiveRandomForest} (Gomes et al.
 * 2017). Append-only.
 *
 * <p>Imports {@code dev.freshet.ml.model}, {@code dev.freshet.ml.tree} and {@code
 * dev.freshet.ml.drift}.
 */
@NullMarked
package dev.freshet.ml.ensemble;

import org.jspecify.annotations.NullMarked;
