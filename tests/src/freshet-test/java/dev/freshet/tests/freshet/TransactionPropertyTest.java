package dev.freshet.tests.freshet;

import static org.junit.jupiter.api.Assertions.fail;

import dev.freshet.tests.TestDatabase;
import dev.freshet.tests.pg.SharedPostgres;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.SplittableRandom;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Random transactions run on Freshet and on a real PostgreSQL, statement by statement, comparing
 * every read and every error: inside a block, reads of tables and of views over them (join, GROUP
 * BY aggregate, filter, a view on a view; whole scans, point lookups, ad-hoc joins, prepared
 * statements with parameters) must see the block's own INSERT/UPDATE/DELETE; UPDATE and DELETE must
 * touch rows the block wrote; a second connection must see nothing until COMMIT; ROLLBACK leaves
 * nothing; an error makes the block fail (25P02) until it ends. Freshet's views are materialized,
 * PostgreSQL's are plain views (their definitions evaluated now).
 *
 * <p>Seeds: fixed ones plus one random seed per run (printed); {@code -Dfreshet.txn.seed=S} runs
 * only seed S, {@code -Dfreshet.txn.steps=N} changes the statements per seed. Even seeds talk the
 * simple protocol, odd seeds the extended protocol with server-prepared statements.
 */
@Tag("freshet")
class TransactionPropertyTest {
    private static final List<Long> SEEDS = List.of(1L, 2L, 3L, 4L, 5L, 6L);

    private static final String[] SCHEMA = {
        "CREATE TABLE t (k INT PRIMARY KEY, g INT, v INT)", "CREATE TABLE u (k INT, w INT)",
    };

    /** View name, definition. */
    private static final String[][] VIEWS = {
        {"vj", "SELECT t.k, t.v, u.w FROM t JOIN u ON t.k = u.k"},
        {"va", "SELECT g, count(*) AS c, sum(v) AS s FROM t GROUP BY g"},
        {"vf", "SELECT k, g, v FROM t WHERE v > 50"},
        {"vu", "SELECT k, count(*) AS c, sum(w) AS s FROM u GROUP BY k"},
        {"vv", "SELECT g, c FROM va WHERE c > 1"},
    };

    private static final String[] READS = {
        "SELECT k, g, v FROM t",
        "SELECT k, w FROM u",
        "SELECT k, v, w FROM vj",
        "SELECT g, c, s FROM va",
        "SELECT k, g, v FROM vf",
        "SELECT k, c, s FROM vu",
        "SELECT g, c FROM vv",
        "SELECT va.g, va.c, vu.s FROM va JOIN vu ON va.g = vu.k",
        "SELECT count(*), sum(v) FROM t",
        "SELECT t.k, t.v, vu.c FROM t LEFT JOIN vu ON t.k = vu.k",
    };

    /** Point reads with one integer parameter (prepared on odd seeds). */
    private static final String[] POINT_READS = {
        "SELECT k, g, v FROM t WHERE k = ?",
        "SELECT g, c, s FROM va WHERE g = ?",
        "SELECT k, v, w FROM vj WHERE k = ?",
        "SELECT k, c, s FROM vu WHERE k = ?",
    };

    @Test
    void transactionsSeeTheirOwnWritesAndNothingElse() throws Exception {
        List<Long> seeds = new ArrayList<>(SEEDS);
        String only = System.getProperty("freshet.txn.seed");
        if (only != null) {
            seeds = List.of(Long.parseLong(only));
        } else {
            long random = new SplittableRandom().nextLong(1, 1_000_000);
            System.out.println("TransactionPropertyTest random seed: " + random);
            seeds.add(random);
        }
        int steps = Integer.getInteger("freshet.txn.steps", 300);
        try (FreshetTestDatabase freshet = FreshetTestDatabase.start()) {
            for (long seed : seeds) {
                try (TestDatabase postgres = SharedPostgres.freshDatabase("txn")) {
                    runSeed(seed, steps, freshet, postgres);
                }
            }
        }
    }

    private static void runSeed(long seed, int steps, TestDatabase freshet, TestDatabase postgres)
            throws SQLException {
        boolean extended = seed % 2 != 0;
        try (Connection f = connect(freshet, extended);
                Connection p = connect(postgres, extended);
                Connection fOther = freshet.connect();
                Connection pOther = postgres.connect()) {
            Side sut = new Side(f, fOther);
            Side ref = new Side(p, pOther);
            // Freshet's database is shared by the seeds: start each from nothing
            sut.exec("DROP TABLE IF EXISTS t CASCADE");
            sut.exec("DROP TABLE IF EXISTS u CASCADE");
            for (String s : SCHEMA) {
                sut.exec(s);
                ref.exec(s);
            }
            for (String[] v : VIEWS) {
                sut.exec("CREATE MATERIALIZED VIEW " + v[0] + " AS " + v[1]);
                ref.exec("CREATE VIEW " + v[0] + " AS " + v[1]);
            }
            SplittableRandom rnd = new SplittableRandom(seed);
            List<String> trace = new ArrayList<>();
            char state = 'I';
            for (int step = 0; step < steps; step++) {
                String sql;
                int param = -1;
                int dice = rnd.nextInt(100);
                if (state == 'I' && dice < 30) {
                    sql = "BEGIN";
                } else if (state != 'I' && dice < 8) {
                    sql = rnd.nextBoolean() ? "COMMIT" : "ROLLBACK";
                } else if (state == 'T' && dice < 10) {
                    sql = "SELECT 1 / 0"; // fails with 22012: the block is aborted
                } else if (dice < 55) {
                    sql = write(rnd);
                } else if (dice < 80) {
                    sql = READS[rnd.nextInt(READS.length)];
                } else {
                    sql = POINT_READS[rnd.nextInt(POINT_READS.length)];
                    param = rnd.nextInt(0, 12);
                }
                trace.add(param >= 0 ? sql + "  -- ? = " + param : sql);
                Outcome a = sut.run(sql, param);
                Outcome b = ref.run(sql, param);
                check(seed, trace, "", a, b);
                if (sql.equals("BEGIN")) {
                    state = 'T';
                } else if (sql.equals("COMMIT") || sql.equals("ROLLBACK")) {
                    state = 'I';
                } else if (b.error() != null && state == 'T') {
                    state = 'E';
                }
                if (sql.startsWith("INSERT")
                        || sql.startsWith("UPDATE")
                        || sql.startsWith("DELETE")
                        || sql.equals("COMMIT")
                        || sql.equals("ROLLBACK")) {
                    // another session sees only what is committed
                    String other = READS[rnd.nextInt(READS.length)];
                    check(
                            seed,
                            trace,
                            "second connection: " + other,
                            sut.runOther(other),
                            ref.runOther(other));
                }
            }
            if (state != 'I') {
                sut.exec("ROLLBACK");
                ref.exec("ROLLBACK");
            }
        }
    }

    private static String write(SplittableRandom rnd) {
        int k = rnd.nextInt(0, 12);
        int n = rnd.nextInt(0, 100);
        return switch (rnd.nextInt(9)) {
            case 8 -> "INSERT INTO u SELECT g, c FROM va WHERE g = " + (k % 4);
            case 0 ->
                    "INSERT INTO t VALUES ("
                            + k
                            + ", "
                            + (k % 3)
                            + ", "
                            + n
                            + ") ON CONFLICT (k) DO NOTHING";
            case 1 ->
                    "INSERT INTO t VALUES ("
                            + k
                            + ", "
                            + rnd.nextInt(0, 4)
                            + ", "
                            + n
                            + ") ON CONFLICT (k) DO UPDATE SET v = excluded.v";
            case 2 -> "INSERT INTO u VALUES (" + k + ", " + n + "), (" + (k + 1) % 12 + ", 7)";
            case 3 -> "UPDATE t SET v = v + " + (n % 40) + " WHERE k % 3 = " + (k % 3);
            case 4 -> "UPDATE t SET g = " + rnd.nextInt(0, 4) + " WHERE k = " + k;
            case 5 -> "DELETE FROM t WHERE k = " + k;
            case 6 -> "DELETE FROM u WHERE w < " + (n % 30);
            default -> "UPDATE u SET w = w + 1 WHERE k >= " + k;
        };
    }

    private static void check(long seed, List<String> trace, String what, Outcome a, Outcome b) {
        if (a.equals(b)) {
            return;
        }
        StringBuilder m = new StringBuilder();
        m.append("seed ").append(seed).append(": results differ");
        if (!what.isEmpty()) {
            m.append(" (").append(what).append(')');
        }
        m.append("\nfreshet:  ").append(a).append("\npostgres: ").append(b);
        m.append("\nstatements (last is the one compared):\n");
        for (String s : trace) {
            m.append("  ").append(s).append(";\n");
        }
        fail(m.toString());
    }

    private static Connection connect(TestDatabase db, boolean extended) throws SQLException {
        if (!extended) {
            return db.connect();
        }
        String url =
                db.jdbcUrl().replace("preferQueryMode=simple", "preferQueryMode=extended")
                        + "&prepareThreshold=1";
        Properties properties = new Properties();
        properties.setProperty("user", db.user());
        return DriverManager.getConnection(url, properties);
    }

    /**
     * What a statement did: its sorted rows or update count, or the SQLSTATE of its error.
     *
     * @param rows sorted rows as text, or null for a command
     */
    record Outcome(@Nullable List<String> rows, long count, @Nullable String error) {
        @Override
        public String toString() {
            if (error != null) {
                return "ERROR " + error;
            }
            return rows != null ? rows.toString() : "count " + count;
        }
    }

    /** One engine: the connection running the transactions and a second, autocommit one. */
    private record Side(Connection main, Connection other) {
        void exec(String sql) throws SQLException {
            try (Statement s = main.createStatement()) {
                s.execute(sql);
            }
        }

        Outcome run(String sql, int param) {
            return run(main, sql, param);
        }

        Outcome runOther(String sql) {
            return run(other, sql, -1);
        }

        private static Outcome run(Connection c, String sql, int param) {
            try {
                if (param >= 0) {
                    try (PreparedStatement ps = c.prepareStatement(sql)) {
                        ps.setInt(1, param);
                        try (ResultSet rs = ps.executeQuery()) {
                            return new Outcome(rows(rs), 0, null);
                        }
                    }
                }
                try (Statement s = c.createStatement()) {
                    if (s.execute(sql)) {
                        try (ResultSet rs = s.getResultSet()) {
                            return new Outcome(rows(rs), 0, null);
                        }
                    }
                    return new Outcome(null, s.getUpdateCount(), null);
                }
            } catch (SQLException e) {
                return new Outcome(null, 0, e.getSQLState());
            }
        }

        private static List<String> rows(ResultSet rs) throws SQLException {
            List<String> out = new ArrayList<>();
            int n = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                StringBuilder row = new StringBuilder();
                for (int i = 1; i <= n; i++) {
                    if (i > 1) {
                        row.append('|');
                    }
                    row.append(rs.getString(i));
                }
                out.add(row.toString());
            }
            out.sort(null);
            return out;
        }
    }
}
