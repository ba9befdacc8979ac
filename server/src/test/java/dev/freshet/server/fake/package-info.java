/**
 * A small fake {@link dev.freshet.engine.api.Engine} for protocol tests: a tiny statement language
 * (see {@link dev.freshet.server.fake.FakeStatement}), lazily generated results, and counters of
 * open sessions and cursors. Imports only the engine's API, types and batches.
 */
@NullMarked
package dev.freshet.server.fake;

import org.jspecify.annotations.NullMarked;
