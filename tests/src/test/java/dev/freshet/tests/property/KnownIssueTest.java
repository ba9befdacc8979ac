package dev.freshet.tests.property;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** {@link KnownIssue} and KNOWN_BUGS.md list the same entries, and the include switch works. */
class KnownIssueTest {

    @Test
    void everyIssueHasAnEntryAndEveryEntryAnIssue() throws IOException {
        String text;
        try (InputStream in = KnownIssueTest.class.getResourceAsStream("/property/KNOWN_BUGS.md")) {
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Matcher headings = Pattern.compile("(?m)^### ([A-Za-z0-9-]+):").matcher(text);
        List<String> entries = headings.results().map(m -> m.group(1)).toList();
        assertEquals(Arrays.stream(KnownIssue.values()).map(KnownIssue::id).toList(), entries);
        for (KnownIssue issue : KnownIssue.values()) {
            assertTrue(
                    text.contains("-Dfreshet.property.include=" + issue.id()),
                    issue.id() + " says how to re-enable it");
        }
    }

    @Test
    void includeNamesIssuesByIdOrAll() {
        assertEquals(List.of(KnownIssue.values()), KnownIssue.named("all"));
        assertEquals(List.of(), KnownIssue.named(""));
        assertThrows(IllegalArgumentException.class, () -> KnownIssue.named("FB-999"));
    }

    @Test
    void adHocOnlyIssuesKeepTheirConstructsButSkipTheAdHocReading() {
        // No open issue is ad hoc only now (FB-1 was, and is fixed): a hand-made one.
        Features features =
                new Features(
                        java.util.Set.of(Construct.GROUPING_WITH_DUPLICATE_SETS),
                        java.util.Set.of(Construct.LEFT_JOIN),
                        List.of(),
                        "");
        assertTrue(features.allows(Construct.LEFT_JOIN));
        assertTrue(!features.allows(Construct.GROUPING_WITH_DUPLICATE_SETS));
        ViewDef leftJoin =
                new ViewDef(
                        "v0",
                        "SELECT 1",
                        List.of(new Column("c0", SqlType.INT, true)),
                        List.of(),
                        ViewShape.JOIN,
                        java.util.Set.of(Construct.LEFT_JOIN),
                        0);
        assertTrue(!features.readsAdHoc(leftJoin));
        assertTrue(Features.everything().readsAdHoc(leftJoin));
    }
}
