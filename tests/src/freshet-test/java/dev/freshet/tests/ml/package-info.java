/**
 * Online ML through SQL against a started Freshet server, part of the default suite: the
 * sqllogictest files under {@code slt/ml/} and JUnit checks sqllogictest cannot express (exact
 * retraction against retraining, export/import bit for bit, SQLSTATEs).
 *
 * <p>May import {@code dev.freshet.tests.freshet.FreshetTestDatabase} and every {@code
 * dev.freshet.tests} package.
 */
package dev.freshet.tests.ml;
