/**
 * Scalar expressions: the {@link dev.freshet.engine.expr.Expr} tree, its vectorized evaluator and
 * the function kernels (comparison, logic, arithmetic, casts, ...).
 *
 * <p>Hot-path code. Imports {@code engine.type}, {@code engine.batch} and the error types; never
 * Calcite.
 */
@NullMarked
package dev.freshet.engine.expr;

import org.jspecify.annotations.NullMarked;
