/**
 * Real PostgreSQL clients against a Freshet server started in the test JVM: pgjdbc (extended
 * protocol, binary transfer, batches, cursors, COPY), libpq through psycopg2 and psql, node's
 * {@code pg} and pgbench, each run as the real program over TCP. Tagged {@code clients}, part of
 * the default suite; a client that is not installed skips its test with the reason (CI installs
 * them all in {@code .ci/run}).
 */
@NullMarked
package dev.freshet.tests.clients;

import org.jspecify.annotations.NullMarked;
