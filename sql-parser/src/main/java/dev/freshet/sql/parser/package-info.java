/**
 * The SQL parser's public face: {@link dev.freshet.sql.parser.FreshetParser} turns SQL text into
 * Calcite {@link org.apache.calcite.sql.SqlNode} trees (our statements live in {@code
 * dev.freshet.sql.ast}) and translates every syntax error into a {@link
 * dev.freshet.sql.error.FreshetException} with a PostgreSQL-style message and position.
 *
 * <p>Also here: the SQL conformance ({@link dev.freshet.sql.parser.FreshetConformance}) and the
 * mapping of PostgreSQL type names ({@link dev.freshet.sql.parser.PostgresTypeNames}). May import
 * Calcite, {@code dev.freshet.sql.ast}, {@code dev.freshet.sql.error} and the generated parser.
 */
@NullMarked
package dev.freshet.sql.parser;

import org.jspecify.annotations.NullMarked;
