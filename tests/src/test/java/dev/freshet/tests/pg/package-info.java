/**
 * A throwaway PostgreSQL used as the oracle: located on the machine, initialised in a temporary
 * directory, started on a free loopback port, and deleted afterwards.
 *
 * <p>May import {@code dev.freshet.tests} and the JDK; never Freshet code.
 */
package dev.freshet.tests.pg;
