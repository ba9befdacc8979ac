package dev.freshet.tests.slt;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The conformance files are where they should be, every listed file parses (with its includes), and
 * every skip-list entry still points at a file and at the first line of a record. Runs in the
 * default suite, so a missing conformance directory or a stale skip entry fails the build.
 */
class ConformanceFilesTest {

    @Test
    void everyListedFileParses() {
        List<Path> files = ConformanceFiles.files();
        assertFalse(files.isEmpty());
        int records = 0;
        for (Path file : files) {
            List<SltRecord> parsed = SltParser.parseFile(file);
            assertFalse(parsed.isEmpty(), file + " has no record");
            records += parsed.size();
        }
        System.out.println(files.size() + " conformance files, " + records + " records");
    }

    @Test
    void everySkipEntryPointsAtARecord() {
        SkipList skips = ConformanceFiles.skipList();
        Set<String> recordStarts = new HashSet<>();
        for (Path file : ConformanceFiles.files()) {
            for (SltRecord record : SltParser.parseFile(file)) {
                recordStarts.add(
                        skips.relative(record.location().file()) + ":" + record.location().line());
            }
        }
        List<String> stale = new ArrayList<>();
        for (SkipList.Entry entry : skips.entries()) {
            if (entry.path().equals("*")) {
                continue;
            }
            Path file = skips.root().resolve(entry.path());
            if (!Files.isRegularFile(file)) {
                stale.add(entry + "  (no such file)");
            } else if (entry.line() != null
                    && !recordStarts.contains(entry.path() + ":" + entry.line())) {
                stale.add(entry + "  (no record of a listed file starts on that line)");
            }
        }
        assertEquals(List.of(), stale, "stale entries in conformance/skip.txt");
    }

    @Test
    void conformanceDirectoryIsTheSharedCopy() {
        Path root = ConformanceFiles.root();
        assertTrue(
                Files.isDirectory(root.resolve("risingwave/e2e_test/streaming")),
                "RisingWave files under " + root);
    }
}
