package dev.freshet.tests.ml;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.freshet.tests.freshet.FreshetTestDatabase;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Random;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Online ML checks that sqllogictest cannot express, over pgjdbc against a real server: EXACT
 * models after random deletes equal models retrained on the remaining rows (within 1e-9), export
 * then import is bit for bit, and refusals carry their SQLSTATE.
 */
class MlEndToEndTest {
    private static FreshetTestDatabase db;

    @BeforeAll
    static void start() {
        db = FreshetTestDatabase.start();
    }

    @AfterAll
    static void stop() {
        db.close();
    }

    private static double scalar(Statement s, String sql) throws SQLException {
        try (ResultSet rs = s.executeQuery(sql)) {
            assertTrue(rs.next(), sql);
            return rs.getDouble(1);
        }
    }

    private static String text(Statement s, String sql) throws SQLException {
        try (ResultSet rs = s.executeQuery(sql)) {
            assertTrue(rs.next(), sql);
            return rs.getString(1);
        }
    }

    @Test
    void exactModelsAfterRandomDeletesEqualRetrainedModels() throws SQLException {
        try (Connection c = db.connect();
                Statement s = c.createStatement()) {
            s.execute(
                    "CREATE TABLE obs (id int PRIMARY KEY, x1 double precision, x2 double"
                            + " precision, y double precision, c boolean)");
            Random r = new Random(42);
            try (PreparedStatement p =
                    c.prepareStatement("INSERT INTO obs VALUES (?, ?, ?, ?, ?)")) {
                for (int i = 0; i < 400; i++) {
                    double x1 = r.nextGaussian();
                    double x2 = r.nextGaussian();
                    p.setInt(1, i);
                    p.setDouble(2, x1);
                    p.setDouble(3, x2);
                    p.setDouble(4, 2 * x1 - x2 + 0.5 + 0.1 * r.nextGaussian());
                    p.setBoolean(5, x1 + x2 > 0);
                    p.addBatch();
                }
                p.executeBatch();
            }
            String models =
                    " AS SELECT train('linear_regression', y, x1, x2) AS lin,"
                            + " train('ridge_regression', y, x1, x2, 'l2=0.5') AS ridge,"
                            + " train('gaussian_naive_bayes', c, x1, x2) AS nb,"
                            + " train('zscore', x1, x2) AS z FROM obs";
            s.execute("CREATE MATERIALIZED VIEW live" + models);
            for (int i = 0; i < 400; i++) {
                if (r.nextDouble() < 0.4) {
                    s.execute("DELETE FROM obs WHERE id = " + i);
                }
            }
            s.execute("UPDATE obs SET y = y + 1 WHERE id % 7 = 0");
            s.execute("CREATE MATERIALIZED VIEW retrained" + models);
            for (double[] probe : new double[][] {{0, 0}, {1.5, -0.5}, {-2, 3}}) {
                String args = probe[0] + ", " + probe[1];
                for (String f :
                        new String[] {
                            "predict(%s.lin, " + args + ")",
                            "predict(%s.ridge, " + args + ")",
                            "predict_proba(%s.nb, " + args + ")",
                            "anomaly_score(%s.z, " + args + ")"
                        }) {
                    double a = scalar(s, "SELECT " + f.formatted("l") + " FROM live l");
                    double b = scalar(s, "SELECT " + f.formatted("t") + " FROM retrained t");
                    assertEquals(b, a, 1e-9 * Math.max(1, Math.abs(b)), f + " at " + args);
                }
            }
        }
    }

    @Test
    void exportThenImportIsBitForBit() throws SQLException {
        try (Connection c = db.connect();
                Statement s = c.createStatement()) {
            s.execute("CREATE TABLE ev (x double precision, c boolean) APPEND ONLY");
            s.execute(
                    "INSERT INTO ev SELECT (g % 50) / 50.0, g % 50 > 20 FROM generate_series(1,"
                            + " 1000) AS t(g)");
            s.execute(
                    "CREATE MODEL tree WITH (algorithm = 'hoeffding_adaptive_tree', label = 'c')"
                            + " AS SELECT c, x FROM ev");
            String exported = text(s, "SELECT model_export(tree)");
            assertTrue(exported.startsWith("FRESHET-MODEL 1 hoeffding_adaptive_tree\n"), exported);
            s.execute("CREATE MODEL tree2 FROM '" + exported.replace("'", "''") + "'");
            assertEquals(exported, text(s, "SELECT model_export(tree2)"));
            assertEquals(
                    scalar(s, "SELECT predict_proba(tree, 0.9)"),
                    scalar(s, "SELECT predict_proba(tree2, 0.9)"));
            SQLException dup =
                    assertThrows(
                            SQLException.class,
                            () -> s.execute("CREATE MODEL tree2 FROM '" + exported + "'"));
            assertEquals("42710", dup.getSQLState());
        }
    }

    @Test
    void appendOnlyAlgorithmOverRetractingInputIsRefusedWithSqlstate() throws SQLException {
        try (Connection c = db.connect();
                Statement s = c.createStatement()) {
            s.execute("CREATE TABLE r (k int PRIMARY KEY, x double precision, c boolean)");
            SQLException e =
                    assertThrows(
                            SQLException.class,
                            () ->
                                    s.execute(
                                            "CREATE MATERIALIZED VIEW f AS SELECT"
                                                    + " train('adaptive_random_forest', c, x) AS m"
                                                    + " FROM r"));
            assertEquals("0A000", e.getSQLState());
            assertTrue(e.getMessage().contains("cannot retract"), e.getMessage());
            SQLException unknown =
                    assertThrows(
                            SQLException.class,
                            () -> s.execute("SELECT predict(no_such_model_here, 1.0)"));
            assertEquals("42703", unknown.getSQLState());
        }
    }
}
