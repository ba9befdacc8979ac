package dev.freshet.sql.parser;

import static dev.freshet.sql.parser.ParsedSql.assertSameTree;
import static dev.freshet.sql.parser.ParsedSql.error;
import static dev.freshet.sql.parser.ParsedSql.parse;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import dev.freshet.sql.error.ErrorCode;
import org.apache.calcite.sql.SqlCharStringLiteral;
import org.apache.calcite.sql.SqlIdentifier;
import org.apache.calcite.sql.SqlNode;
import org.apache.calcite.sql.SqlSelect;
import org.junit.jupiter.api.Test;

/** Identifiers, string literals and comments, as PostgreSQL reads them. */
class LexicalTest {

    private static SqlNode firstItem(String sql) {
        return parse(sql, SqlSelect.class).getSelectList().get(0);
    }

    private static String stringValue(String literal) {
        SqlCharStringLiteral value =
                assertInstanceOf(SqlCharStringLiteral.class, firstItem("SELECT " + literal));
        return value.getValueAs(String.class);
    }

    @Test
    void unquotedIdentifiersFoldToLowerCaseQuotedOnesKeepTheirCase() {
        SqlSelect select =
                parse("SELECT Foo, \"Bar\", \"baz\" FROM MySchema.\"MyTable\"", SqlSelect.class);
        assertEquals("foo", ((SqlIdentifier) select.getSelectList().get(0)).getSimple());
        assertEquals("Bar", ((SqlIdentifier) select.getSelectList().get(1)).getSimple());
        assertEquals("baz", ((SqlIdentifier) select.getSelectList().get(2)).getSimple());
        SqlIdentifier table = (SqlIdentifier) select.getFrom();
        assertEquals("myschema", table.names.get(0));
        assertEquals("MyTable", table.names.get(1));
    }

    @Test
    void identifiersMayContainDollarsButNotStartWithOne() {
        assertEquals("a$b", ((SqlIdentifier) firstItem("SELECT a$b FROM t")).getSimple());
        assertInstanceOf(
                org.apache.calcite.sql.SqlDynamicParam.class, firstItem("SELECT $1 FROM t"));
    }

    @Test
    void stringLiteralsDoubleTheirQuotes() {
        assertEquals("it's", stringValue("'it''s'"));
        assertEquals("", stringValue("''"));
    }

    @Test
    void escapeStringsDecodeBackslashEscapes() {
        assertEquals("a\tb\nc\\d'e\"f", stringValue("E'a\\tb\\nc\\\\d\\'e\"f'"));
        assertEquals("it's", stringValue("e'it''s'"));
        assertEquals("\b\f\r", stringValue("E'\\b\\f\\r'"));
        assertEquals("AAA", stringValue("E'\\x41\\101\\u0041'"));
        assertEquals("é😀", stringValue("E'\\u00e9\\U0001F600'"));
        assertEquals("é", stringValue("E'\\xc3\\xa9'")); // escaped bytes are UTF-8
        assertEquals("qz", stringValue("E'\\q\\z'")); // any other escaped character is itself
    }

    @Test
    void badEscapesAreRejected() {
        error("SELECT E'\\u12'", ErrorCode.INVALID_ESCAPE_SEQUENCE);
        error("SELECT E'\\uD800'", ErrorCode.INVALID_ESCAPE_SEQUENCE);
        error("SELECT E'\\xff'", ErrorCode.CHARACTER_NOT_IN_REPERTOIRE);
        error("SELECT E'\\000'", ErrorCode.CHARACTER_NOT_IN_REPERTOIRE);
    }

    @Test
    void dollarQuotedStringsAreTakenVerbatim() {
        assertEquals("it's a \\n $ sign", stringValue("$$it's a \\n $ sign$$"));
        assertEquals("", stringValue("$$$$"));
    }

    @Test
    void commentsAreIgnored() {
        assertSameTree(
                "SELECT a FROM t WHERE b = 1",
                "SELECT /* one */ a -- two\nFROM t /* three\nlines */ WHERE b = 1 -- end");
    }

    @Test
    void bangEqualsIsNotEquals() {
        assertSameTree("SELECT a <> b FROM t", "SELECT a != b FROM t");
    }
}
