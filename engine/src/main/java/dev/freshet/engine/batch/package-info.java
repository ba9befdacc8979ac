/**
 * Columnar weighted batches: {@link dev.freshet.engine.batch.Batch}, the {@link
 * dev.freshet.engine.batch.Column} layouts and their builders.
 *
 * <p>Hot-path code: primitive arrays, no boxing per row. Imports only {@code engine.type}.
 */
@NullMarked
package dev.freshet.engine.batch;

import org.jspecify.annotations.NullMarked;
