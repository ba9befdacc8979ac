package dev.freshet.tests.freshet;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.freshet.tests.CommandResult;
import dev.freshet.tests.psql.Psql;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
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
 * pg_catalog and information_schema as clients use them: psql's meta-commands run by the real psql
 * (their output has the shape PostgreSQL 15 prints for the same schema), ad-hoc catalog queries,
 * pgjdbc's DatabaseMetaData, and SET/SHOW.
 */
@Tag("freshet")
class FreshetCatalogTest {
    private static FreshetTestDatabase freshet;
    private static Psql psql;

    @BeforeAll
    static void start() {
        freshet = FreshetTestDatabase.start();
        psql = Psql.connectingTo(freshet);
        CommandResult setup =
                psql.script(
                        "CREATE TABLE people (id INT PRIMARY KEY, name VARCHAR NOT NULL,"
                                + " score DOUBLE PRECISION, note TEXT);\n"
                                + "CREATE TABLE events (ts TIMESTAMP, kind VARCHAR(20));\n"
                                + "CREATE MATERIALIZED VIEW by_name AS"
                                + " SELECT name, count(*) AS n FROM people GROUP BY name;\n");
        assertTrue(setup.succeeded(), setup::describe);
    }

    @AfterAll
    static void stop() {
        freshet.close();
    }

    private static String psql(String command) {
        CommandResult r = psql.command(command);
        assertTrue(r.succeeded(), r::describe);
        assertEquals("", r.stderr(), r::describe);
        return r.stdout();
    }

    @Test
    void listRelations() {
        assertEquals(
                "              List of relations\n"
                        + " Schema |  Name   |       Type        | Owner \n"
                        + "--------+---------+-------------------+-------\n"
                        + " public | by_name | materialized view | root\n"
                        + " public | events  | table             | root\n"
                        + " public | people  | table             | root\n"
                        + "(3 rows)\n\n",
                psql("\\d"));
        assertEquals(
                "        List of relations\n"
                        + " Schema |  Name  | Type  | Owner \n"
                        + "--------+--------+-------+-------\n"
                        + " public | events | table | root\n"
                        + " public | people | table | root\n"
                        + "(2 rows)\n\n",
                psql("\\dt"));
        assertTrue(psql("\\dm").contains(" public | by_name | materialized view | root\n"));
        assertFalse(psql("\\dv").contains("public"), "no plain views");
        assertTrue(psql("\\di").contains(" public | people_pkey | index | root  | people\n"));
        assertTrue(psql("\\dt+").contains(" public | people | table | root  | permanent   | heap"));
    }

    @Test
    void describeTableAndView() {
        assertEquals(
                "                    Table \"public.people\"\n"
                        + " Column |       Type        | Collation | Nullable | Default \n"
                        + "--------+-------------------+-----------+----------+---------\n"
                        + " id     | integer           |           | not null | \n"
                        + " name   | character varying |           | not null | \n"
                        + " score  | double precision  |           |          | \n"
                        + " note   | character varying |           |          | \n"
                        + "Indexes:\n"
                        + "    \"people_pkey\" PRIMARY KEY, btree (id)\n\n",
                psql("\\d people"));
        String events = psql("\\d events");
        assertTrue(events.contains(" ts     | timestamp without time zone |"), events);
        assertTrue(events.contains(" kind   | character varying(20)       |"), events);
        assertFalse(events.contains("Indexes:"), events);
        String view = psql("\\d by_name");
        assertTrue(view.contains("Materialized view \"public.by_name\""), view);
        assertTrue(view.contains(" n      | bigint "), view);
    }

    @Test
    void schemasDatabasesRolesFunctions() {
        assertTrue(psql("\\dn").contains(" public | root\n"));
        assertTrue(psql("\\l").contains(" dev  | root  | UTF8     | C       | C     |"));
        assertTrue(psql("\\du").contains(" root      | Superuser, Create role, Create DB"));
        assertTrue(psql("\\df").contains("(0 rows)"));
        CommandResult x = psql.script("\\x\nSELECT 1 AS a, 2 AS b;\n");
        assertTrue(x.succeeded(), x::describe);
        assertTrue(x.stdout().contains("-[ RECORD 1 ]\na | 1\nb | 2\n"), x::describe);
    }

    private static List<String> column(ResultSet rs, String label) throws SQLException {
        List<String> out = new ArrayList<>();
        while (rs.next()) {
            out.add(rs.getString(label));
        }
        return out;
    }

    @Test
    void catalogQueriesJoinWithEachOtherAndFunctions() throws SQLException {
        try (Connection c = freshet.connect();
                Statement s = c.createStatement()) {
            ResultSet rs =
                    s.executeQuery(
                            "SELECT c.relname, a.attname, format_type(a.atttypid, a.atttypmod) AS t"
                                    + " FROM pg_class c JOIN pg_attribute a ON a.attrelid = c.oid"
                                    + " JOIN pg_namespace n ON n.oid = c.relnamespace"
                                    + " WHERE n.nspname = 'public' AND c.relkind = 'r'"
                                    + " ORDER BY c.relname, a.attnum");
            List<String> rows = new ArrayList<>();
            while (rs.next()) {
                rows.add(rs.getString(1) + "." + rs.getString(2) + ":" + rs.getString(3));
            }
            assertEquals(
                    List.of(
                            "events.ts:timestamp without time zone",
                            "events.kind:character varying(20)",
                            "people.id:integer",
                            "people.name:character varying",
                            "people.score:double precision",
                            "people.note:character varying"),
                    rows);
            rs =
                    s.executeQuery(
                            "SELECT column_name FROM information_schema.columns"
                                    + " WHERE table_name = 'by_name' ORDER BY ordinal_position");
            assertEquals(List.of("name", "n"), column(rs, "column_name"));
            rs =
                    s.executeQuery(
                            "SELECT pg_get_indexdef(indexrelid) AS d FROM pg_index"
                                    + " WHERE indrelid = 'people'::regclass");
            assertEquals(
                    List.of("CREATE UNIQUE INDEX people_pkey ON public.people USING btree (id)"),
                    column(rs, "d"));
            rs =
                    s.executeQuery(
                            "SELECT current_database() AS a, current_user AS b, current_schema() AS"
                                    + " c, version() AS d, pg_backend_pid() > 0 AS e,"
                                    + " has_table_privilege('people', 'SELECT') AS f");
            assertTrue(rs.next());
            assertEquals("dev", rs.getString("a"));
            assertEquals("root", rs.getString("b"));
            assertEquals("public", rs.getString("c"));
            assertTrue(rs.getString("d").startsWith("PostgreSQL 15"), rs.getString("d"));
            assertTrue(rs.getBoolean("e"));
            assertTrue(rs.getBoolean("f"));
            // a user table joined with the catalog
            s.execute("INSERT INTO people VALUES (1, 'ada', 1.0, NULL)");
            rs =
                    s.executeQuery(
                            "SELECT p.name, c.relkind FROM people p, pg_class c"
                                    + " WHERE c.relname = 'people'");
            assertTrue(rs.next());
            assertEquals("ada", rs.getString(1));
            assertEquals("r", rs.getString(2));
        }
    }

    @Test
    void catalogsAreReadOnlyAndNotForViews() throws SQLException {
        try (Connection c = freshet.connect();
                Statement s = c.createStatement()) {
            SQLException write =
                    org.junit.jupiter.api.Assertions.assertThrows(
                            SQLException.class, () -> s.execute("DELETE FROM pg_catalog.pg_class"));
            assertEquals("42501", write.getSQLState(), write.getMessage());
            SQLException view =
                    org.junit.jupiter.api.Assertions.assertThrows(
                            SQLException.class,
                            () ->
                                    s.execute(
                                            "CREATE MATERIALIZED VIEW v AS SELECT relname FROM"
                                                    + " pg_class"));
            assertEquals("0A000", view.getSQLState(), view.getMessage());
        }
    }

    @Test
    void jdbcDatabaseMetaData() throws SQLException {
        try (Connection c = freshet.connect()) {
            DatabaseMetaData md = c.getMetaData();
            assertTrue(
                    column(md.getSchemas(), "TABLE_SCHEM").contains("public"),
                    "schemas include public");
            assertEquals(List.of("dev"), column(md.getCatalogs(), "TABLE_CAT"));
            assertTrue(column(md.getTableTypes(), "TABLE_TYPE").contains("TABLE"));
            List<String> tables =
                    column(md.getTables(null, "public", "%", new String[] {"TABLE"}), "TABLE_NAME");
            assertEquals(List.of("events", "people"), tables);
            List<String> views =
                    column(
                            md.getTables(null, "public", "%", new String[] {"MATERIALIZED VIEW"}),
                            "TABLE_NAME");
            assertEquals(List.of("by_name"), views);
        }
    }

    @Test
    void setShowReset() throws SQLException {
        try (Connection c = freshet.connect();
                Statement s = c.createStatement()) {
            s.execute("SET application_name = 'catalog-test'");
            ResultSet rs = s.executeQuery("SHOW application_name");
            assertTrue(rs.next());
            assertEquals("catalog-test", rs.getString(1));
            rs = s.executeQuery("SELECT current_setting('application_name')");
            assertTrue(rs.next());
            assertEquals("catalog-test", rs.getString(1));
            rs = s.executeQuery("SELECT set_config('statement_timeout', '5000', false)");
            assertTrue(rs.next());
            assertEquals("5000", rs.getString(1));
            rs = s.executeQuery("SHOW statement_timeout");
            assertTrue(rs.next());
            assertEquals("5000", rs.getString(1));
            s.execute("RESET statement_timeout");
            rs = s.executeQuery("SELECT setting FROM pg_settings WHERE name = 'statement_timeout'");
            assertTrue(rs.next());
            assertEquals("0", rs.getString(1));
            rs = s.executeQuery("SHOW ALL");
            List<String> names = column(rs, "name");
            assertTrue(
                    names.contains("DateStyle") && names.contains("search_path"), names::toString);
        }
    }
}
