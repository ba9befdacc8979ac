/**
 * Concept-drift detectors over a stream of error values: {@link dev.freshet.ml.drift.Adwin}
 * (adaptive windowing, the default), {@link dev.freshet.ml.drift.PageHinkley} and {@link
 * dev.freshet.ml.drift.Ddm}. Models feed them their prequential error; trees and forests use them
 * inside (HAT nodes, ARF members).
 *
 * <p>Imports only {@code dev.freshet.ml.model}.
 */
@NullMarked
package dev.freshet.ml.drift;

import org.jspecify.annotations.NullMarked;
