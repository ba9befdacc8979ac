/**
 * Incremental decision trees: {@link dev.freshet.ml.tree.HoeffdingTree} (VFDT with Gaussian numeric
 * observers, information gain, the Hoeffding bound, grace period and tie threshold) and its
 * adaptive form (HAT: ADWIN at split nodes, alternate subtrees that replace the ones whose error
 * rose). Append-only.
 *
 * <p>Imports {@code dev.freshet.ml.model} and {@code dev.freshet.ml.drift}.
 */
@NullMarked
package dev.freshet.ml.tree;

import org.jspecify.annotations.NullMarked;
