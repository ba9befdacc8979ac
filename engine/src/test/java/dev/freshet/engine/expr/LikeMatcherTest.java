package dev.freshet.engine.expr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import dev.freshet.sql.error.FreshetException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** LIKE / ILIKE on UTF-8 bytes; expectations checked with PostgreSQL 15 (locale C). */
class LikeMatcherTest {
    @ParameterizedTest(name = "''{0}'' LIKE ''{1}'' = {2}")
    @CsvSource(
            delimiter = '|',
            textBlock =
                    """
                    hello      | hello      | true
                    hello      | hell       | false
                    hello      | h%         | true
                    hello      | %lo        | true
                    hello      | %ell%      | true
                    hello      | h_llo      | true
                    hello      | h__lo%     | true
                    hello      | %l%l%o     | true
                    hello      | %l%l%l%    | false
                    héllo      | h_llo      | true
                    héllo      | h%é%       | true
                    日本語      | __語       | true
                    日本語      | _          | false
                    a%b        | a\\%b      | true
                    axb        | a\\%b      | false
                    a_b        | a\\_b      | true
                    ''         | %          | true
                    ''         | _          | false
                    abcabc     | %abc       | true
                    aaab       | %aab       | true
                    mississippi| %iss%ppi   | true
                    """)
    void like(String text, String pattern, boolean expected) {
        byte[] t = text.getBytes(StandardCharsets.UTF_8);
        assertEquals(expected, LikeMatcher.compile(pattern, '\\', false).matches(t, 0, t.length));
    }

    @ParameterizedTest(name = "''{0}'' ILIKE ''{1}'' = {2}")
    @CsvSource(
            delimiter = '|',
            textBlock =
                    """
                    HeLLo | hello | true
                    HELLO | %ll%  | true
                    ÀB    | àb    | false
                    ÀB    | Àb    | true
                    """)
    void ilikeFoldsAsciiOnly(String text, String pattern, boolean expected) {
        byte[] t = text.getBytes(StandardCharsets.UTF_8);
        assertEquals(expected, LikeMatcher.compile(pattern, '\\', true).matches(t, 0, t.length));
    }

    @ParameterizedTest
    @CsvSource({"a#%b,a%b,true", "a#%b,axb,false", "a%,abc,true"})
    void customEscape(String pattern, String text, boolean expected) {
        byte[] t = text.getBytes(StandardCharsets.UTF_8);
        assertEquals(expected, LikeMatcher.compile(pattern, '#', false).matches(t, 0, t.length));
    }

    @org.junit.jupiter.api.Test
    void trailingEscapeFailsOnlyWhenReached() {
        LikeMatcher m = LikeMatcher.compile("a\\", '\\', false);
        byte[] a = "a".getBytes(StandardCharsets.UTF_8);
        assertEquals(false, m.matches(a, 0, a.length));
        byte[] ab = "ab".getBytes(StandardCharsets.UTF_8);
        assertThrows(FreshetException.class, () -> m.matches(ab, 0, ab.length));
    }
}
