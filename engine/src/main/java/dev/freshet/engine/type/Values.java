package dev.freshet.engine.type;

/**
 * The Java objects that stand for SQL values outside columns (literals, parameters, {@link
 * dev.freshet.engine.batch.Column#getObject}, catalog rows):
 *
 * <table>
 *   <caption>SQL type to Java type</caption>
 *   <tr><th>SQL</th><th>Java</th></tr>
 *   <tr><td>BOOLEAN</td><td>{@link Boolean}</td></tr>
 *   <tr><td>SMALLINT, INTEGER, BIGINT</td><td>{@link Long}</td></tr>
 *   <tr><td>DATE</td><td>{@link Long}: days since 1970-01-01</td></tr>
 *   <tr><td>TIME</td><td>{@link Long}: microseconds since midnight</td></tr>
 *   <tr><td>TIMESTAMP, TIMESTAMPTZ</td><td>{@link Long}: microseconds since 1970-01-01 00:00
 *       (UTC for TIMESTAMPTZ)</td></tr>
 *   <tr><td>REAL, DOUBLE</td><td>{@link Double}</td></tr>
 *   <tr><td>NUMERIC</td><td>{@link Decimal}</td></tr>
 *   <tr><td>VARCHAR, JSONB</td><td>{@link String}</td></tr>
 *   <tr><td>BYTEA, UUID</td><td>{@code byte[]}</td></tr>
 *   <tr><td>INTERVAL</td><td>{@link Interval}</td></tr>
 *   <tr><td>ARRAY</td><td>{@link java.util.List} of element objects</td></tr>
 * </table>
 *
 * <p>SQL NULL is Java {@code null}.
 */
public final class Values {
    private Values() {}
}
