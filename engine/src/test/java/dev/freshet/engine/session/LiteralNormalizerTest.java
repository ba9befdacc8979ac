package dev.freshet.engine.session;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import dev.freshet.engine.session.LiteralNormalizer.LiteralKind;
import dev.freshet.engine.session.LiteralNormalizer.Normalized;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Which literals become parameters, and that the key separates what must not share a plan. */
class LiteralNormalizerTest {
    private static String text(String sql) {
        Normalized n = LiteralNormalizer.normalize(sql);
        return n == null ? null : n.text();
    }

    @Test
    void pointReadsWithDifferentKeysShareAKey() {
        Normalized a = LiteralNormalizer.normalize("SELECT w, s FROM mv WHERE k = 17;");
        Normalized b = LiteralNormalizer.normalize("SELECT w, s FROM mv WHERE k = 42;");
        assertEquals("SELECT w, s FROM mv WHERE k = $1;", a.text());
        assertEquals(a.key(), b.key());
        assertEquals(List.of("17"), a.values());
        assertEquals(List.of(LiteralKind.INTEGER), a.kinds());
    }

    @Test
    void literalKindsAreInTheKey() {
        String i = LiteralNormalizer.normalize("SELECT * FROM t WHERE k = 1").key();
        String s = LiteralNormalizer.normalize("SELECT * FROM t WHERE k = '1'").key();
        String l = LiteralNormalizer.normalize("SELECT * FROM t WHERE k = 3000000000").key();
        assertNotEquals(i, s);
        assertNotEquals(i, l);
        assertEquals(
                List.of(LiteralKind.BIGINT),
                LiteralNormalizer.normalize("SELECT * FROM t WHERE k = 3000000000").kinds());
    }

    @Test
    void stringsAreUnquoted() {
        Normalized n = LiteralNormalizer.normalize("UPDATE t SET s = 'it''s' WHERE k IN (1, 2)");
        assertEquals("UPDATE t SET s = $1 WHERE k IN ($2, $3)", n.text());
        assertEquals(List.of("it's", "1", "2"), n.values());
    }

    @Test
    void leavesAloneWhatShapesThePlan() {
        assertEquals("SELECT k FROM t WHERE d = 1.5", text("SELECT k FROM t WHERE d = 1.5"));
        assertEquals(
                "SELECT k FROM t ORDER BY 1 LIMIT 5", text("SELECT k FROM t ORDER BY 1 LIMIT 5"));
        assertEquals(
                "SELECT k % $1, count(*) FROM t GROUP BY 1, 2 HAVING count(*) > $2",
                text("SELECT k % 3, count(*) FROM t GROUP BY 1, 2 HAVING count(*) > 1"));
        assertEquals("SELECT DISTINCT ON (1) k FROM t", text("SELECT DISTINCT ON (1) k FROM t"));
        assertEquals("SELECT 1, 'x' FROM t", text("SELECT 1, 'x' FROM t"));
        assertEquals(
                "SELECT * FROM t WHERE s = E'a' AND d > DATE '2020-01-01' AND x = 'a'::text",
                text("SELECT * FROM t WHERE s = E'a' AND d > DATE '2020-01-01' AND x = 'a'::text"));
        assertEquals(
                "SELECT * FROM t WHERE k = -2147483648",
                text("SELECT * FROM t WHERE k = -2147483648"));
        assertEquals(
                "SELECT sum(v) OVER (PARTITION BY 1 ROWS BETWEEN 1 PRECEDING AND CURRENT ROW) FROM t",
                text(
                        "SELECT sum(v) OVER (PARTITION BY 1 ROWS BETWEEN 1 PRECEDING AND CURRENT ROW)"
                                + " FROM t"));
        assertEquals(
                "SELECT * FROM (SELECT k FROM t ORDER BY 1) s WHERE k = $1",
                text("SELECT * FROM (SELECT k FROM t ORDER BY 1) s WHERE k = 7"));
    }

    @Test
    void onlyQueriesAndDmlAreNormalised() {
        assertNull(text("CREATE MATERIALIZED VIEW v AS SELECT * FROM t WHERE k = 1"));
        assertNull(text("SET x = 1"));
        assertNull(text("SELECT 1; SELECT 2"));
        assertNull(text("SELECT $1"));
        assertNull(text("SELECT $$a$$"));
        assertNull(text("-- only a comment"));
        assertEquals("SELECT * FROM t", text("SELECT * FROM t"));
        assertEquals(
                "/* 1 */ SELECT * FROM t -- 'x'\nWHERE k = $1",
                text("/* 1 */ SELECT * FROM t -- 'x'\nWHERE k = 2"));
    }
}
