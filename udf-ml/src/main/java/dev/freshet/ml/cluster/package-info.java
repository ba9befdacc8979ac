/**
 * Online clustering: {@link dev.freshet.ml.cluster.OnlineKMeans}. Append-only.
 *
 * <p>Imports only {@code dev.freshet.ml.model}.
 */
@NullMarked
package dev.freshet.ml.cluster;

import org.jspecify.annotations.NullMarked;
