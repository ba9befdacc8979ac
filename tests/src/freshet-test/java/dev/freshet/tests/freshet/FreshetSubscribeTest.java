package dev.freshet.tests.freshet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Change feeds over pgjdbc: {@code DECLARE c CURSOR FOR SUBSCRIBE view} returns the view's rows,
 * then each committed change made from another connection, with its operation and epoch; FETCH
 * waits for changes.
 */
@Tag("freshet")
class FreshetSubscribeTest {
    private static FreshetTestDatabase freshet;

    @BeforeAll
    static void start() {
        freshet = FreshetTestDatabase.start();
    }

    @AfterAll
    static void stop() {
        freshet.close();
    }

    /** FETCH rows until {@code n} have arrived (FETCH blocks until at least one is there). */
    private static List<String> fetch(Statement s, int n) throws SQLException {
        List<String> out = new ArrayList<>();
        while (out.size() < n) {
            ResultSet rs = s.executeQuery("FETCH " + (n - out.size()) + " FROM feed");
            while (rs.next()) {
                out.add(
                        rs.getString("op")
                                + " "
                                + rs.getString("name")
                                + "="
                                + rs.getLong("total"));
            }
        }
        return out;
    }

    @Test
    void cursorReceivesSnapshotThenChanges() throws SQLException {
        try (Connection writer = freshet.connect();
                Statement w = writer.createStatement();
                Connection reader = freshet.connect();
                Statement r = reader.createStatement()) {
            w.execute("CREATE TABLE orders (id INT PRIMARY KEY, name VARCHAR, amount INT)");
            w.execute(
                    "CREATE MATERIALIZED VIEW totals AS"
                            + " SELECT name, sum(amount) AS total FROM orders GROUP BY name");
            w.execute("INSERT INTO orders VALUES (1, 'ada', 10), (2, 'bob', 5)");

            r.execute("DECLARE feed CURSOR FOR SUBSCRIBE totals");
            List<String> snapshot = fetch(r, 2);
            snapshot.sort(null);
            assertEquals(List.of("Insert ada=10", "Insert bob=5"), snapshot);

            w.execute("INSERT INTO orders VALUES (3, 'ada', 7)");
            assertEquals(List.of("UpdateDelete ada=10", "UpdateInsert ada=17"), fetch(r, 2));

            w.execute("DELETE FROM orders WHERE id = 2");
            assertEquals(List.of("Delete bob=5"), fetch(r, 1));

            w.execute("INSERT INTO orders VALUES (4, 'cy', 1)");
            assertEquals(List.of("Insert cy=1"), fetch(r, 1));

            // epochs increase with each commit
            ResultSet before = r.executeQuery("SELECT 1");
            before.close();
            w.execute("UPDATE orders SET amount = 2 WHERE id = 4");
            ResultSet rs = r.executeQuery("FETCH 2 FROM feed");
            long epoch = -1;
            while (rs.next()) {
                epoch = Math.max(epoch, rs.getLong("epoch"));
            }
            assertTrue(epoch > 0, "changes carry their epoch");
            r.execute("CLOSE feed");
        }
    }

    @Test
    void subscribeWithoutSnapshotAndErrors() throws SQLException {
        try (Connection c = freshet.connect();
                Statement s = c.createStatement()) {
            s.execute("CREATE TABLE t (k INT PRIMARY KEY, v INT)");
            s.execute("INSERT INTO t VALUES (1, 1)");
            s.execute("DECLARE feed CURSOR FOR SUBSCRIBE t WITH (snapshot = false)");
            s.execute("INSERT INTO t VALUES (2, 2)");
            ResultSet rs = s.executeQuery("FETCH 10 FROM feed");
            assertTrue(rs.next());
            assertEquals(2, rs.getInt("k"));
            assertEquals("Insert", rs.getString("op"));
            s.execute("CLOSE feed");
            SQLException missing =
                    org.junit.jupiter.api.Assertions.assertThrows(
                            SQLException.class, () -> s.execute("SUBSCRIBE no_such_view"));
            assertEquals("42P01", missing.getSQLState());
        }
    }

    /**
     * A plain SUBSCRIBE over the simple protocol (what a driver without cursors sends): the
     * snapshot rows arrive, then a row for a change committed from another connection, while the
     * statement keeps running. Read with a raw protocol client, since drivers buffer whole results.
     */
    @Test
    void plainSubscribeStreamsChangesAsTheyCommit() throws Exception {
        try (Connection writer = freshet.connect();
                Statement w = writer.createStatement()) {
            w.execute("CREATE TABLE st (id INT PRIMARY KEY, v VARCHAR)");
            w.execute("INSERT INTO st VALUES (1, 'a'), (2, 'b')");
            w.execute("CREATE MATERIALIZED VIEW sv AS SELECT * FROM st");
            try (java.net.Socket socket = new java.net.Socket(freshet.host(), freshet.port())) {
                socket.setSoTimeout(60_000);
                var out = new java.io.DataOutputStream(socket.getOutputStream());
                var in = new java.io.DataInputStream(socket.getInputStream());
                byte[] params =
                        "user\0root\0database\0dev\0\0"
                                .getBytes(java.nio.charset.StandardCharsets.UTF_8);
                out.writeInt(params.length + 8);
                out.writeInt(196608);
                out.write(params);
                out.flush();
                while (readMessage(in) != 'Z') {
                    // authentication, parameters, backend key
                }
                byte[] query =
                        "SUBSCRIBE TO sv\0".getBytes(java.nio.charset.StandardCharsets.UTF_8);
                out.writeByte('Q');
                out.writeInt(query.length + 4);
                out.write(query);
                out.flush();
                assertEquals(2, dataRows(in, 2), "the snapshot");
                w.execute("INSERT INTO st VALUES (3, 'c')");
                assertEquals(1, dataRows(in, 1), "the insert, while SUBSCRIBE runs");
            }
        }
    }

    /** Reads messages until {@code n} DataRows have arrived; returns how many did. */
    private static int dataRows(java.io.DataInputStream in, int n) throws java.io.IOException {
        int rows = 0;
        while (rows < n) {
            char type = readMessage(in);
            if (type == 'D') {
                rows++;
            } else if (type == 'E' || type == 'C') {
                break;
            }
        }
        return rows;
    }

    private static char readMessage(java.io.DataInputStream in) throws java.io.IOException {
        char type = (char) in.readUnsignedByte();
        int length = in.readInt();
        in.readFully(new byte[length - 4]);
        return type;
    }
}
