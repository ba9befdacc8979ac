/**
 * Benchmarks run by hand, never by the test suite: {@link dev.freshet.ml.bench.Elec2Bench}
 * (prequential accuracy on the Elec2 stream against published numbers) and {@link
 * dev.freshet.ml.bench.LinearThroughputBench} (training rows per second). Numbers go into the
 * closing notes and {@code docs/benchmarks.md}.
 *
 * <p>Imports {@code dev.freshet.ml.train} and {@code dev.freshet.ml.model}.
 */
@NullMarked
package dev.freshet.ml.bench;

import org.jspecify.annotations.NullMarked;
