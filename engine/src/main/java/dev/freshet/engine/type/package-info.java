/**
 * SQL data types ({@link dev.freshet.engine.type.DataType}), their PostgreSQL identities, the
 * scalar value classes ({@link dev.freshet.engine.type.Decimal}, {@link
 * dev.freshet.engine.type.Interval}) and PostgreSQL text input/output.
 *
 * <p>Imports only the JDK and {@code dev.freshet.sql.error}.
 */
@NullMarked
package dev.freshet.engine.type;

import org.jspecify.annotations.NullMarked;
