/**
 * User-visible error codes (SQLSTATE) and the one exception type that carries them.
 *
 * <p>Every module throws {@link dev.freshet.sql.error.FreshetException}; it imports nothing but the
 * JDK and JSpecify.
 */
@NullMarked
package dev.freshet.sql.error;

import org.jspecify.annotations.NullMarked;
