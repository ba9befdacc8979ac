/**
 * End-to-end test infrastructure: the one abstraction over "a database that speaks the Postgres
 * wire protocol" ({@link dev.freshet.tests.TestDatabase}) and running external commands.
 *
 * <p>Sub-packages: {@code pg} starts a throwaway PostgreSQL as the oracle, {@code slt} parses and
 * runs sqllogictest files over JDBC, {@code psql} drives the real {@code psql} binary, and {@code
 * property} generates random schemas, DML and views and checks incremental results against a
 * from-scratch evaluation. Nothing here imports Freshet code: Freshet-side suites live in {@code
 * src/freshet-test/java}, compiled once {@code dev.freshet.server.FreshetServer} exists.
 */
package dev.freshet.tests;
