package dev.freshet.sql.parser;

import static dev.freshet.sql.parser.ParsedSql.error;
import static dev.freshet.sql.parser.ParsedSql.parse;
import static dev.freshet.sql.parser.ParsedSql.syntaxError;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.freshet.sql.ast.CopyOptions;
import dev.freshet.sql.ast.ExplainOption;
import dev.freshet.sql.ast.SqlCloseCursor;
import dev.freshet.sql.ast.SqlCopy;
import dev.freshet.sql.ast.SqlCreateIndex;
import dev.freshet.sql.ast.SqlCreateMaterializedView;
import dev.freshet.sql.ast.SqlCreateSink;
import dev.freshet.sql.ast.SqlDeallocate;
import dev.freshet.sql.ast.SqlDeclareCursor;
import dev.freshet.sql.ast.SqlDescribe;
import dev.freshet.sql.ast.SqlDiscard;
import dev.freshet.sql.ast.SqlExplainStatement;
import dev.freshet.sql.ast.SqlFetch;
import dev.freshet.sql.ast.SqlFlush;
import dev.freshet.sql.ast.SqlResetVariable;
import dev.freshet.sql.ast.SqlSetVariable;
import dev.freshet.sql.ast.SqlShow;
import dev.freshet.sql.ast.SqlSubscribe;
import dev.freshet.sql.ast.SqlTransactionStatement;
import dev.freshet.sql.ast.TransactionMode;
import dev.freshet.sql.error.ErrorCode;
import java.util.List;
import org.apache.calcite.sql.SqlDelete;
import org.apache.calcite.sql.SqlInsert;
import org.apache.calcite.sql.SqlSelect;
import org.apache.calcite.sql.SqlUpdate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Session, transaction, cursor, COPY and introspection statements. */
class SessionStatementTest {

    @Test
    void flush() {
        parse("FLUSH", SqlFlush.class);
        parse("flush", SqlFlush.class);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "SHOW TABLES | TABLES |",
                "show materialized views | MATERIALIZED_VIEWS |",
                "SHOW VIEWS | VIEWS |",
                "SHOW SOURCES | SOURCES |",
                "SHOW SINKS | SINKS |",
                "SHOW INDEXES | INDEXES |",
                "SHOW MODELS | MODELS |",
                "SHOW USERS | USERS |",
                "SHOW FUNCTIONS | FUNCTIONS |",
                "SHOW ALL | ALL |",
                "SHOW CREATE TABLE s.t | CREATE_TABLE | s.t",
                "SHOW CREATE MATERIALIZED VIEW mv | CREATE_MATERIALIZED_VIEW | mv",
                "SHOW search_path | PARAMETER | search_path",
                "SHOW DateStyle | PARAMETER | datestyle",
                "SHOW \"DateStyle\" | PARAMETER | DateStyle",
                "SHOW \"tables\" | PARAMETER | tables",
                "SHOW TIME ZONE | PARAMETER | timezone",
                "SHOW TRANSACTION ISOLATION LEVEL | PARAMETER | transaction_isolation",
                "SHOW SESSION AUTHORIZATION | PARAMETER | session_authorization",
                "SHOW rw.implicit_flush | PARAMETER | rw.implicit_flush",
                "SHOW server_version | PARAMETER | server_version"
            })
    void show(String sql, SqlShow.Target target, String name) {
        SqlShow show = parse(sql, SqlShow.class);
        assertEquals(target, show.what());
        assertEquals(name, show.name());
    }

    @Test
    void describe() {
        SqlDescribe describe = parse("DESCRIBE s.t", SqlDescribe.class);
        assertEquals(List.of("s", "t"), describe.name().names);
        assertFalse(describe.model());
        assertFalse(parse("DESC t", SqlDescribe.class).model());
        assertTrue(parse("DESCRIBE MODEL m", SqlDescribe.class).model());
        // a relation named "model"
        SqlDescribe model = parse("DESCRIBE model", SqlDescribe.class);
        assertFalse(model.model());
        assertEquals("model", model.name().getSimple());
    }

    @Test
    void explain() {
        SqlExplainStatement explain = parse("EXPLAIN SELECT 1", SqlExplainStatement.class);
        assertInstanceOf(SqlSelect.class, explain.statement());
        assertFalse(explain.verbose());
        assertTrue(explain.options().isEmpty());

        assertTrue(parse("EXPLAIN VERBOSE SELECT 1", SqlExplainStatement.class).verbose());
        explain = parse("EXPLAIN (VERBOSE, FORMAT json) SELECT 1", SqlExplainStatement.class);
        assertEquals(
                List.of(new ExplainOption("verbose", null), new ExplainOption("format", "json")),
                explain.options());
        assertTrue(explain.verbose());
        assertFalse(parse("EXPLAIN (verbose false) SELECT 1", SqlExplainStatement.class).verbose());
        assertInstanceOf(
                SqlSelect.class,
                parse("EXPLAIN (SELECT 1)", SqlExplainStatement.class).statement());

        assertInstanceOf(
                SqlCreateMaterializedView.class,
                parse(
                                "EXPLAIN CREATE MATERIALIZED VIEW mv AS SELECT * FROM t",
                                SqlExplainStatement.class)
                        .statement());
        assertInstanceOf(
                SqlCreateSink.class,
                parse(
                                "EXPLAIN CREATE SINK k FROM mv WITH (connector = 'x')",
                                SqlExplainStatement.class)
                        .statement());
        assertInstanceOf(
                SqlCreateIndex.class,
                parse("EXPLAIN CREATE INDEX i ON t (a)", SqlExplainStatement.class).statement());
        assertInstanceOf(
                SqlInsert.class,
                parse("EXPLAIN INSERT INTO t VALUES (1)", SqlExplainStatement.class).statement());
        assertInstanceOf(
                SqlUpdate.class,
                parse("EXPLAIN UPDATE t SET a = 1", SqlExplainStatement.class).statement());
        assertInstanceOf(
                SqlDelete.class,
                parse("EXPLAIN DELETE FROM t", SqlExplainStatement.class).statement());
        syntaxError("EXPLAIN CREATE TABLE t (a int)");
    }

    @Test
    void setVariable() {
        SqlSetVariable set = parse("SET RW_IMPLICIT_FLUSH TO true", SqlSetVariable.class);
        assertEquals(SqlSetVariable.Kind.VARIABLE, set.kind());
        assertEquals(SqlSetVariable.Scope.SESSION, set.scope());
        assertEquals("rw_implicit_flush", set.name());
        assertEquals(List.of("true"), set.values());
        assertFalse(set.toDefault());

        set = parse("SET datestyle TO ISO, MDY", SqlSetVariable.class);
        assertEquals(List.of("ISO", "MDY"), set.values());
        set = parse("SET SESSION timezone = 'UTC'", SqlSetVariable.class);
        assertEquals("timezone", set.name());
        assertEquals(List.of("UTC"), set.values());
        set = parse("SET LOCAL search_path TO public, \"$user\"", SqlSetVariable.class);
        assertEquals(SqlSetVariable.Scope.LOCAL, set.scope());
        assertEquals(List.of("public", "$user"), set.values());
        assertEquals(
                List.of("1"),
                parse("SET streaming_parallelism TO 1", SqlSetVariable.class).values());
        assertEquals(List.of("-1.5"), parse("SET x = -1.5", SqlSetVariable.class).values());
        assertEquals(List.of("on"), parse("SET x = on", SqlSetVariable.class).values());
        assertEquals(List.of("Off"), parse("SET x = Off", SqlSetVariable.class).values());
        assertEquals("a.b", parse("SET a.b = 1", SqlSetVariable.class).name());
        set = parse("SET application_name = DEFAULT", SqlSetVariable.class);
        assertTrue(set.toDefault());
        assertTrue(set.values().isEmpty());
        // a variable may be named like a scope
        assertEquals("session", parse("SET session = 1", SqlSetVariable.class).name());
    }

    @Test
    void setTimeZoneAndNames() {
        SqlSetVariable set = parse("SET TIME ZONE 'Europe/Berlin'", SqlSetVariable.class);
        assertEquals("timezone", set.name());
        assertEquals(List.of("Europe/Berlin"), set.values());
        assertTrue(parse("SET TIME ZONE LOCAL", SqlSetVariable.class).toDefault());
        assertTrue(parse("SET TIME ZONE DEFAULT", SqlSetVariable.class).toDefault());
        assertEquals(List.of("-7"), parse("SET TIME ZONE -7", SqlSetVariable.class).values());
        set = parse("SET NAMES 'UTF8'", SqlSetVariable.class);
        assertEquals("client_encoding", set.name());
        assertEquals(List.of("UTF8"), set.values());
    }

    @Test
    void setTransaction() {
        SqlSetVariable set =
                parse(
                        "SET SESSION CHARACTERISTICS AS TRANSACTION ISOLATION LEVEL READ COMMITTED,"
                                + " READ ONLY",
                        SqlSetVariable.class);
        assertEquals(SqlSetVariable.Kind.SESSION_CHARACTERISTICS, set.kind());
        assertEquals(
                List.of(TransactionMode.ISOLATION_READ_COMMITTED, TransactionMode.READ_ONLY),
                set.transactionModes());
        assertNull(set.name());
        set =
                parse(
                        "SET TRANSACTION ISOLATION LEVEL SERIALIZABLE NOT DEFERRABLE",
                        SqlSetVariable.class);
        assertEquals(SqlSetVariable.Kind.TRANSACTION, set.kind());
        assertEquals(
                List.of(TransactionMode.ISOLATION_SERIALIZABLE, TransactionMode.NOT_DEFERRABLE),
                set.transactionModes());
    }

    @Test
    void reset() {
        assertTrue(parse("RESET ALL", SqlResetVariable.class).all());
        assertEquals("timezone", parse("RESET TIME ZONE", SqlResetVariable.class).name());
        SqlResetVariable reset = parse("RESET search_path", SqlResetVariable.class);
        assertFalse(reset.all());
        assertEquals("search_path", reset.name());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "BEGIN | BEGIN",
                "BEGIN WORK | BEGIN",
                "BEGIN TRANSACTION | BEGIN",
                "START TRANSACTION | BEGIN",
                "COMMIT | COMMIT",
                "COMMIT WORK | COMMIT",
                "COMMIT TRANSACTION | COMMIT",
                "END | COMMIT",
                "END TRANSACTION | COMMIT",
                "ROLLBACK | ROLLBACK",
                "ROLLBACK WORK | ROLLBACK",
                "ABORT | ROLLBACK",
                "ABORT TRANSACTION | ROLLBACK"
            })
    void transactionControl(String sql, SqlTransactionStatement.Kind kind) {
        SqlTransactionStatement statement = parse(sql, SqlTransactionStatement.class);
        assertEquals(kind, statement.kind());
        assertTrue(statement.modes().isEmpty());
    }

    @Test
    void transactionModes() {
        assertEquals(
                List.of(
                        TransactionMode.ISOLATION_REPEATABLE_READ,
                        TransactionMode.READ_WRITE,
                        TransactionMode.DEFERRABLE),
                parse(
                                "BEGIN ISOLATION LEVEL REPEATABLE READ, READ WRITE DEFERRABLE",
                                SqlTransactionStatement.class)
                        .modes());
        assertEquals(
                List.of(TransactionMode.READ_ONLY, TransactionMode.ISOLATION_READ_UNCOMMITTED),
                parse(
                                "START TRANSACTION READ ONLY, ISOLATION LEVEL READ UNCOMMITTED",
                                SqlTransactionStatement.class)
                        .modes());
    }

    @Test
    void copyWithOptionList() {
        SqlCopy copy =
                parse(
                        "COPY t (a, b) FROM STDIN WITH (FORMAT csv, HEADER true, DELIMITER ';',"
                                + " NULL '', QUOTE '\"', ESCAPE '\\', ENCODING 'UTF8')",
                        SqlCopy.class);
        assertEquals("t", copy.table().getSimple());
        assertEquals(List.of("a", "b"), copy.columns());
        assertEquals(SqlCopy.Direction.FROM_STDIN, copy.direction());
        assertEquals(
                new CopyOptions(CopyOptions.Format.CSV, true, ";", "", "\"", "\\", "UTF8"),
                copy.options());

        copy = parse("COPY t FROM STDIN", SqlCopy.class);
        assertEquals(CopyOptions.DEFAULTS, copy.options());
        assertEquals("\t", copy.options().delimiterOrDefault());
        assertEquals("\\N", copy.options().nullStringOrDefault());
        assertTrue(copy.columns().isEmpty());

        copy = parse("COPY t FROM STDIN (FORMAT 'csv', HEADER)", SqlCopy.class);
        assertEquals(CopyOptions.Format.CSV, copy.options().format());
        assertTrue(copy.options().header());
        assertEquals(",", copy.options().delimiterOrDefault());
        assertEquals("", copy.options().nullStringOrDefault());
        assertFalse(parse("COPY t FROM STDIN (HEADER off)", SqlCopy.class).options().header());
        assertEquals(
                CopyOptions.Format.BINARY,
                parse("COPY t FROM STDIN (FORMAT binary)", SqlCopy.class).options().format());
    }

    @Test
    void copyWithOlderOptions() {
        SqlCopy copy =
                parse("COPY t FROM STDIN WITH CSV HEADER DELIMITER ',' NULL AS ''", SqlCopy.class);
        assertEquals(
                new CopyOptions(CopyOptions.Format.CSV, true, ",", "", null, null, null),
                copy.options());
        assertEquals(
                CopyOptions.Format.CSV,
                parse("COPY t FROM STDIN CSV", SqlCopy.class).options().format());
        assertEquals(
                "|",
                parse("COPY t FROM STDIN DELIMITER AS '|'", SqlCopy.class).options().delimiter());
        assertEquals(
                CopyOptions.Format.BINARY,
                parse("COPY t TO STDOUT BINARY", SqlCopy.class).options().format());
    }

    @Test
    void copyToStdout() {
        SqlCopy copy = parse("COPY s.t TO STDOUT", SqlCopy.class);
        assertEquals(SqlCopy.Direction.TO_STDOUT, copy.direction());
        copy =
                parse(
                        "COPY (SELECT * FROM t WHERE a > 1) TO STDOUT WITH (FORMAT csv)",
                        SqlCopy.class);
        assertNull(copy.table());
        assertInstanceOf(SqlSelect.class, copy.query());
        syntaxError("COPY (SELECT 1) FROM STDIN");
    }

    @Test
    void copyOptionsAreCheckedAsPostgresDoes() {
        assertEquals(
                "option \"freeze_x\" not recognized",
                syntaxError("COPY t FROM STDIN (freeze_x true)").getMessage());
        assertEquals(
                "conflicting or redundant options",
                syntaxError("COPY t FROM STDIN (FORMAT csv, FORMAT text)").getMessage());
        error("COPY t FROM STDIN (DELIMITER ';;')", ErrorCode.FEATURE_NOT_SUPPORTED);
        error("COPY t FROM STDIN (QUOTE '\"')", ErrorCode.FEATURE_NOT_SUPPORTED);
        error("COPY t FROM STDIN (FORMAT xml)", ErrorCode.INVALID_PARAMETER_VALUE);
        syntaxError("COPY t FROM STDIN (FORMAT binary, DELIMITER ',')");
        syntaxError("COPY t FROM 'file.csv'");
    }

    @Test
    void subscribe() {
        SqlSubscribe subscribe = parse("SUBSCRIBE TO mv", SqlSubscribe.class);
        assertEquals("mv", subscribe.relation().getSimple());
        assertNull(subscribe.query());
        assertEquals("mv", parse("SUBSCRIBE mv", SqlSubscribe.class).relation().getSimple());
        subscribe =
                parse(
                        "SUBSCRIBE (SELECT * FROM t WHERE a > 1) WITH (snapshot = false)",
                        SqlSubscribe.class);
        assertNull(subscribe.relation());
        assertInstanceOf(SqlSelect.class, subscribe.query());
        assertEquals(List.of("snapshot"), List.copyOf(subscribe.options().keySet()));
    }

    @Test
    void declareFetchClose() {
        SqlDeclareCursor declare =
                parse("DECLARE c CURSOR FOR SELECT * FROM t", SqlDeclareCursor.class);
        assertEquals("c", declare.name());
        assertFalse(declare.binary() || declare.scroll() || declare.withHold());
        assertInstanceOf(SqlSelect.class, declare.query());

        declare =
                parse(
                        "DECLARE c BINARY NO SCROLL CURSOR WITH HOLD FOR SUBSCRIBE mv",
                        SqlDeclareCursor.class);
        assertTrue(declare.binary());
        assertFalse(declare.scroll());
        assertTrue(declare.withHold());
        assertInstanceOf(SqlSubscribe.class, declare.query());
        assertTrue(
                parse("DECLARE c SCROLL CURSOR WITHOUT HOLD FOR SELECT 1", SqlDeclareCursor.class)
                        .scroll());

        SqlFetch fetch = parse("FETCH 10 FROM c", SqlFetch.class);
        assertEquals("c", fetch.cursor());
        assertEquals(10, fetch.count());
        assertFalse(fetch.all());
        assertTrue(parse("FETCH FORWARD ALL FROM c", SqlFetch.class).all());
        assertEquals(1, parse("FETCH NEXT IN c", SqlFetch.class).count());
        assertEquals(1, parse("FETCH c", SqlFetch.class).count());
        assertEquals(5, parse("FETCH FORWARD 5 c", SqlFetch.class).count());
        assertEquals("forward", parse("FETCH forward", SqlFetch.class).cursor());

        assertEquals("c", parse("CLOSE c", SqlCloseCursor.class).cursor());
        assertTrue(parse("CLOSE ALL", SqlCloseCursor.class).all());
    }

    @Test
    void deallocateAndDiscard() {
        assertEquals("s1", parse("DEALLOCATE s1", SqlDeallocate.class).name());
        assertEquals("s1", parse("DEALLOCATE PREPARE s1", SqlDeallocate.class).name());
        assertTrue(parse("DEALLOCATE ALL", SqlDeallocate.class).all());
        assertTrue(parse("DEALLOCATE PREPARE ALL", SqlDeallocate.class).all());

        assertEquals(SqlDiscard.Target.ALL, parse("DISCARD ALL", SqlDiscard.class).target());
        assertEquals(SqlDiscard.Target.PLANS, parse("DISCARD PLANS", SqlDiscard.class).target());
        assertEquals(
                SqlDiscard.Target.SEQUENCES, parse("DISCARD SEQUENCES", SqlDiscard.class).target());
        assertEquals(SqlDiscard.Target.TEMP, parse("DISCARD TEMP", SqlDiscard.class).target());
        assertEquals(SqlDiscard.Target.TEMP, parse("DISCARD TEMPORARY", SqlDiscard.class).target());
        syntaxError("DISCARD everything");
    }
}
