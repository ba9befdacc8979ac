package dev.freshet.sql.parser;

import static dev.freshet.sql.parser.ParsedSql.error;
import static dev.freshet.sql.parser.ParsedSql.syntaxError;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.freshet.sql.ast.SqlFlush;
import dev.freshet.sql.error.ErrorCode;
import dev.freshet.sql.error.FreshetException;
import dev.freshet.sql.parser.impl.FreshetSqlParserImpl;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.calcite.avatica.util.Casing;
import org.apache.calcite.sql.SqlBasicCall;
import org.apache.calcite.sql.SqlIdentifier;
import org.apache.calcite.sql.SqlInsert;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.SqlSelect;
import org.apache.calcite.sql.parser.SqlParseException;
import org.apache.calcite.sql.parser.SqlParser;
import org.apache.calcite.sql.parser.SqlParserPos;
import org.apache.calcite.util.Litmus;
import org.junit.jupiter.api.Test;

/** The parser's API: statement splitting, positions, errors, configuration, concurrency. */
class FreshetParserTest {

    @Test
    void splitsStatementsAndKeepsTheirTextAndOffsets() {
        String sql = "SELECT 1;\n  -- a comment\n  INSERT INTO t VALUES (1) ;; FLUSH;";
        List<ParsedStatement> statements = FreshetParser.parse(sql);
        assertEquals(3, statements.size());
        assertEquals("SELECT 1", statements.get(0).text());
        assertEquals(0, statements.get(0).offset());
        assertEquals("INSERT INTO t VALUES (1)", statements.get(1).text());
        assertEquals(sql.indexOf("INSERT"), statements.get(1).offset());
        assertInstanceOf(SqlInsert.class, statements.get(1).node());
        assertEquals("FLUSH", statements.get(2).text());
        assertEquals(sql.indexOf("FLUSH"), statements.get(2).offset());
        assertInstanceOf(SqlFlush.class, statements.get(2).node());
    }

    @Test
    void statementTextKeepsInnerCommentsAndNewlines() {
        String sql = "/* head */ SELECT a, -- the a\n b FROM t";
        ParsedStatement statement = FreshetParser.parse(sql).get(0);
        assertEquals("SELECT a, -- the a\n b FROM t", statement.text());
        assertEquals(11, statement.offset());
    }

    @Test
    void emptyStatementsAreSkipped() {
        assertEquals(List.of(), FreshetParser.parse(""));
        assertEquals(List.of(), FreshetParser.parse("   \n\t "));
        assertEquals(List.of(), FreshetParser.parse(";;  ; -- nothing\n /* still nothing */ ;"));
        assertEquals(1, FreshetParser.parse(";;SELECT 1;;").size());
    }

    @Test
    void nodePositionsAreInTheWholeText() {
        String sql = "SELECT 1;\nSELECT abc FROM t";
        SqlSelect select = (SqlSelect) FreshetParser.parse(sql).get(1).node();
        SqlNode abc = select.getSelectList().get(0);
        assertEquals(sql.indexOf("abc") + 1, FreshetParser.position(sql, abc.getParserPosition()));
    }

    @Test
    void positionCountsCharactersAsPostgresDoes() {
        // a tab is one character; \r\n and a lone \r end a line; a surrogate pair is one character
        String sql = "SELECT\t'\uD83D\uDE00',\r\n x,\r y";
        assertEquals(8, FreshetParser.position(sql, new SqlParserPos(1, 8)));
        SqlSelect select = (SqlSelect) FreshetParser.parse(sql).get(0).node();
        SqlNode x = select.getSelectList().get(1);
        SqlNode y = select.getSelectList().get(2);
        assertEquals(
                sql.codePointCount(0, sql.indexOf('x')) + 1,
                FreshetParser.position(sql, x.getParserPosition()));
        assertEquals(
                sql.codePointCount(0, sql.indexOf('y')) + 1,
                FreshetParser.position(sql, y.getParserPosition()));
        assertEquals(0, FreshetParser.position(sql, SqlParserPos.ZERO));
    }

    @Test
    void syntaxErrorPointsAtTheTokenWhereItWasFound() {
        // PostgreSQL: ERROR: syntax error at or near "FORM", position 10 (a bare * takes no alias)
        FreshetException e = syntaxError("SELECT * FORM t");
        assertEquals("syntax error at or near \"FORM\"", e.getMessage());
        assertEquals(10, e.position());
        assertEquals("42601", e.code().sqlState());

        e = syntaxError("SELECT a FORM t");
        assertEquals("syntax error at or near \"t\"", e.getMessage());
        assertEquals(15, e.position());

        e = syntaxError("SELECT 1 SELECT 2");
        assertEquals("syntax error at or near \"SELECT\"", e.getMessage());
        assertEquals(10, e.position());

        e = syntaxError("CREATE TABLE t (a int, b int))");
        assertEquals("syntax error at or near \")\"", e.getMessage());
        assertEquals(30, e.position());
    }

    @Test
    void syntaxErrorAtEndOfInput() {
        FreshetException e = syntaxError("SELECT * FROM");
        assertEquals("syntax error at end of input", e.getMessage());
        assertEquals(14, e.position());

        e = syntaxError("SELECT 1; SELECT * FROM t WHERE  ");
        assertEquals("syntax error at end of input", e.getMessage());
        assertEquals(34, e.position());
    }

    @Test
    void syntaxErrorInALaterStatementHasItsPositionInTheWholeText() {
        FreshetException e = syntaxError("SELECT 1;\nSELEC 2");
        assertEquals("syntax error at or near \"SELEC\"", e.getMessage());
        assertEquals(11, e.position());
    }

    @Test
    void unterminatedQuotesAndCommentsAreReportedAtTheirStart() {
        FreshetException e = syntaxError("SELECT 'abc");
        assertEquals("unterminated quoted string at or near \"'abc\"", e.getMessage());
        assertEquals(8, e.position());

        e = syntaxError("SELECT \"abc");
        assertEquals("unterminated quoted identifier at or near \"\"abc\"", e.getMessage());
        assertEquals(8, e.position());

        e = syntaxError("SELECT $$abc");
        assertEquals("unterminated dollar-quoted string at or near \"$$abc\"", e.getMessage());
        assertEquals(8, e.position());

        e = syntaxError("SELECT 1 /* no end");
        assertEquals("unterminated /* comment at or near \"/* no end\"", e.getMessage());
        assertEquals(10, e.position());
    }

    @Test
    void unknownCharacterIsASyntaxError() {
        FreshetException e = syntaxError("SELECT 1 # 2");
        assertEquals("syntax error at or near \"#\"", e.getMessage());
        assertEquals(10, e.position());
    }

    @Test
    void statementCannotBeABareExpression() {
        FreshetException e = syntaxError("SELECT 1; 42");
        assertEquals("syntax error at or near \"42\"", e.getMessage());
        assertEquals(11, e.position());
    }

    @Test
    void tooDeeplyNestedIsAnErrorNotACrash() {
        String sql = "SELECT " + "(".repeat(200_000) + "1" + ")".repeat(200_000);
        error(sql, ErrorCode.PROGRAM_LIMIT_EXCEEDED);
    }

    @Test
    void undefinedParameterZero() {
        FreshetException e = error("SELECT $0", ErrorCode.UNDEFINED_PARAMETER);
        assertEquals("there is no parameter $0", e.getMessage());
        assertEquals(8, e.position());
    }

    @Test
    void grammarRuleViolationsCarryTheirPosition() {
        String sql = "CREATE TABLE t (a int PRIMARY KEY, b int, PRIMARY KEY (b))";
        FreshetException e = error(sql, ErrorCode.INVALID_TABLE_DEFINITION);
        assertEquals("multiple primary keys for table \"t\" are not allowed", e.getMessage());
        assertEquals(sql.indexOf("PRIMARY KEY (b)") + 1, e.position());

        e = syntaxError("CREATE OR REPLACE TABLE t (a int)");
        assertEquals("syntax error at or near \"TABLE\"", e.getMessage());
        assertEquals(19, e.position());
    }

    @Test
    void noOtherExceptionEverEscapes() {
        String[] vocabulary = {
            "SELECT",
            "FROM",
            "WHERE",
            "(",
            ")",
            ",",
            ";",
            "'x'",
            "\"q\"",
            "1",
            "1.5",
            "a",
            "b.c",
            "::",
            "int",
            "->",
            "->>",
            "~",
            "!",
            "=",
            "<>",
            "!=",
            "+",
            "-",
            "*",
            "/",
            "%",
            "||",
            "CREATE",
            "TABLE",
            "MATERIALIZED",
            "VIEW",
            "AS",
            "WITH",
            "SET",
            "TO",
            "SHOW",
            "COPY",
            "STDIN",
            "TUMBLE",
            "HOP",
            "INTERVAL",
            "'5 minutes'",
            "DISTINCT",
            "ON",
            "ORDER",
            "BY",
            "FETCH",
            "FIRST",
            "ROWS",
            "TIES",
            "UNION",
            "CORRESPONDING",
            "$1",
            "$$x$$",
            "E'\\n'",
            "[",
            "]",
            "ARRAY",
            "CAST",
            "NULL",
            "NOT",
            "IN",
            "EXPLAIN",
            "DROP",
            "IF",
            "EXISTS",
            "BEGIN",
            "COMMIT",
            "DECLARE",
            "CURSOR",
            "FOR",
            "SUBSCRIBE",
            "/*",
            "*/",
            "--",
            "$",
            "'"
        };
        Random random = new Random(42);
        for (int i = 0; i < 5000; i++) {
            StringBuilder sql = new StringBuilder();
            int length = 1 + random.nextInt(12);
            for (int j = 0; j < length; j++) {
                sql.append(vocabulary[random.nextInt(vocabulary.length)]).append(' ');
            }
            try {
                FreshetParser.parse(sql.toString());
            } catch (FreshetException e) {
                assertNotEquals(ErrorCode.INTERNAL_ERROR, e.code(), () -> sql + ": " + e);
                assertTrue(e.position() >= 0 && e.position() <= sql.length() + 1, sql::toString);
            }
        }
    }

    @Test
    void parsesConcurrently() throws Exception {
        List<String> statements =
                List.of(
                        "SELECT a::int, b -> 'x' FROM t WHERE c = $1",
                        "CREATE MATERIALIZED VIEW mv AS SELECT * FROM TUMBLE(t, ts, INTERVAL '1' MINUTE)",
                        "CREATE TABLE t (a int PRIMARY KEY, b text) WITH (connector = 'x')",
                        "COPY t FROM STDIN WITH (FORMAT csv)",
                        "SELECT DISTINCT ON (a) a, b FROM t ORDER BY a, b DESC");
        List<SqlNode> expected = new ArrayList<>();
        for (String sql : statements) {
            expected.add(ParsedSql.parseOne(sql));
        }
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Boolean>> results = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                results.add(
                        pool.submit(
                                () -> {
                                    for (int i = 0; i < 200; i++) {
                                        int k = i % statements.size();
                                        SqlNode node = ParsedSql.parseOne(statements.get(k));
                                        if (!node.equalsDeep(expected.get(k), Litmus.IGNORE)) {
                                            return false;
                                        }
                                    }
                                    return true;
                                }));
            }
            for (Future<Boolean> result : results) {
                assertTrue(result.get());
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void configIsOursAndWorksThroughCalcitesParserApi() throws SqlParseException {
        SqlParser.Config config = FreshetParser.config();
        assertSame(FreshetSqlParserImpl.FACTORY, config.parserFactory());
        assertEquals(Casing.TO_LOWER, config.unquotedCasing());
        assertEquals(Casing.UNCHANGED, config.quotedCasing());
        assertTrue(config.caseSensitive());
        assertSame(FreshetConformance.INSTANCE, config.conformance());

        SqlNode node = SqlParser.create("SELECT A::int FROM T", config).parseStmt();
        SqlSelect select = assertInstanceOf(SqlSelect.class, node);
        SqlBasicCall cast = (SqlBasicCall) select.getSelectList().get(0);
        assertEquals(SqlKind.CAST, cast.getKind());
        assertEquals("a", ((SqlIdentifier) cast.operand(0)).getSimple());
    }

    @Test
    void conformanceIsLenientLikePostgres() {
        FreshetConformance c = FreshetConformance.INSTANCE;
        assertTrue(c.isGroupByAlias() && c.isGroupByOrdinal() && c.isHavingAlias());
        assertTrue(c.isSortByOrdinal() && c.isSortByAlias() && !c.isFromRequired());
        assertTrue(c.isBangEqualAllowed() && c.isPercentRemainderAllowed());
        assertTrue(c.isLimitStartCountAllowed() && c.isOffsetLimitAllowed());
        assertTrue(c.allowNiladicParentheses() && c.isInsertSubsetColumnsAllowed());
        assertTrue(c.allowQualifyingCommonColumn() && !c.isMinusAllowed());
        // and the parser accepts what it allows
        ParsedSql.parseOne("SELECT a, count(*) FROM t GROUP BY 1 HAVING count(*) > 1 ORDER BY 2");
        ParsedSql.parseOne("SELECT * FROM t LIMIT 5, 10");
        ParsedSql.parseOne("SELECT * FROM t OFFSET 5 LIMIT 10");
        ParsedSql.parseOne("SELECT now(), 5 % 2, 1 != 2");
    }
}
