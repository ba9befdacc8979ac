package dev.freshet.sql.parser;

import static dev.freshet.sql.parser.ParsedSql.error;
import static dev.freshet.sql.parser.ParsedSql.parse;
import static dev.freshet.sql.parser.ParsedSql.syntaxError;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.freshet.sql.ast.FreshetStatement;
import dev.freshet.sql.ast.IndexColumn;
import dev.freshet.sql.ast.ObjectType;
import dev.freshet.sql.ast.SqlAlterUser;
import dev.freshet.sql.ast.SqlColumnDeclaration;
import dev.freshet.sql.ast.SqlCreateFunction;
import dev.freshet.sql.ast.SqlCreateIndex;
import dev.freshet.sql.ast.SqlCreateMaterializedView;
import dev.freshet.sql.ast.SqlCreateModel;
import dev.freshet.sql.ast.SqlCreateSink;
import dev.freshet.sql.ast.SqlCreateSource;
import dev.freshet.sql.ast.SqlCreateTable;
import dev.freshet.sql.ast.SqlCreateUser;
import dev.freshet.sql.ast.SqlCreateView;
import dev.freshet.sql.ast.SqlDropObject;
import dev.freshet.sql.ast.SqlFormatEncode;
import dev.freshet.sql.ast.UserOptions;
import dev.freshet.sql.error.ErrorCode;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import org.apache.calcite.sql.SqlIdentifier;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.SqlLiteral;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.SqlSelect;
import org.junit.jupiter.api.Test;

/** CREATE, ALTER USER and DROP statements. */
class DdlStatementTest {

    private static String string(SqlNode literal) {
        return ((SqlLiteral) literal).getValueAs(String.class);
    }

    @Test
    void createTableWithEverything() {
        String sql =
                "CREATE TABLE IF NOT EXISTS s.orders ("
                        + " id bigint PRIMARY KEY,"
                        + " customer text NOT NULL,"
                        + " note varchar(20) NULL DEFAULT 'none',"
                        + " ts timestamptz,"
                        + " WATERMARK FOR ts AS ts - INTERVAL '5' SECOND)"
                        + " APPEND ONLY"
                        + " WITH (connector = 'kafka', properties.bootstrap.server = 'h:9092',"
                        + " fields.id.end = 10, 'odd key' = true, x = -1.5, y = earliest)"
                        + " FORMAT PLAIN ENCODE JSON (schema.registry = 'http://r')";
        SqlCreateTable table = parse(sql, SqlCreateTable.class);
        assertInstanceOf(FreshetStatement.class, table);
        assertEquals(SqlKind.CREATE_TABLE, table.getKind());
        assertEquals(List.of("s", "orders"), table.name().names);
        assertTrue(table.ifNotExists());
        assertEquals(4, table.columns().size());

        SqlColumnDeclaration id = table.columns().get(0);
        assertEquals("id", id.name());
        assertEquals("BIGINT", id.type().getTypeName().getSimple());
        assertFalse(id.notNull());
        assertNull(id.defaultValue());
        assertTrue(table.columns().get(1).notNull());
        SqlColumnDeclaration note = table.columns().get(2);
        assertFalse(note.notNull());
        assertEquals("none", string(note.defaultValue()));
        assertEquals(
                sql.indexOf("note") + 1, FreshetParser.position(sql, note.getParserPosition()));

        assertEquals(List.of("id"), table.primaryKey());
        assertTrue(table.appendOnly());
        assertNotNull(table.watermark());
        assertEquals("ts", table.watermark().column());
        assertEquals(SqlKind.MINUS, table.watermark().expression().getKind());

        assertEquals(
                List.of(
                        "connector",
                        "properties.bootstrap.server",
                        "fields.id.end",
                        "odd key",
                        "x",
                        "y"),
                List.copyOf(table.options().keySet()));
        assertEquals("kafka", string(table.options().get("connector")));
        assertEquals(Boolean.TRUE, ((SqlLiteral) table.options().get("odd key")).booleanValue());
        assertEquals(
                new BigDecimal("-1.5"),
                ((SqlLiteral) table.options().get("x")).getValueAs(BigDecimal.class));
        assertEquals("earliest", ((SqlIdentifier) table.options().get("y")).getSimple());

        SqlFormatEncode format = table.formatEncode();
        assertNotNull(format);
        assertEquals("plain", format.format());
        assertEquals("json", format.encode());
        assertEquals("http://r", string(format.encodeOptions().get("schema.registry")));
        assertNull(table.asQuery());
    }

    @Test
    void createTablePrimaryKeyConstraint() {
        SqlCreateTable table =
                parse(
                        "CREATE TABLE t (x int, y int, z int, PRIMARY KEY (x, y, z))",
                        SqlCreateTable.class);
        assertEquals(List.of("x", "y", "z"), table.primaryKey());
        assertFalse(table.appendOnly());
        assertNull(table.watermark());
        assertTrue(table.options().isEmpty());
        assertNull(table.formatEncode());
        table =
                parse(
                        "CREATE TABLE t (a int, CONSTRAINT t_pk PRIMARY KEY (a))",
                        SqlCreateTable.class);
        assertEquals(List.of("a"), table.primaryKey());
        table = parse("create table t (v1 int, v2 int)", SqlCreateTable.class);
        assertEquals(List.of(), table.primaryKey());
    }

    @Test
    void createTableRejectsASecondPrimaryKeyOrWatermark() {
        error(
                "CREATE TABLE t (a int PRIMARY KEY, b int PRIMARY KEY)",
                ErrorCode.INVALID_TABLE_DEFINITION);
        error(
                "CREATE TABLE t (a int, PRIMARY KEY (a), PRIMARY KEY (a))",
                ErrorCode.INVALID_TABLE_DEFINITION);
        error(
                "CREATE TABLE t (a timestamp, WATERMARK FOR a AS a, WATERMARK FOR a AS a)",
                ErrorCode.INVALID_TABLE_DEFINITION);
    }

    @Test
    void repeatedOptionIsAnError() {
        String sql = "CREATE TABLE t (a int) WITH (x = 1, y = 2, x = 3)";
        assertEquals(sql.lastIndexOf("x") + 1, syntaxError(sql).position());
        assertEquals("conflicting or redundant options", syntaxError(sql).getMessage());
    }

    @Test
    void createTableAsQuery() {
        SqlCreateTable table = parse("CREATE TABLE t AS SELECT * FROM u", SqlCreateTable.class);
        assertInstanceOf(SqlSelect.class, table.asQuery());
        assertTrue(table.columns().isEmpty());
        assertTrue(table.asColumnNames().isEmpty());
        table = parse("CREATE TABLE t (a, b) WITH (x = 1) AS SELECT 1, 2", SqlCreateTable.class);
        assertEquals(List.of("a", "b"), table.asColumnNames());
        assertEquals(1, table.options().size());
    }

    @Test
    void createMaterializedView() {
        SqlCreateMaterializedView view =
                parse(
                        "CREATE MATERIALIZED VIEW IF NOT EXISTS mv (a, b) AS SELECT x, y FROM t"
                                + " EMIT ON WINDOW CLOSE WITH (retention = 10)",
                        SqlCreateMaterializedView.class);
        assertEquals(SqlKind.CREATE_MATERIALIZED_VIEW, view.getKind());
        assertEquals("mv", view.name().getSimple());
        assertTrue(view.ifNotExists());
        assertEquals(List.of("a", "b"), view.columnNames());
        assertInstanceOf(SqlSelect.class, view.query());
        assertTrue(view.emitOnWindowClose());
        assertEquals(List.of("retention"), List.copyOf(view.options().keySet()));

        view =
                parse(
                        "create materialized view mv as select * from t",
                        SqlCreateMaterializedView.class);
        assertFalse(view.ifNotExists());
        assertNull(view.columnNames());
        assertFalse(view.emitOnWindowClose());
        assertTrue(view.options().isEmpty());

        // EMIT is reserved, so it is never read as a table alias
        assertTrue(
                parse(
                                "CREATE MATERIALIZED VIEW mv AS SELECT * FROM t EMIT ON WINDOW CLOSE",
                                SqlCreateMaterializedView.class)
                        .emitOnWindowClose());
        parse(
                "CREATE MATERIALIZED VIEW mv WITH (a = 1) AS SELECT 1",
                SqlCreateMaterializedView.class);
    }

    @Test
    void createView() {
        SqlCreateView view = parse("CREATE OR REPLACE VIEW v (a) AS SELECT 1", SqlCreateView.class);
        assertTrue(view.orReplace());
        assertEquals(List.of("a"), view.columnNames());
        assertEquals(SqlKind.CREATE_VIEW, view.getKind());
        view = parse("CREATE VIEW IF NOT EXISTS v AS SELECT 1", SqlCreateView.class);
        assertFalse(view.orReplace());
        assertTrue(view.ifNotExists());
        assertNull(view.columnNames());
    }

    @Test
    void createSource() {
        SqlCreateSource source =
                parse(
                        "CREATE SOURCE IF NOT EXISTS s (a int, ts timestamp,"
                                + " WATERMARK FOR ts AS ts - INTERVAL '1' SECOND) APPEND ONLY"
                                + " WITH (connector = 'kafka', topic = 'x')"
                                + " FORMAT PLAIN ENCODE JSON",
                        SqlCreateSource.class);
        assertTrue(source.ifNotExists());
        assertEquals(2, source.columns().size());
        assertEquals("ts", source.watermark().column());
        assertTrue(source.appendOnly());
        assertEquals("kafka", string(source.options().get("connector")));
        assertEquals("json", source.formatEncode().encode());

        source = parse("CREATE SOURCE s WITH (connector = 'datagen')", SqlCreateSource.class);
        assertTrue(source.columns().isEmpty());
        assertNull(source.formatEncode());
        syntaxError("CREATE SOURCE s (a int)"); // WITH is required
    }

    @Test
    void createSink() {
        SqlCreateSink sink =
                parse(
                        "CREATE SINK IF NOT EXISTS k FROM mv WITH (connector = 'blackhole')",
                        SqlCreateSink.class);
        assertEquals("mv", sink.from().getSimple());
        assertNull(sink.query());
        assertTrue(sink.ifNotExists());

        sink =
                parse(
                        "CREATE SINK k AS SELECT * FROM t WITH (connector = 'kafka')"
                                + " FORMAT UPSERT ENCODE JSON (force_append_only = 'true')",
                        SqlCreateSink.class);
        assertNull(sink.from());
        assertInstanceOf(SqlSelect.class, sink.query());
        assertEquals("upsert", sink.formatEncode().format());
        syntaxError("CREATE SINK k FROM mv");
    }

    @Test
    void createIndex() {
        SqlCreateIndex index =
                parse(
                        "CREATE INDEX IF NOT EXISTS idx ON s.t (a DESC, b ASC, c) INCLUDE (d, e)",
                        SqlCreateIndex.class);
        assertEquals(SqlKind.CREATE_INDEX, index.getKind());
        assertTrue(index.ifNotExists());
        assertEquals(List.of("s", "t"), index.relation().names);
        assertEquals(
                List.of(
                        new IndexColumn("a", true),
                        new IndexColumn("b", false),
                        new IndexColumn("c", false)),
                index.keys());
        assertEquals(List.of("d", "e"), index.include());
        assertEquals(List.of(), parse("CREATE INDEX i ON t (a)", SqlCreateIndex.class).include());
    }

    @Test
    void createModel() {
        SqlCreateModel model =
                parse(
                        "CREATE MODEL IF NOT EXISTS m WITH (algorithm = 'linear_regression',"
                                + " label = 'y') AS SELECT x, y FROM t",
                        SqlCreateModel.class);
        assertTrue(model.ifNotExists());
        assertEquals("linear_regression", string(model.options().get("algorithm")));
        assertInstanceOf(SqlSelect.class, model.query());
        assertNull(model.exported());

        model = parse("CREATE MODEL m FROM '{\"version\": 1}'", SqlCreateModel.class);
        assertEquals("{\"version\": 1}", model.exported());
        assertNull(model.query());
        assertTrue(model.options().isEmpty());
        syntaxError("CREATE MODEL m AS SELECT 1");
    }

    @Test
    void createAndAlterUser() {
        SqlCreateUser user =
                parse(
                        "CREATE USER alice WITH PASSWORD 'secret' SUPERUSER NOLOGIN",
                        SqlCreateUser.class);
        assertEquals("alice", user.name());
        assertEquals("secret", user.password().orElseThrow());
        assertTrue(user.superuser());
        assertFalse(user.login());

        user = parse("CREATE USER bob", SqlCreateUser.class);
        assertTrue(user.password().isEmpty());
        assertFalse(user.superuser());
        assertTrue(user.login());
        assertEquals(UserOptions.NONE, user.options());

        SqlAlterUser alter =
                parse("ALTER USER alice WITH PASSWORD NULL NOSUPERUSER", SqlAlterUser.class);
        assertEquals(new UserOptions(null, true, false, null), alter.options());
        alter = parse("ALTER USER alice PASSWORD 'x' LOGIN", SqlAlterUser.class);
        assertEquals(new UserOptions("x", false, null, true), alter.options());

        assertEquals(
                "unrecognized role option \"createrole\"",
                syntaxError("CREATE USER u CREATEROLE").getMessage());
        assertEquals(
                "conflicting or redundant options",
                syntaxError("CREATE USER u LOGIN NOLOGIN").getMessage());
    }

    @Test
    void createFunction() {
        SqlCreateFunction function =
                parse(
                        "CREATE FUNCTION count_char(s varchar, c varchar) RETURNS int LANGUAGE SQL"
                                + " AS\n  $$SELECT LENGTH(s) - LENGTH(REPLACE(s, c, ''))$$",
                        SqlCreateFunction.class);
        assertEquals("count_char", function.name().getSimple());
        assertEquals(Arrays.asList("s", "c"), function.parameterNames());
        assertEquals(2, function.parameterTypes().size());
        assertEquals("INTEGER", function.returnType().getTypeName().getSimple());
        assertEquals("sql", function.language());
        assertEquals("SELECT LENGTH(s) - LENGTH(REPLACE(s, c, ''))", function.body());

        function =
                parse(
                        "CREATE OR REPLACE FUNCTION f(int, text) RETURNS text AS 'select 1'",
                        SqlCreateFunction.class);
        assertTrue(function.orReplace());
        assertEquals(Arrays.asList(null, null), function.parameterNames());
        assertEquals("sql", function.language());
        error(
                "CREATE FUNCTION f() RETURNS int LANGUAGE sql",
                ErrorCode.INVALID_FUNCTION_DEFINITION);
    }

    @Test
    void dropEveryObjectType() {
        String[][] cases = {
            {"TABLE", "TABLE"},
            {"MATERIALIZED VIEW", "MATERIALIZED_VIEW"},
            {"VIEW", "VIEW"},
            {"SOURCE", "SOURCE"},
            {"SINK", "SINK"},
            {"INDEX", "INDEX"},
            {"MODEL", "MODEL"},
            {"USER", "USER"},
            {"FUNCTION", "FUNCTION"}
        };
        for (String[] c : cases) {
            SqlDropObject drop = parse("DROP " + c[0] + " x", SqlDropObject.class);
            assertEquals(ObjectType.valueOf(c[1]), drop.objectType());
            assertEquals(c[0], drop.objectType().sql());
            assertFalse(drop.ifExists());
            assertFalse(drop.cascade());
        }
        SqlDropObject drop = parse("DROP TABLE IF EXISTS a, s.b CASCADE", SqlDropObject.class);
        assertTrue(drop.ifExists());
        assertTrue(drop.cascade());
        assertEquals(2, drop.names().size());
        assertEquals(List.of("s", "b"), drop.names().get(1).names);
        assertEquals(SqlKind.DROP_TABLE, drop.getKind());
        assertFalse(parse("DROP VIEW v RESTRICT", SqlDropObject.class).cascade());
    }
}
