package dev.freshet.tests.freshet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * pgjdbc's {@link DatabaseMetaData} against a real server, over the extended protocol as
 * applications use it: the SQL pgjdbc sends for columns, keys, indexes, types, routines and
 * privileges runs, and the answers describe the user's table and materialized view as PostgreSQL
 * would.
 */
@Tag("freshet")
class FreshetJdbcMetaDataTest {
    private static FreshetTestDatabase freshet;
    private static Connection connection;

    @BeforeAll
    static void start() throws SQLException {
        freshet = FreshetTestDatabase.start();
        Properties p = new Properties();
        p.setProperty("user", freshet.user());
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
                    "CREATE TABLE accounts (id BIGINT PRIMARY KEY, owner VARCHAR(40) NOT NULL,"
                            + " balance DECIMAL(12,2), opened DATE, seen TIMESTAMP, active BOOLEAN,"
                            + " score DOUBLE PRECISION, note TEXT)");
            s.execute("CREATE TABLE pairs (a INT, b VARCHAR, c INT, PRIMARY KEY (c, a))");
            s.execute(
                    "CREATE MATERIALIZED VIEW by_owner AS"
                            + " SELECT owner, count(*) AS n, sum(balance) AS total"
                            + " FROM accounts GROUP BY owner");
        }
    }

    @AfterAll
    static void stop() throws SQLException {
        connection.close();
        freshet.close();
    }

    private static List<String> rows(ResultSet rs, String... labels) throws SQLException {
        List<String> out = new ArrayList<>();
        try (rs) {
            while (rs.next()) {
                StringBuilder b = new StringBuilder();
                for (String label : labels) {
                    if (!b.isEmpty()) {
                        b.append(' ');
                    }
                    b.append(rs.getString(label));
                }
                out.add(b.toString());
            }
        }
        return out;
    }

    @Test
    void columnsOfTableAndMaterializedView() throws SQLException {
        DatabaseMetaData md = connection.getMetaData();
        assertEquals(
                List.of(
                        "id int8 19 0 NO 1",
                        "owner varchar 40 0 NO 2",
                        "balance numeric 12 2 YES 3",
                        "opened date 13 0 YES 4",
                        "seen timestamp 29 6 YES 5",
                        "active bool 1 0 YES 6",
                        "score float8 17 17 YES 7",
                        "note varchar 2147483647 0 YES 8"),
                rows(
                        md.getColumns(null, "public", "accounts", "%"),
                        "COLUMN_NAME",
                        "TYPE_NAME",
                        "COLUMN_SIZE",
                        "DECIMAL_DIGITS",
                        "IS_NULLABLE",
                        "ORDINAL_POSITION"));
        try (ResultSet rs = md.getColumns(null, "public", "accounts", "balance")) {
            assertTrue(rs.next());
            assertEquals(Types.NUMERIC, rs.getInt("DATA_TYPE"));
            assertEquals(DatabaseMetaData.columnNullable, rs.getInt("NULLABLE"));
            assertEquals("accounts", rs.getString("TABLE_NAME"));
            assertEquals("public", rs.getString("TABLE_SCHEM"));
            assertFalse(rs.next());
        }
        assertEquals(
                List.of("owner varchar", "n int8", "total numeric"),
                rows(md.getColumns(null, "public", "by_owner", null), "COLUMN_NAME", "TYPE_NAME"));
    }

    @Test
    void primaryKeysIndexesAndRowIdentifier() throws SQLException {
        DatabaseMetaData md = connection.getMetaData();
        assertEquals(
                List.of("accounts id 1 accounts_pkey"),
                rows(
                        md.getPrimaryKeys(null, "public", "accounts"),
                        "TABLE_NAME",
                        "COLUMN_NAME",
                        "KEY_SEQ",
                        "PK_NAME"));
        assertEquals(List.of(), rows(md.getPrimaryKeys(null, "public", "by_owner"), "PK_NAME"));
        // a composite key in its declared order, not the columns' order
        assertEquals(
                List.of("c 1", "a 2"),
                rows(md.getPrimaryKeys(null, "public", "pairs"), "COLUMN_NAME", "KEY_SEQ"));
        assertEquals(
                List.of("pairs_pkey c 1", "pairs_pkey a 2"),
                rows(
                        md.getIndexInfo(null, "public", "pairs", true, false),
                        "INDEX_NAME",
                        "COLUMN_NAME",
                        "ORDINAL_POSITION"));
        assertEquals(
                List.of("accounts_pkey f 1 id A"),
                rows(
                        md.getIndexInfo(null, "public", "accounts", false, true),
                        "INDEX_NAME",
                        "NON_UNIQUE",
                        "ORDINAL_POSITION",
                        "COLUMN_NAME",
                        "ASC_OR_DESC"));
        assertEquals(
                List.of("id"),
                rows(
                        md.getBestRowIdentifier(
                                null, "public", "accounts", DatabaseMetaData.bestRowSession, true),
                        "COLUMN_NAME"));
    }

    @Test
    void typesRoutinesKeysAndPrivilegesDoNotFail() throws SQLException {
        DatabaseMetaData md = connection.getMetaData();
        List<String> types = rows(md.getTypeInfo(), "TYPE_NAME");
        assertTrue(
                types.containsAll(List.of("int4", "int8", "varchar", "numeric", "timestamp")),
                types::toString);
        assertEquals(List.of(), rows(md.getImportedKeys(null, "public", "accounts"), "PK_NAME"));
        assertEquals(List.of(), rows(md.getExportedKeys(null, "public", "accounts"), "PK_NAME"));
        assertEquals(
                List.of(),
                rows(
                        md.getCrossReference(
                                null, "public", "accounts", null, "public", "by_owner"),
                        "PK_NAME"));
        assertEquals(List.of(), rows(md.getFunctions(null, "public", "%"), "FUNCTION_NAME"));
        assertEquals(List.of(), rows(md.getProcedures(null, "public", "%"), "PROCEDURE_NAME"));
        assertEquals(
                List.of(), rows(md.getFunctionColumns(null, "public", "%", "%"), "COLUMN_NAME"));
        assertTrue(
                rows(md.getTablePrivileges(null, "public", "accounts"), "PRIVILEGE")
                        .contains("SELECT"));
        assertTrue(
                rows(md.getColumnPrivileges(null, "public", "accounts", "%"), "COLUMN_NAME")
                        .contains("owner"));
        assertTrue(md.getSQLKeywords().length() > 0);
        rows(md.getVersionColumns(null, "public", "accounts"), "COLUMN_NAME");
        rows(md.getUDTs(null, "public", "%", null), "TYPE_NAME");
    }
}
