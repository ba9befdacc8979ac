package dev.freshet.sql.parser;

import static dev.freshet.sql.parser.ParsedSql.assertSameTree;
import static dev.freshet.sql.parser.ParsedSql.parse;
import static dev.freshet.sql.parser.ParsedSql.parseOne;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.freshet.sql.ast.SqlCorrespondingSetOp;
import dev.freshet.sql.ast.SqlOrderByWithTies;
import dev.freshet.sql.ast.SqlSelectDistinctOn;
import java.util.List;
import org.apache.calcite.sql.SqlDelete;
import org.apache.calcite.sql.SqlInsert;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.SqlOrderBy;
import org.apache.calcite.sql.SqlSelect;
import org.apache.calcite.sql.SqlUpdate;
import org.apache.calcite.sql.SqlWith;
import org.apache.calcite.sql.SqlWithItem;
import org.apache.calcite.sql.fun.SqlStdOperatorTable;
import org.apache.calcite.sql.parser.SqlParserPos;
import org.apache.calcite.util.Litmus;
import org.junit.jupiter.api.Test;

/** Query syntax: RisingWave's window functions and CHANGELOG, PostgreSQL's DISTINCT ON, ... */
class QuerySyntaxTest {

    @Test
    void tumbleInFromIsCalcitesWindowTableFunction() {
        assertSameTree(
                "SELECT * FROM TABLE(TUMBLE(TABLE t, DESCRIPTOR(ts), INTERVAL '5' MINUTE)) AS w",
                "SELECT * FROM TUMBLE(t, ts, INTERVAL '5' MINUTE) AS w");
        assertSameTree(
                "SELECT * FROM TABLE(TUMBLE(TABLE t, DESCRIPTOR(ts), INTERVAL '5' MINUTE)) w",
                "SELECT * FROM tumble(t, ts, INTERVAL '5 minutes') w");
        assertSameTree(
                "SELECT window_start, count(*) FROM TABLE(TUMBLE(TABLE s.t, DESCRIPTOR(ts),"
                        + " INTERVAL '1' HOUR, INTERVAL '5' MINUTE)) GROUP BY window_start",
                "SELECT window_start, count(*) FROM TUMBLE(s.t, ts, INTERVAL '1' HOUR,"
                        + " INTERVAL '5' MINUTE) GROUP BY window_start");
        parse("SELECT * FROM TUMBLE(t, ts, INTERVAL '5' MINUTE)", SqlSelect.class);
    }

    @Test
    void hopInFromIsCalcitesWindowTableFunction() {
        assertSameTree(
                "SELECT * FROM TABLE(HOP(TABLE bid, DESCRIPTOR(date_time), INTERVAL '2' SECOND,"
                        + " INTERVAL '10' SECOND))",
                "SELECT * FROM HOP(bid, date_time, INTERVAL '2' SECOND, INTERVAL '10' SECOND)");
    }

    @Test
    void otherFunctionsInFromAreLeftAlone() {
        assertSameTree(
                "SELECT * FROM TABLE(generate_series(1, 10))",
                "SELECT * FROM generate_series(1, 10)");
    }

    @Test
    void changelogWithItemIsASelectFromTheChangelogFunction() {
        assertSameTree(
                "WITH sub AS (SELECT * FROM TABLE(changelog(TABLE mv))) SELECT * FROM sub",
                "WITH sub AS CHANGELOG FROM mv SELECT * FROM sub");
        SqlWith with =
                parse(
                        "WITH a AS (SELECT 1), b AS CHANGELOG FROM s.mv SELECT * FROM a, b",
                        SqlWith.class);
        SqlWithItem b = (SqlWithItem) with.withList.get(1);
        assertEquals("b", b.name.getSimple());
        assertInstanceOf(SqlSelect.class, b.query);
    }

    @Test
    void distinctOn() {
        SqlOrderBy orderBy =
                parse(
                        "SELECT DISTINCT ON (a, b + 1) a, b, c FROM t ORDER BY a, b DESC",
                        SqlOrderBy.class);
        SqlSelectDistinctOn select = assertInstanceOf(SqlSelectDistinctOn.class, orderBy.query);
        assertEquals(2, select.distinctOn().size());
        assertEquals("a", select.distinctOn().get(0).toString());
        assertEquals(SqlKind.PLUS, select.distinctOn().get(1).getKind());
        assertFalse(select.isDistinct());
        assertEquals(3, select.getSelectList().size());

        SqlSelectDistinctOn plain =
                parse("SELECT DISTINCT ON (a) * FROM t", SqlSelectDistinctOn.class);
        // a parenthesized sub-query is cloned by Calcite's parser: DISTINCT ON must survive
        SqlSelect outer =
                parse("SELECT * FROM (SELECT DISTINCT ON (a) * FROM t) AS s", SqlSelect.class);
        SqlNode inner = ((org.apache.calcite.sql.SqlCall) outer.getFrom()).operand(0);
        assertTrue(plain.equalsDeep(inner, Litmus.IGNORE));
        // and DISTINCT ON differs from a plain SELECT
        assertFalse(plain.equalsDeep(parseOne("SELECT * FROM t"), Litmus.IGNORE));
        assertFalse(
                parseOne("SELECT * FROM t")
                        .equalsDeep(parseOne("SELECT DISTINCT * FROM t"), Litmus.IGNORE));
    }

    @Test
    void distinctStillWorks() {
        SqlSelect select = parse("SELECT DISTINCT a FROM t", SqlSelect.class);
        assertTrue(select.isDistinct());
        assertFalse(select instanceof SqlSelectDistinctOn);
    }

    @Test
    void fetchFirstWithTies() {
        SqlOrderByWithTies ties =
                parse(
                        "SELECT v1, v2 FROM t5 ORDER BY v1 FETCH FIRST 3 ROWS WITH TIES",
                        SqlOrderByWithTies.class);
        assertEquals("3", ties.fetchWithTies().toString());
        assertNull(ties.offset);
        assertEquals(1, ties.orderList.size());
        ties =
                parse(
                        "SELECT * FROM t ORDER BY a OFFSET 2 ROWS FETCH NEXT 1 ROW WITH TIES",
                        SqlOrderByWithTies.class);
        assertEquals("2", String.valueOf(ties.offset));
        // ONLY is the plain Calcite node
        SqlOrderBy only =
                parse("SELECT * FROM t ORDER BY a FETCH FIRST 3 ROWS ONLY", SqlOrderBy.class);
        assertFalse(only instanceof SqlOrderByWithTies);
        assertFalse(ties.equalsDeep(only, Litmus.IGNORE));
        assertInstanceOf(SqlOrderByWithTies.class, ties.clone(SqlParserPos.ZERO));
    }

    @Test
    void correspondingSetOperations() {
        SqlCorrespondingSetOp all =
                parse(
                        "SELECT * FROM t1 UNION ALL CORRESPONDING SELECT * FROM t2",
                        SqlCorrespondingSetOp.class);
        assertSame(SqlStdOperatorTable.UNION_ALL, all.setOperator());
        assertTrue(all.all());
        assertEquals(SqlKind.UNION, all.getKind());
        assertTrue(all.isA(SqlKind.QUERY));
        assertNull(all.byColumns());
        assertInstanceOf(SqlSelect.class, all.left());

        SqlCorrespondingSetOp by =
                parse(
                        "SELECT * FROM t1 UNION CORRESPONDING BY (v4, v1) SELECT * FROM t2",
                        SqlCorrespondingSetOp.class);
        assertFalse(by.all());
        assertEquals(List.of("v4", "v1"), by.byColumns());

        SqlCorrespondingSetOp except =
                parse(
                        "SELECT a FROM t1 EXCEPT CORRESPONDING SELECT a FROM t2",
                        SqlCorrespondingSetOp.class);
        assertEquals(SqlKind.EXCEPT, except.getKind());

        // precedence as for the plain operation
        assertInstanceOf(
                SqlCorrespondingSetOp.class,
                parseOne("SELECT 1 UNION SELECT 2 UNION CORRESPONDING SELECT 3"));
        SqlOrderBy ordered =
                parse(
                        "SELECT a FROM t1 UNION CORRESPONDING SELECT a FROM t2 ORDER BY a",
                        SqlOrderBy.class);
        assertInstanceOf(SqlCorrespondingSetOp.class, ordered.query);
    }

    @Test
    void standardQueriesAndDmlAreCalcitesNodes() {
        parse("SELECT a, count(*) FROM t GROUP BY a", SqlSelect.class);
        parse("VALUES (1, 'a'), (2, 'b')", org.apache.calcite.sql.SqlBasicCall.class);
        parse("WITH x AS (SELECT 1) SELECT * FROM x", SqlWith.class);
        parse("INSERT INTO t (a, b) VALUES ($1, $2)", SqlInsert.class);
        parse("INSERT INTO t SELECT * FROM u", SqlInsert.class);
        parse("UPDATE t SET a = a + 1 WHERE b = 'x'", SqlUpdate.class);
        parse("DELETE FROM t WHERE a IN (1, 2)", SqlDelete.class);
        parse("SELECT a FROM t ORDER BY a DESC NULLS LAST LIMIT 10 OFFSET 5", SqlOrderBy.class);
        parse(
                "SELECT row_number() OVER (PARTITION BY a ORDER BY b) AS rank FROM t",
                SqlSelect.class);
        parse(
                "SELECT count(DISTINCT a) FILTER (WHERE b > 1) FROM t1 JOIN t2 USING (id)"
                        + " LEFT JOIN t3 ON t1.a = t3.a",
                SqlSelect.class);
        parse("SELECT * FROM (SELECT * FROM t) WHERE a > 1", SqlSelect.class);
    }

    @Test
    void subQueryWithoutAlias() {
        SqlSelect select =
                parse(
                        "select v1 from (select *, row_number() over (partition by v3 order by v1)"
                                + " as rank from t4) where rank <= 2",
                        SqlSelect.class);
        assertInstanceOf(SqlSelect.class, select.getFrom());
    }
}
