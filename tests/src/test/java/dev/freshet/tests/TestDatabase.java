package dev.freshet.tests;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Properties;

/**
 * One isolated database reachable over the Postgres wire protocol: a Freshet server or a database
 * inside a throwaway PostgreSQL. Every suite reaches the system under test through this interface
 * only, so the same sqllogictest files, psql checks and property tests run against either engine.
 *
 * <p>Closing it discards the database (and, for Freshet, stops the server).
 */
public interface TestDatabase extends AutoCloseable {

    /** The engine's name, used as the label for {@code skipif}/{@code onlyif}. */
    String engine();

    /** The host to connect to, always a loopback address. */
    String host();

    /** The TCP port the server listens on. */
    int port();

    /** The user to connect as. */
    String user();

    /** The database name to connect to. */
    String database();

    /**
     * The JDBC URL for this database. Simple query mode makes every value arrive in the server's
     * text output format, which is what sqllogictest compares; the login and socket timeouts turn a
     * hung server into a failure instead of a hung build (they bound waiting, they assert nothing
     * about speed).
     */
    default String jdbcUrl() {
        return "jdbc:postgresql://"
                + host()
                + ":"
                + port()
                + "/"
                + database()
                + "?preferQueryMode=simple&connectTimeout=30&loginTimeout=30&socketTimeout=300"
                + "&ApplicationName=freshet-tests";
    }

    /** Opens a new connection (autocommit on); the caller closes it. */
    default Connection connect() throws SQLException {
        Properties properties = new Properties();
        properties.setProperty("user", user());
        return DriverManager.getConnection(jdbcUrl(), properties);
    }

    /** Discards the database; never throws a checked exception. */
    @Override
    void close();
}
