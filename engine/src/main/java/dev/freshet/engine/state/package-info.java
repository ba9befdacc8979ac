/**
 * Operator state: {@link dev.freshet.engine.state.BytesMap} (hash map over byte keys with an
 * arena), row and key codecs, sorted multisets. Every structure reports its size and can be written
 * and read back for checkpoints.
 *
 * <p>Imports {@code engine.type} and {@code engine.batch}; never Calcite.
 */
@NullMarked
package dev.freshet.engine.state;

import org.jspecify.annotations.NullMarked;
