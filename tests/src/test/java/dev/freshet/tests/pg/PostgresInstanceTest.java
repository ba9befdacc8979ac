package dev.freshet.tests.pg;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.freshet.tests.TestDatabase;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The oracle harness: a cluster starts, serves {@code dev} as {@code root}, and cleans up. */
@Tag("postgres")
class PostgresInstanceTest {

    @Test
    void sharedInstanceServesDevDatabaseAsRootInUtf8AndUtc() throws SQLException {
        try (TestDatabase dev = SharedPostgres.instance().devDatabase();
                Connection connection = dev.connect();
                Statement statement = connection.createStatement();
                ResultSet rs =
                        statement.executeQuery(
                                "SELECT current_user, current_database(),"
                                        + " pg_encoding_to_char(encoding), datcollate,"
                                        + " EXTRACT(TIMEZONE FROM now())::int,"
                                        + " inet_server_addr()::text"
                                        + " FROM pg_database WHERE datname = current_database()")) {
            assertTrue(rs.next());
            assertEquals("root", rs.getString(1));
            assertEquals("dev", rs.getString(2));
            assertEquals("UTF8", rs.getString(3));
            assertEquals("C", rs.getString(4));
            assertEquals(0, rs.getInt(5), "time zone UTC");
            assertEquals("127.0.0.1/32", rs.getString(6));
            assertEquals("postgres", dev.engine());
        }
    }

    @Test
    void freshDatabasesAreIsolatedAndDroppedOnClose() throws SQLException {
        String name;
        try (TestDatabase db = SharedPostgres.freshDatabase("isolation");
                Connection connection = db.connect();
                Statement statement = connection.createStatement()) {
            name = db.database();
            statement.execute("CREATE TABLE t (a INT)");
            statement.execute("INSERT INTO t VALUES (1)");
        }
        try (TestDatabase dev = SharedPostgres.instance().devDatabase();
                Connection connection = dev.connect();
                Statement statement = connection.createStatement();
                ResultSet rs =
                        statement.executeQuery(
                                "SELECT count(*) FROM pg_database WHERE datname = '"
                                        + name
                                        + "'")) {
            assertTrue(rs.next());
            assertEquals(0, rs.getInt(1));
        }
    }

    @Test
    void ownInstanceStopsAndDeletesItsDirectory() throws SQLException {
        Path dir;
        int port;
        try (PostgresInstance pg = PostgresInstance.start()) {
            dir = pg.socketDir();
            port = pg.port();
            assertTrue(Files.isDirectory(dir.resolve("data")));
            assertTrue(Files.exists(dir.resolve(".s.PGSQL." + port)), "unix socket in the dir");
            try (Connection connection = pg.devDatabase().connect()) {
                assertTrue(connection.isValid(10));
            }
        }
        assertFalse(Files.exists(dir), "directory deleted on close");
        String url = "jdbc:postgresql://127.0.0.1:" + port + "/dev?connectTimeout=5";
        assertThrows(
                SQLException.class,
                () -> DriverManager.getConnection(url, "root", ""),
                "server stopped on close");
    }

    @Test
    void rejectsDatabaseNamesThatNeedQuoting() {
        assertThrows(
                IllegalArgumentException.class,
                () -> SharedPostgres.instance().createDatabase("x; DROP DATABASE dev"));
    }
}
