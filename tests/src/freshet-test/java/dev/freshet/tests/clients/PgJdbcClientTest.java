package dev.freshet.tests.clients;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.freshet.tests.freshet.FreshetTestDatabase;
import java.io.StringReader;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.sql.Array;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Properties;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;
import org.postgresql.util.PGInterval;

/**
 * pgjdbc in extended-protocol mode with server-side prepared statements from the first execution
 * ({@code prepareThreshold=1}) and binary transfer, so every type travels in binary both ways.
 */
@Tag("clients")
class PgJdbcClientTest {
    private static FreshetTestDatabase freshet;

    @BeforeAll
    static void start() {
        freshet = FreshetTestDatabase.start();
    }

    @AfterAll
    static void stop() {
        freshet.close();
    }

    private static Connection connect() throws SQLException {
        Properties p = new Properties();
        p.setProperty("user", "root");
        p.setProperty("prepareThreshold", "1");
        p.setProperty("binaryTransfer", "true");
        p.setProperty("connectTimeout", "30");
        p.setProperty("socketTimeout", "120");
        return DriverManager.getConnection(
                "jdbc:postgresql://127.0.0.1:" + freshet.port() + "/dev", p);
    }

    @Test
    void everyTypeRoundTripsInBinary() throws Exception {
        try (Connection c = connect();
                Statement s = c.createStatement()) {
            s.execute(
                    "CREATE TABLE types (id INT PRIMARY KEY, b BOOLEAN, i2 SMALLINT, i8 BIGINT,"
                            + " f4 REAL, f8 DOUBLE PRECISION, n NUMERIC(20,4), t TEXT,"
                            + " v VARCHAR(10), bt BYTEA, d DATE, tm TIME, ts TIMESTAMP,"
                            + " tz TIMESTAMPTZ, iv INTERVAL, u UUID, j JSONB, ia INT[],"
                            + " ta TEXT[])");
            UUID uuid = UUID.fromString("a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11");
            OffsetDateTime tz =
                    OffsetDateTime.of(2024, 2, 29, 23, 59, 58, 123456000, ZoneOffset.UTC);
            try (PreparedStatement ps =
                    c.prepareStatement(
                            "INSERT INTO types VALUES"
                                    + " (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?::interval, ?, ?::jsonb, ?, ?)")) {
                for (int round = 0; round < 3; round++) {
                    int k = 1;
                    ps.setInt(k++, round);
                    ps.setBoolean(k++, round % 2 == 0);
                    ps.setShort(k++, (short) -32768);
                    ps.setLong(k++, Long.MAX_VALUE - round);
                    ps.setFloat(k++, 1.5f);
                    ps.setDouble(k++, -2.25e300);
                    ps.setBigDecimal(k++, new BigDecimal("-12345678.9012"));
                    ps.setString(k++, "héllo ✓");
                    ps.setString(k++, "short");
                    ps.setBytes(k++, new byte[] {0, 1, (byte) 0xFF});
                    ps.setObject(k++, LocalDate.of(1999, 12, 31));
                    ps.setObject(k++, LocalTime.of(13, 14, 15, 500000000));
                    ps.setObject(k++, LocalDateTime.of(2000, 1, 1, 0, 0, 1));
                    ps.setObject(k++, tz);
                    ps.setString(k++, "1 year 2 mons 3 days 04:05:06.5");
                    ps.setObject(k++, uuid);
                    ps.setString(k++, "{\"a\": [1, 2, null]}");
                    ps.setObject(k++, new Integer[] {1, null, 3});
                    ps.setObject(k++, new String[] {"x", "y z"});
                    assertEquals(1, ps.executeUpdate());
                }
            }
            try (PreparedStatement ps = c.prepareStatement("SELECT * FROM types WHERE id = ?")) {
                for (int round = 0; round < 3; round++) {
                    ps.setInt(1, round);
                    try (ResultSet rs = ps.executeQuery()) {
                        assertTrue(rs.next());
                        assertEquals(round % 2 == 0, rs.getBoolean("b"));
                        assertEquals(-32768, rs.getShort("i2"));
                        assertEquals(Long.MAX_VALUE - round, rs.getLong("i8"));
                        assertEquals(1.5f, rs.getFloat("f4"));
                        assertEquals(-2.25e300, rs.getDouble("f8"));
                        assertEquals(new BigDecimal("-12345678.9012"), rs.getBigDecimal("n"));
                        assertEquals("héllo ✓", rs.getString("t"));
                        assertEquals("short", rs.getString("v"));
                        assertArrayEquals(new byte[] {0, 1, (byte) 0xFF}, rs.getBytes("bt"));
                        assertEquals(
                                LocalDate.of(1999, 12, 31), rs.getObject("d", LocalDate.class));
                        assertEquals(
                                LocalTime.of(13, 14, 15, 500000000),
                                rs.getObject("tm", LocalTime.class));
                        assertEquals(
                                LocalDateTime.of(2000, 1, 1, 0, 0, 1),
                                rs.getObject("ts", LocalDateTime.class));
                        assertEquals(
                                tz.toInstant(),
                                rs.getObject("tz", OffsetDateTime.class).toInstant());
                        assertEquals(
                                new PGInterval(1, 2, 3, 4, 5, 6.5),
                                new PGInterval(rs.getString("iv")));
                        assertEquals(uuid, rs.getObject("u"));
                        assertEquals("{\"a\": [1, 2, null]}", rs.getString("j"));
                        Array ia = rs.getArray("ia");
                        assertArrayEquals(new Integer[] {1, null, 3}, (Object[]) ia.getArray());
                        Array ta = rs.getArray("ta");
                        assertArrayEquals(new String[] {"x", "y z"}, (Object[]) ta.getArray());
                        assertFalse(rs.next());
                    }
                }
            }
            // NULLs of every type, in binary
            try (PreparedStatement ps =
                    c.prepareStatement(
                            "INSERT INTO types (id, b, n, bt, tz, u, j, ia) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
                ps.setInt(1, 99);
                ps.setNull(2, java.sql.Types.BOOLEAN);
                ps.setNull(3, java.sql.Types.NUMERIC);
                ps.setNull(4, java.sql.Types.BINARY);
                ps.setNull(5, java.sql.Types.TIMESTAMP_WITH_TIMEZONE);
                ps.setNull(6, java.sql.Types.OTHER);
                ps.setNull(7, java.sql.Types.OTHER);
                ps.setNull(8, java.sql.Types.ARRAY);
                ps.executeUpdate();
            }
            try (ResultSet rs = s.executeQuery("SELECT b, n, u, ia FROM types WHERE id = 99")) {
                assertTrue(rs.next());
                assertNull(rs.getObject(1));
                assertNull(rs.getObject(2));
                assertNull(rs.getObject(3));
                assertNull(rs.getObject(4));
            }
        }
    }

    /**
     * With prepareThreshold=0 every execution is an unnamed Parse of the same text, which the
     * session answers from its plan cache: DDL in between must give the new relation's answer.
     */
    @Test
    void unnamedStatementsFollowTheCatalogBetweenExecutions() throws Exception {
        Properties p = new Properties();
        p.setProperty("user", "root");
        p.setProperty("prepareThreshold", "0");
        try (Connection c =
                        DriverManager.getConnection(
                                "jdbc:postgresql://127.0.0.1:" + freshet.port() + "/dev", p);
                Statement s = c.createStatement()) {
            s.execute("CREATE TABLE unnamed_t (k INT PRIMARY KEY, v INT)");
            s.execute("INSERT INTO unnamed_t VALUES (1, 10), (2, 20)");
            String sql = "SELECT v FROM unnamed_t WHERE k = ?";
            for (int k = 1; k <= 2; k++) {
                try (PreparedStatement ps = c.prepareStatement(sql)) {
                    ps.setInt(1, k);
                    try (ResultSet rs = ps.executeQuery()) {
                        assertTrue(rs.next());
                        assertEquals(k * 10, rs.getInt(1));
                    }
                }
            }
            s.execute("DROP TABLE unnamed_t");
            s.execute("CREATE TABLE unnamed_t (k INT PRIMARY KEY, v TEXT)");
            s.execute("INSERT INTO unnamed_t VALUES (1, 'ten')");
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                ps.setInt(1, 1);
                try (ResultSet rs = ps.executeQuery()) {
                    assertTrue(rs.next());
                    assertEquals("ten", rs.getString(1));
                    assertEquals(java.sql.Types.VARCHAR, rs.getMetaData().getColumnType(1));
                }
            }
            s.execute("DROP TABLE unnamed_t");
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                ps.setInt(1, 1);
                SQLException e = assertThrows(SQLException.class, ps::executeQuery);
                assertEquals("42P01", e.getSQLState());
            }
        }
    }

    @Test
    void parameterTypesAreInferredAndDescribed() throws Exception {
        try (Connection c = connect();
                PreparedStatement ps =
                        c.prepareStatement("SELECT ? + 1 AS x, upper(?) AS y, ?::date AS d")) {
            ps.setInt(1, 41);
            ps.setString(2, "abc");
            ps.setString(3, "2024-01-02");
            try (ResultSet rs = ps.executeQuery()) {
                assertTrue(rs.next());
                assertEquals(42, rs.getInt("x"));
                assertEquals("ABC", rs.getString("y"));
                assertEquals(LocalDate.of(2024, 1, 2), rs.getObject("d", LocalDate.class));
            }
            var md = ps.getParameterMetaData();
            assertEquals(3, md.getParameterCount());
            assertEquals("int4", md.getParameterTypeName(1));
        }
    }

    @Test
    void batchesOfPreparedInserts() throws Exception {
        try (Connection c = connect();
                Statement s = c.createStatement()) {
            s.execute("CREATE TABLE batch (k BIGINT PRIMARY KEY, v TEXT)");
            s.execute("CREATE MATERIALIZED VIEW batch_count AS SELECT count(*) AS n FROM batch");
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO batch VALUES (?, ?)")) {
                for (int i = 0; i < 500; i++) {
                    ps.setLong(1, i);
                    ps.setString(2, "v" + i);
                    ps.addBatch();
                }
                int[] counts = ps.executeBatch();
                assertEquals(500, counts.length);
                for (int n : counts) {
                    assertEquals(1, n);
                }
            }
            try (ResultSet rs = s.executeQuery("SELECT n FROM batch_count")) {
                assertTrue(rs.next());
                assertEquals(500, rs.getLong(1));
            }
        }
    }

    @Test
    void fetchSizeCursorInsideTransactionUsesPortalsWithRowLimits() throws Exception {
        try (Connection c = connect();
                Statement s = c.createStatement()) {
            s.execute("CREATE TABLE many (k INT PRIMARY KEY)");
            s.execute("INSERT INTO many SELECT g::int FROM generate_series(1, 2500) AS g");
            c.setAutoCommit(false);
            try (PreparedStatement ps = c.prepareStatement("SELECT k FROM many ORDER BY k")) {
                ps.setFetchSize(100);
                long sum = 0;
                int rows = 0;
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        rows++;
                        sum += rs.getInt(1);
                        assertEquals(rows, rs.getInt(1));
                    }
                }
                assertEquals(2500, rows);
                assertEquals(2500L * 2501 / 2, sum);
            }
            c.commit();
        }
    }

    @Test
    void errorsCarrySqlState() throws Exception {
        try (Connection c = connect();
                Statement s = c.createStatement()) {
            assertEquals("42P01", sqlState(() -> s.executeQuery("SELECT * FROM nowhere")));
            assertEquals("22012", sqlState(() -> s.executeQuery("SELECT 1 / 0")));
            assertEquals("42601", sqlState(() -> s.executeQuery("SELEC 1")));
            try (PreparedStatement ps = c.prepareStatement("SELECT 10 / ?")) {
                ps.setInt(1, 0);
                assertEquals("22012", sqlState(ps::executeQuery));
                ps.setInt(1, 5);
                try (ResultSet rs = ps.executeQuery()) {
                    assertTrue(rs.next());
                    assertEquals(2, rs.getInt(1));
                }
            }
        }
    }

    @Test
    void transactionsCommitTogetherAndRollBack() throws Exception {
        try (Connection c = connect();
                Connection other = connect();
                Statement s = c.createStatement();
                Statement o = other.createStatement()) {
            s.execute("CREATE TABLE acct (id INT PRIMARY KEY, bal INT)");
            s.execute(
                    "CREATE MATERIALIZED VIEW total AS SELECT sum(bal) AS s, count(*) AS n FROM acct");
            s.execute("INSERT INTO acct VALUES (1, 100), (2, 100)");
            c.setAutoCommit(false);
            s.executeUpdate("UPDATE acct SET bal = bal - 30 WHERE id = 1");
            s.executeUpdate("UPDATE acct SET bal = bal + 30 WHERE id = 2");
            s.executeUpdate("INSERT INTO acct VALUES (3, 0)");
            assertEquals("200/2", total(o), "uncommitted writes are invisible to others");
            c.commit();
            assertEquals("200/3", total(o));
            try (ResultSet rs = o.executeQuery("SELECT bal FROM acct ORDER BY id")) {
                rs.next();
                assertEquals(70, rs.getInt(1));
                rs.next();
                assertEquals(130, rs.getInt(1));
            }
            s.executeUpdate("DELETE FROM acct");
            c.rollback();
            assertEquals("200/3", total(o));
            // an error aborts the transaction until ROLLBACK
            s.executeUpdate("INSERT INTO acct VALUES (4, 1)");
            assertEquals("22012", sqlState(() -> s.executeQuery("SELECT 1 / 0")));
            assertEquals("25P02", sqlState(() -> s.executeQuery("SELECT 1")));
            c.rollback();
            assertEquals("200/3", total(o));
            c.setAutoCommit(true);
        }
    }

    @Test
    void readsInsideATransactionSeeItsOwnWritesAndOthersDoNot() throws Exception {
        try (Connection c = connect();
                Connection other = connect();
                Statement s = c.createStatement();
                Statement o = other.createStatement()) {
            s.execute("CREATE TABLE own (id INT PRIMARY KEY, grp INT, bal INT)");
            s.execute(
                    "CREATE MATERIALIZED VIEW own_by_grp AS SELECT grp, count(*) AS n, sum(bal) AS"
                            + " s FROM own GROUP BY grp");
            s.execute("INSERT INTO own VALUES (1, 1, 10)");
            c.setAutoCommit(false);
            s.executeUpdate("INSERT INTO own VALUES (2, 1, 20), (3, 2, 30)");
            assertEquals(
                    2, s.executeUpdate("UPDATE own SET bal = bal + 1 WHERE id >= 2"), "own rows");
            try (PreparedStatement ps =
                    c.prepareStatement("SELECT n, s FROM own_by_grp WHERE grp = ?")) {
                ps.setInt(1, 1);
                try (ResultSet rs = ps.executeQuery()) {
                    assertTrue(rs.next(), "the block's view of the aggregate");
                    assertEquals("2/31", rs.getLong(1) + "/" + rs.getLong(2));
                }
            }
            try (ResultSet rs = o.executeQuery("SELECT count(*) FROM own_by_grp")) {
                rs.next();
                assertEquals(1, rs.getInt(1), "another session sees only committed rows");
            }
            try (ResultSet rs = o.executeQuery("SELECT count(*) FROM own")) {
                rs.next();
                assertEquals(1, rs.getInt(1), "another session sees only committed rows");
            }
            assertEquals(1, s.executeUpdate("DELETE FROM own WHERE id = 3"));
            c.commit();
            try (ResultSet rs = o.executeQuery("SELECT grp, n, s FROM own_by_grp")) {
                assertTrue(rs.next());
                assertEquals("1/2/31", rs.getInt(1) + "/" + rs.getLong(2) + "/" + rs.getLong(3));
                assertFalse(rs.next(), "the deleted row is gone after COMMIT");
            }
            s.executeUpdate("DELETE FROM own");
            try (ResultSet rs = s.executeQuery("SELECT count(*) FROM own_by_grp")) {
                rs.next();
                assertEquals(0, rs.getInt(1), "the block sees its DELETE");
            }
            c.rollback();
            try (ResultSet rs = s.executeQuery("SELECT count(*) FROM own")) {
                rs.next();
                assertEquals(2, rs.getInt(1), "nothing remains of a rolled back block");
            }
            // COPY in a block, read through a plain view over a materialized one
            s.execute("CREATE VIEW own_big AS SELECT grp, n FROM own_by_grp WHERE n > 1");
            CopyManager copy = c.unwrap(PGConnection.class).getCopyAPI();
            assertEquals(
                    2,
                    copy.copyIn("COPY own FROM STDIN", new StringReader("10\t7\t1\n11\t7\t2\n")));
            try (ResultSet rs = s.executeQuery("SELECT grp, n FROM own_big ORDER BY grp")) {
                assertTrue(rs.next());
                assertEquals("1/2", rs.getInt(1) + "/" + rs.getLong(2));
                assertTrue(rs.next(), "the copied rows are seen by the block");
                assertEquals("7/2", rs.getInt(1) + "/" + rs.getLong(2));
                assertFalse(rs.next());
            }
            try (ResultSet rs = o.executeQuery("SELECT count(*) FROM own_big")) {
                rs.next();
                assertEquals(1, rs.getInt(1), "another session does not see the copied rows");
            }
            c.commit();
            try (ResultSet rs = o.executeQuery("SELECT count(*) FROM own_big")) {
                rs.next();
                assertEquals(2, rs.getInt(1));
            }
            c.setAutoCommit(true);
        }
    }

    @Test
    void copyInAndOutThroughCopyManager() throws Exception {
        try (Connection c = connect();
                Statement s = c.createStatement()) {
            s.execute("CREATE TABLE cp (id INT PRIMARY KEY, name TEXT, score DOUBLE PRECISION)");
            CopyManager copy = c.unwrap(PGConnection.class).getCopyAPI();
            StringBuilder csv = new StringBuilder("id,name,score\n");
            for (int i = 1; i <= 3000; i++) {
                csv.append(i).append(",\"n, ").append(i).append("\",").append(i / 2.0).append('\n');
            }
            long n =
                    copy.copyIn(
                            "COPY cp FROM STDIN WITH (FORMAT csv, HEADER true)",
                            new StringReader(csv.toString()));
            assertEquals(3000, n);
            StringWriter out = new StringWriter();
            copy.copyOut("COPY (SELECT id, name FROM cp WHERE id <= 2 ORDER BY id) TO STDOUT", out);
            assertEquals("1\tn, 1\n2\tn, 2\n", out.toString());
            SQLException bad =
                    assertThrows(
                            SQLException.class,
                            () ->
                                    copy.copyIn(
                                            "COPY cp FROM STDIN",
                                            new StringReader("5000\ta\t1\n5001\tb\tnope\n")));
            assertEquals("22P02", bad.getSQLState());
            assertTrue(bad.getMessage().contains("line 2"), bad.getMessage());
            try (ResultSet rs = s.executeQuery("SELECT count(*) FROM cp")) {
                rs.next();
                assertEquals(3000, rs.getLong(1), "nothing of the failed COPY was applied");
            }
        }
    }

    private static String total(Statement s) throws SQLException {
        try (ResultSet rs = s.executeQuery("SELECT s, n FROM total")) {
            assertTrue(rs.next());
            return rs.getLong(1) + "/" + rs.getLong(2);
        }
    }

    interface SqlAction {
        void run() throws SQLException;
    }

    private static String sqlState(SqlAction action) {
        SQLException e = assertThrows(SQLException.class, action::run);
        return e.getSQLState();
    }
}
