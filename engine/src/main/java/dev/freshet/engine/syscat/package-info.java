/**
 * The system catalog: {@code pg_catalog} and {@code information_schema} as read-only virtual tables
 * whose rows are computed from the engine's {@link dev.freshet.engine.catalog.Catalog} when a query
 * scans them, so they always show the live catalog and join with each other and with user tables
 * like any relation. May import {@code catalog}, {@code type}, {@code expr}, {@code batch} and
 * {@code state}; never Calcite.
 */
@NullMarked
package dev.freshet.engine.syscat;

import org.jspecify.annotations.NullMarked;
