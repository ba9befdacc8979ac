/**
 * The suites run against a started Freshet server. The only place a server is started is {@link
 * dev.freshet.tests.freshet.FreshetTestDatabase}; everything else reaches it as a {@link
 * dev.freshet.tests.TestDatabase}, exactly as the PostgreSQL oracle is reached.
 *
 * <p>May import {@code dev.freshet.server.FreshetServer} and {@code ServerOptions}, and every
 * {@code dev.freshet.tests} package.
 */
package dev.freshet.tests.freshet;
