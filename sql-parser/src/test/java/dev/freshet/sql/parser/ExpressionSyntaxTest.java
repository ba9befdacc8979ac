package dev.freshet.sql.parser;

import static dev.freshet.sql.parser.ParsedSql.assertSameTree;
import static dev.freshet.sql.parser.ParsedSql.parse;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import org.apache.calcite.avatica.util.TimeUnit;
import org.apache.calcite.sql.SqlBasicCall;
import org.apache.calcite.sql.SqlCall;
import org.apache.calcite.sql.SqlDataTypeSpec;
import org.apache.calcite.sql.SqlDynamicParam;
import org.apache.calcite.sql.SqlIdentifier;
import org.apache.calcite.sql.SqlIntervalLiteral;
import org.apache.calcite.sql.SqlKind;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.SqlSelect;
import org.apache.calcite.sql.SqlUnresolvedFunction;
import org.apache.calcite.sql.SqlUserDefinedTypeNameSpec;
import org.junit.jupiter.api.Test;

/** PostgreSQL expression syntax on top of Calcite's. */
class ExpressionSyntaxTest {

    private static SqlNode item(String expression) {
        return parse("SELECT " + expression + " FROM t", SqlSelect.class).getSelectList().get(0);
    }

    private static void assertSameExpression(String expected, String actual) {
        assertSameTree("SELECT " + expected + " FROM t", "SELECT " + actual + " FROM t");
    }

    @Test
    void infixCastIsAStandardCast() {
        SqlNode cast = item("a::int");
        assertEquals(SqlKind.CAST, cast.getKind());
        assertEquals("CAST", ((SqlCall) cast).getOperator().getName());
        assertSameExpression("CAST(a AS integer)", "a::int");
        assertSameExpression("CAST(a AS integer)", "a :: int");
    }

    @Test
    void infixCastChainsToTheLeft() {
        assertSameExpression("CAST(CAST(a AS text) AS int)", "a::text::int");
    }

    @Test
    void infixCastBindsTighterThanArithmeticAndUnaryMinus() {
        assertSameExpression("a + CAST(b AS int) * c", "a + b::int * c");
        assertSameExpression("-CAST(a AS int)", "-a::int");
        assertSameExpression("CAST(a + b AS int)", "(a + b)::int");
        assertSameExpression("CAST(a[1] AS text)", "a[1]::text");
        assertSameExpression("CAST(t.a AS text)", "t.a::text");
        assertSameExpression("CAST('x' AS integer ARRAY)", "'x'::int[]");
        assertSameExpression("CAST(a AS numeric) / b", "a :: NUMERIC / b");
    }

    @Test
    void dollarParametersAreNumberedByTheUser() {
        SqlSelect select = parse("SELECT $2, $1 + $2 FROM t WHERE a = $1", SqlSelect.class);
        assertEquals(1, ((SqlDynamicParam) select.getSelectList().get(0)).getIndex());
        SqlBasicCall plus = (SqlBasicCall) select.getSelectList().get(1);
        assertEquals(0, ((SqlDynamicParam) plus.operand(0)).getIndex());
        assertEquals(1, ((SqlDynamicParam) plus.operand(1)).getIndex());
        SqlBasicCall where = (SqlBasicCall) select.getWhere();
        assertEquals(0, ((SqlDynamicParam) where.operand(1)).getIndex());
        parse("SELECT * FROM t LIMIT $1 OFFSET $2", org.apache.calcite.sql.SqlOrderBy.class);
    }

    @Test
    void jsonArrowsAreJsonbGetCalls() {
        SqlBasicCall get = assertInstanceOf(SqlBasicCall.class, item("a -> 'x'"));
        assertInstanceOf(SqlUnresolvedFunction.class, get.getOperator());
        assertEquals("jsonb_get", get.getOperator().getName());
        assertSameExpression("jsonb_get(a, 'x')", "a -> 'x'");
        assertSameExpression("jsonb_get_text(a, 'x')", "a ->> 'x'");
        assertSameExpression("jsonb_get_text(jsonb_get(a, 'x'), 1)", "a -> 'x' ->> 1");
        assertSameExpression("jsonb_get_text(a, 'x') = 'y'", "a ->> 'x' = 'y'");
        assertSameExpression("jsonb_get(a, 'x' || 'y')", "a -> 'x' || 'y'");
        assertSameExpression("count(jsonb_get(a, 'x'))", "count(a -> 'x')");
    }

    @Test
    void posixRegexOperators() {
        assertEquals(SqlKind.POSIX_REGEX_CASE_SENSITIVE, item("a ~ 'x'").getKind());
        assertEquals(SqlKind.POSIX_REGEX_CASE_INSENSITIVE, item("a ~* 'x'").getKind());
        assertEquals(SqlKind.POSIX_REGEX_CASE_SENSITIVE, item("a !~ 'x'").getKind());
        assertEquals(
                "NEGATED POSIX REGEX CASE INSENSITIVE",
                ((SqlCall) item("a !~* 'x'")).getOperator().getName());
    }

    @Test
    void intervalLiteralsWithoutQualifierBecomeStandardOnes() {
        assertSameExpression("INTERVAL '5' MINUTE", "INTERVAL '5 minutes'");
        assertSameExpression("INTERVAL '1' SECOND", "INTERVAL '1 sec'");
        assertSameExpression("INTERVAL '2' DAY", "INTERVAL '2 days'");
        assertSameExpression("INTERVAL '14' DAY", "INTERVAL '2 weeks'");
        assertSameExpression("INTERVAL '1:30' HOUR TO MINUTE", "INTERVAL '1 hour 30 minutes'");
        assertSameExpression("INTERVAL '2:30' HOUR TO MINUTE", "INTERVAL '90 minutes 1 hour'");
        assertSameExpression(
                "INTERVAL '1 02:00:03.5' DAY TO SECOND", "INTERVAL '1 day 2 hours 3.5 seconds'");
        assertSameExpression("INTERVAL '1-2' YEAR TO MONTH", "INTERVAL '1 year 2 months'");
        assertSameExpression("INTERVAL '1.5' SECOND", "INTERVAL '1500 ms'");
        assertSameExpression("INTERVAL -'5' MINUTE", "INTERVAL '-5 minutes'");
        assertSameExpression("INTERVAL '1000' MINUTE(4)", "INTERVAL '1000 minutes'");
        SqlIntervalLiteral literal =
                assertInstanceOf(SqlIntervalLiteral.class, item("INTERVAL '10 seconds'"));
        SqlIntervalLiteral.IntervalValue value =
                literal.getValueAs(SqlIntervalLiteral.IntervalValue.class);
        assertEquals(TimeUnit.SECOND, value.getIntervalQualifier().getStartUnit());
    }

    @Test
    void intervalLiteralsCalciteCannotSpellArePostgresCasts() {
        SqlBasicCall cast = assertInstanceOf(SqlBasicCall.class, item("INTERVAL '1 month 2 days'"));
        assertEquals(SqlKind.CAST, cast.getKind());
        SqlDataTypeSpec type = (SqlDataTypeSpec) cast.operand(1);
        assertInstanceOf(SqlUserDefinedTypeNameSpec.class, type.getTypeNameSpec());
        assertEquals("interval", type.getTypeName().getSimple());
        assertSameExpression("CAST('1.5 hours' AS interval)", "INTERVAL '1.5 hours'");
        assertSameExpression("CAST('P1D' AS interval)", "INTERVAL 'P1D'");
        assertSameExpression("INTERVAL '1' DAY", "INTERVAL '1' DAY"); // qualified: Calcite's
    }

    @Test
    void anyKeywordIsAColumnLabelAfterAs() {
        SqlSelect select =
                parse(
                        "SELECT a AS date, b AS time, c AS from, d AS \"Select\" FROM t",
                        SqlSelect.class);
        String[] labels = {"date", "time", "from", "Select"};
        for (int i = 0; i < labels.length; i++) {
            SqlCall as = (SqlCall) select.getSelectList().get(i);
            assertEquals(labels[i], ((SqlIdentifier) as.operand(1)).getSimple());
        }
    }

    @Test
    void wordsPostgresDoesNotReserveNameColumns() {
        SqlSelect select =
                parse(
                        "SELECT max, min, count, rank, value, day, hour, year, start, source,"
                                + " language, result, uuid FROM t AS sink",
                        SqlSelect.class);
        assertEquals(13, select.getSelectList().size());
        assertSameTree(
                "WITH m AS (SELECT max(v) AS max FROM t) SELECT v FROM t, m WHERE v > max",
                "with m as (select max(v) max from t) select v from t, m where v > max");
        assertSameTree("SELECT (value) FROM t", "SELECT value FROM t");
    }

    @Test
    void arraysAndSubscripts() {
        assertSameExpression("(regexp_match(a, 'x'))[2]", "(regexp_match(a, 'x'))[2]");
        assertEquals(SqlKind.ARRAY_VALUE_CONSTRUCTOR, item("array[a, b]").getKind());
    }

    @Test
    void typedLiteralsAreCasts() {
        assertSameExpression(
                "CAST('2020-01-01 00:00:00+00' AS timestamptz)",
                "timestamptz '2020-01-01 00:00:00+00'");
        assertSameExpression("CAST('{\"a\": 1}' AS jsonb)", "jsonb '{\"a\": 1}'");
        assertSameExpression("CAST('1' AS int4)", "int4 '1'");
        assertSameExpression("CAST('1' AS integer)", "integer '1'");
        assertSameExpression("CAST('true' AS boolean)", "boolean 'true'");
        assertSameExpression(
                "CAST('a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11' AS uuid)",
                "uuid 'a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11'");
        assertSameExpression("CAST('x' AS my_type)", "my_type 'x'");
        // DATE, TIME and TIMESTAMP literals stay Calcite's
        assertEquals(SqlKind.LITERAL, item("DATE '2020-01-01'").getKind());
        assertEquals(SqlKind.LITERAL, item("TIMESTAMP '2020-01-01 00:00:00'").getKind());
    }

    @Test
    void atTimeZoneIsTheTimezoneFunction() {
        assertSameExpression("timezone('UTC', ts)", "ts AT TIME ZONE 'UTC'");
        assertSameExpression(
                "timezone('UTC', CAST(ts AS timestamp))", "ts::timestamp AT TIME ZONE 'UTC'");
        assertSameExpression(
                "timezone('UTC', ts) + INTERVAL '1' HOUR",
                "ts AT TIME ZONE 'UTC' + INTERVAL '1' HOUR");
    }

    @Test
    void currentSchemaWithOrWithoutParentheses() {
        assertSameExpression("current_schema", "current_schema()");
    }
}
