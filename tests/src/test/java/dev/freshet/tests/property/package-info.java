/**
 * Property tests for incremental view maintenance: seeded random schemas, DML sequences and view
 * queries ({@link dev.freshet.tests.property.ScenarioGenerator}), applied to a system under test
 * and to a reference database, with every view compared after every step as a multiset against the
 * same query evaluated from scratch ({@link dev.freshet.tests.property.IncrementalViewChecker}).
 *
 * <p>Everything generated is valid PostgreSQL. A failure names the seed and prints the schema, the
 * views and the shortest DML prefix after which a view is wrong, as a runnable script.
 *
 * <p>May import {@code dev.freshet.tests}, {@code dev.freshet.tests.pg} and the JDK; never Freshet
 * code.
 */
package dev.freshet.tests.property;
