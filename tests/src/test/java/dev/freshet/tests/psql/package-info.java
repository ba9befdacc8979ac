/**
 * Runs the real {@code psql} binary against a {@link dev.freshet.tests.TestDatabase}, as a user
 * would, capturing its output and exit code.
 *
 * <p>May import {@code dev.freshet.tests} and {@code dev.freshet.tests.pg}; never Freshet code.
 */
package dev.freshet.tests.psql;
