package dev.freshet.tests.freshet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import dev.freshet.tests.TestResources;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.TestFactory;

/**
 * The catalog SQL that DBeaver, Metabase and Grafana send when they connect to a PostgreSQL
 * database and browse it ({@code tests/src/test/resources/clients/browse-queries.sql}, as the tools
 * write it), run through pgjdbc's extended protocol with bound parameters as the tools do. Each
 * query must succeed and, where the file says so, return the user's table and view.
 */
@Tag("freshet")
class FreshetClientQueriesTest {
    private static final String FILE = "clients/browse-queries.sql";

    private static FreshetTestDatabase freshet;
    private static Connection connection;

    /** One query of the file with its expectations. */
    private record ClientQuery(
            String name,
            String sql,
            List<String> binds,
            List<String> contains,
            @Nullable Integer rows,
            int line) {}

    @BeforeAll
    static void start() throws SQLException {
        freshet = FreshetTestDatabase.start();
        Properties p = new Properties();
        p.setProperty("user", freshet.user());
        p.setProperty("ApplicationName", "DBeaver 25.1.5 - Main <dev>");
        connection =
                DriverManager.getConnection(
                        "jdbc:postgresql://"
                                + freshet.host()
                                + ":"
                                + freshet.port()
                                + "/"
                                + freshet.database(),
                        p);
        try (Statement s = connection.createStatement()) {
            s.execute(
                    "CREATE TABLE people (id INT PRIMARY KEY, name VARCHAR NOT NULL,"
                            + " score DOUBLE PRECISION, born DATE, ts TIMESTAMP,"
                            + " amount DECIMAL(10,2), flag BOOLEAN, big BIGINT)");
            s.execute(
                    "CREATE MATERIALIZED VIEW by_name AS"
                            + " SELECT name, count(*) AS n FROM people GROUP BY name");
        }
    }

    @AfterAll
    static void stop() throws SQLException {
        connection.close();
        freshet.close();
    }

    @TestFactory
    Stream<DynamicTest> toolQueries() throws IOException {
        Path file = TestResources.path(FILE);
        List<ClientQuery> queries = parse(Files.readAllLines(file));
        assertTrue(queries.size() >= 15, "the file lists at least 15 queries");
        return queries.stream().map(q -> DynamicTest.dynamicTest(q.name(), () -> run(file, q)));
    }

    private static void run(Path file, ClientQuery q) throws SQLException {
        String where = file + ":" + q.line() + " (" + q.name() + ")";
        try (PreparedStatement ps = connection.prepareStatement(q.sql())) {
            int index = 1;
            for (String bind : q.binds()) {
                try (Statement s = connection.createStatement();
                        ResultSet rs = s.executeQuery(bind)) {
                    assertTrue(rs.next(), where + ": bind query has no row: " + bind);
                    for (int c = 1; c <= rs.getMetaData().getColumnCount(); c++) {
                        ps.setObject(index++, rs.getObject(c));
                    }
                }
            }
            List<String> cells = new ArrayList<>();
            int rows = 0;
            if (ps.execute()) {
                try (ResultSet rs = ps.getResultSet()) {
                    int columns = rs.getMetaData().getColumnCount();
                    while (rs.next()) {
                        rows++;
                        for (int c = 1; c <= columns; c++) {
                            cells.add(rs.getString(c));
                        }
                    }
                }
            } else {
                assertFalse(
                        q.rows() != null || !q.contains().isEmpty(),
                        where + ": expected a result set");
            }
            if (q.rows() != null) {
                assertEquals(q.rows().intValue(), rows, where + ": rows");
            }
            for (String value : q.contains()) {
                assertTrue(cells.contains(value), where + ": no cell is " + value + " in " + cells);
            }
        } catch (SQLException e) {
            fail(where + " failed: " + e.getSQLState() + " " + e.getMessage(), e);
        }
    }

    /** The queries of the file: see its header for the format. */
    static List<ClientQuery> parse(List<String> lines) {
        List<ClientQuery> out = new ArrayList<>();
        String name = null;
        int start = 0;
        List<String> binds = new ArrayList<>();
        List<String> contains = new ArrayList<>();
        Integer rows = null;
        StringBuilder sql = new StringBuilder();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (sql.isEmpty()) {
                if (line.startsWith("-- query: ")) {
                    name = line.substring("-- query: ".length()).strip();
                    start = i + 1;
                    continue;
                }
                if (line.startsWith("-- bind: ")) {
                    binds.add(line.substring("-- bind: ".length()).strip());
                    continue;
                }
                if (line.startsWith("-- contains: ")) {
                    contains.add(line.substring("-- contains: ".length()).strip());
                    continue;
                }
                if (line.startsWith("-- rows: ")) {
                    rows = Integer.valueOf(line.substring("-- rows: ".length()).strip());
                    continue;
                }
                if (line.isBlank() || line.startsWith("--")) {
                    continue;
                }
            }
            sql.append(line).append('\n');
            if (line.stripTrailing().endsWith(";")) {
                if (name == null) {
                    throw new IllegalStateException(FILE + ":" + (i + 1) + ": query has no name");
                }
                String text = sql.toString().strip();
                out.add(
                        new ClientQuery(
                                name,
                                text.substring(0, text.length() - 1),
                                List.copyOf(binds),
                                List.copyOf(contains),
                                rows,
                                start));
                name = null;
                binds.clear();
                contains.clear();
                rows = null;
                sql.setLength(0);
            }
        }
        return out;
    }
}
