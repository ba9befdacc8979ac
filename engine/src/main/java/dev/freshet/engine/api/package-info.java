/**
 * The engine's public face for the server: {@link dev.freshet.engine.api.Engine}, {@link
 * dev.freshet.engine.api.Session}, prepared statements and results.
 *
 * <p>May import engine types and batches; never Calcite or Netty.
 */
@NullMarked
package dev.freshet.engine.api;

import org.jspecify.annotations.NullMarked;
