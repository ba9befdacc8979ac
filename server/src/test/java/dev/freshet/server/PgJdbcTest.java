package dev.freshet.server;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.freshet.server.fake.FakeEngine;
import dev.freshet.server.fake.FakeSession;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.Array;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLWarning;
import java.sql.Statement;
import java.sql.Types;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.BooleanSupplier;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.postgresql.PGConnection;
import org.postgresql.util.PSQLException;
import org.postgresql.util.ServerErrorMessage;

/** The server as pgjdbc sees it, in its simple and extended query modes. */
class PgJdbcTest {
    private static FakeEngine engine;
    private static FreshetServer server;

    @BeforeAll
    static void start() {
        engine = new FakeEngine();
        server = FreshetServer.start(new ServerOptions("127.0.0.1", 0, Path.of("unused")), engine);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static Connection connect(String... properties) throws SQLException {
        Properties p = new Properties();
        p.setProperty("user", "root");
        for (int i = 0; i < properties.length; i += 2) {
            p.setProperty(properties[i], properties[i + 1]);
        }
        return DriverManager.getConnection(
                "jdbc:postgresql://127.0.0.1:" + server.port() + "/dev", p);
    }

    @Test
    void simpleQueryMode() throws SQLException {
        try (Connection c = connect("preferQueryMode", "simple");
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("select 1, 2")) {
            assertTrue(rs.next());
            assertEquals(1, rs.getInt(1));
            assertEquals(2, rs.getInt(2));
            assertEquals(Types.INTEGER, rs.getMetaData().getColumnType(1));
            assertFalse(rs.next());
        }
    }

    @Test
    void textResultsOfBasicTypes() throws SQLException {
        try (Connection c = connect("preferQueryMode", "simple");
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("select types")) {
            assertTrue(rs.next());
            assertTrue(rs.getBoolean("b"));
            assertEquals(12, rs.getShort("i2"));
            assertEquals(1234, rs.getInt("i4"));
            assertEquals(1234567890123L, rs.getLong("i8"));
            assertEquals(1.5f, rs.getFloat("f4"));
            assertEquals(2.25, rs.getDouble("f8"));
            assertEquals(new BigDecimal("12345.6789"), rs.getBigDecimal("num"));
            assertEquals("héllo wörld", rs.getString("txt"));
            assertTrue(rs.next());
            for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                assertNull(rs.getObject(i), rs.getMetaData().getColumnName(i));
            }
            assertFalse(rs.next());
        }
    }

    @Test
    void binaryResultsOfEveryBasicType() throws SQLException {
        // prepareThreshold=-1: server-prepared from the first execution, results in binary.
        try (Connection c = connect("prepareThreshold", "-1");
                PreparedStatement ps = c.prepareStatement("select types")) {
            for (int run = 0; run < 3; run++) {
                try (ResultSet rs = ps.executeQuery()) {
                    assertTrue(rs.next());
                    assertTrue(rs.getBoolean("b"));
                    assertEquals(12, rs.getShort("i2"));
                    assertEquals(1234, rs.getInt("i4"));
                    assertEquals(1234567890123L, rs.getLong("i8"));
                    assertEquals(1.5f, rs.getFloat("f4"));
                    assertEquals(2.25, rs.getDouble("f8"));
                    assertEquals(new BigDecimal("12345.6789"), rs.getBigDecimal("num"));
                    assertEquals("héllo wörld", rs.getString("txt"));
                    assertArrayEquals(new byte[] {1, 2, 3, (byte) 0xFF}, rs.getBytes("bin"));
                    assertEquals(LocalDate.of(2024, 2, 29), rs.getObject("d", LocalDate.class));
                    assertEquals(
                            FakeSession.SAMPLE_TIMESTAMP, rs.getObject("ts", LocalDateTime.class));
                    assertEquals(
                            FakeSession.SAMPLE_TIMESTAMP.atOffset(ZoneOffset.UTC).toInstant(),
                            rs.getObject("tstz", OffsetDateTime.class).toInstant());
                    assertEquals(
                            LocalTime.of(12, 34, 56, 789_000_000),
                            rs.getObject("t", LocalTime.class));
                    assertEquals(
                            UUID.fromString("10111213-1415-1617-1819-1a1b1c1d1e1f"),
                            rs.getObject("u", UUID.class));
                    Array arr = rs.getArray("arr");
                    assertArrayEquals(new Integer[] {1, null, 3}, (Integer[]) arr.getArray());
                    assertEquals("{\"a\": 1}", rs.getString("js"));
                    assertTrue(rs.next());
                    assertNull(rs.getObject("num"));
                    assertNull(rs.getObject("arr"));
                    assertFalse(rs.next());
                }
            }
        }
    }

    @Test
    void extendedQueryWithParameters() throws SQLException {
        try (Connection c = connect("preferQueryMode", "extended");
                PreparedStatement ps = c.prepareStatement("select ?, ?, ?")) {
            ps.setInt(1, 42);
            ps.setString(2, "text ✓");
            ps.setNull(3, Types.BIGINT);
            try (ResultSet rs = ps.executeQuery()) {
                assertTrue(rs.next());
                assertEquals(42, rs.getInt(1));
                assertEquals("text ✓", rs.getString(2));
                assertNull(rs.getObject(3));
            }
        }
    }

    @Test
    void serverPreparedStatementsAreReused() throws SQLException {
        try (Connection c = connect("prepareThreshold", "1");
                PreparedStatement ps = c.prepareStatement("select ?, ?, ?, ?")) {
            for (int i = 0; i < 10; i++) {
                ps.setLong(1, 1L << 40 | i);
                ps.setDouble(2, i + 0.5);
                ps.setBoolean(3, i % 2 == 0);
                ps.setBigDecimal(4, new BigDecimal("1.25").add(BigDecimal.valueOf(i)));
                try (ResultSet rs = ps.executeQuery()) {
                    assertTrue(rs.next());
                    assertEquals(1L << 40 | i, rs.getLong(1));
                    assertEquals(i + 0.5, rs.getDouble(2));
                    assertEquals(i % 2 == 0, rs.getBoolean(3));
                    assertEquals(
                            new BigDecimal("1.25").add(BigDecimal.valueOf(i)), rs.getBigDecimal(4));
                }
            }
        }
    }

    @Test
    void fetchSizeUsesPortalSuspension() throws SQLException {
        try (Connection c = connect()) {
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                s.setFetchSize(100);
                long rows = 0;
                long sum = 0;
                try (ResultSet rs = s.executeQuery("select series(2500)")) {
                    while (rs.next()) {
                        rows++;
                        sum += rs.getLong(1);
                    }
                }
                assertEquals(2500, rows);
                assertEquals(2500L * 2501 / 2, sum);
            }
            c.commit();
        }
        eventually(() -> engine.openCursors() == 0);
    }

    @Test
    void errorsCarrySqlStateAndPosition() throws SQLException {
        for (String mode : List.of("simple", "extended")) {
            try (Connection c = connect("preferQueryMode", mode);
                    Statement s = c.createStatement()) {
                PSQLException e =
                        assertThrows(PSQLException.class, () -> s.executeQuery("select boom"));
                assertEquals("42703", e.getSQLState(), mode);
                ServerErrorMessage m = e.getServerErrorMessage();
                assertNotNull(m);
                assertEquals(8, m.getPosition(), mode);
                assertEquals("column \"boom\" does not exist", m.getMessage());

                e = assertThrows(PSQLException.class, () -> s.execute("  selec 1"));
                assertEquals("42601", e.getSQLState(), mode);
                assertEquals(3, e.getServerErrorMessage().getPosition(), mode);

                try (ResultSet rs = s.executeQuery("select 5")) {
                    assertTrue(rs.next(), "the session goes on after errors");
                    assertEquals(5, rs.getInt(1));
                }
            }
        }
    }

    @Test
    void failedTransactionBlock() throws SQLException {
        try (Connection c = connect()) {
            c.setAutoCommit(false);
            try (Statement s = c.createStatement()) {
                s.executeQuery("select 1").close();
                assertThrows(SQLException.class, () -> s.executeQuery("select boom"));
                PSQLException e =
                        assertThrows(PSQLException.class, () -> s.executeQuery("select 1"));
                assertEquals("25P02", e.getSQLState());
                c.rollback();
                try (ResultSet rs = s.executeQuery("select 3")) {
                    assertTrue(rs.next());
                }
            }
        }
    }

    @Test
    void internalErrorsAreOpaque() throws SQLException {
        try (Connection c = connect();
                Statement s = c.createStatement()) {
            PSQLException e = assertThrows(PSQLException.class, () -> s.execute("crash"));
            assertEquals("XX000", e.getSQLState());
            String message = e.getServerErrorMessage().getMessage();
            assertTrue(message.matches("internal error \\(id [0-9a-f]{8}\\)"), message);
        }
    }

    @Test
    void noticesBecomeWarnings() throws SQLException {
        try (Connection c = connect();
                Statement s = c.createStatement()) {
            s.execute("notice table t does not exist, skipping");
            SQLWarning w = s.getWarnings();
            assertNotNull(w);
            assertEquals("table t does not exist, skipping", w.getMessage());
        }
    }

    @Test
    void parameterStatusFollowsSet() throws SQLException {
        try (Connection c = connect();
                Statement s = c.createStatement()) {
            PGConnection pg = c.unwrap(PGConnection.class);
            assertEquals("15.0.0", pg.getParameterStatus("server_version"));
            s.execute("set timezone = 'Asia/Tokyo'");
            assertEquals("Asia/Tokyo", pg.getParameterStatus("TimeZone"));
            try (ResultSet rs = s.executeQuery("show timezone")) {
                assertTrue(rs.next());
                assertEquals("Asia/Tokyo", rs.getString(1));
            }
        }
    }

    @Test
    void batchOfInserts() throws SQLException {
        try (Connection c = connect();
                PreparedStatement ps = c.prepareStatement("insert into t values (?)")) {
            for (int i = 0; i < 50; i++) {
                ps.setInt(1, i);
                ps.addBatch();
            }
            int[] counts = ps.executeBatch();
            assertEquals(50, counts.length);
            for (int n : counts) {
                assertEquals(1, n);
            }
        }
    }

    @Test
    void errorInTheMiddleOfAResult() throws SQLException {
        try (Connection c = connect();
                Statement s = c.createStatement()) {
            PSQLException e =
                    assertThrows(
                            PSQLException.class,
                            () -> {
                                try (ResultSet rs = s.executeQuery("select fail_after(1500)")) {
                                    while (rs.next()) {
                                        rs.getLong(1);
                                    }
                                }
                            });
            assertEquals("22012", e.getSQLState());
        }
        eventually(() -> engine.openCursors() == 0);
    }

    @Test
    void cancel() throws Exception {
        try (Connection c = connect();
                Statement s = c.createStatement()) {
            FakeSession session = engine.sessions().getLast();
            ExecutorService runner = Executors.newSingleThreadExecutor();
            try {
                Future<?> running = runner.submit(() -> s.execute("sleep"));
                assertTrue(session.awaitSleeping(30));
                s.cancel();
                Exception e = assertThrows(Exception.class, running::get);
                PSQLException cause = (PSQLException) e.getCause();
                assertEquals("57014", cause.getSQLState());
            } finally {
                runner.shutdownNow();
            }
            try (ResultSet rs = s.executeQuery("select 9")) {
                assertTrue(rs.next());
            }
        }
    }

    @Test
    void unknownDatabase() {
        PSQLException e =
                assertThrows(
                        PSQLException.class,
                        () ->
                                DriverManager.getConnection(
                                                "jdbc:postgresql://127.0.0.1:"
                                                        + server.port()
                                                        + "/"
                                                        + FakeEngine.MISSING_DATABASE,
                                                "root",
                                                "")
                                        .close());
        assertEquals("3D000", e.getSQLState());
    }

    @Test
    void manyConcurrentSessions() throws Exception {
        int clients = 40;
        try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
            List<Future<Long>> results = new ArrayList<>();
            for (int i = 0; i < clients; i++) {
                int n = 1000 + i;
                results.add(
                        pool.submit(
                                () -> {
                                    try (Connection c = connect();
                                            PreparedStatement ps =
                                                    c.prepareStatement(
                                                            "select series(" + n + ")")) {
                                        long sum = 0;
                                        for (int round = 0; round < 5; round++) {
                                            try (ResultSet rs = ps.executeQuery()) {
                                                while (rs.next()) {
                                                    sum += rs.getLong(1);
                                                }
                                            }
                                        }
                                        return sum;
                                    }
                                }));
            }
            for (int i = 0; i < clients; i++) {
                long n = 1000 + i;
                assertEquals(5 * n * (n + 1) / 2, results.get(i).get());
            }
        }
        eventually(() -> engine.openSessions() == 0 && engine.openCursors() == 0);
    }

    static void eventually(BooleanSupplier condition) {
        long deadline = System.nanoTime() + 30_000_000_000L;
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("condition not reached within 30 s");
            }
            try {
                Thread.sleep(5);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }
}
