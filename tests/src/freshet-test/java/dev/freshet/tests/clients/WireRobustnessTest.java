package dev.freshet.tests.clients;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.freshet.tests.freshet.FreshetTestDatabase;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.SplittableRandom;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Hostile and careless clients against the real engine (the byte-level cases, message by message,
 * are in the server module's PgWireMalformedInputTest): seeded random garbage after a valid
 * startup, absurd lengths, and a client that vanishes in the middle of a long query. Each one gets
 * an ErrorResponse or a closed connection, and the server keeps serving everyone else.
 */
@Tag("clients")
class WireRobustnessTest {
    private static FreshetTestDatabase freshet;

    @BeforeAll
    static void start() {
        freshet = FreshetTestDatabase.start();
    }

    @AfterAll
    static void stop() {
        freshet.close();
    }

    @Test
    void randomGarbageAfterStartupNeverHurtsTheServer() throws Exception {
        SplittableRandom random = new SplittableRandom(20261129);
        for (int round = 0; round < 40; round++) {
            try (Socket s = startedUp()) {
                DataOutputStream out = new DataOutputStream(s.getOutputStream());
                byte[] garbage = new byte[1 + random.nextInt(200)];
                random.nextBytes(garbage);
                if (round % 4 == 0) {
                    // a known type byte with a random body
                    garbage[0] = (byte) "PBDESHdcfQ".charAt(random.nextInt(10));
                }
                try {
                    out.write(garbage);
                    out.flush();
                    // a truncated message would wait for its rest: end the input instead
                    s.shutdownOutput();
                    drainUntilClosedOrError(s);
                } catch (SocketException e) {
                    // the server closed first: also fine
                }
            }
            assertServes();
        }
    }

    @Test
    void oneGibibyteClaimIsRefusedBeforeReadingIt() throws Exception {
        try (Socket s = startedUp()) {
            DataOutputStream out = new DataOutputStream(s.getOutputStream());
            out.writeByte('Q');
            out.writeInt(1 << 30);
            out.write("SELECT 1".getBytes(StandardCharsets.US_ASCII));
            out.flush();
            String error = drainUntilClosedOrError(s);
            assertTrue(error.contains("08P01"), error);
        }
        assertServes();
    }

    @Test
    void clientVanishingMidQueryLeavesTheServerServing() throws Exception {
        for (int i = 0; i < 3; i++) {
            Socket s = startedUp();
            DataOutputStream out = new DataOutputStream(s.getOutputStream());
            byte[] sql =
                    ("SELECT count(*) FROM generate_series(1, 4000000000) AS g WHERE g % 7 = 3\0")
                            .getBytes(StandardCharsets.US_ASCII);
            out.writeByte('Q');
            out.writeInt(4 + sql.length);
            out.write(sql);
            out.flush();
            s.setSoLinger(true, 0);
            s.close();
        }
        // the abandoned statements are cancelled; new clients get answers at once
        assertServes();
        try (Connection c = freshet.connect();
                Statement st = c.createStatement()) {
            st.execute("CREATE TABLE after_vanish (k INT PRIMARY KEY)");
            st.execute("INSERT INTO after_vanish VALUES (1)");
        }
    }

    private static void assertServes() throws SQLException {
        try (Connection c = freshet.connect();
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT 40 + 2")) {
            assertTrue(rs.next());
            assertEquals(42, rs.getInt(1));
        }
    }

    /** A socket past startup (user root, database dev), after the first ReadyForQuery. */
    private static Socket startedUp() throws IOException {
        Socket s = new Socket("127.0.0.1", freshet.port());
        s.setSoTimeout(60_000);
        DataOutputStream out = new DataOutputStream(s.getOutputStream());
        byte[] params = "user\0root\0database\0dev\0\0".getBytes(StandardCharsets.US_ASCII);
        out.writeInt(8 + params.length);
        out.writeInt(3 << 16);
        out.write(params);
        out.flush();
        DataInputStream in = new DataInputStream(s.getInputStream());
        while (true) {
            byte type = in.readByte();
            int length = in.readInt();
            in.skipNBytes(length - 4);
            if (type == 'Z') {
                return s;
            }
        }
    }

    /** Reads messages until the server closes; returns the SQLSTATEs of error responses seen. */
    private static String drainUntilClosedOrError(Socket s) throws IOException {
        DataInputStream in = new DataInputStream(s.getInputStream());
        StringBuilder states = new StringBuilder();
        try {
            while (true) {
                byte type = in.readByte();
                int length = in.readInt();
                byte[] body = in.readNBytes(length - 4);
                if (type == 'E') {
                    String fields = new String(body, StandardCharsets.UTF_8);
                    int c = fields.indexOf("\0C");
                    states.append(fields, c + 2, c + 7).append(' ');
                }
                if (type == 'Z') {
                    return states.toString();
                }
            }
        } catch (EOFException | SocketException e) {
            return states.toString();
        }
    }
}
