package dev.freshet.tests.slt;

import dev.freshet.tests.TestResources;
import dev.freshet.tests.pg.SharedPostgres;
import java.nio.file.Path;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.TestFactory;

/**
 * Our own sqllogictest files against PostgreSQL, each on a fresh database, with engine label {@code
 * postgres}. This is a real test of the files and of the runner: what passes here is what Freshet
 * must reproduce.
 */
@Tag("postgres")
class PostgresSltTest {

    @TestFactory
    Stream<DynamicTest> ownFilesOnPostgres() {
        Path dir = TestResources.path("slt");
        SltSuite suite =
                new SltSuite(
                        () -> SharedPostgres.freshDatabase("slt"), SkipList.empty(dir), Set.of());
        // ml/ is Freshet's online ML (train, predict, CREATE MODEL): nothing to compare with
        Path ml = dir.resolve("ml");
        return suite.tests(SltFiles.under(dir).stream().filter(p -> !p.startsWith(ml)).toList());
    }
}
